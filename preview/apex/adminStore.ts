// Shared by the local answers of AdminController (preview/apex/AdminController.*.ts): what
// HealthService, AdoptionHistoryService and AdoptionDigestJob do in the org, over the sample data.
// Not an answer itself.
// - Validation: a rule or prompt must name an object of the sample and fields its records carry,
//   and its condition must parse (c/adoptionConditions, the twin of the Apex class Conditions); a
//   badge's Rule_Name__c must name a rule. The org checks the same against describe results.
// - Jobs started here live in memory for the page's lifetime and move on with the clock, as a batch
//   does: Queued, then Running with growing counters, then Completed (JOB_SECONDS after the start).
// - The digest schedule, the hourly challenge closing, the nightly goal realignment, the daily
//   retention purge and the nightly deletion sweep live in memory
//   too; scheduling runs "as" the page's user. Nothing runs on the closing schedule here: a challenge past its end stays open
//   until its manager ends it (challengesStore.ts).
// Admins only: every answer refuses a page without the Adoption_Administer custom permission.
import type { EventGrant, HealthView, ItemHealth } from '@salesforce/apex/AdminController.getHealth';
import type {
    DigestStatus,
    JobView,
    RetentionStatus,
    ScheduleStatus,
    SweepStatus
} from '@salesforce/apex/AdminController.getJob';
import ADMINS_ONLY from '@salesforce/label/c.Adoption_Admin_Admins_Only';
import RULE_UNCAPPED from '@salesforce/label/c.Adoption_Admin_Rule_Uncapped';
import DAYS_INVALID from '@salesforce/label/c.Adoption_Admin_Days_Invalid';
import SWEEP_NOT_SCHEDULED from '@salesforce/label/c.Adoption_Admin_Sweep_Not_Scheduled';
import { parse, fieldsOf } from 'c/adoptionConditions';
import type { DemoData, MetadataRecord } from '../data/types';
import { page } from '../runtime/context';
import { demoData } from '../runtime/demo';
import { managerAccess } from './managerAccessStore';

/** How long a started job runs, in seconds of the page's clock. */
export const JOB_SECONDS = 5;
const TRIGGERS: Readonly<Record<string, string>> = {
    Account: 'AdoptionAccountTrigger',
    Case: 'AdoptionCaseTrigger',
    Contact: 'AdoptionContactTrigger',
    Event: 'AdoptionEventTrigger',
    Lead: 'AdoptionLeadTrigger',
    Opportunity: 'AdoptionOpportunityTrigger',
    Task: 'AdoptionTaskTrigger'
};
/** Standard fields every tracked object has, whether or not the sample records carry them. */
const COMMON_FIELDS = [
    'Id',
    'OwnerId',
    'CreatedDate',
    'CreatedById',
    'LastModifiedDate',
    'LastModifiedById',
    'IsDeleted'
];
/** Standard fields the sample records do not carry (activities have no sample records at all). */
const EXTRA_FIELDS: Readonly<Record<string, readonly string[]>> = {
    Task: [
        'Subject',
        'Status',
        'Type',
        'TaskSubtype',
        'IsClosed',
        'Priority',
        'ActivityDate',
        'WhatId',
        'WhoId',
        'Description',
        'CallDurationInSeconds'
    ],
    Event: [
        'Subject',
        'Type',
        'EventSubtype',
        'IsChild',
        'IsAllDayEvent',
        'ActivityDateTime',
        'DurationInMinutes',
        'WhatId',
        'WhoId',
        'Description'
    ],
    Case: ['Subject', 'Status', 'Origin', 'Priority', 'IsClosed', 'IsEscalated', 'Reason'],
    Lead: ['LastActivityDate', 'ConvertedDate'],
    Opportunity: ['Description', 'Probability', 'IsWon', 'IsClosed'],
    Account: ['Description'],
    Contact: ['Description']
};

interface StartedJob {
    view: JobView;
    startedAt: number;
}

const started = new Map<string, StartedJob>();
let digest: { scheduled: boolean; nextRun: string | null } | undefined;
let closingScheduled = false;
let goalRealignmentScheduled = false;
let purgeScheduled = false;
let sweepScheduled = false;

