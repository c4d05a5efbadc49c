/**
 * adoptionAdmin: the admin's setup and health page. Whether the package is on (the settings are
 * custom metadata, edited in Setup: the page links there), which tracked objects have their trigger
 * and rules, every rule, badge and prompt with its validation status, key fields the pulse cannot
 * measure, the last errors, the signal subscriber, permission set assignments by persona, the
 * history tools (dry run, backfill, rebuild, purge) with live progress, the weekly digest's schedule,
 * the schedule of the hourly job that closes ended challenges, and the prompt effectiveness table
 * (c-prompt-effectiveness). What keeps points honest and data private: a warning on every active
 * rule without a daily cap, every permission set or profile that grants Create on the package's
 * platform events, and the retention purge's daily schedule (flagged when it is not scheduled, with
 * buttons to schedule or stop it) and last run.
 *
 * Admins only: every AdminController method refuses anyone without Adoption_Administer, and the
 * page shows the server's message. Progress: after a tool starts, the job row is wired by Id and
 * refreshed with refreshApex every POLL_MS while it is Queued or Running; polling stops when it
 * finishes (or the page is left), and the health view is refreshed once to list the finished job.
 */
import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getHealth from '@salesforce/apex/AdminController.getHealth';
import type { HealthView, ItemHealth } from '@salesforce/apex/AdminController.getHealth';
import getJob from '@salesforce/apex/AdminController.getJob';
import type { DigestStatus, JobView, RetentionStatus, ScheduleStatus } from '@salesforce/apex/AdminController.getJob';
import startDryRun from '@salesforce/apex/AdminController.startDryRun';
import startBackfill from '@salesforce/apex/AdminController.startBackfill';
import startRebuild from '@salesforce/apex/AdminController.startRebuild';
import startPurge from '@salesforce/apex/AdminController.startPurge';
import scheduleDigest from '@salesforce/apex/AdminController.scheduleDigest';
import unscheduleDigest from '@salesforce/apex/AdminController.unscheduleDigest';
import scheduleChallengeClosing from '@salesforce/apex/AdminController.scheduleChallengeClosing';
import unscheduleChallengeClosing from '@salesforce/apex/AdminController.unscheduleChallengeClosing';
import schedulePurge from '@salesforce/apex/AdminController.schedulePurge';
import unschedulePurge from '@salesforce/apex/AdminController.unschedulePurge';
import type { ApexWireResult } from 'c/adoptionTypes';
import { formatLabel, reduceErrors } from 'c/ldsUtils';
import TITLE from '@salesforce/label/c.Adoption_Admin_Title';
import REFRESH from '@salesforce/label/c.Adoption_Admin_Refresh';
import LOADING from '@salesforce/label/c.Adoption_Loading';
import LOAD_ERROR from '@salesforce/label/c.Adoption_Error_Load';
import STATUS_TITLE from '@salesforce/label/c.Adoption_Admin_Status_Title';
import STATUS_ON from '@salesforce/label/c.Adoption_Admin_On';
import STATUS_OFF from '@salesforce/label/c.Adoption_Admin_Off';
import ENABLED_TEXT from '@salesforce/label/c.Adoption_Admin_Enabled_Text';
import DISABLED_TEXT from '@salesforce/label/c.Adoption_Admin_Disabled_Text';
import SETTINGS_MISSING from '@salesforce/label/c.Adoption_Admin_Settings_Missing';
import SETTINGS_HELP from '@salesforce/label/c.Adoption_Admin_Settings_Help';
import SETTINGS_LINK from '@salesforce/label/c.Adoption_Admin_Settings_Link';
import PROBLEMS_SUMMARY from '@salesforce/label/c.Adoption_Admin_Problems_Summary';
import NO_PROBLEMS from '@salesforce/label/c.Adoption_Admin_No_Problems';
import OBJECTS_TITLE from '@salesforce/label/c.Adoption_Admin_Objects_Title';
import COL_OBJECT from '@salesforce/label/c.Adoption_Admin_Col_Object';
import COL_TRIGGER from '@salesforce/label/c.Adoption_Admin_Col_Trigger';
import COL_ACTIVE_RULES from '@salesforce/label/c.Adoption_Admin_Col_Active_Rules';
import COL_PROBLEMS from '@salesforce/label/c.Adoption_Admin_Col_Problems';
import TRIGGER_ACTIVE from '@salesforce/label/c.Adoption_Admin_Trigger_Active';
import TRIGGER_INACTIVE from '@salesforce/label/c.Adoption_Admin_Trigger_Inactive';
import TRIGGER_MISSING from '@salesforce/label/c.Adoption_Admin_Trigger_Missing';
import TRIGGER_UNKNOWN from '@salesforce/label/c.Adoption_Admin_Trigger_Unknown';
import RULES_TITLE from '@salesforce/label/c.Adoption_Admin_Rules_Title';
import BADGES_TITLE from '@salesforce/label/c.Adoption_Admin_Badges_Title';
import PROMPTS_TITLE from '@salesforce/label/c.Adoption_Admin_Prompts_Title';
import COL_NAME from '@salesforce/label/c.Adoption_Admin_Col_Name';
import COL_DETAIL from '@salesforce/label/c.Adoption_Admin_Col_Detail';
import COL_ACTIVE from '@salesforce/label/c.Adoption_Admin_Col_Active';
import COL_STATUS from '@salesforce/label/c.Adoption_Admin_Col_Status';
import STATUS_OK from '@salesforce/label/c.Adoption_Admin_Status_Ok';
import YES from '@salesforce/label/c.Adoption_Admin_Yes';
import NO from '@salesforce/label/c.Adoption_Admin_No';
import NONE from '@salesforce/label/c.Adoption_Admin_None';
import KEY_FIELDS_TITLE from '@salesforce/label/c.Adoption_Admin_Key_Fields_Title';
import ERRORS_TITLE from '@salesforce/label/c.Adoption_Admin_Errors_Title';
import ERRORS_NONE from '@salesforce/label/c.Adoption_Admin_Errors_None';
import COL_WHEN from '@salesforce/label/c.Adoption_Admin_Col_When';
import COL_SOURCE from '@salesforce/label/c.Adoption_Admin_Col_Source';
import COL_MESSAGE from '@salesforce/label/c.Adoption_Admin_Col_Message';
import COL_RULE from '@salesforce/label/c.Adoption_Admin_Col_Rule';
import COL_RECORD from '@salesforce/label/c.Adoption_Admin_Col_Record';
import SUBSCRIBER_TITLE from '@salesforce/label/c.Adoption_Admin_Subscriber_Title';
import SUBSCRIBER_UNKNOWN from '@salesforce/label/c.Adoption_Admin_Subscriber_Unknown';
import SUBSCRIBER_NOT_FOUND from '@salesforce/label/c.Adoption_Admin_Subscriber_Not_Found';
import SUBSCRIBER_STATUS from '@salesforce/label/c.Adoption_Admin_Subscriber_Status';
import SUBSCRIBER_POSITION from '@salesforce/label/c.Adoption_Admin_Subscriber_Position';
import SUBSCRIBER_TIP from '@salesforce/label/c.Adoption_Admin_Subscriber_Tip';
import SUBSCRIBER_BACKLOG from '@salesforce/label/c.Adoption_Admin_Subscriber_Backlog';
import SUBSCRIBER_RETRIES from '@salesforce/label/c.Adoption_Admin_Subscriber_Retries';
import SUBSCRIBER_LAST_ERROR from '@salesforce/label/c.Adoption_Admin_Subscriber_Last_Error';
import PERSONAS_TITLE from '@salesforce/label/c.Adoption_Admin_Personas_Title';
import COL_PERSONA from '@salesforce/label/c.Adoption_Admin_Col_Persona';
import COL_PERMISSION_SET from '@salesforce/label/c.Adoption_Admin_Col_Permission_Set';
import COL_ASSIGNED from '@salesforce/label/c.Adoption_Admin_Col_Assigned';
import PERSONA_REP from '@salesforce/label/c.Adoption_Admin_Persona_Rep';
import PERSONA_MANAGER from '@salesforce/label/c.Adoption_Admin_Persona_Manager';
import PERSONA_ADMIN from '@salesforce/label/c.Adoption_Admin_Persona_Admin';
import HISTORY_TITLE from '@salesforce/label/c.Adoption_Admin_History_Title';
import HISTORY_HELP from '@salesforce/label/c.Adoption_Admin_History_Help';
import DAYS from '@salesforce/label/c.Adoption_Admin_Days';
import DRY_RUN from '@salesforce/label/c.Adoption_Admin_Dry_Run';
import BACKFILL from '@salesforce/label/c.Adoption_Admin_Backfill';
import REBUILD from '@salesforce/label/c.Adoption_Admin_Rebuild';
import PURGE from '@salesforce/label/c.Adoption_Admin_Purge';
import CONFIRM_BACKFILL from '@salesforce/label/c.Adoption_Admin_Confirm_Backfill';
import CONFIRM_REBUILD from '@salesforce/label/c.Adoption_Admin_Confirm_Rebuild';
import CONFIRM_PURGE from '@salesforce/label/c.Adoption_Admin_Confirm_Purge';
import CONFIRM from '@salesforce/label/c.Adoption_Admin_Confirm';
import CANCEL from '@salesforce/label/c.Adoption_Admin_Cancel';
import START_FAILED from '@salesforce/label/c.Adoption_Admin_Start_Failed';
import DAYS_INVALID from '@salesforce/label/c.Adoption_Admin_Days_Invalid';
import REBUILD_BEYOND_RETENTION from '@salesforce/label/c.Adoption_Admin_Rebuild_Beyond_Retention';
import JOB_PROGRESS from '@salesforce/label/c.Adoption_Admin_Job_Progress';
import JOB_COUNTERS from '@salesforce/label/c.Adoption_Admin_Job_Counters';
import JOB_RULE_RESULTS from '@salesforce/label/c.Adoption_Admin_Job_Rule_Results';
import COL_ACTIONS from '@salesforce/label/c.Adoption_Admin_Col_Actions';
import COL_POINTS from '@salesforce/label/c.Adoption_Admin_Col_Points';
import COL_PEOPLE from '@salesforce/label/c.Adoption_Admin_Col_People';
import JOBS_TITLE from '@salesforce/label/c.Adoption_Admin_Jobs_Title';
import JOBS_NONE from '@salesforce/label/c.Adoption_Admin_Jobs_None';
import COL_TYPE from '@salesforce/label/c.Adoption_Admin_Col_Type';
import COL_STARTED from '@salesforce/label/c.Adoption_Admin_Col_Started';
import DIGEST_TITLE from '@salesforce/label/c.Adoption_Admin_Digest_Title';
import DIGEST_ON from '@salesforce/label/c.Adoption_Admin_Digest_On';
import DIGEST_OFF from '@salesforce/label/c.Adoption_Admin_Digest_Off';
import DIGEST_SCHEDULED from '@salesforce/label/c.Adoption_Admin_Digest_Scheduled';
import DIGEST_NOT_SCHEDULED from '@salesforce/label/c.Adoption_Admin_Digest_Not_Scheduled';
import DIGEST_UNKNOWN from '@salesforce/label/c.Adoption_Admin_Digest_Unknown';
import DIGEST_SCHEDULE from '@salesforce/label/c.Adoption_Admin_Digest_Schedule';
import DIGEST_UNSCHEDULE from '@salesforce/label/c.Adoption_Admin_Digest_Unschedule';
import DIGEST_NOTE from '@salesforce/label/c.Adoption_Admin_Digest_Note';
import DIGEST_EMAIL_OFF from '@salesforce/label/c.Adoption_Admin_Digest_Email_Off';
import CLOSING_TITLE from '@salesforce/label/c.Adoption_Admin_Challenge_Closing_Title';
import CLOSING_SCHEDULED from '@salesforce/label/c.Adoption_Admin_Challenge_Closing_Scheduled';
import CLOSING_NOT_SCHEDULED from '@salesforce/label/c.Adoption_Admin_Challenge_Closing_Not_Scheduled';
import CLOSING_UNKNOWN from '@salesforce/label/c.Adoption_Admin_Challenge_Closing_Unknown';
import CLOSING_SCHEDULE from '@salesforce/label/c.Adoption_Admin_Challenge_Closing_Schedule';
import CLOSING_UNSCHEDULE from '@salesforce/label/c.Adoption_Admin_Challenge_Closing_Unschedule';
import CLOSING_NOTE from '@salesforce/label/c.Adoption_Admin_Challenge_Closing_Note';
import CLOSING_FAILED from '@salesforce/label/c.Adoption_Admin_Challenge_Closing_Failed';
import SCHEDULE_FAILED from '@salesforce/label/c.Adoption_Admin_Schedule_Failed';
import UNCAPPED_SUMMARY from '@salesforce/label/c.Adoption_Admin_Uncapped_Summary';
import GRANTS_TITLE from '@salesforce/label/c.Adoption_Admin_Event_Grants_Title';
import GRANTS_HELP from '@salesforce/label/c.Adoption_Admin_Event_Grants_Help';
import GRANTS_NONE from '@salesforce/label/c.Adoption_Admin_Event_Grants_None';
import GRANTS_UNKNOWN from '@salesforce/label/c.Adoption_Admin_Event_Grants_Unknown';
import COL_GRANTED_BY from '@salesforce/label/c.Adoption_Admin_Col_Granted_By';
import COL_KIND from '@salesforce/label/c.Adoption_Admin_Col_Kind';
import COL_EVENT from '@salesforce/label/c.Adoption_Admin_Col_Event';
import KIND_PROFILE from '@salesforce/label/c.Adoption_Admin_Kind_Profile';
import KIND_PERMISSION_SET from '@salesforce/label/c.Adoption_Admin_Kind_Permission_Set';
import RETENTION_TITLE from '@salesforce/label/c.Adoption_Admin_Retention_Title';
import RETENTION_HELP from '@salesforce/label/c.Adoption_Admin_Retention_Help';
import RETENTION_SCHEDULED from '@salesforce/label/c.Adoption_Admin_Retention_Scheduled';
import RETENTION_NOT_SCHEDULED from '@salesforce/label/c.Adoption_Admin_Retention_Not_Scheduled';
import RETENTION_UNKNOWN from '@salesforce/label/c.Adoption_Admin_Retention_Unknown';
import RETENTION_LAST from '@salesforce/label/c.Adoption_Admin_Retention_Last';
import RETENTION_NEVER from '@salesforce/label/c.Adoption_Admin_Retention_Never';
import RETENTION_SCHEDULE from '@salesforce/label/c.Adoption_Admin_Retention_Schedule';
import RETENTION_UNSCHEDULE from '@salesforce/label/c.Adoption_Admin_Retention_Unschedule';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';

