// A healthy org for the fake server: every object and field of this repository, its triggers and
// permission sets, a few rules, prompts and badges, a sales team with scores, ledger entries,
// opportunities, badge awards and prompt interactions.
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { typeEntries, typeFiles } from '../../checks/source.mjs';
import { describeField } from './fake-org.mjs';
import { REPO_ROOT } from './helpers.mjs';

function list(dir, suffix) {
    return existsSync(dir)
        ? readdirSync(dir)
              .filter((name) => name.endsWith(suffix))
              .map((name) => (suffix ? name.slice(0, -suffix.length) : name))
        : [];
}

/** The names of a type folder's files with `suffix` (wherever the folder is in force-app), without it. */
function packageNames(typeDir, suffix) {
    return typeFiles(REPO_ROOT, typeDir, (name) => name.endsWith(suffix)).map((file) =>
        path.basename(file).slice(0, -suffix.length)
    );
}

export const MANAGER = '005000000000001AAA';
export const REPS = ['005000000000002AAA', '005000000000003AAA', '005000000000004AAA', '005000000000005AAA'];
const NAMES = {
    [MANAGER]: 'Ada Admin',
    [REPS[0]]: 'Ben Ortiz',
    [REPS[1]]: 'Chloe Park',
    [REPS[2]]: "Dan O'Neil",
    [REPS[3]]: 'Eve Stone'
};

/** Describe answers: the package objects with the repository's fields, and the standard objects rules read. */
export function packageDescribe() {
    const describe = {};
    for (const objectDir of typeEntries(REPO_ROOT, 'objects').filter((dir) =>
        path.basename(dir).startsWith('Adoption_')
    )) {
        const objectName = path.basename(objectDir);
        const fields = list(path.join(objectDir, 'fields'), '.field-meta.xml');
        describe[objectName] = [
            describeField('Id', 'id'),
            describeField('Name'),
            describeField('OwnerId', 'reference', { relationshipName: 'Owner', referenceTo: ['User'] }),
            ...fields.map((name) => describeField(name))
        ];
    }
    const standard = (names) => [describeField('Id', 'id'), ...names.map((name) => describeField(name))];
    const owner = describeField('OwnerId', 'reference', { relationshipName: 'Owner', referenceTo: ['User'] });
    describe.Task = [...standard(['Status', 'TaskSubtype', 'Subject']), owner];
    describe.Event = [...standard(['IsChild', 'Subject']), owner];
    describe.Opportunity = [
        ...standard(['StageName', 'IsClosed', 'NextStep', 'CloseDate', 'Amount', 'LastActivityDate']),
        owner,
        describeField('AccountId', 'reference', { relationshipName: 'Account', referenceTo: ['Account'] })
    ];
    describe.Account = standard(['Name', 'Industry']);
    describe.User = standard(['Name', 'Username', 'IsActive', 'ManagerId']);
    return describe;
}

export const RULES = [
    {
        DeveloperName: 'Log_Call',
        Active__c: true,
        Object__c: 'Task',
        Operation__c: 'Create',
        Condition__c: "TaskSubtype = 'Call'",
        Points__c: 5,
        Category__c: 'Activity',
        Daily_Cap__c: 20
    },
    {
        DeveloperName: 'Close_Won',
        Active__c: true,
        Object__c: 'Opportunity',
        Operation__c: 'Update',
        Condition__c: "StageName CHANGED TO 'Closed Won' AND Account.Industry != 'Test'",
        Points__c: 50,
        Category__c: 'Pipeline',
        Daily_Cap__c: null
    },
    {
        DeveloperName: 'Update_Next_Step',
        Active__c: true,
        Object__c: 'Opportunity',
        Operation__c: 'Update',
        Condition__c: 'NextStep CHANGED AND NextStep IS NOT BLANK',
        Points__c: 3,
        Category__c: 'Forecast',
        Daily_Cap__c: 15
    }
];

export const PROMPTS = [
    {
        DeveloperName: 'Opportunity_Missing_Next_Step',
        Active__c: true,
        Object__c: 'Opportunity',
        Condition__c: 'IsClosed = FALSE AND NextStep IS BLANK',
        Figure_Condition__c: 'IsClosed = FALSE AND NextStep IS BLANK',
        Action_Type__c: 'Edit Field',
        Action_Field__c: 'NextStep'
    }
];

export const BADGES = [
    {
        DeveloperName: 'First_Call',
        Active__c: true,
        Criteria_Type__c: 'First Action',
        Period__c: 'All Time',
        Threshold__c: 1,
        Rule_Name__c: 'Log_Call',
        Category__c: null,
        Tier__c: 'Bronze'
    },
    {
        DeveloperName: 'Century_Week',
        Active__c: true,
        Criteria_Type__c: 'Points In Period',
        Period__c: 'Week',
        Threshold__c: 100,
        Rule_Name__c: null,
        Category__c: null,
        Tier__c: 'Bronze'
    }
];