/**
 * Who may publish the signal event in the sample org. The package's own permission sets grant Create on
 * Adoption_Signal__e to nobody (permissionsets/*.permissionset-meta.xml; the metadata check fails one
 * that does): the one grant here is the sample org's own integration permission set, which the health
 * page lists so that the admin can take it away.
 */
const EVENT_GRANTS: readonly EventGrant[] = [
    {
        permissionSet: 'Integration_Events',
        label: 'Integration: Events',
        isProfile: false,
        eventName: 'Adoption_Signal__e'
    }
];
let counter = 0;

export function requireAdmin(): void {
    if (!page.customPermissions.includes('Adoption_Administer')) {
        throw new Error(ADMINS_ONLY);
    }
}

export function requireDays(days: unknown): number {
    const value = Number(days);
    if (!Number.isInteger(value) || value < 1) {
        throw new Error(DAYS_INVALID);
    }
    return value;
}

function fieldsOfObject(data: DemoData, objectName: string): Set<string> | undefined {
    const sample = data.records[objectName]?.[0];
    const extra = EXTRA_FIELDS[objectName];
    if (!sample && !extra) {
        return undefined;
    }
    return new Set([...Object.keys(sample ?? {}), ...(extra ?? []), ...COMMON_FIELDS]);
}

function conditionProblem(data: DemoData, objectName: string, condition: unknown, field: string): string | null {
    const fields = fieldsOfObject(data, objectName);
    if (!fields) {
        return `Object__c '${objectName}' is not an object in this org.`;
    }
    if (typeof condition !== 'string' || condition.trim() === '') {
        return null;
    }
    try {
        for (const name of fieldsOf(parse(condition))) {
            if (!fields.has(name)) {
                return `${field} reads ${name}, which is not a field of ${objectName}.`;
            }
        }
    } catch (error) {
        return `${field} is not valid: ${(error as Error).message}`;
    }
    return null;
}

function item(
    record: MetadataRecord,
    detail: string,
    problem: string | null,
    warning: string | null = null
): ItemHealth {
    return {
        name: record.DeveloperName,
        label: record.MasterLabel || record.DeveloperName,
        detail,
        active: record.Active__c === true,
        problem,
        warning
    };
}

/** What AdoptionRules.problemWith says of a rule's anti-farming fields (the condition aside). */
function ruleLimitsProblem(data: DemoData, rule: MetadataRecord): string | null {
    const objectName = String(rule.Object__c);
    const valueField = rule.Once_Per_Value_Of__c;
    if (
        typeof valueField === 'string' &&
        valueField.trim() !== '' &&
        !fieldsOfObject(data, objectName)?.has(valueField.trim())
    ) {
        return `Once_Per_Value_Of__c '${valueField}' is not a field of ${objectName}.`;
    }
    if (
        typeof rule.Undo_Condition__c === 'string' &&
        rule.Undo_Condition__c.trim() !== '' &&
        rule.Operation__c !== 'Update'
    ) {
        return 'Undo_Condition__c applies to Update rules only.';
    }
    return conditionProblem(data, objectName, rule.Undo_Condition__c, 'Undo_Condition__c');
}

/** A job's schedule as AdoptionSchedules.status reports it: scheduled "as" the page's user, never fired. */
function scheduleOf(scheduled: boolean, nextRunAt: string | null, cron: string): ScheduleStatus {
    return {
        known: true,
        scheduled,
        state: scheduled ? 'WAITING' : null,
        nextRunAt: scheduled ? nextRunAt : null,
        lastRunAt: null,
        cron: scheduled ? cron : null,
        scheduledBy: scheduled ? page.userName : null
    };
}

/** The retention purge (AdoptionPurgeJob): daily at 3 a.m., as the admin who scheduled it. */
export async function retentionStatus(): Promise<RetentionStatus> {
    const data = await demoData();
    const lastPurge = data.jobs.find((job) => job.Type__c === 'Purge');
    const day = 86_400_000;
    const tomorrow = Math.floor(Date.now() / day) * day + day + 3 * 3_600_000;
    return {
        retentionDays: Number(data.settings.Retention_Days__c ?? 90),
        schedule: scheduleOf(purgeScheduled, new Date(tomorrow).toISOString(), '0 0 3 * * ?'),
        lastRunAt: lastPurge ? ((lastPurge.Finished_At__c as string | null) ?? null) : null,
        lastMessage: lastPurge ? ((lastPurge.Message__c as string | null) ?? null) : null
    };
}