/** How often a running job is read again. */
const POLL_MS = 3000;
const DEFAULT_DAYS = 30;
const MAX_DAYS = 3650;

type Tool = 'dryRun' | 'backfill' | 'rebuild' | 'purge';

const TRIGGER_LABELS: Readonly<Record<string, string>> = {
    Active: TRIGGER_ACTIVE,
    Inactive: TRIGGER_INACTIVE,
    Missing: TRIGGER_MISSING,
    Unknown: TRIGGER_UNKNOWN
};
const PERSONA_LABELS: Readonly<Record<string, string>> = {
    Rep: PERSONA_REP,
    Manager: PERSONA_MANAGER,
    Admin: PERSONA_ADMIN
};

interface ItemView extends Record<'name', string> {
    key: string;
    label: string;
    detail: string;
    active: string;
    statusText: string;
    statusClass: string;
}

interface Cell {
    key: string;
    label: string;
    value: string;
}

interface HealthScreen {
    enabled: boolean;
    statusText: string;
    statusClass: string;
    enabledText: string;
    settingsMissing: boolean;
    settingsUrl: string;
    problemsText: string;
    problemsClass: string;
    objects: {
        key: string;
        objectName: string;
        trigger: string;
        triggerClass: string;
        rules: string;
        problems: string;
    }[];
    /** Rules, badges and prompts: one table each, with the same columns. */
    itemSections: ItemSection[];
    keyFieldProblems: { key: string; field: string; problem: string }[];
    hasKeyFieldProblems: boolean;
    errors: { key: string; when: string; source: string; message: string; rule: string; record: string }[];
    hasErrors: boolean;
    subscriberText: string;
    subscriberCells: Cell[];
    personas: { key: string; persona: string; permissionSet: string; assigned: string }[];
    jobs: { key: string; type: string; jobStatus: string; started: string; counters: string; message: string }[];
    hasJobs: boolean;
    historyHelp: string;
    retentionDays: number;
    uncappedText: string;
    grantsText: string;
    grants: { key: string; label: string; kind: string; eventName: string }[];
    hasGrants: boolean;
}

