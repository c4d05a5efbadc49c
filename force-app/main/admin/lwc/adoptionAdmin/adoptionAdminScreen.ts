/**
 * The admin page's DTOs turned into what the screen shows (pure functions, unit-tested directly):
 * the health view's tables (c-adoption-health-table) and the followed job (c-adoption-history-tools);
 * the three scheduled jobs are in adoptionAdminSchedules.ts.
 */
import type { HealthView, ItemHealth, ManagerAccess } from '@salesforce/apex/AdminController.getHealth';
import type { JobView } from '@salesforce/apex/AdminController.getJob';
import type { HealthColumn, HealthRow, HealthTable } from 'c/adoptionHealthTable';
import type { JobScreen } from 'c/adoptionHistoryTools';
import { formatLabel } from 'c/ldsUtils';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import * as L from './adoptionAdminLabels';

// The user's Salesforce locale and time zone, not the browser's.
const NUMBER_FORMAT = new Intl.NumberFormat(LOCALE);
const DATE_TIME_FORMAT = new Intl.DateTimeFormat(LOCALE, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE
});
const TABLE = 'slds-table slds-table_bordered slds-table_cell-buffer';
const RIGHT = 'slds-text-align_right';

const TRIGGER_LABELS: Readonly<Record<string, string>> = {
    Active: L.TRIGGER_ACTIVE,
    Inactive: L.TRIGGER_INACTIVE,
    Missing: L.TRIGGER_MISSING,
    Unknown: L.TRIGGER_UNKNOWN
};
const PERSONA_LABELS: Readonly<Record<string, string>> = {
    Rep: L.PERSONA_REP,
    Manager: L.PERSONA_MANAGER,
    Admin: L.PERSONA_ADMIN
};

interface Cell {
    key: string;
    label: string;
    value: string;
}

/** Rules, badges or prompts: one table each, with the same columns. */
export interface ItemSection {
    key: string;
    title: string;
    sectionClass: string;
    table: HealthTable;
}

export interface HealthScreen {
    enabled: boolean;
    statusText: string;
    statusClass: string;
    enabledText: string;
    settingsMissing: boolean;
    settingsUrl: string;
    problemsText: string;
    problemsClass: string;
    objects: HealthTable;
    itemSections: ItemSection[];
    keyFieldProblems: { key: string; field: string; problem: string }[];
    hasKeyFieldProblems: boolean;
    errors: HealthTable;
    hasErrors: boolean;
    subscriberText: string;
    subscriberCells: Cell[];
    personas: HealthTable;
    jobs: HealthTable;
    historyHelp: string;
    retentionDays: number;
    uncappedText: string;
    grantsText: string;
    grants: HealthTable;
    hasGrants: boolean;
    managerAccess: ManagerAccessScreen;
}

/** Works council mode: can a manager open a rep's rows (ManagerAccessCheck)? */
export interface ManagerAccessScreen {
    /** Only in works council mode. */
    show: boolean;
    text: string;
    textClass: string;
    table: HealthTable;
    hasTable: boolean;
}

export function numberText(value: number | null | undefined): string {
    return typeof value === 'number' && Number.isFinite(value) ? NUMBER_FORMAT.format(value) : '—';
}

export function dateTimeText(value: string | null | undefined): string {
    const time = value ? Date.parse(value) : NaN;
    return Number.isNaN(time) ? '—' : DATE_TIME_FORMAT.format(time);
}

function column(key: string, label: string, className?: string): HealthColumn {
    return { key, label, className };
}

/** A row's data cells, keyed by position. */
function cells(...values: (string | [string, string])[]): HealthRow['cells'] {
    return values.map((value, index) => {
        const [text, className] = Array.isArray(value) ? value : [value, undefined];
        return { key: String(index), text, className };
    });
}

function itemRow(item: ItemHealth): HealthRow {
    const statusClass = item.problem
        ? 'item-status slds-text-color_error'
        : item.warning
          ? 'item-status item-warning'
          : 'item-status slds-text-color_success';
    return {
        key: item.name,
        className: 'item-row',
        name: item.name,
        header: item.label,
        cells: cells(item.detail ?? '', item.active ? L.YES : L.NO, [
            item.problem ?? item.warning ?? L.STATUS_OK,
            statusClass
        ])
    };
}

