/**
 * The prompts turned into what the screen shows, and the pages their actions open (pure functions,
 * unit-tested directly). Messages are merged as plain text: HTML in a value shows as written.
 */
import type { PageReference } from 'lightning/navigation';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import { encodeDefaultFieldValues } from 'lightning/pageReferenceUtils';
import type { PromptView, PromptsView } from '@salesforce/apex/PromptsController.getPrompts';
import { mergeFields } from 'c/adoptionCore';
import type { FieldKinds, PlainRecord } from 'c/adoptionConditions';
import { kindOfDataType } from 'c/adoptionConditions';
import { formatLabel } from 'c/ldsUtils';
import {
    ACTION_EDIT,
    ACTION_LOG_CALL,
    ACTION_URL,
    BUTTON_ARIA,
    CALL_SUBJECT,
    CLOSE,
    COUNT_CAPPED,
    DISMISS,
    SEVERITY_CRITICAL,
    SEVERITY_INFO,
    SEVERITY_WARNING,
    SNOOZE,
    SNOOZE_ONE
} from './whyThisMattersLabels';

/**
 * The inline editor of an Edit Field action, by Schema.DisplayType: a lightning-input of this type
 * saved with updateRecord (works wherever Lightning Data Service does); TEXTAREA gets a
 * lightning-textarea. Any other type (a picklist, a lookup) opens the record's own edit page, which
 * knows its values, record types and dependencies; the record page's getRecord fires after that save
 * too.
 */
export const INPUT_TYPES: Readonly<Record<string, string>> = {
    STRING: 'text',
    EMAIL: 'email',
    PHONE: 'tel',
    URL: 'url',
    DATE: 'date',
    DATETIME: 'datetime',
    CURRENCY: 'number',
    DOUBLE: 'number',
    PERCENT: 'number',
    INTEGER: 'number',
    LONG: 'number',
    BOOLEAN: 'checkbox'
};
const WHOLE_NUMBERS: ReadonlySet<string> = new Set(['INTEGER', 'LONG']);

/** Objects whose records a Task names in WhoId (people); every other object goes in WhatId. */
const WHO_OBJECTS: ReadonlySet<string> = new Set(['contact', 'lead']);

interface Severity {
    label: string;
    icon: string;
    variant: string;
    className: string;
}

const SEVERITIES: Readonly<Record<string, Severity>> = {
    Critical: {
        label: SEVERITY_CRITICAL,
        icon: 'utility:error',
        variant: 'error',
        className: 'prompt prompt_critical'
    },
    Warning: {
        label: SEVERITY_WARNING,
        icon: 'utility:warning',
        variant: 'warning',
        className: 'prompt prompt_warning'
    },
    Info: { label: SEVERITY_INFO, icon: 'utility:info', variant: '', className: 'prompt prompt_info' }
};

/** A prompt on screen. */
export interface Displayed {
    prompt: PromptView;
    resolved: boolean;
}

/**
 * What the template renders for one prompt. Written with Record<'name', ...> because the lint's
 * no-restricted-globals misreads a property called `name` in an interface as the browser global.
 */
export interface PromptItem extends Record<'name', string> {
    title: string;
    message: string;
    severityLabel: string;
    iconName: string;
    iconVariant: string;
    itemClass: string;
    resolved: boolean;
    hasAction: boolean;
    actionLabel: string;
    actionAria: string;
    snoozeLabel: string;
    snoozeAria: string;
    dismissAria: string;
    closeAria: string;
    isEditing: boolean;
    actionField: string | null;
    /** Edit with lightning-input, or lightning-textarea when editTextarea. */
    editTextarea: boolean;
    inputType: string;
    inputStep: string | null;
    fieldLabel: string;
    fieldValue: unknown;
    fieldChecked: boolean;
}

/** What a lightning-input or lightning-textarea offers the save handler. */
export interface EditorElement extends HTMLElement {
    value?: unknown;
    checked?: boolean;
    reportValidity?: () => boolean;
}

/** A web address or a path inside Salesforce; the server accepts nothing else either. */
function isSafeUrl(url: string): boolean {
    const lower = url.trim().toLowerCase();
    return (
        lower.startsWith('https://') ||
        lower.startsWith('http://') ||
        (lower.startsWith('/') && !lower.startsWith('//'))
    );
}

