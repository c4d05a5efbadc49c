// Readers of the loosely typed sample records (custom metadata and rows as JSON), shared by the
// local Apex answers: a missing or wrong-typed value reads as '' or 0, as a blank field would.

/** Orders two strings by UTF-16 code unit, as Apex's String.compareTo does. */
export function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** A text value; '' for anything else. */
export function text(value: unknown): string {
    return typeof value === 'string' ? value : '';
}

/** A finite number; 0 for anything else. */
export function num(value: unknown): number {
    return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