/** One configuration table (rules, badges or prompts); `key` names its classes for tests and styles. */
function itemSection(key: string, title: string, items: ItemHealth[] | undefined): ItemSection {
    return {
        key,
        title,
        sectionClass: `${key} slds-m-top_medium`,
        table: {
            tableClass: `items-table ${key}-table ${TABLE}`,
            columns: [
                column('name', L.COL_NAME),
                column('detail', L.COL_DETAIL),
                column('active', L.COL_ACTIVE),
                column('status', L.COL_STATUS)
            ],
            rows: (items ?? []).map(itemRow)
        }
    };
}

function jobCounters(job: JobView): string {
    return formatLabel(L.JOB_COUNTERS, job.recordsScanned, job.actionsFound, job.pointsFound);
}

function subscriberOf(view: HealthView): { subscriberText: string; subscriberCells: Cell[] } {
    const subscriber = view.subscriber;
    if (!subscriber?.known) {
        return { subscriberText: L.SUBSCRIBER_UNKNOWN, subscriberCells: [] };
    }
    if (!subscriber.found) {
        return { subscriberText: L.SUBSCRIBER_NOT_FOUND, subscriberCells: [] };
    }
    return {
        subscriberText: '',
        subscriberCells: [
            { key: 'status', label: L.SUBSCRIBER_STATUS, value: subscriber.status ?? '—' },
            { key: 'position', label: L.SUBSCRIBER_POSITION, value: numberText(subscriber.position) },
            { key: 'tip', label: L.SUBSCRIBER_TIP, value: numberText(subscriber.tip) },
            { key: 'backlog', label: L.SUBSCRIBER_BACKLOG, value: numberText(subscriber.backlog) },
            { key: 'retries', label: L.SUBSCRIBER_RETRIES, value: numberText(subscriber.retries) },
            { key: 'lastError', label: L.SUBSCRIBER_LAST_ERROR, value: subscriber.lastError ?? L.NONE }
        ]
    };
}

/** The check's result: red when a manager can open a rep's rows, with what to do (the server's message). */
export function managerAccessScreen(access: ManagerAccess | undefined): ManagerAccessScreen {
    const objects = access?.objects ?? [];
    const status = access?.status;
    return {
        show: access?.applies === true,
        text: access?.message ?? '',
        textClass:
            status === 'Failed'
                ? 'access-text slds-text-color_error'
                : status === 'Passed'
                  ? 'access-text slds-text-color_success'
                  : 'access-text item-warning',
        table: {
            tableClass: `access-table ${TABLE}`,
            columns: [column('object', L.COL_OBJECT), column('result', L.COL_STATUS)],
            rows: objects.map((object) => ({
                key: object.objectName,
                className: 'access-row',
                name: object.objectName,
                header: object.label,
                cells: cells(
                    !object.tested
                        ? L.ACCESS_NO_ROW
                        : object.readable
                          ? [L.ACCESS_READABLE, 'slds-text-color_error']
                          : [L.ACCESS_NOT_READABLE, 'slds-text-color_success']
                )
            }))
        },
        hasTable: objects.length > 0
    };
}