/** The record's display values (formatted dates, picklist labels), else its values, as a plain object. */
export function displayValuesOf(
    record: RecordRepresentation | { fields?: RecordRepresentation['fields'] }
): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(record.fields ?? {})) {
        const value = field?.value;
        if (value !== null && typeof value === 'object' && 'fields' in (value as object)) {
            values[name] = displayValuesOf(value as RecordRepresentation);
        } else {
            values[name] = field?.displayValue ?? value ?? null;
        }
    }
    return values;
}

/** Values for a URL template: each encoded as a URI component. */
function encodedValuesOf(record: PlainRecord): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(record)) {
        values[name] =
            value !== null && typeof value === 'object'
                ? encodedValuesOf(value as PlainRecord)
                : value === null || value === undefined
                  ? value
                  : encodeURIComponent(String(value));
    }
    return values;
}

/**
 * One prompt as the template shows it: the message merged from the record's display values and
 * {count}, the severity in words and by icon, the buttons' names, and the inline editor when open.
 * @param record the record as a plain object (recordFromUi), for the editor's current value
 * @param editing the prompt whose inline editor is open, if any
 */
export function promptItem(
    shown: Displayed,
    values: Record<string, unknown>,
    record: PlainRecord | null,
    editing: string | null
): PromptItem {
    const prompt = shown.prompt;
    const fieldType = prompt.actionField ? (prompt.fieldTypes?.[prompt.actionField] ?? '').toUpperCase() : '';
    const inputType = INPUT_TYPES[fieldType] ?? '';
    const current = prompt.actionField && record ? record[prompt.actionField] : null;
    const severity = SEVERITIES[prompt.severity] ?? SEVERITIES.Info;
    // Figures read as the user's locale writes numbers (1,250), as labels do.
    const count = prompt.count == null ? null : formatLabel(prompt.countCapped ? COUNT_CAPPED : '{0}', prompt.count);
    const actionLabel = prompt.actionLabel || defaultActionLabel(prompt);
    const snoozeLabel = prompt.snoozeDays === 1 ? SNOOZE_ONE : formatLabel(SNOOZE, prompt.snoozeDays);
    return {
        name: prompt.name,
        title: prompt.title,
        message: mergeFields(prompt.message, { ...values, count }),
        severityLabel: severity.label,
        iconName: severity.icon,
        iconVariant: severity.variant,
        itemClass: shown.resolved ? `${severity.className} prompt_resolved` : severity.className,
        resolved: shown.resolved,
        hasAction: prompt.actionType !== 'None' && !shown.resolved,
        actionLabel,
        actionAria: formatLabel(BUTTON_ARIA, actionLabel, prompt.title),
        snoozeLabel,
        snoozeAria: formatLabel(BUTTON_ARIA, snoozeLabel, prompt.title),
        dismissAria: formatLabel(BUTTON_ARIA, DISMISS, prompt.title),
        closeAria: formatLabel(BUTTON_ARIA, CLOSE, prompt.title),
        isEditing: editing === prompt.name && !shown.resolved,
        actionField: prompt.actionField ?? null,
        editTextarea: fieldType === 'TEXTAREA',
        inputType,
        inputStep: inputType === 'number' ? (WHOLE_NUMBERS.has(fieldType) ? '1' : 'any') : null,
        fieldLabel: prompt.actionFieldLabel || prompt.actionField || '',
        fieldValue: current ?? null,
        fieldChecked: current === true
    };
}

function defaultActionLabel(prompt: PromptView): string {
    switch (prompt.actionType) {
        case 'Edit Field':
            return ACTION_EDIT;
        case 'Open URL':
            return ACTION_URL;
        default:
            return ACTION_LOG_CALL;
    }
}

/** Whether an Edit Field action edits here (an input or a text area) or on the record's edit page. */
export function editsInline(prompt: PromptView): boolean {
    const fieldType = prompt.actionField ? (prompt.fieldTypes?.[prompt.actionField] ?? '').toUpperCase() : '';
    return INPUT_TYPES[fieldType] !== undefined || fieldType === 'TEXTAREA';
}

/** Edit Field on a picklist or lookup: the record's standard edit page. */
function editPage(recordId: string | undefined, objectApiName: string | undefined): PageReference {
    return {
        type: 'standard__recordPage',
        attributes: { recordId, objectApiName, actionName: 'edit' }
    };
}

/** Open URL: the template with the record's values, URI-encoded; only http(s) or a path. */
function urlPage(prompt: PromptView, record: PlainRecord): PageReference | null {
    const url = mergeFields(prompt.actionUrl, { ...encodedValuesOf(record), count: prompt.count });
    return isSafeUrl(url) ? { type: 'standard__webPage', attributes: { url } } : null;
}

