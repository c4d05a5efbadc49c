// Shared by the local answers of PromptsController (preview/apex/PromptsController.*.ts): what
// PromptsService and its selectors do in the org, over the sample data. Not an answer itself.
//
// - Prompts are the Adoption_Prompt__mdt records in force-app (data.prompts); field types and labels
//   come from the small schema below (the sample records carry values, not describe results).
// - Interaction rows (Adoption_Prompt_Interaction__c) live in memory for the page's lifetime: a
//   seeded history over the sample records (what the effectiveness table reads), plus whatever the
//   page records. One row per user, prompt, record and day, as in the org.
// - Conditions are evaluated with c/adoptionConditions, the twin of the Apex class Conditions.
import type { PromptView, PromptsView } from '@salesforce/apex/PromptsController.getPrompts';
import { fieldsOf, kindOfDataType, matches } from 'c/adoptionConditions';
import type { CrmRecord, DemoData, MetadataRecord } from '../data/types';

export interface InteractionRow {
    User__c: string;
    Prompt_Name__c: string;
    Record_Id__c: string;
    Object__c: string;
    Day__c: string;
    Unique_Key__c: string;
    Shown_Count__c: number;
    First_Shown_At__c: string | null;
    Dismissed__c: boolean;
    Snoozed_Until__c: string | null;
    Acted__c: boolean;
    Resolved__c: boolean;
    Resolved_At__c: string | null;
    /** When a held-out user qualified (prompt experiments); absent on the seeded history. */
    Held_Out_At__c?: string | null;
}

/** Schema.DisplayType and label of the standard fields the starter prompts name. */
const SCHEMA: Readonly<Record<string, readonly [string, string]>> = {
    Amount: ['CURRENCY', 'Amount'],
    CloseDate: ['DATE', 'Close Date'],
    Company: ['STRING', 'Company'],
    Email: ['EMAIL', 'Email'],
    IsClosed: ['BOOLEAN', 'Closed'],
    IsConverted: ['BOOLEAN', 'Converted'],
    LastActivityDate: ['DATE', 'Last Activity'],
    Name: ['STRING', 'Name'],
    NextStep: ['STRING', 'Next Step'],
    Phone: ['PHONE', 'Phone'],
    StageName: ['PICKLIST', 'Stage']
};
const SEVERITY_ORDER: Readonly<Record<string, number>> = { critical: 0, warning: 1, info: 2 };
const SEVERITIES = ['Critical', 'Warning', 'Info'] as const;
const MERGE_TOKEN = /\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\}/g;
const DAY_MS = 86_400_000;

let rows: InteractionRow[] | undefined;

function text(value: unknown): string {
    return typeof value === 'string' ? value : '';
}