export function healthScreen(view: HealthView): HealthScreen {
    const retentionDays = view.retentionDays ?? 90;
    const grants = view.eventGrants ?? [];
    return {
        enabled: view.enabled,
        statusText: view.enabled ? L.STATUS_ON : L.STATUS_OFF,
        statusClass: view.enabled
            ? 'package-status slds-badge slds-theme_success'
            : 'package-status slds-badge slds-theme_error',
        enabledText: view.enabled ? L.ENABLED_TEXT : L.DISABLED_TEXT,
        settingsMissing: !view.settingsFound,
        settingsUrl: view.settingsUrl,
        problemsText: view.problems > 0 ? formatLabel(L.PROBLEMS_SUMMARY, view.problems) : L.NO_PROBLEMS,
        problemsClass: view.problems > 0 ? 'problems slds-text-color_error' : 'problems slds-text-color_success',
        objects: {
            tableClass: `objects-table ${TABLE}`,
            columns: [
                column('object', L.COL_OBJECT),
                column('trigger', L.COL_TRIGGER),
                column('rules', L.COL_ACTIVE_RULES, RIGHT),
                column('problems', L.COL_PROBLEMS, RIGHT)
            ],
            rows: (view.objects ?? []).map((object) => ({
                key: object.objectName,
                className: 'object-row',
                header: object.objectName,
                cells: cells(
                    [
                        TRIGGER_LABELS[object.triggerStatus] ?? object.triggerStatus,
                        object.triggerStatus === 'Active' ? 'slds-text-color_success' : 'slds-text-color_error'
                    ],
                    [numberText(object.activeRules), RIGHT],
                    [numberText(object.rulesWithProblems), RIGHT]
                )
            }))
        },
        itemSections: [
            itemSection('rules', L.RULES_TITLE, view.rules),
            itemSection('badges', L.BADGES_TITLE, view.badges),
            itemSection('prompts', L.PROMPTS_TITLE, view.prompts)
        ],
        keyFieldProblems: (view.keyFieldProblems ?? []).map((problem) => ({
            key: problem.field,
            field: problem.field,
            problem: problem.problem
        })),
        hasKeyFieldProblems: (view.keyFieldProblems ?? []).length > 0,
        errors: {
            tableClass: `errors-table ${TABLE}`,
            columns: [
                column('when', L.COL_WHEN),
                column('source', L.COL_SOURCE),
                column('message', L.COL_MESSAGE),
                column('rule', L.COL_RULE),
                column('record', L.COL_RECORD)
            ],
            rows: (view.errors ?? []).map((error) => ({
                key: error.id,
                className: 'error-row',
                cells: cells(
                    dateTimeText(error.occurredAt),
                    error.source ?? '',
                    [error.message ?? '', 'slds-cell-wrap'],
                    error.ruleName ?? '',
                    error.recordId ?? ''
                )
            }))
        },
        hasErrors: (view.errors ?? []).length > 0,
        ...subscriberOf(view),
        personas: {
            tableClass: `personas-table ${TABLE}`,
            columns: [
                column('persona', L.COL_PERSONA),
                column('permissionSet', L.COL_PERMISSION_SET),
                column('assigned', L.COL_ASSIGNED, RIGHT)
            ],
            rows: (view.permissionSets ?? []).map((persona) => ({
                key: persona.permissionSet,
                className: 'persona-row',
                header: PERSONA_LABELS[persona.persona] ?? persona.persona,
                cells: cells(persona.permissionSet, [numberText(persona.assigned), RIGHT])
            }))
        },
        jobs: {
            tableClass: `jobs-table ${TABLE}`,
            columns: [
                column('type', L.COL_TYPE),
                column('status', L.COL_STATUS),
                column('started', L.COL_STARTED),
                column('message', L.COL_MESSAGE)
            ],
            rows: (view.jobs ?? []).map((job) => ({
                key: job.id,
                className: 'job-row',
                header: job.type,
                cells: cells(
                    job.status,
                    dateTimeText(job.startedAt ?? job.createdAt),
                    `${jobCounters(job)}. ${job.message ?? ''}`
                )
            }))
        },
        historyHelp: formatLabel(L.HISTORY_HELP, retentionDays),
        retentionDays,
        uncappedText: (view.uncappedRules ?? 0) > 0 ? formatLabel(L.UNCAPPED_SUMMARY, view.uncappedRules) : '',
        grantsText: !view.eventGrantsKnown ? L.GRANTS_UNKNOWN : grants.length === 0 ? L.GRANTS_NONE : '',
        grants: {
            tableClass: `grants-table ${TABLE}`,
            columns: [column('grantedBy', L.COL_GRANTED_BY), column('kind', L.COL_KIND), column('event', L.COL_EVENT)],
            rows: grants.map((grant) => ({
                key: `${grant.permissionSet}|${grant.eventName}`,
                className: 'grant-row',
                header: grant.label,
                cells: cells(grant.isProfile ? L.KIND_PROFILE : L.KIND_PERMISSION_SET, grant.eventName)
            }))
        },
        hasGrants: grants.length > 0,
        managerAccess: managerAccessScreen(view.managerAccess)
    };
}

export function jobScreen(job: JobView): JobScreen {
    const results = job.ruleResults ?? [];
    return {
        heading: formatLabel(L.JOB_PROGRESS, job.type, job.status),
        counters: jobCounters(job),
        message: job.message ?? '',
        inProgress: job.inProgress,
        failed: job.status === 'Failed',
        results: {
            tableClass: `job-results ${TABLE} slds-m-top_x-small`,
            caption: L.JOB_RULE_RESULTS,
            columns: [
                column('rule', L.COL_RULE),
                column('actions', L.COL_ACTIONS, RIGHT),
                column('points', L.COL_POINTS, RIGHT),
                column('people', L.COL_PEOPLE, RIGHT)
            ],
            rows: results.map((result) => ({
                key: result.rule,
                className: 'job-result',
                header: result.rule,
                cells: cells(
                    [numberText(result.actions), RIGHT],
                    [numberText(result.points), RIGHT],
                    [numberText(result.people), RIGHT]
                )
            }))
        },
        hasResults: results.length > 0
    };
}
