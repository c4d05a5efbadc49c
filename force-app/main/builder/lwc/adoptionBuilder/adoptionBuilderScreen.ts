/**
 * The builder's screen, computed from what the server sent and the draft: the editor's rows (one per
 * field of the type, each with the input that fits its kind and role), a draft from a record, and
 * the draft as the JSON BuilderController takes. No Apex, no DOM. Part of c/adoptionBuilder.
 */
import type { FieldView, RecordView, TypeView } from '@salesforce/apex/BuilderController.getSetup';
import type { ObjectField } from '@salesforce/apex/BuilderController.getObjectFields';

/** A combobox option. */
export interface Option {
    label: string;
    value: string;
}

/** The record being built or changed. */
export interface Draft {
    typeName: string;
    name: string;
    label: string;
    isNew: boolean;
    values: Record<string, unknown>;
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
        values
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