interface RetentionScreen {
    helpText: string;
    scheduleText: string;
    scheduleClass: string;
    lastText: string;
    scheduled: boolean;
    canSchedule: boolean;
}

interface DigestScreen {
    stateText: string;
    scheduleText: string;
    /** Shown when the org may not send email: the digest would go nowhere. */
    emailOffText: string;
    scheduled: boolean;
    canSchedule: boolean;
}

interface ClosingScreen {
    scheduleText: string;
    scheduled: boolean;
    canSchedule: boolean;
}

interface JobScreen {
    heading: string;
    counters: string;
    message: string;
    inProgress: boolean;
    failed: boolean;
    results: { key: string; rule: string; actions: string; points: string; people: string }[];
    hasResults: boolean;
}

// The user's Salesforce locale and time zone, not the browser's.
const NUMBER_FORMAT = new Intl.NumberFormat(LOCALE);
const DATE_TIME_FORMAT = new Intl.DateTimeFormat(LOCALE, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE
});

function numberText(value: number | null | undefined): string {
    return typeof value === 'number' && Number.isFinite(value) ? NUMBER_FORMAT.format(value) : '—';
}

function dateTimeText(value: string | null | undefined): string {
    const time = value ? Date.parse(value) : NaN;
    return Number.isNaN(time) ? '—' : DATE_TIME_FORMAT.format(time);
}

