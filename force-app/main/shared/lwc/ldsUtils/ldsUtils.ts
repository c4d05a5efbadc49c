/**
 * ldsUtils: the helpers every component shares for errors, labels and record ids (the lwc-recipes
 * pattern: one way to turn any error into text, shown by one c-error-panel).
 */
import LOCALE from '@salesforce/i18n/locale';

type Bag = Record<string, unknown>;

function isBag(value: unknown): value is Bag {
    return value !== null && typeof value === 'object';
}

/** The `message` of each entry of a list of error objects. */
function messagesOf(list: unknown): string[] {
    if (!Array.isArray(list)) {
        return [];
    }
    return list.map((entry: unknown) => (isBag(entry) && typeof entry.message === 'string' ? entry.message : ''));
}

/** Field errors are `{ FieldName: [{ message }] }`: every message of every field. */
function fieldMessagesOf(fieldErrors: unknown): string[] {
    if (!isBag(fieldErrors)) {
        return [];
    }
    return Object.values(fieldErrors).flatMap((list) => messagesOf(list));
}

/** Record-form output errors read 'ERROR_CODE (message)'. */
function codedMessageOf(entry: unknown): string {
    return isBag(entry) ? `${String(entry.errorCode ?? '')} (${String(entry.message ?? '')})` : '';
}

function messagesOfOne(error: unknown): string[] {
    if (typeof error === 'string') {
        return [error];
    }
    if (!isBag(error)) {
        return [];
    }
    const body = error.body;
    // UI API read errors: a list of error objects.
    if (Array.isArray(body)) {
        return messagesOf(body);
    }
    if (isBag(body)) {
        // UI API DML errors, then Apex and network errors.
        const pageErrors = messagesOf(body.pageErrors);
        const fieldErrors = fieldMessagesOf(body.fieldErrors);
        const output = isBag(body.output) ? body.output : {};
        const outputErrors = Array.isArray(output.errors) ? output.errors.map(codedMessageOf) : [];
        const outputFieldErrors = fieldMessagesOf(output.fieldErrors);
        const found = [...pageErrors, ...fieldErrors, ...outputErrors, ...outputFieldErrors];
        if (found.length > 0) {
            return found;
        }
        if (typeof body.message === 'string') {
            return [body.message];
        }
    }
    // JS errors, then a fetch response without a body.
    if (typeof error.message === 'string') {
        return [error.message];
    }
    return typeof error.statusText === 'string' ? [error.statusText] : [];
}

/**
 * Reduces one or more LDS, Apex, network or JavaScript errors to a list of messages.
 * @param errors one error or a list of them, of any shape; null and undefined are skipped
 * @returns the non-empty messages, in order
 * @example reduceErrors({ body: { message: 'Insufficient access' } }) // ['Insufficient access']
 */
export function reduceErrors(errors: unknown): string[] {
    const list: unknown[] = Array.isArray(errors) ? errors : [errors];
    return list.flatMap((error) => messagesOfOne(error)).filter((message) => message !== '');
}

const NUMBER_FORMAT = new Intl.NumberFormat(LOCALE);

/** Each value as a label shows it: numbers grouped for the user's Salesforce locale, null as ''. */
function display(value: string | number | null | undefined): string {
    if (typeof value === 'number') {
        return Number.isFinite(value) ? NUMBER_FORMAT.format(value) : '';
    }
    return value ?? '';
}

/**
 * Fills a custom label's numbered placeholders, as Apex String.format does: '{0}', '{1}', ...
 * A placeholder without a value becomes ''. Values are not formatted again (a value holding '{1}'
 * stays as it is), and nothing is HTML-escaped: render the result as text.
 * @param label the label text, e.g. 'Level {0}'
 * @param values the values for {0}, {1}, ...; numbers are grouped for the locale (1,250)
 * @returns the filled text
 * @example formatLabel('{0} of {1}', 3, 5) // '3 of 5'
 */
export function formatLabel(
    label: string | null | undefined,
    ...values: (string | number | null | undefined)[]
): string {
    if (typeof label !== 'string') {
        return '';
    }
    return label.replace(/\{(\d+)\}/g, (_token: string, index: string) => display(values[Number(index)]));
}

/** 15-character Ids are case-sensitive; an 18-character Id adds a 3-character case checksum. */
const ID_PATTERN = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

/**
 * Whether two Salesforce Ids name the same record, whichever of the 15- and 18-character forms
 * each is in. The first 15 characters are compared case-sensitively, as the platform does.
 * @param first an Id, or anything else (which matches nothing)
 * @param second an Id, or anything else
 * @returns true when both are Ids of the same record
 * @example sameId('005000000000001', '005000000000001AAA') // true
 */
export function sameId(first: unknown, second: unknown): boolean {
    if (typeof first !== 'string' || typeof second !== 'string') {
        return false;
    }
    if (!ID_PATTERN.test(first) || !ID_PATTERN.test(second)) {
        return false;
    }
    return first.slice(0, 15) === second.slice(0, 15);
}