export async function setPurgeScheduled(scheduled: boolean): Promise<RetentionStatus> {
    purgeScheduled = scheduled;
    return retentionStatus();
}

/** The deletion sweep (AdoptionDeletionSweep): nightly at 2 a.m., flagged while not scheduled. */
export async function sweepStatus(): Promise<SweepStatus> {
    const data = await demoData();
    const lastSweep = data.jobs.find((job) => job.Type__c === 'Sweep');
    const day = 86_400_000;
    const tomorrow = Math.floor(Date.now() / day) * day + day + 2 * 3_600_000;
    return {
        schedule: scheduleOf(sweepScheduled, new Date(tomorrow).toISOString(), '0 0 2 * * ?'),
        lastRunAt: lastSweep ? ((lastSweep.Finished_At__c as string | null) ?? null) : null,
        lastMessage: lastSweep ? ((lastSweep.Message__c as string | null) ?? null) : null,
        warning: sweepScheduled ? null : SWEEP_NOT_SCHEDULED
    };
}

/** For the local answers of AdminController.scheduleSweep and unscheduleSweep. */
export async function setSweepScheduled(scheduled: boolean): Promise<SweepStatus> {
    sweepScheduled = scheduled;
    return sweepStatus();
}

function digestStatus(data: DemoData): DigestStatus {
    return {
        enabled: data.settings.Digest_Enabled__c === true,
        day: String(data.settings.Digest_Day__c ?? 'Monday'),
        emailOff: false,
        schedule: scheduleOf(digest?.scheduled ?? false, digest?.nextRun ?? null, '0 0 7 * * ?')
    };
}

export async function currentDigest(): Promise<DigestStatus> {
    return digestStatus(await demoData());
}

export async function setDigestScheduled(scheduled: boolean): Promise<DigestStatus> {
    const data = await demoData();
    digest = { scheduled, nextRun: scheduled ? `${data.meta.today}T07:00:00.000Z` : null };
    return digestStatus(data);
}

/** AdoptionChallengeJob's schedule: hourly, on the hour, as the admin who scheduled it. */
export function challengeClosingStatus(): ScheduleStatus {
    const hour = 3_600_000;
    return scheduleOf(
        closingScheduled,
        new Date(Math.floor(Date.now() / hour) * hour + hour).toISOString(),
        '0 5 * * * ?'
    );
}

export function setChallengeClosingScheduled(scheduled: boolean): ScheduleStatus {
    closingScheduled = scheduled;
    return challengeClosingStatus();
}

/** GoalShareRecalculation's schedule: nightly at 1:30, as the admin who scheduled it. */
export function goalRealignmentStatus(): ScheduleStatus {
    const day = 86_400_000;
    const tomorrow = Math.floor(Date.now() / day) * day + day + 90 * 60_000;
    return scheduleOf(goalRealignmentScheduled, new Date(tomorrow).toISOString(), '0 30 1 * * ?');
}

export function setGoalRealignmentScheduled(scheduled: boolean): ScheduleStatus {
    goalRealignmentScheduled = scheduled;
    return goalRealignmentStatus();
}

/** The job as it stands now: its counters grow with the time since it started. */
export function jobNow(jobId: string): JobView | null {
    const job = started.get(jobId);
    if (!job) {
        return null;
    }
    const elapsed = (Date.now() - job.startedAt) / 1000;
    const share = Math.min(1, elapsed / JOB_SECONDS);
    const view = { ...job.view, ruleResults: [] as JobView['ruleResults'] };
    view.recordsScanned = Math.round(job.view.recordsScanned * share);
    view.actionsFound = Math.round(job.view.actionsFound * share);
    view.pointsFound = Math.round(job.view.pointsFound * share);
    if (elapsed < 1) {
        view.status = 'Queued';
    } else if (elapsed < JOB_SECONDS) {
        view.status = 'Running';
        view.startedAt = new Date(job.startedAt + 1000).toISOString();
    } else {
        view.status = 'Completed';
        view.inProgress = false;
        view.startedAt = new Date(job.startedAt + 1000).toISOString();
        view.finishedAt = new Date(job.startedAt + JOB_SECONDS * 1000).toISOString();
        view.message = `${job.view.type} over ${job.view.days ?? 'all'} days: ${job.view.recordsScanned} records, ${job.view.actionsFound} actions, ${job.view.pointsFound} points.`;
        view.ruleResults = job.view.ruleResults;
    }
    return view;
}