interface ItemSection {
    key: string;
    title: string;
    sectionClass: string;
    tableClass: string;
    items: ItemView[];
}

/** One configuration table (rules, badges or prompts); `key` names its classes for tests and styles. */
function itemSection(key: string, title: string, items: ItemHealth[] | undefined): ItemSection {
    return {
        key,
        title,
        sectionClass: `${key} slds-m-top_medium`,
        tableClass: `items-table ${key}-table slds-table slds-table_bordered slds-table_cell-buffer`,
        items: (items ?? []).map(itemView)
    };
}

function itemView(item: ItemHealth): ItemView {
    return {
        key: item.name,
        name: item.name,
        label: item.label,
        detail: item.detail ?? '',
        active: item.active ? YES : NO,
        statusText: item.problem ?? item.warning ?? STATUS_OK,
        statusClass: item.problem
            ? 'item-status slds-text-color_error'
            : item.warning
              ? 'item-status item-warning'
              : 'item-status slds-text-color_success'
    };
}

function jobCounters(job: JobView): string {
    return formatLabel(JOB_COUNTERS, job.recordsScanned, job.actionsFound, job.pointsFound);
}

function healthScreen(view: HealthView): HealthScreen {
    const subscriber = view.subscriber;
    let subscriberText = '';
    let subscriberCells: Cell[] = [];
    if (!subscriber?.known) {
        subscriberText = SUBSCRIBER_UNKNOWN;
    } else if (!subscriber.found) {
        subscriberText = SUBSCRIBER_NOT_FOUND;
    } else {
        subscriberCells = [
            { key: 'status', label: SUBSCRIBER_STATUS, value: subscriber.status ?? '—' },
            { key: 'position', label: SUBSCRIBER_POSITION, value: numberText(subscriber.position) },
            { key: 'tip', label: SUBSCRIBER_TIP, value: numberText(subscriber.tip) },
            { key: 'backlog', label: SUBSCRIBER_BACKLOG, value: numberText(subscriber.backlog) },
            { key: 'retries', label: SUBSCRIBER_RETRIES, value: numberText(subscriber.retries) },
            { key: 'lastError', label: SUBSCRIBER_LAST_ERROR, value: subscriber.lastError ?? NONE }
        ];
    }
    const retentionDays = view.retentionDays ?? 90;
    return {
        enabled: view.enabled,
        statusText: view.enabled ? STATUS_ON : STATUS_OFF,
        statusClass: view.enabled
            ? 'package-status slds-badge slds-theme_success'
            : 'package-status slds-badge slds-theme_error',
        enabledText: view.enabled ? ENABLED_TEXT : DISABLED_TEXT,
        settingsMissing: !view.settingsFound,
        settingsUrl: view.settingsUrl,
        problemsText: view.problems > 0 ? formatLabel(PROBLEMS_SUMMARY, view.problems) : NO_PROBLEMS,
        problemsClass: view.problems > 0 ? 'problems slds-text-color_error' : 'problems slds-text-color_success',
        objects: (view.objects ?? []).map((object) => ({
            key: object.objectName,
            objectName: object.objectName,
            trigger: TRIGGER_LABELS[object.triggerStatus] ?? object.triggerStatus,
            triggerClass: object.triggerStatus === 'Active' ? 'slds-text-color_success' : 'slds-text-color_error',
            rules: numberText(object.activeRules),
            problems: numberText(object.rulesWithProblems)
        })),
        itemSections: [
            itemSection('rules', RULES_TITLE, view.rules),
            itemSection('badges', BADGES_TITLE, view.badges),
            itemSection('prompts', PROMPTS_TITLE, view.prompts)
        ],
        keyFieldProblems: (view.keyFieldProblems ?? []).map((problem) => ({
            key: problem.field,
            field: problem.field,
            problem: problem.problem
        })),
        hasKeyFieldProblems: (view.keyFieldProblems ?? []).length > 0,
        errors: (view.errors ?? []).map((error) => ({
            key: error.id,
            when: dateTimeText(error.occurredAt),
            source: error.source ?? '',
            message: error.message ?? '',
            rule: error.ruleName ?? '',
            record: error.recordId ?? ''
        })),
        hasErrors: (view.errors ?? []).length > 0,
        subscriberText,
        subscriberCells,
        personas: (view.permissionSets ?? []).map((persona) => ({
            key: persona.permissionSet,
            persona: PERSONA_LABELS[persona.persona] ?? persona.persona,
            permissionSet: persona.permissionSet,
            assigned: numberText(persona.assigned)
        })),
        jobs: (view.jobs ?? []).map((job) => ({
            key: job.id,
            type: job.type,
            jobStatus: job.status,
            started: dateTimeText(job.startedAt ?? job.createdAt),
            counters: jobCounters(job),
            message: job.message ?? ''
        })),
        hasJobs: (view.jobs ?? []).length > 0,
        historyHelp: formatLabel(HISTORY_HELP, retentionDays),
        retentionDays,
        uncappedText: (view.uncappedRules ?? 0) > 0 ? formatLabel(UNCAPPED_SUMMARY, view.uncappedRules) : '',
        grantsText: !view.eventGrantsKnown ? GRANTS_UNKNOWN : (view.eventGrants ?? []).length === 0 ? GRANTS_NONE : '',
        grants: (view.eventGrants ?? []).map((grant) => ({
            key: `${grant.permissionSet}|${grant.eventName}`,
            label: grant.label,
            kind: grant.isProfile ? KIND_PROFILE : KIND_PERMISSION_SET,
            eventName: grant.eventName
        })),
        hasGrants: (view.eventGrants ?? []).length > 0
    };
}

