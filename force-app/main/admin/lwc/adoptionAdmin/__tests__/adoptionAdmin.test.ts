import { createElement } from 'lwc';
import type { ApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import type { HealthView } from '@salesforce/apex/AdminController.getHealth';
import type {
    DigestStatus,
    JobView,
    RetentionStatus,
    ScheduleStatus,
    SweepStatus
} from '@salesforce/apex/AdminController.getJob';
import AdoptionAdmin from 'c/adoptionAdmin';
// Deep queries: the tables, the history tools and the schedules are child components, as the browser tests see them.
import {
    deepOne as one,
    deepRoot,
    deepTexts as texts,
    fixture as readFixture,
    flush as settle
} from 'config/jest/utils/dom';

jest.mock(
    '@salesforce/apex/AdminController.getHealth',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/AdminController.getJob',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
// The embedded prompt effectiveness table has its own tests; here it only needs its wires.
jest.mock(
    '@salesforce/apex/PromptsController.getEffectiveness',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/PromptExperimentsController.getExperiments',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/AdminController.startDryRun', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/AdminController.startBackfill', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/AdminController.startRebuild', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/AdminController.startPurge', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/AdminController.scheduleDigest', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/AdminController.unscheduleDigest', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/AdminController.scheduleChallengeClosing', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/AdminController.unscheduleChallengeClosing', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/AdminController.schedulePurge', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/AdminController.unschedulePurge', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/AdminController.startSweep', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/AdminController.scheduleSweep', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/AdminController.unscheduleSweep', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

type Imperative = { default: jest.Mock };
const healthAdapter = jest.requireMock<{ default: ApexTestWireAdapter<HealthView> }>(
    '@salesforce/apex/AdminController.getHealth'
).default;
const jobAdapter = jest.requireMock<{ default: ApexTestWireAdapter<JobView | null> }>(
    '@salesforce/apex/AdminController.getJob'
).default;
const startDryRun = jest.requireMock<Imperative>('@salesforce/apex/AdminController.startDryRun').default;
const startBackfill = jest.requireMock<Imperative>('@salesforce/apex/AdminController.startBackfill').default;
const startRebuild = jest.requireMock<Imperative>('@salesforce/apex/AdminController.startRebuild').default;
const startPurge = jest.requireMock<Imperative>('@salesforce/apex/AdminController.startPurge').default;
const scheduleDigest = jest.requireMock<Imperative>('@salesforce/apex/AdminController.scheduleDigest').default;
const unscheduleDigest = jest.requireMock<Imperative>('@salesforce/apex/AdminController.unscheduleDigest').default;
const scheduleChallengeClosing = jest.requireMock<Imperative>(
    '@salesforce/apex/AdminController.scheduleChallengeClosing'
).default;
const unscheduleChallengeClosing = jest.requireMock<Imperative>(
    '@salesforce/apex/AdminController.unscheduleChallengeClosing'
).default;
const schedulePurge = jest.requireMock<Imperative>('@salesforce/apex/AdminController.schedulePurge').default;
const unschedulePurge = jest.requireMock<Imperative>('@salesforce/apex/AdminController.unschedulePurge').default;
const startSweep = jest.requireMock<Imperative>('@salesforce/apex/AdminController.startSweep').default;
const scheduleSweep = jest.requireMock<Imperative>('@salesforce/apex/AdminController.scheduleSweep').default;
const unscheduleSweep = jest.requireMock<Imperative>('@salesforce/apex/AdminController.unscheduleSweep').default;
const refreshApexMock = jest.requireMock<{ refreshApex: jest.Mock }>('@salesforce/apex').refreshApex;

const JOB_ID = 'a01000000000001AAA';

function fixture<T>(name: string): T {
    return readFixture<T>(__dirname, name);
}

function flush(): Promise<void> {
    return settle(8);
}

/** Each row's cells, joined by a space. */
function rows(element: HTMLElement, selector: string): string[] {
    return Array.from(deepRoot(element).querySelectorAll(selector)).map((row) =>
        Array.from(row.children)
            .map((cell) => (cell.textContent ?? '').trim())
            .join(' ')
    );
}

async function create(health?: HealthView): Promise<HTMLElement> {
    const element = createElement('c-adoption-admin', { is: AdoptionAdmin });
    document.body.appendChild(element);
    if (health) {
        healthAdapter.emit(health);
    }
    await flush();
    return element;
}

async function click(element: HTMLElement, selector: string): Promise<void> {
    one(element, selector).click();
    await flush();
}

describe('c-adoption-admin', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
        jest.useRealTimers();
    });

    it('shows a spinner until the health view arrives', async () => {
        const element = await create();
        expect(deepRoot(element).querySelector('lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the package status, triggers and the validation status of each rule, badge and prompt', async () => {
        const element = await create(fixture<HealthView>('getHealth'));
        expect(texts(element, '.package-status')).toEqual(['On']);
        expect(one<HTMLAnchorElement>(element, 'a.settings-link').getAttribute('href')).toBe(
            '/lightning/setup/CustomMetadata/home'
        );
        expect(texts(element, '.problems')).toEqual([
            '1 active rules, badges or prompts cannot run. Each is listed below with the reason.'
        ]);
        expect(rows(element, 'tr.object-row')).toEqual([
            'Opportunity Active 2 1',
            "Widget__c Missing: the object's actions are not captured 1 0"
        ]);
        expect(texts(element, '.rules-table .item-status')).toEqual([
            'OK',
            'Condition__c reads Missing__c, which is not a field of Opportunity.',
            'No daily cap: one rep can earn from this rule without limit in a day. Set Daily Cap.'
        ]);
        expect(one(element, '.rules-table tr[data-name="Close_Won"] .item-status').className).toContain('item-warning');
        expect(texts(element, '.uncapped')).toEqual(['1 active rule(s) have no daily cap and can be farmed.']);
        expect(one(element, '.rules-table tr[data-name="Broken_Rule"] .item-status').className).toContain(
            'slds-text-color_error'
        );
        expect(texts(element, '.badges-table .item-status')).toEqual(['OK']);
        expect(texts(element, '.prompts-table tr[data-name="Broken_Prompt"] td')).toEqual([
            'Opportunity Warning',
            'No',
            'Condition__c is not valid: expected a value.'
        ]);
        expect(texts(element, '.key-field-problem')).toEqual(['Opportunity.Nope__c: No such field on Opportunity.']);
        expect(texts(element, '.subscriber-cell dd')).toEqual(['Running', '1,200', '1,205', '5', '0', 'None']);
        expect(rows(element, 'tr.persona-row')[0]).toBe('Rep Adoption_Rep 20');
        expect(texts(element, '.history p.slds-text-body_small')[0]).toBe(
            'Dry run writes nothing. Backfill scores. Rebuild recomputes scores. Purge: personal data over 90 days.'
        );
        expect(deepRoot(element).querySelector('c-prompt-effectiveness')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('lists recent errors and jobs, and says when there are none', async () => {
        const health = fixture<HealthView>('getHealth');
        const element = await create(health);
        expect(deepRoot(element).querySelectorAll('tr.error-row')).toHaveLength(2);
        expect(texts(element, 'tr.error-row:first-child td').slice(1)).toEqual([
            'Capture',
            'Rule Broken_Rule is disabled',
            'Broken_Rule',
            ''
        ]);
        expect(texts(element, 'tr.job-row th')).toEqual(['Dry Run']);

        healthAdapter.emit({ ...health, errors: [], jobs: [], problems: 0, enabled: false, settingsFound: false });
        await flush();
        expect(deepRoot(element).querySelector('tr.error-row')).toBeNull();
        expect(deepRoot(element).querySelector('.errors-none')).not.toBeNull();
        expect(deepRoot(element).querySelector('.jobs-none')).not.toBeNull();
        expect(deepRoot(element).querySelector('.settings-missing')).not.toBeNull();
        expect(texts(element, '.package-status')).toEqual(['Off']);
        expect(texts(element, '.problems')).toEqual(['Every active rule, badge and prompt can run.']);
        await expect(element).toBeAccessible();
    });

    it('says when the subscriber cannot be read or has seen no signal', async () => {
        const health = fixture<HealthView>('getHealth');
        health.subscriber = { ...health.subscriber, known: false };
        const element = await create(health);
        expect(texts(element, '.subscriber-text')).toEqual([
            "The subscriber's status cannot be read: it needs View Setup and Configuration."
        ]);
        healthAdapter.emit({ ...health, subscriber: { ...health.subscriber, known: true, found: false } });
        await flush();
        expect(texts(element, '.subscriber-text')).toEqual(['No signal has been processed yet.']);
        await expect(element).toBeAccessible();
    });

    it('starts a dry run and follows it until it finishes', async () => {
        jest.useFakeTimers();
        startDryRun.mockResolvedValue(JOB_ID);
        const element = await create(fixture<HealthView>('getHealth'));

        await click(element, 'lightning-button.dry-run-button');
        expect(startDryRun).toHaveBeenCalledWith({ days: 30 });
        expect(jobAdapter.getLastConfig()).toEqual({ jobId: JOB_ID });

        jobAdapter.emit(fixture<JobView>('jobQueued'));
        await flush();
        expect(texts(element, '.job-heading')).toEqual(['Dry Run: Queued']);
        expect(deepRoot(element).querySelector('.job-progress')).not.toBeNull();
        expect(one<HTMLElement & { disabled: boolean }>(element, 'lightning-button.dry-run-button').disabled).toBe(
            true
        );
        expect(refreshApexMock).not.toHaveBeenCalled();

        jest.advanceTimersByTime(3000);
        await flush();
        expect(refreshApexMock).toHaveBeenCalledTimes(1);
        expect(refreshApexMock.mock.calls[0][0]).toMatchObject({ data: { status: 'Queued' } });

        jobAdapter.emit(fixture<JobView>('jobRunning'));
        await flush();
        expect(texts(element, '.job-heading')).toEqual(['Dry Run: Running']);
        expect(texts(element, '.job-counters')).toEqual(['120 records, 12 actions, 60 points']);
        jest.advanceTimersByTime(3000);
        await flush();
        expect(refreshApexMock).toHaveBeenCalledTimes(2);

        jobAdapter.emit(fixture<JobView>('jobCompleted'));
        await flush();
        expect(texts(element, '.job-heading')).toEqual(['Dry Run: Completed']);
        expect(deepRoot(element).querySelector('.job-progress')).toBeNull();
        expect(rows(element, 'tr.job-result')).toEqual(['Log_Call 20 100 4', 'Complete_Task 5 25 2']);
        // The health view is asked again once, to list the finished job; polling has stopped.
        expect(refreshApexMock).toHaveBeenCalledTimes(3);
        expect(refreshApexMock.mock.calls[2][0]).toMatchObject({ data: { enabled: true } });
        jest.advanceTimersByTime(10000);
        await flush();
        expect(refreshApexMock).toHaveBeenCalledTimes(3);
        expect(one<HTMLElement & { disabled: boolean }>(element, 'lightning-button.dry-run-button').disabled).toBe(
            false
        );
        jest.useRealTimers();
        await expect(element).toBeAccessible();
    });

    it('stops polling when the page is left', async () => {
        startDryRun.mockResolvedValue(JOB_ID);
        const element = await create(fixture<HealthView>('getHealth'));
        await expect(element).toBeAccessible();
        jest.useFakeTimers();
        await click(element, 'lightning-button.dry-run-button');
        jobAdapter.emit(fixture<JobView>('jobRunning'));
        await flush();
        document.body.removeChild(element);
        jest.advanceTimersByTime(10000);
        await flush();
        expect(refreshApexMock).not.toHaveBeenCalled();
    });

    it('asks before a backfill, a rebuild or a purge, with the days it will use', async () => {
        startBackfill.mockResolvedValue(JOB_ID);
        startRebuild.mockResolvedValue(JOB_ID);
        startPurge.mockResolvedValue(JOB_ID);
        const element = await create(fixture<HealthView>('getHealth'));
        const days = one<HTMLElement & { value: string }>(element, 'lightning-input.days-input');
        days.value = '7';
        days.dispatchEvent(new CustomEvent('change'));
        await flush();

        await click(element, 'lightning-button.backfill-button');
        expect(texts(element, '.confirm-text')).toEqual([
            'Backfill scores the Create rules over the records of the last 7 days, for everyone. Continue?'
        ]);
        expect(startBackfill).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
        await click(element, 'lightning-button.cancel-button');
        expect(deepRoot(element).querySelector('.confirm')).toBeNull();

        await click(element, 'lightning-button.backfill-button');
        await click(element, 'lightning-button.confirm-button');
        expect(startBackfill).toHaveBeenCalledWith({ days: 7 });

        jobAdapter.emit(null);
        await flush();
        await click(element, 'lightning-button.rebuild-button');
        expect(texts(element, '.confirm-text')).toEqual([
            'Rebuild recomputes the period scores of the last 7 days from the ledger. Continue?'
        ]);
        await click(element, 'lightning-button.confirm-button');
        expect(startRebuild).toHaveBeenCalledWith({ days: 7 });

        await click(element, 'lightning-button.purge-button');
        expect(texts(element, '.confirm-text')).toEqual([
            'Purge deletes ledger rows, prompt interactions and error logs older than 90 days and celebrations that are past news or were seen a while ago, and clears old job results. Period scores stay. Continue?'
        ]);
        await click(element, 'lightning-button.confirm-button');
        expect(startPurge).toHaveBeenCalledWith({});
    });

    it('refuses days out of range and shows why a job could not start', async () => {
        startDryRun.mockRejectedValue({ body: { message: 'Insufficient access to Adoption_Job__c' } });
        const element = await create(fixture<HealthView>('getHealth'));
        const days = one<HTMLElement & { value: string }>(element, 'lightning-input.days-input');
        days.value = '0';
        days.dispatchEvent(new CustomEvent('change'));
        await flush();
        await click(element, 'lightning-button.dry-run-button');
        expect(startDryRun).not.toHaveBeenCalled();
        expect(
            one<HTMLElement & { friendlyMessage: string }>(element, 'c-error-panel.action-error').friendlyMessage
        ).toBe('Enter a whole number of days from 1 to 3650.');

        days.value = '14';
        days.dispatchEvent(new CustomEvent('change'));
        await click(element, 'lightning-button.dry-run-button');
        expect(startDryRun).toHaveBeenCalledWith({ days: 14 });
        expect(
            one<HTMLElement & { friendlyMessage: string }>(element, 'c-error-panel.action-error').friendlyMessage
        ).toBe('Insufficient access to Adoption_Job__c');
        await expect(element).toBeAccessible();
    });

    it('refuses a rebuild beyond the retention before asking, and says how far it may reach', async () => {
        startRebuild.mockResolvedValue(JOB_ID);
        const element = await create(fixture<HealthView>('getHealth'));
        const days = one<HTMLElement & { value: string }>(element, 'lightning-input.days-input');
        days.value = '91';
        days.dispatchEvent(new CustomEvent('change'));
        await flush();
        await click(element, 'lightning-button.rebuild-button');
        expect(texts(element, '.confirm-text')).toEqual([]);
        expect(startRebuild).not.toHaveBeenCalled();
        expect(
            one<HTMLElement & { friendlyMessage: string }>(element, 'c-error-panel.action-error').friendlyMessage
        ).toBe(
            'A rebuild reaches back at most 90 days, as long as the ledger keeps its detail: older detail has been purged. Enter 1 to 90 days.'
        );

        days.value = '90';
        days.dispatchEvent(new CustomEvent('change'));
        await click(element, 'lightning-button.rebuild-button');
        await click(element, 'lightning-button.confirm-button');
        expect(startRebuild).toHaveBeenCalledWith({ days: 90 });
    });

    it('shows an error while following a job', async () => {
        startDryRun.mockResolvedValue(JOB_ID);
        const element = await create(fixture<HealthView>('getHealth'));
        await click(element, 'lightning-button.dry-run-button');
        jobAdapter.error({ message: 'Job not readable' });
        await flush();
        expect(
            one<HTMLElement & { friendlyMessage: string }>(element, 'c-error-panel.action-error').friendlyMessage
        ).toBe('Job not readable');
        await expect(element).toBeAccessible();
    });

    it('schedules and unschedules the digest', async () => {
        scheduleDigest.mockResolvedValue(fixture<DigestStatus>('digestScheduled'));
        const element = await create(fixture<HealthView>('getHealth'));
        expect(texts(element, '.digest-state')).toEqual(['On: sent every Monday.']);
        expect(texts(element, '.digest-schedule')).toEqual(['Not scheduled: nothing is sent until it is.']);
        expect(deepRoot(element).querySelector('.unschedule-button')).toBeNull();

        await click(element, 'lightning-button.schedule-button');
        expect(scheduleDigest).toHaveBeenCalledTimes(1);
        expect(texts(element, '.digest-schedule')[0]).toMatch(/^Scheduled: next run .+, sent as Ada Admin\.$/);
        expect(deepRoot(element).querySelector('.schedule-button')).toBeNull();
        expect(refreshApexMock).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();

        unscheduleDigest.mockRejectedValue({ body: { message: 'Not allowed' } });
        await click(element, 'lightning-button.unschedule-button');
        expect(unscheduleDigest).toHaveBeenCalledTimes(1);
        expect(
            one<HTMLElement & { friendlyMessage: string }>(element, 'c-error-panel.action-error').friendlyMessage
        ).toBe('Not allowed');
    });

    it('says when the digest is off or its schedule cannot be read', async () => {
        const health = fixture<HealthView>('getHealth');
        health.digest = { ...health.digest, enabled: false, schedule: { ...health.digest.schedule, known: false } };
        const element = await create(health);
        expect(texts(element, '.digest-state')).toEqual(['Off: turn on Digest Enabled in the settings to send it.']);
        expect(texts(element, '.digest-schedule')).toEqual([
            'The schedule cannot be read: it needs View Setup and Configuration.'
        ]);
        expect(deepRoot(element).querySelector('.schedule-button')).toBeNull();
        expect(deepRoot(element).querySelector('.digest-email-off')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says when the org may not send email, so the digest would go nowhere', async () => {
        const health = fixture<HealthView>('getHealth');
        health.digest = { ...health.digest, emailOff: true };
        const element = await create(health);
        expect(texts(element, '.digest-email-off')).toEqual([
            "Email is off: this org may not send email now (Setup, Deliverability, or the day's limit), so no digest goes out."
        ]);
        await expect(element).toBeAccessible();
    });

    it('schedules and unschedules the hourly challenge closing, beside the digest', async () => {
        scheduleChallengeClosing.mockResolvedValue(fixture<ScheduleStatus>('challengeClosingScheduled'));
        const element = await create(fixture<HealthView>('getHealth'));
        expect(texts(element, '.closing-schedule')).toEqual([
            'Not scheduled: an ended challenge stays open until its manager ends it.'
        ]);
        expect(deepRoot(element).querySelector('.closing-unschedule-button')).toBeNull();
        await expect(element).toBeAccessible();

        await click(element, 'lightning-button.closing-schedule-button');
        expect(scheduleChallengeClosing).toHaveBeenCalledTimes(1);
        expect(scheduleDigest).not.toHaveBeenCalled();
        expect(texts(element, '.closing-schedule')[0]).toMatch(/^Scheduled hourly: next run .+, as Ada Admin\.$/);
        expect(texts(element, '.digest-schedule')).toEqual(['Not scheduled: nothing is sent until it is.']);
        expect(deepRoot(element).querySelector('.closing-schedule-button')).toBeNull();
        expect(refreshApexMock).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();

        unscheduleChallengeClosing.mockResolvedValue(fixture<HealthView>('getHealth').challengeClosing);
        await click(element, 'lightning-button.closing-unschedule-button');
        expect(unscheduleChallengeClosing).toHaveBeenCalledTimes(1);
        expect(texts(element, '.closing-schedule')).toEqual([
            'Not scheduled: an ended challenge stays open until its manager ends it.'
        ]);

        scheduleChallengeClosing.mockRejectedValue({ body: { message: 'Not allowed' } });
        await click(element, 'lightning-button.closing-schedule-button');
        expect(
            one<HTMLElement & { friendlyMessage: string }>(element, 'c-error-panel.action-error').friendlyMessage
        ).toBe('Not allowed');
    });

    it('says when the challenge closing schedule cannot be read', async () => {
        const health = fixture<HealthView>('getHealth');
        health.challengeClosing = { ...health.challengeClosing, known: false };
        const element = await create(health);
        expect(texts(element, '.closing-schedule')).toEqual([
            'The schedule cannot be read: it needs View Setup and Configuration.'
        ]);
        expect(deepRoot(element).querySelector('.closing-schedule-button')).toBeNull();
        expect(deepRoot(element).querySelector('.closing-unschedule-button')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('lists every permission set or profile that may publish the package events', async () => {
        const element = await create(fixture<HealthView>('getHealth'));
        expect(rows(element, 'tr.grant-row')).toEqual([
            'Adoption: Admin Permission set Adoption_Signal__e',
            'Integration Profile Profile Adoption_Signal__e'
        ]);
        expect(deepRoot(element).querySelector('.grants-text')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says when nobody may publish the events, or when permissions cannot be read', async () => {
        const health = fixture<HealthView>('getHealth');
        let element = await create({ ...health, eventGrants: [] });
        expect(texts(element, '.grants-text')).toEqual([
            'No permission set or profile grants Create on the package events.'
        ]);
        expect(deepRoot(element).querySelector('tr.grant-row')).toBeNull();
        document.body.removeChild(element);
        element = await create({ ...health, eventGrants: [], eventGrantsKnown: false });
        expect(texts(element, '.grants-text')).toEqual([
            'Permissions cannot be read: this needs View Setup and Configuration.'
        ]);
        await expect(element).toBeAccessible();
    });

    it('in works council mode flags in red a manager who can open the rows of someone below them (security review 3, M1)', async () => {
        const health = fixture<HealthView>('getHealth');
        let element = await create(health);
        expect(deepRoot(element).querySelector('section.manager-access')).toBeNull();
        document.body.removeChild(element);

        const failed = fixture<HealthView['managerAccess']>('managerAccessFailed');
        element = await create({ ...health, managerAccess: failed });
        expect(texts(element, 'section.manager-access h2')).toEqual([
            "Works council mode: can managers open their reps' rows?"
        ]);
        const text = one(element, '.access-text');
        expect(text.textContent).toBe(failed.message);
        expect(text.classList.contains('slds-text-color_error')).toBe(true);
        expect(rows(element, 'tr.access-row')).toEqual([
            'Period Scores The manager can open it',
            'Ledger Entries The manager can open it',
            'Badge Awards The manager cannot open it',
            'Adoption Celebrations No row to test',
            'Prompt Interactions No row to test'
        ]);
        await expect(element).toBeAccessible();
        document.body.removeChild(element);

        element = await create({
            ...health,
            managerAccess: { applies: true, status: 'Untested', message: 'Not tested: nobody.', objects: [] }
        });
        expect(one(element, '.access-text').classList.contains('item-warning')).toBe(true);
        expect(deepRoot(element).querySelector('tr.access-row')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('flags the retention purge when it is not scheduled, schedules it and stops it', async () => {
        schedulePurge.mockResolvedValue(fixture<RetentionStatus>('retentionScheduled'));
        const element = await create(fixture<HealthView>('getHealth'));
        expect(texts(element, '.retention-help')).toEqual([
            'Every day the purge deletes what is older than 90 days and holds personal data: ledger detail (period scores keep the totals), prompt interactions and error logs; it deletes celebrations once they are past news or were seen a while ago, and clears the results of old history jobs. A record that scored a once-per-record rule never scores it again.'
        ]);
        expect(texts(element, '.retention-schedule')).toEqual([
            'Not scheduled: personal data is kept beyond 90 days. Schedule the daily purge.'
        ]);
        expect(one(element, '.retention-schedule').className).toContain('slds-text-color_error');
        expect(texts(element, '.retention-last')[0]).toMatch(/^Last purge .+: Deleted 12 ledger rows scored before/);
        expect(deepRoot(element).querySelector('.retention-unschedule-button')).toBeNull();
        await expect(element).toBeAccessible();

        await click(element, 'lightning-button.retention-schedule-button');
        expect(schedulePurge).toHaveBeenCalledTimes(1);
        expect(texts(element, '.retention-schedule')[0]).toMatch(/^Scheduled daily: next run .+, as Ada Admin\.$/);
        expect(one(element, '.retention-schedule').className).not.toContain('slds-text-color_error');
        expect(deepRoot(element).querySelector('.retention-schedule-button')).toBeNull();
        expect(refreshApexMock).toHaveBeenCalledTimes(1);

        unschedulePurge.mockResolvedValue(fixture<HealthView>('getHealth').retention);
        await click(element, 'lightning-button.retention-unschedule-button');
        expect(unschedulePurge).toHaveBeenCalledTimes(1);
        expect(texts(element, '.retention-schedule')).toEqual([
            'Not scheduled: personal data is kept beyond 90 days. Schedule the daily purge.'
        ]);

        schedulePurge.mockRejectedValue({ body: { message: 'Not allowed' } });
        await click(element, 'lightning-button.retention-schedule-button');
        expect(
            one<HTMLElement & { friendlyMessage: string }>(element, 'c-error-panel.action-error').friendlyMessage
        ).toBe('Not allowed');
    });

    it('says when the purge schedule cannot be read or no purge has run', async () => {
        const health = fixture<HealthView>('getHealth');
        health.retention = {
            ...health.retention,
            schedule: { ...health.retention.schedule, known: false },
            lastRunAt: null,
            lastMessage: null
        };
        const element = await create(health);
        expect(texts(element, '.retention-schedule')).toEqual([
            'The schedule cannot be read: this needs View Setup and Configuration.'
        ]);
        expect(texts(element, '.retention-last')).toEqual(['No purge has run yet.']);
        expect(deepRoot(element).querySelector('.retention-schedule-button')).toBeNull();
        expect(deepRoot(element).querySelector('.retention-unschedule-button')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('flags the deletion sweep when it is not scheduled, schedules it, stops it and runs it now', async () => {
        scheduleSweep.mockResolvedValue(fixture<SweepStatus>('sweepScheduled'));
        const element = await create(fixture<HealthView>('getHealth'));
        expect(texts(element, '.sweep h2')).toEqual(['Deletion sweep']);
        expect(texts(element, '.sweep-help')[0]).toMatch(/^Every night the sweep takes back the points of records/);
        expect(texts(element, '.sweep-schedule')).toEqual([
            'Not scheduled: points of records deleted with their parent, or by a data load, are never taken back. Schedule the nightly sweep.'
        ]);
        expect(one(element, '.sweep-schedule').className).toContain('slds-text-color_error');
        expect(texts(element, '.sweep-last')[0]).toMatch(/^Last sweep .+: Read 240 ledger rows/);
        expect(deepRoot(element).querySelector('.sweep-unschedule-button')).toBeNull();
        await expect(element).toBeAccessible();

        await click(element, 'lightning-button.sweep-schedule-button');
        expect(scheduleSweep).toHaveBeenCalledTimes(1);
        expect(texts(element, '.sweep-schedule')[0]).toMatch(/^Scheduled nightly: next run .+, as Ada Admin\.$/);
        expect(one(element, '.sweep-schedule').className).not.toContain('slds-text-color_error');
        expect(refreshApexMock).toHaveBeenCalledTimes(1);

        unscheduleSweep.mockResolvedValue(fixture<HealthView>('getHealth').sweep);
        await click(element, 'lightning-button.sweep-unschedule-button');
        expect(unscheduleSweep).toHaveBeenCalledTimes(1);
        expect(deepRoot(element).querySelector('.sweep-schedule-button')).not.toBeNull();

        // Run now: the page follows the sweep's job as it follows a tool's, and nothing else starts meanwhile.
        startSweep.mockResolvedValue(JOB_ID);
        await click(element, 'lightning-button.sweep-run-button');
        expect(startSweep).toHaveBeenCalledTimes(1);
        expect(jobAdapter.getLastConfig()).toEqual({ jobId: JOB_ID });
        jobAdapter.emit({ ...fixture<JobView>('jobQueued'), type: 'Sweep', days: null });
        await flush();
        expect(texts(element, '.job-heading')).toEqual(['Sweep: Queued']);
        const run = one<HTMLElement & { disabled: boolean }>(element, 'lightning-button.sweep-run-button');
        expect(run.disabled).toBe(true);
        run.click();
        await flush();
        expect(startSweep).toHaveBeenCalledTimes(1);

        scheduleSweep.mockRejectedValue({ body: { message: 'Not allowed' } });
        await click(element, 'lightning-button.sweep-schedule-button');
        expect(
            one<HTMLElement & { friendlyMessage: string }>(element, 'c-error-panel.action-error').friendlyMessage
        ).toBe('Not allowed');
    });

    it('shows why the sweep could not start, and says when its schedule cannot be read', async () => {
        const health = fixture<HealthView>('getHealth');
        health.sweep = {
            schedule: { known: false, scheduled: false },
            lastRunAt: null,
            lastMessage: null,
            warning: null
        };
        startSweep.mockRejectedValue({ body: { message: 'A sweep is already running.' } });
        const element = await create(health);
        expect(texts(element, '.sweep-schedule')).toEqual([
            'The schedule cannot be read: this needs View Setup and Configuration.'
        ]);
        expect(texts(element, '.sweep-last')).toEqual(['No sweep has run yet.']);
        expect(deepRoot(element).querySelector('.sweep-schedule-button')).toBeNull();
        await click(element, 'lightning-button.sweep-run-button');
        expect(
            one<HTMLElement & { friendlyMessage: string }>(element, 'c-error-panel.action-error').friendlyMessage
        ).toBe('A sweep is already running.');
        await expect(element).toBeAccessible();
    });

    it('shows the server message to someone who is not an admin', async () => {
        const element = await create();
        healthAdapter.error({ message: 'Only Adoption admins can use this page.' });
        await flush();
        expect(one<HTMLElement & { friendlyMessage: string }>(element, 'c-error-panel').friendlyMessage).toBe(
            'Only Adoption admins can use this page.'
        );
        expect(deepRoot(element).querySelector('.history')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('refreshes the health view, and not before it has answered', async () => {
        const element = await create();
        await click(element, 'button.refresh-button');
        expect(refreshApexMock).not.toHaveBeenCalled();
        healthAdapter.emit(fixture<HealthView>('getHealth'));
        await flush();
        await click(element, 'button.refresh-button');
        expect(refreshApexMock).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });

    it('re-reads its tables and the prompts an experiment can start on when the builder deployed a record', async () => {
        const element = await create(fixture<HealthView>('getHealth'));
        refreshApexMock.mockClear();
        const builder = deepRoot(element).querySelector('c-adoption-builder')!;
        builder.dispatchEvent(
            new CustomEvent('deployed', {
                detail: { records: [{ typeName: 'Adoption_Prompt__mdt', recordName: 'Call_New_Lead' }] }
            })
        );
        await flush();
        // The health view, then the effectiveness table and the experiments (the section's own wires).
        const wires = refreshApexMock.mock.calls.map((call) => call[0] as unknown);
        expect(wires).toHaveLength(3);
        expect(new Set(wires).size).toBe(3);
    });
});
