// The builder end to end against its Apex stand-ins: a new rule built with the pickers, read in plain
// words, dry-run, saved with a note and followed until deployed; a failed save; a missing permission;
// editing a record; every state accessible.
import { createElement } from 'lwc';
import AdoptionBuilder from 'c/adoptionBuilder';
import type { SetupView, TypeView } from '@salesforce/apex/BuilderController.getSetup';
import type { ChangeView } from '@salesforce/apex/BuilderController.getChanges';
import { all, deepOne, flush, one, shadow, texts } from 'config/jest/utils/dom';

jest.mock('@salesforce/apex/BuilderController.getSetup', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/BuilderController.getObjectFields', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/BuilderController.startDryRun', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/BuilderController.getDryRun', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/BuilderController.save', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/BuilderController.getChanges', () => ({ default: jest.fn() }), { virtual: true });

type Imperative = { default: jest.Mock };
const getSetup = jest.requireMock<Imperative>('@salesforce/apex/BuilderController.getSetup').default;
const getObjectFields = jest.requireMock<Imperative>('@salesforce/apex/BuilderController.getObjectFields').default;
const startDryRun = jest.requireMock<Imperative>('@salesforce/apex/BuilderController.startDryRun').default;
const getDryRun = jest.requireMock<Imperative>('@salesforce/apex/BuilderController.getDryRun').default;
const save = jest.requireMock<Imperative>('@salesforce/apex/BuilderController.save').default;
const getChanges = jest.requireMock<Imperative>('@salesforce/apex/BuilderController.getChanges').default;

const plain = (apiName: string, kind: string, options: string[] = [], role = 'plain') => ({
    apiName,
    label: apiName.replace(/__c$/, '').replace(/_/g, ' '),
    kind,
    length: kind === 'text' ? 80 : 0,
    options,
    role
});

const RULES: TypeView = {
    apiName: 'Adoption_Rule__mdt',
    label: 'Adoption Rule',
    fields: [
        plain('Active__c', 'boolean'),
        plain('Condition__c', 'longtext', [], 'condition'),
        plain('Daily_Cap__c', 'number'),
        plain('Object__c', 'text', [], 'object'),
        plain('Once_Per_Record__c', 'boolean'),
        plain('Operation__c', 'picklist', ['Create', 'Update', 'Delete', 'Undelete']),
        plain('Points__c', 'number'),
        plain('Why_It_Matters__c', 'longtext')
    ],
    records: [
        {
            name: 'Log_Call',
            label: 'Log a call',
            valuesJson: JSON.stringify({
                Active__c: true,
                Object__c: 'Task',
                Operation__c: 'Create',
                Points__c: 5,
                Daily_Cap__c: 10
            })
        }
    ]
};
const BADGES: TypeView = {
    apiName: 'Adoption_Badge__mdt',
    label: 'Adoption Badge',
    fields: [
        plain('Rule_Name__c', 'text', [], 'rule'),
        plain('Description__c', 'text'),
        plain('Start_Date__c', 'date')
    ],
    records: []
};
const SETTINGS: TypeView = {
    apiName: 'Adoption_Settings__mdt',
    label: 'Adoption Settings',
    fields: [plain('Daily_Points_Cap__c', 'number')],
    records: [{ name: 'Default', label: 'Default', valuesJson: '{"Daily_Points_Cap__c":200}' }]
};
const TASK_FIELDS = [
    { apiName: 'Subject', label: 'Subject', kind: 'text', options: [] },
    { apiName: 'TaskSubtype', label: 'Task Subtype', kind: 'text', options: ['Task', 'Call'] }
];

function setupView(extra: Partial<SetupView> = {}): SetupView {
    return {
        types: [RULES, BADGES, SETTINGS],
        objects: ['Opportunity', 'Task'],
        missingPermissions: [],
        changes: [],
        ...extra
    };
}

const queued: ChangeView = {
    id: 'a0B1',
    changedAt: '2026-12-01T10:00:00.000Z',
    changedBy: 'Ada Admin',
    typeName: 'Adoption_Rule__mdt',
    recordName: 'Log_Meaningful_Call',
    recordLabel: 'Log a meaningful call',
    note: 'Calls with a related record',
    status: 'Queued',
    afterJson: '{"Points__c":5}'
};

async function create(): Promise<HTMLElement> {
    const element = createElement('c-adoption-builder', { is: AdoptionBuilder });
    document.body.appendChild(element);
    await flush();
    return element;
}

function change(element: HTMLElement, selector: string, detail: Record<string, unknown>): void {
    one(element, selector).dispatchEvent(new CustomEvent('change', { detail }));
}

function setField(element: HTMLElement, field: string, detail: Record<string, unknown>): void {
    change(element, `.field-input[data-field="${field}"]`, detail);
}

type Button = HTMLElement & { disabled: boolean };

describe('c-adoption-builder', () => {
    beforeEach(() => {
        jest.useFakeTimers();
        getSetup.mockResolvedValue(setupView());
        getObjectFields.mockResolvedValue(TASK_FIELDS);
    });

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.useRealTimers();
        jest.resetAllMocks();
    });

    it('shows a works council dry run as totals and an unnamed share, no one listed (review M3)', async () => {
        const element = await create();
        change(element, '.name-input', { value: 'Log_Meaningful_Call' });
        change(element, '.label-input', { value: 'Log a meaningful call' });
        setField(element, 'Object__c', { value: 'Task' });
        await flush();
        setField(element, 'Operation__c', { value: 'Create' });
        setField(element, 'Points__c', { value: '5' });
        await flush();
        startDryRun.mockResolvedValue('job1');
        getDryRun.mockResolvedValueOnce({
            jobId: 'job1',
            status: 'Completed',
            inProgress: false,
            records: 40,
            message: 'done',
            rows: [],
            people: 3,
            actions: 20,
            points: 100,
            topShare: 60,
            anonymous: true
        });
        getChanges.mockResolvedValue([]);
        one(element, '.builder-dry-run-button').click();
        await flush();
        jest.advanceTimersByTime(2000);
        await flush();
        expect(one(element, '.dry-run-status').textContent).toBe(
            '40 records replayed: 3 people would have earned 100 points.'
        );
        expect(element.shadowRoot!.querySelectorAll('.dry-run-row')).toHaveLength(0);
        expect(texts(element, '.warning')).toEqual([
            'One person would dominate this rule: they would earn 60% of its points.'
        ]);
        jest.useRealTimers();
        await expect(element).toBeAccessible();
    });

    it('stops following a deployment that never answers and says where to look (review m3)', async () => {
        const element = await create();
        change(element, '.name-input', { value: 'Log_Meaningful_Call' });
        change(element, '.label-input', { value: 'Log a meaningful call' });
        setField(element, 'Object__c', { value: 'Task' });
        await flush();
        setField(element, 'Operation__c', { value: 'Create' });
        setField(element, 'Points__c', { value: '5' });
        change(element, '.note-input', { value: 'Calls' });
        await flush();
        save.mockResolvedValue({ changeId: 'a0B1', status: 'Queued', message: 'Deploying.' });
        getChanges.mockResolvedValue([{ ...queued, deployId: '0Af000000000001' }]);
        one(element, '.save-button').click();
        await flush();
        jest.advanceTimersByTime(2000);
        await flush();
        expect(one(element, '.save-message').textContent).toBe('Deploying.');
        jest.setSystemTime(Date.now() + 10 * 60_000);
        jest.advanceTimersByTime(2000);
        await flush();
        expect(one(element, '.save-message').textContent).toBe(
            'No answer from the deployment after 10 minutes, so its outcome is unknown here. See Setup > Deployment Status (Id 0Af000000000001).'
        );
        const calls = getChanges.mock.calls.length;
        jest.advanceTimersByTime(60_000);
        await flush();
        expect(getChanges.mock.calls.length).toBe(calls);
    });

    it('builds a new rule, reads it in plain words, dry-runs it, saves it and follows the deployment', async () => {
        const element = await create();
        expect(texts(element, '.record-row th')).toEqual(['Log_Call']);
        change(element, '.name-input', { value: 'Log_Meaningful_Call' });
        change(element, '.label-input', { value: 'Log a meaningful call' });
        setField(element, 'Object__c', { value: 'Task' });
        await flush();
        expect(getObjectFields).toHaveBeenLastCalledWith({ objectName: 'Task' });
        setField(element, 'Operation__c', { value: 'Create' });
        setField(element, 'Points__c', { value: '5' });
        setField(element, 'Daily_Cap__c', { value: '20' });
        setField(element, 'Active__c', { checked: true });
        const condition = deepOne(element, 'c-builder-condition');
        condition.dispatchEvent(
            new CustomEvent('conditionchange', {
                detail: { fieldName: 'Condition__c', value: "TaskSubtype = 'Call'", ok: true }
            })
        );
        await flush();
        expect(one(element, '.sentence').textContent).toBe(
            "Task: a rep earns 5 points each time they create one, where Task Subtype is 'Call', at most 20 a day."
        );

        startDryRun.mockResolvedValue('job1');
        getDryRun.mockResolvedValueOnce({ jobId: 'job1', status: 'Running', inProgress: true, records: 4, rows: [] });
        getDryRun.mockResolvedValueOnce({
            jobId: 'job1',
            status: 'Completed',
            inProgress: false,
            records: 40,
            message: 'done',
            rows: [
                { userId: '005A', userName: 'Ana', actions: 12, points: 60 },
                { userId: '005B', userName: 'Ben', actions: 4, points: 20 },
                { userId: '005C', actions: 4, points: 20 }
            ]
        });
        getChanges.mockResolvedValue([]);
        change(element, '.builder-days-input', { value: '14' });
        one(element, '.builder-dry-run-button').click();
        await flush();
        expect(JSON.parse(startDryRun.mock.calls[0][0].draftJson)).toMatchObject({
            typeName: 'Adoption_Rule__mdt',
            name: 'Log_Meaningful_Call',
            isNew: true,
            values: { Object__c: 'Task', Points__c: '5', Condition__c: "TaskSubtype = 'Call'", Active__c: true }
        });
        expect(startDryRun.mock.calls[0][0].days).toBe(14);
        expect(one(element, '.dry-run-status').textContent).toBe('Replaying 14 days of records…');
        jest.advanceTimersByTime(2000);
        await flush();
        expect(one(element, '.dry-run-status').textContent).toBe('Replaying 14 days of records…');
        jest.advanceTimersByTime(2000);
        await flush();
        expect(one(element, '.dry-run-status').textContent).toBe(
            '40 records replayed: 3 people would have earned 100 points.'
        );
        expect(texts(element, '.dry-run-row th')).toEqual(['Ana', 'Ben', '005C']);
        expect(texts(element, '.warning')).toEqual([
            'One person would dominate this rule: Ana would earn 60% of its points.'
        ]);

        expect(one<Button>(element, '.save-button').disabled).toBe(true);
        change(element, '.note-input', { value: 'Calls with a related record' });
        await flush();
        expect(one<Button>(element, '.save-button').disabled).toBe(false);
        save.mockResolvedValue({ changeId: 'a0B1', status: 'Queued', message: 'Deploying.' });
        getChanges.mockResolvedValueOnce([queued]);
        one(element, '.save-button').click();
        await flush();
        expect(save.mock.calls[0][0].note).toBe('Calls with a related record');
        expect(one(element, '.save-message').textContent).toBe('Deploying.');
        expect(deepOne(element, '.status').textContent).toBe('Deploying');

        const deployed = { ...queued, status: 'Succeeded', result: 'Deployed. The change is in force.' };
        getChanges.mockResolvedValue([deployed]);
        getSetup.mockResolvedValue(
            setupView({
                types: [
                    {
                        ...RULES,
                        records: [
                            ...RULES.records,
                            { name: 'Log_Meaningful_Call', label: 'Log a meaningful call', valuesJson: '{}' }
                        ]
                    },
                    BADGES,
                    SETTINGS
                ],
                changes: [deployed]
            })
        );
        const told = jest.fn();
        element.addEventListener('deployed', told);
        jest.advanceTimersByTime(2000);
        await flush(10);
        expect(one(element, '.save-message').textContent).toBe('Deployed. The change is in force.');
        // The page hears which record is now in force, once (the admin page re-reads its tables).
        expect(told).toHaveBeenCalledTimes(1);
        expect(told.mock.calls[0][0].detail).toEqual({
            records: [{ typeName: queued.typeName, recordName: queued.recordName }]
        });
        expect(texts(element, '.record-row th')).toEqual(['Log_Call', 'Log_Meaningful_Call']);
        expect(one<Button>(element, '.name-input').disabled).toBe(true);
        expect(deepOne(element, '.status').textContent).toBe('Deployed');
        jest.useRealTimers();
        await expect(element).toBeAccessible();
    });

    it('sends the record as it loaded it, and after its own change deployed, the record as saved (m6)', async () => {
        const element = await create();
        (one(element, '.edit-button') as HTMLButtonElement).click();
        await flush();
        setField(element, 'Points__c', { value: 8 });
        change(element, '.note-input', { value: 'Calls matter more' });
        await flush();
        const mine = { ...queued, id: 'a0B7', recordName: 'Log_Call' };
        save.mockResolvedValue({ changeId: 'a0B7', status: 'Queued', message: 'Deploying.' });
        getChanges.mockResolvedValueOnce([mine]);
        one(element, '.save-button').click();
        await flush();
        const first = JSON.parse(save.mock.calls[0][0].draftJson as string) as { loadedJson: string };
        // The server compares this with the record now and refuses the save when someone changed it.
        expect(first.loadedJson).toBe(RULES.records[0].valuesJson);

        const savedJson = JSON.stringify({ Active__c: true, Object__c: 'Task', Points__c: 8, Daily_Cap__c: 10 });
        getChanges.mockResolvedValue([{ ...mine, status: 'Succeeded', result: 'Deployed.' }]);
        getSetup.mockResolvedValue(
            setupView({ types: [{ ...RULES, records: [{ ...RULES.records[0], valuesJson: savedJson }] }, BADGES] })
        );
        jest.advanceTimersByTime(2000);
        await flush(10);
        setField(element, 'Points__c', { value: 9 });
        change(element, '.note-input', { value: 'Even more' });
        await flush();
        one(element, '.save-button').click();
        await flush();
        const second = JSON.parse(save.mock.calls[1][0].draftJson as string) as {
            loadedJson: string;
            values: { Points__c: number };
        };
        expect(second.loadedJson).toBe(savedJson);
        expect(second.values.Points__c).toBe(9);
    });

    it('shows why a save was refused and keeps the draft', async () => {
        const element = await create();
        change(element, '.name-input', { value: 'Zero_Cap' });
        change(element, '.note-input', { value: 'Try' });
        await flush();
        save.mockRejectedValue({ body: { message: 'Daily Cap of 0 would never pay anything.' } });
        one(element, '.save-button').click();
        await flush();
        const message = one(element, '.save-message');
        expect(message.textContent).toBe('Daily Cap of 0 would never pay anything.');
        expect(message.className).toContain('slds-text-color_error');
        expect((one(element, '.name-input') as HTMLElement & { value: string }).value).toBe('Zero_Cap');
    });

    it('shows a deployment that could not start, and one that failed later', async () => {
        const element = await create();
        change(element, '.name-input', { value: 'X' });
        change(element, '.note-input', { value: 'Try' });
        await flush();
        save.mockResolvedValue({ changeId: 'a0B2', status: 'Failed', message: 'The deployment could not start.' });
        getChanges.mockResolvedValue([{ ...queued, id: 'a0B2', status: 'Failed', result: 'x' }]);
        one(element, '.save-button').click();
        await flush();
        expect(one(element, '.save-message').className).toContain('slds-text-color_error');

        save.mockResolvedValue({ changeId: 'a0B3', status: 'Queued', message: 'Deploying.' });
        getChanges.mockResolvedValueOnce([{ ...queued, id: 'a0B3' }]);
        one(element, '.save-button').click();
        await flush();
        getChanges.mockResolvedValue([
            { ...queued, id: 'a0B3', status: 'Failed', result: 'The deployment failed: bad' }
        ]);
        const told = jest.fn();
        element.addEventListener('deployed', told);
        jest.advanceTimersByTime(2000);
        await flush(10);
        expect(one(element, '.save-message').textContent).toBe('The deployment failed: bad');
        expect(told).not.toHaveBeenCalled();
        expect(one(element, '.save-message').className).toContain('slds-text-color_error');
    });

    it('tells an admin who may not deploy which permission is missing, and does not offer to save', async () => {
        getSetup.mockResolvedValue(setupView({ missingPermissions: ['Customize Application'] }));
        const element = await create();
        expect(one(element, '.permission-missing').textContent?.trim()).toMatch(
            /^Saving deploys metadata, which needs permissions you do not have: Customize Application\./
        );
        change(element, '.note-input', { value: 'x' });
        await flush();
        expect(one<Button>(element, '.save-button').disabled).toBe(true);
        jest.useRealTimers();
        await expect(element).toBeAccessible();
    });

    it('edits a record, a badge and the settings record', async () => {
        const element = await create();
        (one(element, '.edit-button') as HTMLButtonElement).click();
        await flush();
        const name = one<HTMLElement & { value: string; disabled: boolean }>(element, '.name-input');
        expect(name.value).toBe('Log_Call');
        expect(name.disabled).toBe(true);
        expect(one(element, '.sentence').textContent).toBe(
            'Task: a rep earns 5 points each time they create one, at most 10 a day.'
        );
        change(element, '.record-picker', { value: '' });
        await flush();
        expect(name.disabled).toBe(false);

        change(element, '.type-picker', { value: 'Adoption_Badge__mdt' });
        await flush();
        const ruleOptions = one<HTMLElement & { options: { value: string }[] }>(
            element,
            '.field-input[data-field="Rule_Name__c"]'
        ).options;
        expect(ruleOptions.map((option) => option.value)).toEqual(['', 'Log_Call']);
        expect(shadow(element).querySelector('.dry-run')).toBeNull();
        expect(shadow(element).querySelector('.sentence')).toBeNull();
        expect(all(element, '.field-input[data-field="Start_Date__c"]')).toHaveLength(1);

        change(element, '.type-picker', { value: 'Adoption_Settings__mdt' });
        await flush();
        expect(one<HTMLElement & { value: string }>(element, '.record-picker').value).toBe('Default');
        expect(
            one<HTMLElement & { value: unknown }>(element, '.field-input[data-field="Daily_Points_Cap__c"]').value
        ).toBe(200);
        jest.useRealTimers();
        await expect(element).toBeAccessible();
    });

    it('shows an error panel when the builder cannot load, and a dry run that cannot start', async () => {
        getSetup.mockRejectedValueOnce({ body: { message: 'Admins only.' } });
        const failed = await create();
        expect(shadow(failed).querySelector('c-error-panel')).not.toBeNull();
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }

        const element = await create();
        startDryRun.mockRejectedValue({ body: { message: 'A dry run replays the records created in the period.' } });
        one(element, '.builder-dry-run-button').click();
        await flush();
        expect(one(element, '.dry-run-error').textContent).toBe('A dry run replays the records created in the period.');
    });
});
