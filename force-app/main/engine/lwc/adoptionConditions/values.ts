/**
 * A field's value read as its kind (number, date, date/time, checkbox, text), and how two values
 * or a value and a literal order, as Conditions.cls reads them. Part of c/adoptionConditions.
 */
import { dateOfDayNumber, formatNumber, isApexBlank } from 'c/adoptionCore';
import type { ConditionLiteral, FieldKind } from './conditionTypes';
import { asciiDigits, dayOf, javaTrim, localDateTime } from './characters';

export type Value =
    | { kind: 'number'; num: number; text: string }
    | { kind: 'date' | 'datetime'; day: number; text: string }
    | { kind: 'boolean'; bool: boolean; text: string }
    | { kind: 'text'; text: string };

/** Reads a key of a plain object ignoring case (an exact-case key wins). */
export function lookup(values: unknown, key: string): unknown {
    if (values === null || typeof values !== 'object' || Array.isArray(values)) {
        return undefined;
    }
    const record = values as Record<string, unknown>;
    if (Object.prototype.hasOwnProperty.call(record, key)) {
        return record[key];
    }
    const lower = key.toLowerCase();
    const match = Object.keys(record).find((candidate) => candidate.toLowerCase() === lower);
    return match === undefined ? undefined : record[match];
}

/** Plain decimal notation, as Apex prints a number: the digits of its shortest text, never an
 * exponent (c/adoptionCore formatNumber, exact without BigInt, which Lightning Locker may not have). */
function numberText(num: number): string {
    const text = String(num);
    return text.includes('e') ? formatNumber(num) : text;
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Apex Decimal.valueOf(text.trim()), or null when it is not a number. */
function parseDecimal(text: string): number | null {
    const trimmed = asciiDigits(javaTrim(text));
    return DECIMAL.test(trimmed) ? Number(trimmed) : null;
}

function parseBoolean(text: string): boolean | null {
    const lower = javaTrim(text).toLowerCase();
    return lower === 'true' ? true : lower === 'false' ? false : null;
}

function parseLiteralDate(text: string): number | null {
    return dayOf(javaTrim(text));
}

export function toValue(raw: unknown, kind: FieldKind | undefined, timeZone: string): Value | null {
    if (raw === null || raw === undefined || typeof raw === 'object' || typeof raw === 'function') {
        return null;
    }
    const effective: FieldKind =
        kind ?? (typeof raw === 'number' ? 'number' : typeof raw === 'boolean' ? 'boolean' : 'text');
    if (effective === 'number') {
        const num = typeof raw === 'number' ? raw : parseDecimal(String(raw));
        if (num !== null && Number.isFinite(num)) {
            return { kind: 'number', num, text: numberText(num) };
        }
    } else if (effective === 'boolean') {
        const bool = typeof raw === 'boolean' ? raw : parseBoolean(String(raw));
        if (bool !== null) {
            return { kind: 'boolean', bool, text: bool ? 'true' : 'false' };
        }
    } else if (effective === 'date') {
        const text = String(raw);
        const day = dayOf(text);
        if (day !== null) {
            return { kind: 'date', day, text };
        }
    } else if (effective === 'datetime') {
        const instant = new Date(String(raw));
        if (!Number.isNaN(instant.getTime())) {
            return { kind: 'datetime', ...localDateTime(instant, timeZone) };
        }
    }
    const text = typeof raw === 'number' ? numberText(raw) : String(raw);
    return isApexBlank(text) ? null : { kind: 'text', text };
}

export function literalText(literal: ConditionLiteral, today: number): string {
    return literal.kind === 'DATE' ? dateOfDayNumber(today + (literal.dayOffset ?? 0)) : literal.text;
}

/** -1, 0 or 1; strings order by UTF-16 units, as Java's compareTo. */
export function sign<T extends number | string>(a: T, b: T): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** -1, 0 or 1: how the field value orders against the literal, read as the field's kind. */
export function compare(value: Value, literal: ConditionLiteral, today: number): number {
    if (value.kind === 'number') {
        const other =
            literal.kind === 'NUMBER'
                ? (literal.num as number)
                : literal.kind === 'TEXT'
                  ? parseDecimal(literal.text)
                  : null;
        if (other !== null) {
            return sign(value.num, other);
        }
    } else if (value.kind === 'date' || value.kind === 'datetime') {
        const other =
            literal.kind === 'DATE'
                ? today + (literal.dayOffset ?? 0)
                : literal.kind === 'TEXT'
                  ? parseLiteralDate(literal.text)
                  : null;
        if (other !== null) {
            return sign(value.day, other);
        }
    } else if (value.kind === 'boolean') {
        const other =
            literal.kind === 'BOOLEAN'
                ? (literal.bool as boolean)
                : literal.kind === 'TEXT'
                  ? parseBoolean(literal.text)
                  : null;
        if (other !== null) {
            return sign(value.bool ? 1 : 0, other ? 1 : 0);
        }
    }
    return sign(value.text.toLowerCase(), literalText(literal, today).toLowerCase());
}

/** -1, 0 or 1: how one field value orders against another value of the same field (INCREASED, DECREASED). */
export function compareValues(value: Value, other: Value): number {
    if (value.kind === 'number' && other.kind === 'number') {
        return sign(value.num, other.num);
    }
    const dated = (v: Value): v is Extract<Value, { day: number }> => v.kind === 'date' || v.kind === 'datetime';
    if (dated(value) && dated(other)) {
        return sign(value.day, other.day);
    }
    if (value.kind === 'boolean' && other.kind === 'boolean') {
        return sign(value.bool ? 1 : 0, other.bool ? 1 : 0);
    }
    return sign(value.text.toLowerCase(), other.text.toLowerCase());
}

export function sameValue(before: Value | null, after: Value | null): boolean {
    if (before === null || after === null) {
        return before === null && after === null;
    }
    if (before.kind === 'number' && after.kind === 'number') {
        return before.num === after.num;
    }
    return before.text === after.text;
}