/** Starts a job: what the replay, rebuild or purge would find over the sample data. */
export async function startJob(
    type: 'Dry Run' | 'Backfill' | 'Rebuild' | 'Purge' | 'Sweep',
    days: number | null
): Promise<string> {
    const data = await demoData();
    const since =
        days === null
            ? ''
            : new Date(Date.parse(`${data.meta.today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
    const entries = data.ledger.filter((entry) => entry.Scored_On__c >= since);
    const byRule = new Map<string, { actions: number; points: number; people: Set<string> }>();
    for (const entry of entries) {
        const rule = byRule.get(entry.Rule_Name__c) ?? { actions: 0, points: 0, people: new Set<string>() };
        rule.actions++;
        rule.points += entry.Points__c;
        rule.people.add(entry.User__c);
        byRule.set(entry.Rule_Name__c, rule);
    }
    const id = `a05000000000${String(++counter).padStart(3, '0')}AAA`;
    const purged = type === 'Purge' ? data.ledger.filter((entry) => entry.Scored_On__c < since).length : 0;
    // The sweep reads every record the ledger names; none of the sample's records is deleted, so it
    // takes nothing back.
    const swept = type === 'Sweep' ? new Set(data.ledger.map((entry) => entry.Record_Id__c)).size : 0;
    const scoresNothing = type === 'Purge' || type === 'Sweep';
    started.set(id, {
        startedAt: Date.now(),
        view: {
            id,
            type,
            status: 'Queued',
            inProgress: true,
            days,
            startedAt: null,
            finishedAt: null,
            createdAt: new Date().toISOString(),
            recordsScanned: type === 'Purge' ? purged : type === 'Sweep' ? swept : entries.length * 3,
            actionsFound: scoresNothing ? 0 : entries.length,
            pointsFound: scoresNothing ? 0 : entries.reduce((sum, entry) => sum + entry.Points__c, 0),
            message: null,
            ruleResults:
                type === 'Dry Run' || type === 'Backfill'
                    ? [...byRule.entries()]
                          .map(([rule, sums]) => ({
                              rule,
                              actions: sums.actions,
                              points: sums.points,
                              people: sums.people.size
                          }))
                          .sort((a, b) => b.points - a.points)
                    : []
        }
    });
    return id;
}

export async function health(): Promise<HealthView> {
    const data = await demoData();
    const ruleNames = new Set(data.rules.map((rule) => rule.DeveloperName));
    const rules = [...data.rules]
        .sort((a, b) => a.DeveloperName.localeCompare(b.DeveloperName))
        .map((rule) =>
            item(
                rule,
                `${String(rule.Object__c)} ${String(rule.Operation__c)}: ${Number(rule.Points__c ?? 0)}`,
                conditionProblem(data, String(rule.Object__c), rule.Condition__c, 'Condition__c') ??
                    ruleLimitsProblem(data, rule),
                rule.Active__c === true && (rule.Daily_Cap__c === null || rule.Daily_Cap__c === undefined)
                    ? RULE_UNCAPPED
                    : null
            )
        );
    const badges = [...data.badges]
        .sort((a, b) => Number(a.Sort_Order__c ?? 999) - Number(b.Sort_Order__c ?? 999))
        .map((badge) => {
            const ruleName = badge.Rule_Name__c ? String(badge.Rule_Name__c) : '';
            const problem = ruleName && !ruleNames.has(ruleName) ? `Rule_Name__c '${ruleName}' is not a rule.` : null;
            return item(
                badge,
                `${String(badge.Period__c ?? 'All Time')} ${String(badge.Criteria_Type__c)} ${Number(badge.Threshold__c ?? 1)}`,
                problem
            );
        });
    const prompts = [...data.prompts]
        .sort((a, b) => a.DeveloperName.localeCompare(b.DeveloperName))
        .map((prompt) =>
            item(
                prompt,
                `${String(prompt.Object__c)} ${String(prompt.Severity__c ?? '')}`.trim(),
                conditionProblem(data, String(prompt.Object__c), prompt.Condition__c, 'Condition__c') ??
                    conditionProblem(data, String(prompt.Object__c), prompt.Figure_Condition__c, 'Figure_Condition__c')
            )
        );
    const objects = Object.keys(TRIGGERS)
        .sort()
        .map((objectName) => {
            const mine = data.rules.filter((rule) => rule.Active__c === true && rule.Object__c === objectName);
            return {
                objectName,
                triggerName: TRIGGERS[objectName],
                triggerStatus: 'Active',
                activeRules: mine.length,
                rulesWithProblems: rules.filter(
                    (rule) =>
                        rule.active &&
                        rule.problem !== null &&
                        mine.some((candidate) => candidate.DeveloperName === rule.name)
                ).length
            };
        });
    const problems = [...rules, ...badges, ...prompts].filter((entry) => entry.active && entry.problem !== null).length;
    const keyFieldProblems = String(data.settings.Key_Fields__c ?? '')
        .split(/[,;\s]+/)
        .filter(Boolean)
        .filter((entry) => {
            const [objectName, field] = entry.split('.');
            return !field || !fieldsOfObject(data, objectName)?.has(field);
        })
        .map((field) => ({ field, problem: 'No such field in this org.' }));
    const jobs = [...started.keys()]
        .reverse()
        .map((id) => jobNow(id))
        .filter((job): job is JobView => job !== null);
    for (const job of data.jobs) {
        jobs.push({
            id: String(job.Id),
            type: String(job.Type__c),
            status: String(job.Status__c),
            inProgress: false,
            days: Number(job.Days__c ?? 0),
            startedAt: String(job.Started_At__c ?? ''),
            finishedAt: String(job.Finished_At__c ?? ''),
            createdAt: String(job.Started_At__c ?? ''),
            recordsScanned: Number(job.Records_Scanned__c ?? 0),
            actionsFound: Number(job.Actions_Found__c ?? 0),
            pointsFound: Number(job.Points_Found__c ?? 0),
            message: (job.Message__c as string | null) ?? null,
            ruleResults: []
        });
    }
    return {
        enabled: data.settings.Enabled__c === true,
        settingsFound: true,
        settingsUrl: '/lightning/setup/CustomMetadata/home',
        staleAfterDays: Number(data.settings.Stale_After_Days__c ?? 14),
        retentionDays: Number(data.settings.Retention_Days__c ?? 90),
        objects,
        rules,
        badges,
        prompts,
        keyFieldProblems,
        problems,
        errors: data.errorLogs.map((log) => ({
            id: String(log.Id),
            occurredAt: (log.Occurred_At__c as string | null) ?? null,
            source: (log.Source__c as string | null) ?? null,
            message: (log.Message__c as string | null) ?? null,
            ruleName: (log.Rule_Name__c as string | null) ?? null,
            recordId: (log.Record_Id__c as string | null) ?? null
        })),
        subscriber: {
            known: true,
            found: true,
            status: 'Running',
            position: 48211,
            tip: 48211,
            backlog: 0,
            retries: 0,
            lastError: null
        },
        permissionSets: [
            {
                persona: 'Rep',
                permissionSet: 'Adoption_Rep',
                assigned: data.users.filter((user) => user.ManagerId && !leadsSomeone(data, user.Id)).length
            },
            {
                persona: 'Manager',
                permissionSet: 'Adoption_Manager',
                assigned: data.users.filter((user) => leadsSomeone(data, user.Id)).length
            },
            {
                persona: 'Admin',
                permissionSet: 'Adoption_Admin',
                assigned: data.users.filter((user) => !user.Team && !leadsSomeone(data, user.Id)).length
            }
        ],
        jobs: jobs.slice(0, 5),
        digest: digestStatus(data),
        challengeClosing: challengeClosingStatus(),
        goalRealignment: goalRealignmentStatus(),
        eventGrantsKnown: true,
        eventGrants: [...EVENT_GRANTS],
        uncappedRules: rules.filter((rule) => rule.warning != null).length,
        retention: await retentionStatus(),
        sweep: await sweepStatus(),
        managerAccess: managerAccess(data)
    };
}

/** Whether someone reports to the user (the sample's managers and its director hold Adoption_Manager). */
function leadsSomeone(data: DemoData, userId: string): boolean {
    return data.users.some((user) => user.ManagerId === userId);
}
