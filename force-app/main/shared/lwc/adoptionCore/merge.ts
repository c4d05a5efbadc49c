/**
 * Merge fields: a message template filled with a record's values, as Apex fills it, and numbers in
 * Apex's plain notation. Part of c/adoptionCore.
 */
import { pad } from './apexText';
import { formatDate } from './calendar';
import { decimalOf, plainText } from './decimals';

/** The values merged into a template: field names to values, nested objects for relationships. */
export type MergeValues = Readonly<Record<string, unknown>>;

/** '{{', '}}', or a placeholder: a field name, or dotted names for relationships ({Account.Name}). */
const MERGE_TOKEN = /\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\}/g;

/** Reads a key of a plain object: the exact key first, else the first key equal ignoring case. */
function lookup(values: unknown, key: string): unknown {
    if (values === null || typeof values !== 'object' || Array.isArray(values) || values instanceof Date) {
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

/**
 * Plain decimal notation, as Apex prints a Decimal with its trailing zeros stripped: every digit of a
 * tiny or huge number's shortest text, never an exponent, never '-0'.
 * @param value the number
 * @returns the text; '' for NaN and the infinities
 * @example formatNumber(1e21) // '1000000000000000000000'
 */
export function formatNumber(value: number): string {
    return Number.isFinite(value) ? plainText(decimalOf(value)) : '';
}

function formatValue(value: unknown): string {
    if (typeof value === 'string') {
        return value;
    }
    if (typeof value === 'number') {
        return formatNumber(value);
    }
    if (typeof value === 'bigint' || typeof value === 'boolean') {
        return String(value);
    }
    if (value instanceof Date && !Number.isNaN(value.getTime())) {
        const day = formatDate({ year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() });
        return `${day} ${pad(value.getHours(), 2)}:${pad(value.getMinutes(), 2)}`;
    }
    return '';
}

/**
 * Fills a message template's merge fields: '{Name}', '{Account.Name}', '{count}'. A name is
 * letters, digits and underscores, not starting with a digit, dotted for relationships. Its value
 * is found ignoring case (an exact-case key wins): first the whole dotted name as one key, else one
 * segment at a time through nested objects. A missing or null value, an object or an array gives ''.
 * '{{' and '}}' are literal braces; any other brace is literal text ('{ Name }' stays as written).
 * Numbers print plainly (5.0 -> '5', 2.50 -> '2.5', no grouping); pass dates as 'YYYY-MM-DD'
 * strings (a JS Date prints as local 'YYYY-MM-DD HH:mm'). A value is never merged again and nothing
 * is HTML-escaped: the result is plain text, for the UI to render as text.
 * @param template the message; null or undefined gives ''
 * @param values field name -> value; null or undefined leaves every field blank
 * @returns the merged text
 * @example mergeFields('{{count}} = {count}', { Count: 2 }) // '{count} = 2'
 */
export function mergeFields(template: string | null | undefined, values: MergeValues | null | undefined): string {
    if (typeof template !== 'string') {
        return '';
    }
    return template.replace(MERGE_TOKEN, (token: string, name: string | undefined) => {
        if (name === undefined) {
            return token === '{{' ? '{' : '}';
        }
        let value = lookup(values, name);
        if (value === undefined && name.includes('.')) {
            value = name.split('.').reduce<unknown>((current, segment) => lookup(current, segment), values);
        }
        return formatValue(value);
    });
}
