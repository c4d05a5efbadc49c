// Local answer for `@salesforce/apex/LeadersController.getManagerLine`: LeadersManagerLine over the
// sample. Shown only with Show_Manager_Activity__c on (a page script turns it on) and outside works
// council mode; about the caller when someone reports to them, else about their manager; never about
// a manager who hides from boards (privacyStore). The figures are the subject's score row this week.
import type { ManagerLine } from '@salesforce/apex/LeadersController.getManagerLine';
import { currentUserId, demoData } from '../runtime/demo';
import { hidesFromBoards, worksCouncilMode } from './privacyStore';

export default async function getManagerLine(): Promise<ManagerLine> {
    const data = await demoData();
    const none: ManagerLine = { shown: false, isSelf: false, actions: 0, activeDays: 0 };
    if (data.settings.Show_Manager_Activity__c !== true || worksCouncilMode(data.settings)) {
        return none;
    }
    const me = currentUserId();
    const active = data.users.filter((user) => user.IsActive);
    const isSelf = active.some((user) => user.ManagerId === me);
    // LeadersSelector.hasFrontLineReport: a lead whose reports all lead teams has nobody who sees the line.
    const leads = (id: string) => active.some((user) => user.ManagerId === id);
    if (isSelf && !active.some((user) => user.ManagerId === me && !leads(user.Id))) {
        return none;
    }
    const subjectId = isSelf ? me : active.find((user) => user.Id === me)?.ManagerId;
    const subject = active.find((user) => user.Id === subjectId);
    if (!subject || hidesFromBoards(subject.Id)) {
        return none;
    }
    const week = data.meta.currentPeriods.Week;
    const row = data.periodScores.find((score) => score.User__c === subject.Id && score.Period_Key__c === week);
    return {
        shown: true,
        isSelf,
        managerName: subject.Name,
        actions: row?.Actions__c ?? 0,
        activeDays: row?.Active_Days__c ?? 0
    };
}
