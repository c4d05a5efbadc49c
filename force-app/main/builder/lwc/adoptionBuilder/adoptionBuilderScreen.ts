/**
 * The builder's screen, computed from what the server sent and the draft: the editor's rows (one per
 * field of the type, each with the input that fits its kind and role), a draft from a record, and
 * the draft as the JSON BuilderController takes. No Apex, no DOM. Part of c/adoptionBuilder.
 */
import type { FieldView, RecordView, TypeView } from '@salesforce/apex/BuilderController.getSetup';
import type { ObjectField } from '@salesforce/apex/BuilderController.getObjectFields';
import type { DryRunView } from '@salesforce/apex/BuilderController.getDryRun';
import type { ChangeView } from '@salesforce/apex/BuilderController.getChanges';
import { formatLabel } from 'c/ldsUtils';
import { LABELS, dryRunFlags } from 'c/builderModel';

/** A combobox option. */
export interface Option {
    label: string;
    value: string;
}

/** The record being built or changed. */
export interface Draft {
    typeName: string;
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    label: string;
    isNew: boolean;
    values: Record<string, unknown>;
    /**
     * The record's values as the page loaded them (RecordView.valuesJson); null for a new record. The
     * server refuses the save when the record has changed since (review builder-final m6).
     */
    loadedJson: string | null;
}

/** One row of the editor. */
export interface FieldRow {
    key: string;
    apiName: string;
    label: string;
    value: unknown;
    checked: boolean;
    maxLength: number | null;
    options: Option[];
    isCondition: boolean;
    isCombobox: boolean;
    isBoolean: boolean;
    isNumber: boolean;
    isDate: boolean;
    isLongText: boolean;
    isText: boolean;
}

/** Parsed values of a record (RecordView.valuesJson). */
export function valuesOf(record: RecordView | undefined): Record<string, unknown> {
    if (!record) {
        return {};
    }
    try {
        return JSON.parse(record.valuesJson) as Record<string, unknown>;
    } catch {
        return {};
    }
}

/**
 * A draft: a new record of the type (its checkboxes false, the rest empty) or a copy of a record.
 * @param type the type
 * @param record the record to change; undefined for a new one
 * @returns the draft
 */
export function draftOf(type: TypeView, record: RecordView | undefined): Draft {
    const values: Record<string, unknown> = {};
    const current = valuesOf(record);
    for (const field of type.fields) {
        const value = current[field.apiName];
        values[field.apiName] = value === undefined ? (field.kind === 'boolean' ? false : null) : value;
    }
    return {
        typeName: type.apiName,
        name: record?.name ?? '',
        label: record?.label ?? '',
        isNew: record === undefined,
        values,
        loadedJson: record?.valuesJson ?? null
    };
}

/**
 * The draft after the admin's own change to its record deployed: the record now holds what they
 * saved, so a second save compares with that, not with what they first opened. Their edits stay.
 * @param draft the draft
 * @param type its type, as read again
 * @returns the draft with the record's current values as loaded
 */
export function rebased(draft: Draft, type: TypeView | undefined): Draft {
    const record = type?.records.find((candidate) => candidate.name === draft.name);
    return record ? { ...draft, loadedJson: record.valuesJson } : draft;
}

/**
 * The record picker's choices: New first, then each record; settings have one record and no New.
 * @param type the type
 * @param newLabel the text of New
 * @returns the options
 */
export function recordOptionsOf(type: TypeView | undefined, newLabel: string): Option[] {
    const records = (type?.records ?? []).map((record) => ({
        label: `${record.label} (${record.name})`,
        value: record.name
    }));
    return type?.apiName === 'Adoption_Settings__mdt' ? records : [{ label: newLabel, value: '' }, ...records];
}

/**
 * A dry run that has just been queued: nothing counted yet.
 * @param jobId the job
 * @returns its view until the first poll
 */
export function queuedDryRun(jobId: string): DryRunView {
    return {
        jobId,
        status: 'Queued',
        inProgress: true,
        records: 0,
        rows: [],
        people: 0,
        actions: 0,
        points: 0,
        topShare: 0,
        anonymous: false
    };
}

/**
 * The draft as BuilderController.save and startDryRun take it.
 * @param draft the draft
 * @returns JSON
 */
export function draftJson(draft: Draft): string {
    return JSON.stringify(draft);
}

function comboOptions(values: readonly string[], blank: string | null): Option[] {
    const options = values.map((value) => ({ label: value, value }));
    return blank === null ? options : [{ label: blank, value: '' }, ...options];
}

/**
 * The editor's rows.
 * @param type the type
 * @param draft the draft
 * @param context the objects, the object's fields, the rule names, and the text of the empty choice
 * @returns one row per field, in API name order
 */