/**
 * Log Call: the new-Task page with the record filled in. Lightning Web Components cannot open a
 * record page's quick actions (the quick action API is Aura only), while the standard new-record
 * page takes default field values and works on any record page: WhoId for a lead or contact,
 * WhatId for everything else.
 */
function logCallPage(recordId: string | undefined, objectApiName: string | undefined): PageReference {
    const relation = WHO_OBJECTS.has((objectApiName ?? '').toLowerCase()) ? 'WhoId' : 'WhatId';
    return {
        type: 'standard__objectPage',
        attributes: { objectApiName: 'Task', actionName: 'new' },
        state: {
            defaultFieldValues: encodeDefaultFieldValues({
                [relation]: recordId ?? null,
                Subject: CALL_SUBJECT
            }),
            navigationLocation: 'RELATED_LIST'
        }
    };
}

/** Every field the prompts read, as getRecord's optionalFields ('Object.Field'), sorted. */
export function fieldsToLoad(view: PromptsView): string[] {
    const fields = new Set<string>();
    // Held-out prompts too: the page watches their condition to record HeldOut (never shows them).
    for (const prompt of [...view.prompts, ...(view.heldOut ?? [])]) {
        for (const field of prompt.fields ?? []) {
            fields.add(`${view.objectApiName}.${field}`);
        }
    }
    return [...fields].sort();
}

/** The kinds of the fields a prompt's condition reads, from their Schema.DisplayType names. */
export function kindsOf(prompt: PromptView): FieldKinds {
    const kinds: Record<string, ReturnType<typeof kindOfDataType>> = {};
    for (const [field, type] of Object.entries(prompt.fieldTypes ?? {})) {
        kinds[field] = kindOfDataType(type);
    }
    return kinds;
}

/**
 * New prompts the budget still allows, counting showings and held-out qualifications sent
 * (`recorded`) but not yet in the view: a HeldOut costs what a showing costs (review M3).
 */
export function budgetLeft(view: PromptsView, recorded: ReadonlySet<string>): number {
    const pending = [...view.prompts, ...(view.heldOut ?? [])].filter(
        (prompt) => !prompt.shownToday && recorded.has(prompt.name)
    );
    return view.remainingBudget - pending.length;
}

/** The inline editor's value as updateRecord takes it: a checkbox's state, a number, or null for blank. */
export function editorValue(prompt: PromptView, editor: EditorElement): unknown {
    const fieldType = (prompt.actionField ? (prompt.fieldTypes?.[prompt.actionField] ?? '') : '').toUpperCase();
    const value: unknown = INPUT_TYPES[fieldType] === 'checkbox' ? editor.checked === true : editor.value;
    if (value === '' || value === undefined) {
        return null;
    }
    return INPUT_TYPES[fieldType] === 'number' ? Number(value) : value;
}

/**
 * The page an action opens: the record's edit page (Edit Field on a picklist or lookup), the URL
 * (Open URL), or a new Task on the record (Log Call); null for a URL that is not safe to open.
 */
export function actionPage(
    prompt: PromptView,
    recordId: string | undefined,
    objectApiName: string | undefined,
    record: PlainRecord
): PageReference | null {
    if (prompt.actionType === 'Edit Field') {
        return editPage(recordId, objectApiName);
    }
    return prompt.actionType === 'Open URL' ? urlPage(prompt, record) : logCallPage(recordId, objectApiName);
}

const SEVERITY_RANK: Record<string, number> = { critical: 0, warning: 1, info: 2 };

/**
 * The prompts shown and held out in one ranking, most severe first, then by name: the order of
 * PromptViews.sortBySeverity. A held-out prompt competes for a slot and the budget exactly as it
 * would if shown, so the held-out arm holds the records the prompt would have been shown on (M3).
 */
export function ranked(view: PromptsView): { prompt: PromptView; heldOut: boolean }[] {
    const key = (prompt: PromptView): string =>
        `${SEVERITY_RANK[String(prompt.severity ?? '').toLowerCase()] ?? 2}|${prompt.name}`;
    return [
        ...view.prompts.map((prompt) => ({ prompt, heldOut: false })),
        ...(view.heldOut ?? []).map((prompt) => ({ prompt, heldOut: true }))
    ].sort((a, b) => (key(a.prompt) < key(b.prompt) ? -1 : key(a.prompt) > key(b.prompt) ? 1 : 0));
}

/** Swallows a rejection nobody needs to see. */
export function noop(): void {
    // nothing
}