function num(value: unknown): number | null {
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** 'YYYY-MM-DD' plus days. */
export function addDays(day: string, days: number): string {
    return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function uniqueKey(userId: string, prompt: string, recordId: string, day: string): string {
    return `${userId}|${prompt}|${recordId}|${day}`;
}

/** The type name of a field: from the schema above, else read from a sample value. */
export function fieldType(field: string, record?: CrmRecord): string {
    const known = SCHEMA[field];
    if (known) {
        return known[0];
    }
    const value = record?.[field];
    return typeof value === 'number' ? 'DOUBLE' : typeof value === 'boolean' ? 'BOOLEAN' : 'STRING';
}

/** Whether a record meets a condition today, with the field kinds the org's schema gives. */
export function meets(condition: unknown, record: CrmRecord, today: string): boolean {
    const kinds: Record<string, ReturnType<typeof kindOfDataType>> = {};
    for (const field of fieldsOf(text(condition))) {
        kinds[field] = kindOfDataType(fieldType(field, record));
    }
    return matches(text(condition), { record, today, kinds, timeZone: 'UTC' });
}

/** The active prompts of an object inside their window, DeveloperName order (PromptsSelector). */
export function activePrompts(data: DemoData, objectName: string, today: string): MetadataRecord[] {
    return data.prompts
        .filter(
            (prompt) =>
                prompt.Active__c === true &&
                text(prompt.Object__c).toLowerCase() === objectName.toLowerCase() &&
                (!prompt.Start_Date__c || text(prompt.Start_Date__c) <= today) &&
                (!prompt.End_Date__c || today <= text(prompt.End_Date__c))
        )
        .sort((a, b) => a.DeveloperName.localeCompare(b.DeveloperName));
}

/** Audience: Everyone, or a custom permission the page grants (profiles, roles and permission sets are not in the sample). */
export function includesUser(prompt: MetadataRecord, customPermissions: string[]): boolean {
    const type = text(prompt.Audience_Type__c).toLowerCase() || 'everyone';
    if (type === 'everyone') {
        return true;
    }
    const names = text(prompt.Audience__c)
        .split(',')
        .map((name) => name.trim().toLowerCase())
        .filter(Boolean);
    return type === 'custom permission' && customPermissions.some((name) => names.includes(name.toLowerCase()));
}

export function severityRank(prompt: MetadataRecord): number {
    return SEVERITY_ORDER[text(prompt.Severity__c).toLowerCase()] ?? 2;
}

/** What a user did with a prompt on a record, from their rows (PromptsService.History). */
export interface History {
    shownDays: number;
    lastShown: string | null;
    snoozedUntil: string | null;
    shownToday: boolean;
    dismissedToday: boolean;
    todayRow: InteractionRow | undefined;
}

export function historyOf(
    all: InteractionRow[],
    userId: string,
    prompt: string,
    recordId: string,
    today: string
): History {
    const history: History = {
        shownDays: 0,
        lastShown: null,
        snoozedUntil: null,
        shownToday: false,
        dismissedToday: false,
        todayRow: undefined
    };
    for (const row of all) {
        if (row.User__c !== userId || row.Prompt_Name__c !== prompt || row.Record_Id__c !== recordId) {
            continue;
        }
        const shown = row.Shown_Count__c > 0;
        if (row.Day__c === today) {
            history.todayRow = row;
            history.shownToday = shown;
            history.dismissedToday = row.Dismissed__c;
        }
        if (shown) {
            history.shownDays++;
            history.lastShown = !history.lastShown || row.Day__c > history.lastShown ? row.Day__c : history.lastShown;
        }
        if (row.Snoozed_Until__c && (!history.snoozedUntil || row.Snoozed_Until__c > history.snoozedUntil)) {
            history.snoozedUntil = row.Snoozed_Until__c;
        }
    }
    return history;
}

/** Snooze, dismissal today, Frequency_Days__c and Max_Shows__c (PromptsService.isEligible). */
export function isEligible(prompt: MetadataRecord, history: History, today: string): boolean {
    if (history.dismissedToday || (history.snoozedUntil && today < history.snoozedUntil)) {
        return false;
    }
    if (history.shownToday) {
        return true;
    }
    const frequency = num(prompt.Frequency_Days__c);
    if (frequency && frequency >= 1 && history.lastShown && daysBetween(history.lastShown, today) < frequency) {
        return false;
    }
    const maxShows = num(prompt.Max_Shows__c);
    return !(maxShows && maxShows >= 1 && history.shownDays >= maxShows);
}

export function shownOn(all: InteractionRow[], userId: string, day: string): number {
    // A HeldOut counts like a showing (PromptsService.shownTodayCount; review M3).
    return all.filter(
        (row) => row.User__c === userId && row.Day__c === day && (row.Shown_Count__c > 0 || Boolean(row.Held_Out_At__c))
    ).length;
}

export function budgetOf(data: DemoData): number {
    return Math.max(0, num(data.settings.Daily_Interruption_Budget__c) ?? 3);
}

/** The fields the page loads: condition, {merge fields}, action field (PromptChecks.check). */
function pageFields(prompt: MetadataRecord): string[] {
    const fields = new Set(fieldsOf(text(prompt.Condition__c)));
    for (const match of text(prompt.Message__c).matchAll(MERGE_TOKEN)) {
        if (match[1] && match[1].toLowerCase() !== 'count') {
            fields.add(match[1]);
        }
    }
    if (prompt.Action_Field__c) {
        fields.add(text(prompt.Action_Field__c));
    }
    return [...fields];
}

/** The view of one offered prompt, with its live figure over the user's own records. */
export function viewOf(prompt: MetadataRecord, owned: CrmRecord[], today: string, shownToday: boolean): PromptView {
    const fields = pageFields(prompt);
    const figure = text(prompt.Figure_Condition__c);
    const actionType = (text(prompt.Action_Type__c) || 'None') as PromptView['actionType'];
    const actionField = actionType === 'Edit Field' ? text(prompt.Action_Field__c) : null;
    return {
        name: prompt.DeveloperName,
        title: text(prompt.Title__c) || prompt.MasterLabel,
        message: text(prompt.Message__c),
        severity: SEVERITIES[severityRank(prompt)],
        condition: text(prompt.Condition__c),
        fields,
        fieldTypes: Object.fromEntries(fields.map((field) => [field, fieldType(field, owned[0])])),
        count: figure ? owned.filter((record) => meets(figure, record, today)).length : null,
        countCapped: false,
        actionType,
        actionField,
        actionFieldLabel: actionField ? (SCHEMA[actionField]?.[1] ?? actionField) : null,
        actionUrl: actionType === 'Open URL' ? text(prompt.Action_Url__c) : null,
        actionLabel: text(prompt.Action_Label__c) || null,
        snoozeDays: Math.max(1, num(prompt.Snooze_Days__c) ?? 1),
        shownToday
    };
}

/** Sorted most severe first, then by DeveloperName. */
export function bySeverity(a: MetadataRecord, b: MetadataRecord): number {
    return severityRank(a) - severityRank(b) || a.DeveloperName.localeCompare(b.DeveloperName);
}

/**
 * Every interaction row, seeded on first use with a plausible history over the sample records:
 * a third of each prompt's records were prompted some day in the last three weeks; those fixed
 * since carry Resolved (some after the rep used the action), some of the rest were dismissed or
 * snoozed. Deterministic: the same data gives the same rows.
 */
export function interactionRows(data: DemoData): InteractionRow[] {
    if (rows) {
        return rows;
    }
    rows = [];
    const today = data.meta.today;
    for (const prompt of data.prompts) {
        const records = data.records[text(prompt.Object__c)] ?? [];
        records.forEach((record, index) => {
            if (index % 3 !== 0 || !record.OwnerId) {
                return;
            }
            const day = addDays(today, -((index % 20) + 1));
            const firstShownAt = `${day}T09:00:00.000Z`;
            const fixed = !meets(prompt.Condition__c, record, today);
            const hours = 2 + (index % 7);
            rows?.push({
                User__c: record.OwnerId,
                Prompt_Name__c: prompt.DeveloperName,
                Record_Id__c: record.Id,
                Object__c: text(prompt.Object__c),
                Day__c: day,
                Unique_Key__c: uniqueKey(record.OwnerId, prompt.DeveloperName, record.Id, day),
                Shown_Count__c: 1 + (index % 3),
                First_Shown_At__c: firstShownAt,
                Dismissed__c: !fixed && index % 2 === 0,
                Snoozed_Until__c: !fixed && index % 2 === 1 ? addDays(day, 3) : null,
                Acted__c: fixed && index % 2 === 0,
                Resolved__c: fixed,
                Resolved_At__c: fixed ? new Date(Date.parse(firstShownAt) + hours * 3_600_000).toISOString() : null
            });
        });
    }
    return rows;
}

/** A PromptsView with nothing to offer (no access, prompts off). */
export function emptyView(objectApiName: string, recordId: string, today: string, budget: number): PromptsView {
    return {
        objectApiName,
        recordId,
        today,
        dailyBudget: budget,
        shownToday: 0,
        remainingBudget: 0,
        hasUnreportedProblems: false,
        prompts: [],
        heldOut: []
    };
}