export const SETTINGS = {
    DeveloperName: 'Default',
    Enabled__c: true,
    Week_Start_Day__c: 'Monday',
    Fiscal_Year_Start_Month__c: 1,
    Fiscal_Year_Based_On__c: 'Ending Month',
    Level_Thresholds__c: '0,100,250,500,1000,2000,4000,8000',
    Working_Days__c: 'Mon,Tue,Wed,Thu,Fri'
};

/** Week 2026-W47 (Nov 16-22) is the report week; W46 the week before. */
export const SCORES = [
    {
        User__c: MANAGER,
        Period_Key__c: '2026-W47',
        Points__c: 40,
        Actions__c: 6,
        Active_Days__c: 3,
        Current_Streak__c: 2,
        Level__c: 2
    },
    {
        User__c: REPS[0],
        Period_Key__c: '2026-W47',
        Points__c: 120,
        Actions__c: 20,
        Active_Days__c: 5,
        Current_Streak__c: 5,
        Level__c: 3
    },
    {
        User__c: REPS[1],
        Period_Key__c: '2026-W47',
        Points__c: 120,
        Actions__c: 18,
        Active_Days__c: 4,
        Current_Streak__c: 4,
        Level__c: 3
    },
    {
        User__c: REPS[2],
        Period_Key__c: '2026-W47',
        Points__c: 90,
        Actions__c: 12,
        Active_Days__c: 4,
        Current_Streak__c: 1,
        Level__c: 2
    },
    {
        User__c: MANAGER,
        Period_Key__c: '2026-W46',
        Points__c: 50,
        Actions__c: 7,
        Active_Days__c: 3,
        Current_Streak__c: 0,
        Level__c: 2
    },
    {
        User__c: REPS[0],
        Period_Key__c: '2026-W46',
        Points__c: 100,
        Actions__c: 15,
        Active_Days__c: 5,
        Current_Streak__c: 5,
        Level__c: 3
    },
    {
        User__c: REPS[1],
        Period_Key__c: '2026-W46',
        Points__c: 40,
        Actions__c: 6,
        Active_Days__c: 2,
        Current_Streak__c: 0,
        Level__c: 2
    },
    {
        User__c: REPS[3],
        Period_Key__c: '2026-W46',
        Points__c: 60,
        Actions__c: 9,
        Active_Days__c: 3,
        Current_Streak__c: 0,
        Level__c: 2
    }
].map((row) => ({ ...row, User__r: { Name: NAMES[row.User__c] }, Period_Type__c: 'Week' }));

const TODAY = '2026-11-25';

export const OPPORTUNITIES = [
    {
        Id: '006000000000001AAA',
        Name: 'Acme renewal',
        OwnerId: REPS[0],
        Amount: 50000,
        CloseDate: '2026-11-10',
        NextStep: 'Send quote',
        StageName: 'Negotiation'
    },
    {
        Id: '006000000000002AAA',
        Name: 'Globex expansion',
        OwnerId: REPS[0],
        Amount: 12000,
        CloseDate: '2026-12-15',
        NextStep: null,
        StageName: 'Prospecting'
    },
    {
        Id: '006000000000003AAA',
        Name: 'Initech, pilot',
        OwnerId: REPS[3],
        Amount: null,
        CloseDate: '2026-10-01',
        NextStep: null,
        StageName: 'Qualification'
    },
    {
        Id: '006000000000004AAA',
        Name: '=HYPERLINK("x")',
        OwnerId: REPS[2],
        Amount: 900,
        CloseDate: '2026-12-20',
        NextStep: null,
        StageName: 'Prospecting'
    }
].map((row) => ({ ...row, Owner: { Name: NAMES[row.OwnerId] } }));

export const AWARDS = [
    {
        User__c: REPS[0],
        Badge_Name__c: 'Century_Week',
        Tier__c: 'Bronze',
        Period_Key__c: '2026-W47',
        Awarded_At__c: '2026-11-20T15:04:05.000+0000'
    },
    {
        User__c: REPS[1],
        Badge_Name__c: 'Century_Week',
        Tier__c: 'Bronze',
        Period_Key__c: '2026-W47',
        Awarded_At__c: '2026-11-21T09:00:00.000+0000'
    }
].map((row) => ({ ...row, User__r: { Name: NAMES[row.User__c] } }));