function retentionScreen(status: RetentionStatus): RetentionScreen {
    const days = status.retentionDays ?? 90;
    const schedule = status.schedule;
    let scheduleText = formatLabel(RETENTION_NOT_SCHEDULED, days);
    if (!schedule.known) {
        scheduleText = RETENTION_UNKNOWN;
    } else if (schedule.scheduled) {
        scheduleText = formatLabel(RETENTION_SCHEDULED, dateTimeText(schedule.nextRunAt), schedule.scheduledBy ?? '—');
    }
    const flagged = schedule.known && !schedule.scheduled;
    return {
        helpText: formatLabel(RETENTION_HELP, days),
        scheduleText,
        scheduleClass: flagged ? 'retention-schedule slds-text-color_error' : 'retention-schedule',
        lastText:
            status.lastRunAt == null
                ? RETENTION_NEVER
                : formatLabel(RETENTION_LAST, dateTimeText(status.lastRunAt), status.lastMessage ?? ''),
        scheduled: schedule.known && schedule.scheduled,
        canSchedule: schedule.known && !schedule.scheduled
    };
}

function digestScreen(status: DigestStatus): DigestScreen {
    const schedule = status.schedule;
    let scheduleText = DIGEST_NOT_SCHEDULED;
    if (!schedule.known) {
        scheduleText = DIGEST_UNKNOWN;
    } else if (schedule.scheduled) {
        scheduleText = formatLabel(DIGEST_SCHEDULED, dateTimeText(schedule.nextRunAt), schedule.scheduledBy ?? '—');
    }
    return {
        stateText: status.enabled ? formatLabel(DIGEST_ON, status.day) : DIGEST_OFF,
        scheduleText,
        emailOffText: status.emailOff === true ? DIGEST_EMAIL_OFF : '',
        scheduled: schedule.known && schedule.scheduled,
        canSchedule: schedule.known && !schedule.scheduled
    };
}

