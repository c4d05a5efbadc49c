// What ManagerAccessCheck answers in the org, over the sample data: whether a manager can open the rows
// of someone below them (the health page) and whether anyone above the reader can open theirs (How
// Points Work). The sample has no role tree: its roles follow the reporting lines (a manager's reports
// are below them), and what UserRecordAccess would say is the sample's Sharing Settings
// (DemoData.grantAccessUsingHierarchies, on unless a page script turns it off). Not an answer itself.
import type { ManagerAccess, ObjectAccess } from '@salesforce/apex/AdminController.getHealth';
import ACCESS_FAILED from '@salesforce/label/c.Adoption_Admin_Access_Failed';
import ACCESS_PASSED from '@salesforce/label/c.Adoption_Admin_Access_Passed';
import ACCESS_UNTESTED from '@salesforce/label/c.Adoption_Admin_Access_Untested';
import { formatLabel } from 'c/ldsUtils';
import type { DemoData } from '../data/types';

/** ManagerAccessCheck.OBJECTS with their plural labels, in its order. */
const OBJECTS: readonly { objectName: string; label: string; rowsOf: (data: DemoData) => { User__c: string }[] }[] = [
    { objectName: 'Adoption_Period_Score__c', label: 'Period Scores', rowsOf: (data) => data.periodScores },
    { objectName: 'Adoption_Ledger_Entry__c', label: 'Ledger Entries', rowsOf: (data) => data.ledger },
    { objectName: 'Adoption_Badge_Award__c', label: 'Badge Awards', rowsOf: (data) => data.badgeAwards },
    { objectName: 'Adoption_Celebration__c', label: 'Adoption Celebrations', rowsOf: () => [] },
    { objectName: 'Adoption_Prompt_Interaction__c', label: 'Prompt Interactions', rowsOf: () => [] }
];

function hierarchyOn(data: DemoData): boolean {
    return data.grantAccessUsingHierarchies !== false;
}

/** ManagerAccessCheck.forOrg: the first manager (Adoption_Manager: a team lead) and their first report with rows. */
export function managerAccess(data: DemoData): ManagerAccess {
    if (data.settings.Works_Council_Mode__c !== true) {
        return { applies: false, objects: [] };
    }
    // Team leads: the sample's managers report to a director, who leads no team of reps.
    const managers = data.users.filter(
        (user) => user.Team && data.users.some((report) => report.ManagerId === user.Id)
    );
    for (const manager of managers) {
        const person = data.users.find(
            (user) => user.ManagerId === manager.Id && data.periodScores.some((row) => row.User__c === user.Id)
        );
        if (!person) {
            continue;
        }
        const objects: ObjectAccess[] = OBJECTS.map((object) => {
            const tested = object.rowsOf(data).some((row) => row.User__c === person.Id);
            return {
                objectName: object.objectName,
                label: object.label,
                tested,
                readable: tested && hierarchyOn(data)
            };
        });
        const readable = objects.filter((object) => object.readable).map((object) => object.label);
        return {
            applies: true,
            status: readable.length > 0 ? 'Failed' : 'Passed',
            message:
                readable.length > 0
                    ? formatLabel(ACCESS_FAILED, manager.Name, person.Name, readable.join(', '))
                    : formatLabel(ACCESS_PASSED, manager.Name, person.Name),
            managerName: manager.Name,
            personName: person.Name,
            objects
        };
    }
    return { applies: true, status: 'Untested', message: ACCESS_UNTESTED, objects: [] };
}

/** ManagerAccessCheck.ownFiguresPrivate for a user: nobody above them, or the hierarchy grants nothing. */
export function ownFiguresPrivate(data: DemoData, userId: string): boolean {
    const user = data.users.find((candidate) => candidate.Id === userId);
    if (!user?.ManagerId) {
        return true;
    }
    return !hierarchyOn(data) && data.periodScores.some((row) => row.User__c === userId);
}