// Each written by the rep's own save: owned by the rep it describes.
export const INTERACTIONS = [
    {
        User__c: REPS[0],
        OwnerId: REPS[0],
        Prompt_Name__c: 'Opportunity_Missing_Next_Step',
        Shown_Count__c: 3,
        Acted__c: true,
        Resolved__c: true,
        Dismissed__c: false
    },
    {
        User__c: REPS[1],
        OwnerId: REPS[1],
        Prompt_Name__c: 'Opportunity_Missing_Next_Step',
        Shown_Count__c: 2,
        Acted__c: false,
        Resolved__c: false,
        Dismissed__c: true
    },
    {
        User__c: REPS[2],
        OwnerId: REPS[2],
        Prompt_Name__c: 'Opportunity_Close_Date_Past',
        Shown_Count__c: 1,
        Acted__c: true,
        Resolved__c: false,
        Dismissed__c: false
    }
];

export const USERS = [MANAGER, ...REPS].map((id) => ({
    Id: id,
    Name: NAMES[id],
    Username: `${NAMES[id].split(' ')[0].toLowerCase().replace(/'/g, '')}@example.com`,
    IsActive: true,
    ManagerId: id === MANAGER ? null : MANAGER
}));

/** Answers the queries the scripts send, by the object they read. */
export function answerQuery(soql, { tooling }, overrides = {}) {
    const from = /\bFROM\s+([A-Za-z0-9_]+)/i.exec(soql)?.[1];
    if (from in overrides) {
        return overrides[from](soql);
    }
    switch (from) {
        case 'ApexTrigger':
            return tooling
                ? packageNames('triggers', '.trigger').map((name) => ({
                      Name: name,
                      Status: 'Active',
                      TableEnumOrId: name.replace(/^Adoption|Trigger$/g, '')
                  }))
                : undefined;
        case 'PermissionSet':
            return packageNames('permissionsets', '.permissionset-meta.xml').map((name, index) => ({
                Id: `0PS00000000000${index}AAA`,
                Name: name
            }));
        case 'PermissionSetAssignment':
            return [
                { AssigneeId: MANAGER, PermissionSet: { Name: 'Adoption_Admin' } },
                { AssigneeId: MANAGER, PermissionSet: { Name: 'Adoption_Manager' } },
                ...REPS.map((id) => ({ AssigneeId: id, PermissionSet: { Name: 'Adoption_Rep' } }))
            ];
        case 'Adoption_Settings__mdt':
            return [SETTINGS];
        case 'Adoption_Rule__mdt':
            return RULES;
        case 'Adoption_Prompt__mdt':
            return PROMPTS;
        case 'Adoption_Badge__mdt':
            return BADGES;
        case 'Adoption_Error_Log__c':
            return [];
        case 'CronTrigger':
            // Both jobs scheduled: the digest daily at 07:00, challenge closing hourly.
            return [
                {
                    CronJobDetail: { Name: 'Adoption weekly digest' },
                    State: 'WAITING',
                    NextFireTime: '2026-11-23T07:00:00.000+0000'
                },
                {
                    CronJobDetail: { Name: 'Adoption challenge closing' },
                    State: 'WAITING',
                    NextFireTime: '2026-11-22T23:05:00.000+0000'
                }
            ];
        case 'Adoption_Challenge__c':
            return [{ Id: 'a0X000000000001AAA' }];
        case 'EventBusSubscriber':
            // The deployed signal trigger, with its parallel subscriptions.
            return [{ Name: 'AdoptionSignalTrigger', IsPartitioned: true }];
        case 'User':
            return USERS.filter(
                (user) =>
                    !/WHERE Id = '([^']+)'/.test(soql) ||
                    soql.includes(`'${user.Id}'`) ||
                    soql.includes(`'${user.Id.slice(0, 15)}'`)
            );
        case 'Adoption_Period_Score__c':
            return SCORES.filter((row) => soql.includes(`'${row.Period_Key__c}'`));
        case 'Adoption_Ledger_Entry__c':
            // Aggregate: actions per user in the week; Eve (REPS[3]) had none.
            return [MANAGER, REPS[0], REPS[1], REPS[2]].map((id, index) => ({ User__c: id, scored: 3 + index }));
        case 'Opportunity':
            return OPPORTUNITIES.filter((row) => row.CloseDate < TODAY || !row.NextStep);
        case 'Adoption_Badge_Award__c':
            return AWARDS;
        case 'Adoption_Prompt_Interaction__c':
            return INTERACTIONS;
        case 'Adoption_Preference__c':
            return [];
        case 'Organization':
            return [
                {
                    Id: '00D000000000001EAA',
                    Name: 'Fake Org',
                    IsSandbox: false,
                    OrganizationType: 'Developer Edition',
                    TrialExpirationDate: '2026-12-31T00:00:00.000+0000'
                }
            ];
        default:
            return undefined;
    }
}
