/**
 * Records and field kinds from the UI API: a field's kind from its data type, and a Lightning Data
 * Service record as a plain object. Part of c/adoptionConditions.
 */
import type { FieldKind, UiRecordLike } from './conditionTypes';

const NUMBER_KINDS: ReadonlySet<string> = new Set(['currency', 'double', 'int', 'integer', 'long', 'percent']);

/**
 * The kind of a field from its type name: a UI API `dataType` (getObjectInfo: 'Currency', 'Int',
 * 'DateTime', ...) or an Apex `Schema.DisplayType` name ('CURRENCY', 'INTEGER', 'DATETIME', ...).
 * @param dataType the type name, any case
 * @returns number for Currency, Double, Int/Integer, Long and Percent; date; datetime; boolean;
 *   text for anything else (and for a missing name)
 * @example kindOfDataType('Currency') // 'number'
 */
export function kindOfDataType(dataType: string | null | undefined): FieldKind {
    const name = typeof dataType === 'string' ? dataType.trim().toLowerCase() : '';
    if (NUMBER_KINDS.has(name)) {
        return 'number';
    }
    if (name === 'date' || name === 'datetime' || name === 'boolean') {
        return name;
    }
    return 'text';
}

/**
 * A Lightning Data Service record (getRecord's `data`) as a plain object: `fields.X.value` becomes
 * `X`, and a related record (`fields.Account.value.fields...`) a nested plain object.
 * @param record the UI API record; null or undefined give an empty object
 * @returns field name -> value
 * @example recordFromUi({ fields: { Amount: { value: 5 } } }) // { Amount: 5 }
 */
export function recordFromUi(record: UiRecordLike | null | undefined): Record<string, unknown> {
    const plain: Record<string, unknown> = {};
    const fields = record && typeof record === 'object' ? record.fields : undefined;
    if (!fields || typeof fields !== 'object') {
        return plain;
    }
    for (const [name, field] of Object.entries(fields)) {
        const value = field ? field.value : undefined;
        plain[name] =
            value !== null && typeof value === 'object' && 'fields' in (value as object)
                ? recordFromUi(value as UiRecordLike)
                : (value ?? null);
    }
    return plain;
}