function closingScreen(status: ScheduleStatus): ClosingScreen {
    let scheduleText = CLOSING_NOT_SCHEDULED;
    if (!status.known) {
        scheduleText = CLOSING_UNKNOWN;
    } else if (status.scheduled) {
        scheduleText = formatLabel(CLOSING_SCHEDULED, dateTimeText(status.nextRunAt), status.scheduledBy ?? '—');
    }
    return {
        scheduleText,
        scheduled: status.known && status.scheduled,
        canSchedule: status.known && !status.scheduled
    };
}

function jobScreen(job: JobView): JobScreen {
    return {
        heading: formatLabel(JOB_PROGRESS, job.type, job.status),
        counters: jobCounters(job),
        message: job.message ?? '',
        inProgress: job.inProgress,
        failed: job.status === 'Failed',
        results: (job.ruleResults ?? []).map((result) => ({
            key: result.rule,
            rule: result.rule,
            actions: numberText(result.actions),
            points: numberText(result.points),
            people: numberText(result.people)
        })),
        hasResults: (job.ruleResults ?? []).length > 0
    };
}

export default class AdoptionAdmin extends LightningElement {
    labels = {
        title: TITLE,
        refresh: REFRESH,
        loading: LOADING,
        statusTitle: STATUS_TITLE,
        settingsMissing: SETTINGS_MISSING,
        settingsHelp: SETTINGS_HELP,
        settingsLink: SETTINGS_LINK,
        objectsTitle: OBJECTS_TITLE,
        colObject: COL_OBJECT,
        colTrigger: COL_TRIGGER,
        colActiveRules: COL_ACTIVE_RULES,
        colProblems: COL_PROBLEMS,
        colName: COL_NAME,
        colDetail: COL_DETAIL,
        colActive: COL_ACTIVE,
        colStatus: COL_STATUS,
        keyFieldsTitle: KEY_FIELDS_TITLE,
        errorsTitle: ERRORS_TITLE,
        errorsNone: ERRORS_NONE,
        colWhen: COL_WHEN,
        colSource: COL_SOURCE,
        colMessage: COL_MESSAGE,
        colRule: COL_RULE,
        colRecord: COL_RECORD,
        subscriberTitle: SUBSCRIBER_TITLE,
        personasTitle: PERSONAS_TITLE,
        colPersona: COL_PERSONA,
        colPermissionSet: COL_PERMISSION_SET,
        colAssigned: COL_ASSIGNED,
        historyTitle: HISTORY_TITLE,
        days: DAYS,
        dryRun: DRY_RUN,
        backfill: BACKFILL,
        rebuild: REBUILD,
        purge: PURGE,
        confirm: CONFIRM,
        cancel: CANCEL,
        ruleResults: JOB_RULE_RESULTS,
        colActions: COL_ACTIONS,
        colPoints: COL_POINTS,
        colPeople: COL_PEOPLE,
        jobsTitle: JOBS_TITLE,
        jobsNone: JOBS_NONE,
        colType: COL_TYPE,
        colStarted: COL_STARTED,
        digestTitle: DIGEST_TITLE,
        digestSchedule: DIGEST_SCHEDULE,
        digestUnschedule: DIGEST_UNSCHEDULE,
        digestNote: DIGEST_NOTE,
        closingTitle: CLOSING_TITLE,
        closingSchedule: CLOSING_SCHEDULE,
        closingUnschedule: CLOSING_UNSCHEDULE,
        closingNote: CLOSING_NOTE,
        grantsTitle: GRANTS_TITLE,
        grantsHelp: GRANTS_HELP,
        colGrantedBy: COL_GRANTED_BY,
        colKind: COL_KIND,
        colEvent: COL_EVENT,
        retentionTitle: RETENTION_TITLE,
        retentionSchedule: RETENTION_SCHEDULE,
        retentionUnschedule: RETENTION_UNSCHEDULE
    };

