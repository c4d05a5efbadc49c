// The builder's sample answers: the types it edits with their fields, read from the package's own
// field files (force-app/**/objects/<Type>__mdt/fields), as BuilderTypes reads them from describe in
// the org, and the fields of the tracked objects an admin could read, as the org's describe would
// list them (a catalog of the standard fields the sample rules and prompts use, with picklist values).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { typeFiles } from '../../scripts/checks/source.mjs';
import { REPO_ROOT, xmlText } from './metadata.mjs';

const TYPES = [
    ['Adoption_Rule__mdt', 'Adoption Rule'],
    ['Adoption_Badge__mdt', 'Adoption Badge'],
    ['Adoption_Prompt__mdt', 'Adoption Prompt'],
    ['Adoption_Quest__mdt', 'Adoption Quest'],
    ['Adoption_Quest_Step__mdt', 'Adoption Quest Step'],
    ['Adoption_Settings__mdt', 'Adoption Settings']
];
const KINDS = { Checkbox: 'boolean', Number: 'number', Date: 'date', Picklist: 'picklist', LongTextArea: 'longtext' };
const CONDITIONS = new Set(['Condition__c', 'Undo_Condition__c', 'Figure_Condition__c']);
const OBJECT_FIELDS = new Set(['Once_Per_Value_Of__c', 'Action_Field__c']);

function tag(xml, name) {
    const match = new RegExp(`<${name}\\s*>([\\s\\S]*?)</${name}\\s*>`).exec(xml);
    return match ? xmlText(match[1]).trim() : undefined;
}

function roleOf(apiName) {
    if (CONDITIONS.has(apiName)) {
        return 'condition';
    }
    if (apiName === 'Object__c') {
        return 'object';
    }
    if (OBJECT_FIELDS.has(apiName)) {
        return 'objectField';
    }
    if (apiName === 'Formula__c') {
        return 'formula';
    }
    return apiName === 'Rule_Name__c' ? 'rule' : 'plain';
}

function fieldOf(file) {
    const xml = readFileSync(file, 'utf8');
    const apiName = tag(xml, 'fullName');
    const kind = KINDS[tag(xml, 'type')] ?? 'text';
    const options =
        kind === 'picklist'
            ? [...xml.matchAll(/<value>\s*<fullName>([^<]*)<\/fullName>/g)].map((m) => xmlText(m[1]))
            : [];
    const length = kind === 'text' || kind === 'longtext' ? Number(tag(xml, 'length') ?? 0) : 0;
    return { apiName, label: tag(xml, 'label') ?? apiName, kind, length, options, role: roleOf(apiName) };
}

/** The types the builder edits, each with its fields in API name order. */
export function builderTypes(root = REPO_ROOT) {
    return TYPES.map(([apiName, label]) => ({
        apiName,
        label,
        fields: typeFiles(
            root,
            'objects',
            (name, full) => full.split(path.sep).includes(apiName) && name.endsWith('.field-meta.xml')
        )
            .map(fieldOf)
            .sort((a, b) => (a.apiName < b.apiName ? -1 : 1))
    }));
}

const text = (apiName, label) => ({ apiName, label, kind: 'text', options: [] });
const pick = (apiName, label, options) => ({ apiName, label, kind: 'text', options });
const num = (apiName, label) => ({ apiName, label, kind: 'number', options: [] });
const day = (apiName, label) => ({ apiName, label, kind: 'date', options: [] });
const flag = (apiName, label) => ({ apiName, label, kind: 'boolean', options: [] });
const COMMON = [
    text('OwnerId', 'Owner ID'),
    { apiName: 'CreatedDate', label: 'Created Date', kind: 'datetime', options: [] }
];

/** The readable fields of each tracked object, as BuilderController.getObjectFields lists them. */
export const OBJECT_FIELD_CATALOG = {
    Account: [
        text('Name', 'Account Name'),
        text('Description', 'Description'),
        text('Phone', 'Phone'),
        pick('Industry', 'Industry', ['Technology', 'Manufacturing', 'Retail', 'Healthcare', 'Finance']),
        day('LastActivityDate', 'Last Activity'),
        ...COMMON
    ],
    Case: [
        text('Subject', 'Subject'),
        pick('Status', 'Status', ['New', 'Working', 'Escalated', 'Closed']),
        pick('Origin', 'Case Origin', ['Phone', 'Email', 'Web']),
        pick('Priority', 'Priority', ['High', 'Medium', 'Low']),
        flag('IsClosed', 'Closed'),
        flag('IsEscalated', 'Escalated'),
        ...COMMON
    ],
    Contact: [
        text('FirstName', 'First Name'),
        text('LastName', 'Last Name'),
        text('Title', 'Title'),
        text('Email', 'Email'),
        text('Phone', 'Phone'),
        text('AccountId', 'Account ID'),
        text('Description', 'Description'),
        day('LastActivityDate', 'Last Activity'),
        ...COMMON
    ],
    Event: [
        text('Subject', 'Subject'),
        pick('EventSubtype', 'Event Subtype', ['Event']),
        text('WhatId', 'Related To ID'),
        text('WhoId', 'Name ID'),
        num('DurationInMinutes', 'Duration'),
        flag('IsAllDayEvent', 'All-Day Event'),
        text('Description', 'Description'),
        ...COMMON
    ],
    Lead: [
        text('Company', 'Company'),
        text('Email', 'Email'),
        text('Phone', 'Phone'),
        pick('Status', 'Lead Status', [
            'Open - Not Contacted',
            'Working - Contacted',
            'Closed - Converted',
            'Closed - Not Converted'
        ]),
        pick('LeadSource', 'Lead Source', ['Web', 'Phone Inquiry', 'Partner Referral', 'Other']),
        pick('Rating', 'Rating', ['Hot', 'Warm', 'Cold']),
        flag('IsConverted', 'Converted'),
        day('LastActivityDate', 'Last Activity'),
        ...COMMON
    ],
    Opportunity: [
        text('Name', 'Opportunity Name'),
        num('Amount', 'Amount'),
        day('CloseDate', 'Close Date'),
        text('NextStep', 'Next Step'),
        pick('StageName', 'Stage', [
            'Prospecting',
            'Qualification',
            'Needs Analysis',
            'Proposal/Price Quote',
            'Negotiation/Review',
            'Closed Won',
            'Closed Lost'
        ]),
        pick('ForecastCategoryName', 'Forecast Category', ['Pipeline', 'Best Case', 'Commit', 'Closed', 'Omitted']),
        num('Probability', 'Probability (%)'),
        flag('IsWon', 'Won'),
        flag('IsClosed', 'Closed'),
        text('Description', 'Description'),
        day('LastActivityDate', 'Last Activity'),
        ...COMMON
    ],
    Task: [
        text('Subject', 'Subject'),
        pick('TaskSubtype', 'Task Subtype', ['Task', 'Email', 'Call']),
        pick('Status', 'Status', ['Not Started', 'In Progress', 'Completed']),
        pick('Priority', 'Priority', ['High', 'Normal', 'Low']),
        text('WhatId', 'Related To ID'),
        text('WhoId', 'Name ID'),
        num('CallDurationInSeconds', 'Call Duration'),
        day('ActivityDate', 'Due Date'),
        flag('IsClosed', 'Closed'),
        text('Description', 'Comments'),
        ...COMMON
    ]
};

/** What the builder's local answers read: its types and the object field catalog. */
export function builderData(root = REPO_ROOT) {
    return { types: builderTypes(root), objectFields: OBJECT_FIELD_CATALOG };
}