export function fieldRows(
    type: TypeView,
    draft: Draft,
    context: { objects: string[]; objectFields: ObjectField[]; ruleNames: string[]; none: string }
): FieldRow[] {
    return type.fields.map((field: FieldView) => {
        const value = draft.values[field.apiName];
        let options: Option[] = [];
        if (field.role === 'object') {
            options = comboOptions(context.objects, null);
        } else if (field.role === 'objectField') {
            options = comboOptions(
                context.objectFields.map((objectField) => objectField.apiName),
                context.none
            );
        } else if (field.role === 'rule') {
            options = comboOptions(context.ruleNames, context.none);
        } else if (field.kind === 'picklist') {
            options = comboOptions(field.options, context.none);
        }
        const isCondition = field.role === 'condition';
        const isCombobox = !isCondition && options.length > 0;
        const plain = !isCondition && !isCombobox;
        return {
            key: field.apiName,
            apiName: field.apiName,
            label: field.label,
            value: value ?? '',
            checked: value === true,
            maxLength: field.length > 0 && field.kind !== 'longtext' ? field.length : null,
            options,
            isCondition,
            isCombobox,
            isBoolean: plain && field.kind === 'boolean',
            isNumber: plain && field.kind === 'number',
            isDate: plain && field.kind === 'date',
            isLongText: plain && field.kind === 'longtext',
            isText: plain && (field.kind === 'text' || field.kind === 'picklist')
        };
    });
}

/** The dry run as the page shows it. */
export interface DryRunScreen {
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    status: string;
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    rows: { key: string; name: string; actions: number; points: number }[];
    hasRows: boolean;
    warnings: { key: string; text: string }[];
}

/**
 * The dry run's status line, who would have earned what, and its warnings (one person dominating, an
 * Update rule paying every save: the second needs no dry run, only the draft).
 * @param dryRun the dry run, if one was started
 * @param days the days it covers
 * @param ruleValues the draft rule's values; undefined for other types (no warnings)
 * @returns the screen
 */
export function dryRunScreen(
    dryRun: DryRunView | undefined,
    days: number,
    ruleValues: Readonly<Record<string, unknown>> | undefined
): DryRunScreen {
    const finished = dryRun !== undefined && !dryRun.inProgress;
    // Works council mode (anonymous): no rows, only the server's totals and the top share.
    const people = finished && !dryRun.anonymous ? dryRun.rows : [];
    const totals = finished && dryRun.anonymous ? dryRun : undefined;
    let status = '';
    if (dryRun?.inProgress) {
        status = formatLabel(LABELS.dryRunRunning, days);
    } else if (dryRun) {
        const count = totals ? totals.people : people.length;
        const points = totals ? totals.points : people.reduce((sum, row) => sum + Number(row.points), 0);
        status =
            count === 0
                ? formatLabel(LABELS.dryRunNone, dryRun.records)
                : formatLabel(LABELS.dryRunSummary, dryRun.records, count, points);
    }
    const warnings: { key: string; text: string }[] = [];
    if (ruleValues) {
        const flags = dryRunFlags(people, ruleValues, totals);
        if (flags.dominant) {
            warnings.push({
                key: 'dominant',
                text:
                    flags.dominantName === null
                        ? formatLabel(LABELS.flagDominantShare, flags.dominantPercent)
                        : formatLabel(LABELS.flagDominant, flags.dominantName, flags.dominantPercent)
            });
        }
        if (flags.paysRepeats) {
            warnings.push({ key: 'repeats', text: LABELS.flagRepeats });
        }
    }
    const rows = people.map((row) => ({
        key: row.userId,
        name: row.userName ?? row.userId,
        actions: row.actions,
        points: row.points
    }));
    return { status, rows, hasRows: rows.length > 0, warnings };
}

/**
 * The changes whose deployment ended since the page last looked: Queued before, finished now.
 * @param before the changes the page showed
 * @param now the changes just read
 * @returns the ended ones, as read now
 */
export function endedSince(before: readonly ChangeView[] | undefined, now: readonly ChangeView[]): ChangeView[] {
    const queued = new Set((before ?? []).filter((change) => change.status === 'Queued').map((change) => change.id));
    return now.filter((change) => change.status !== 'Queued' && queued.has(change.id));
}

/**
 * The records deployments just put in force, for the page's `deployed` event: what else the page
 * shows (the admin page's tables, the prompts an experiment can start on) reads them without a
 * reload. Failed deployments changed nothing and are left out.
 * @param ended the changes whose deployment just ended
 * @returns the type and name of each record deployed
 */
export function deployedRecords(ended: readonly ChangeView[]): { typeName: string; recordName: string }[] {
    return ended
        .filter((change) => change.status === 'Succeeded')
        .map((change) => ({ typeName: change.typeName, recordName: change.recordName }));
}