    health?: HealthScreen;
    digest?: DigestScreen;
    closing?: ClosingScreen;
    retention?: RetentionScreen;
    healthError: unknown;
    healthErrorMessage = LOAD_ERROR;
    days = DEFAULT_DAYS;
    /** The job being followed; undefined until a tool starts, so nothing is fetched. */
    jobId?: string;
    job?: JobScreen;
    actionError: unknown;
    actionErrorMessage = '';
    pendingTool?: Tool;
    busy = false;
    refreshing = false;

    private wiredHealth?: ApexWireResult<HealthView>;
    private wiredJob?: ApexWireResult<JobView | null>;
    private pollTimer?: ReturnType<typeof setTimeout>;
    private wasInProgress = false;

    @wire(getHealth)
    wireHealth(result: ApexWireResult<HealthView>): void {
        this.wiredHealth = result;
        if (result.data) {
            this.health = healthScreen(result.data);
            this.digest = digestScreen(result.data.digest);
            this.closing = closingScreen(result.data.challengeClosing);
            this.retention = retentionScreen(result.data.retention);
            this.healthError = undefined;
        } else if (result.error) {
            this.healthError = result.error;
            // The server's message is a label meant for the user (e.g. admins only).
            this.healthErrorMessage = reduceErrors(result.error)[0] ?? LOAD_ERROR;
            this.health = undefined;
        }
    }

    @wire(getJob, { jobId: '$jobId' })
    wireJob(result: ApexWireResult<JobView | null>): void {
        this.wiredJob = result;
        if (result.data) {
            this.job = jobScreen(result.data);
            if (result.data.inProgress) {
                this.wasInProgress = true;
                this.schedulePoll();
            } else {
                this.stopPolling();
                if (this.wasInProgress) {
                    this.wasInProgress = false;
                    // The finished job now belongs in the recent jobs list.
                    this.refreshHealth();
                }
            }
        } else if (result.error) {
            this.stopPolling();
            this.actionError = result.error;
            this.actionErrorMessage = reduceErrors(result.error)[0] ?? LOAD_ERROR;
        }
    }

    get loading(): boolean {
        return !this.health && !this.healthError;
    }

    get polling(): boolean {
        return this.pollTimer !== undefined;
    }

    get toolsDisabled(): boolean {
        return this.busy || this.pendingTool !== undefined || this.job?.inProgress === true;
    }

    get confirmText(): string {
        switch (this.pendingTool) {
            case 'backfill':
                return formatLabel(CONFIRM_BACKFILL, this.days);
            case 'rebuild':
                return formatLabel(CONFIRM_REBUILD, this.days);
            case 'purge':
                return formatLabel(CONFIRM_PURGE, this.health?.retentionDays ?? '');
            default:
                return '';
        }
    }

    override disconnectedCallback(): void {
        this.stopPolling();
    }

    handleDaysChange(event: Event): void {
        const target = event.target as HTMLInputElement | null;
        this.days = Number(target?.value);
    }

    handleDryRun(): void {
        this.run('dryRun');
    }

    handleBackfill(): void {
        this.pendingTool = 'backfill';
    }

    handleRebuild(): void {
        // Refused before the confirmation: a rebuild never reaches before the retention cutoff.
        if (this.refuseDays('rebuild')) {
            return;
        }
        this.pendingTool = 'rebuild';
    }

    handlePurge(): void {
        this.pendingTool = 'purge';
    }

    handleConfirm(): void {
        const tool = this.pendingTool;
        this.pendingTool = undefined;
        if (tool) {
            this.run(tool);
        }
    }

    handleCancel(): void {
        this.pendingTool = undefined;
    }

    async handleRefresh(): Promise<void> {
        this.refreshing = true;
        try {
            await this.refreshHealth();
        } finally {
            this.refreshing = false;
        }
    }

    async handleSchedule(): Promise<void> {
        await this.changeSchedule(() => scheduleDigest({}));
    }

    async handleUnschedule(): Promise<void> {
        await this.changeSchedule(() => unscheduleDigest({}));
    }

    async handleScheduleClosing(): Promise<void> {
        await this.changeClosing(() => scheduleChallengeClosing({}));
    }

    async handleUnscheduleClosing(): Promise<void> {
        await this.changeClosing(() => unscheduleChallengeClosing({}));
    }

    async handleSchedulePurge(): Promise<void> {
        await this.changeRetention(() => schedulePurge({}));
    }

    async handleUnschedulePurge(): Promise<void> {
        await this.changeRetention(() => unschedulePurge({}));
    }

    /**
     * Shows why the days entered do not suit a tool, if they do not: 1 to MAX_DAYS, and for a rebuild
     * at most the ledger's retention (older detail is purged, so the server refuses it too).
     * @returns true when the tool must not start
     */
    private refuseDays(tool: Tool): boolean {
        const days = Math.round(this.days);
        let problem: string | undefined;
        if (tool !== 'purge' && (!Number.isFinite(days) || days < 1 || days > MAX_DAYS)) {
            problem = DAYS_INVALID;
        } else if (tool === 'rebuild' && this.health && days > this.health.retentionDays) {
            problem = formatLabel(REBUILD_BEYOND_RETENTION, this.health.retentionDays);
        }
        if (problem !== undefined) {
            this.actionError = problem;
            this.actionErrorMessage = problem;
        }
        return problem !== undefined;
    }

    private async run(tool: Tool): Promise<void> {
        const days = Math.round(this.days);
        if (this.refuseDays(tool)) {
            return;
        }
        this.busy = true;
        this.actionError = undefined;
        try {
            let jobId: string;
            if (tool === 'dryRun') {
                jobId = await startDryRun({ days });
            } else if (tool === 'backfill') {
                jobId = await startBackfill({ days });
            } else if (tool === 'rebuild') {
                jobId = await startRebuild({ days });
            } else {
                jobId = await startPurge({});
            }
            this.wasInProgress = true;
            this.jobId = jobId;
        } catch (error) {
            this.actionError = error;
            this.actionErrorMessage = reduceErrors(error)[0] ?? START_FAILED;
        } finally {
            this.busy = false;
        }
    }

    private async changeSchedule(call: () => Promise<DigestStatus>): Promise<void> {
        this.busy = true;
        this.actionError = undefined;
        try {
            this.digest = digestScreen(await call());
            await this.refreshHealth();
        } catch (error) {
            this.actionError = error;
            this.actionErrorMessage = reduceErrors(error)[0] ?? SCHEDULE_FAILED;
        } finally {
            this.busy = false;
        }
    }

    private async changeClosing(call: () => Promise<ScheduleStatus>): Promise<void> {
        this.busy = true;
        this.actionError = undefined;
        try {
            this.closing = closingScreen(await call());
            await this.refreshHealth();
        } catch (error) {
            this.actionError = error;
            this.actionErrorMessage = reduceErrors(error)[0] ?? CLOSING_FAILED;
        } finally {
            this.busy = false;
        }
    }

    private async changeRetention(call: () => Promise<RetentionStatus>): Promise<void> {
        this.busy = true;
        this.actionError = undefined;
        try {
            this.retention = retentionScreen(await call());
            await this.refreshHealth();
        } catch (error) {
            this.actionError = error;
            this.actionErrorMessage = reduceErrors(error)[0] ?? SCHEDULE_FAILED;
        } finally {
            this.busy = false;
        }
    }

    private async refreshHealth(): Promise<void> {
        const wired = this.wiredHealth;
        if (wired && (wired.data !== undefined || wired.error !== undefined)) {
            await refreshApex(wired);
        }
    }

    private schedulePoll(): void {
        this.stopPolling();
        // A timer is the only way to ask again while a batch runs: the job row has no event to wait for.
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.pollTimer = setTimeout(() => {
            this.pollTimer = undefined;
            if (this.wiredJob) {
                refreshApex(this.wiredJob).catch((error: unknown) => {
                    this.actionError = error;
                    this.actionErrorMessage = reduceErrors(error)[0] ?? LOAD_ERROR;
                });
            }
        }, POLL_MS);
    }

    private stopPolling(): void {
        if (this.pollTimer !== undefined) {
            clearTimeout(this.pollTimer);
            this.pollTimer = undefined;
        }
    }
}
