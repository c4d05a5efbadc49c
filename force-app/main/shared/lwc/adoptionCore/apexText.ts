/**
 * Apex's view of text, written out for the browser: what String.trim() trims, and what
 * String.isBlank() and isWhitespace() count as white space (Java's Character.isWhitespace).
 * Part of c/adoptionCore (adoptionCore.ts says what the bundle holds).
 */

/** Trims what Apex String.trim() trims: characters up to U+0020 at either end. */
export function apexTrim(value: string): string {
    // eslint-disable-next-line no-control-regex
    return value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

const SPACE_SEPARATOR = /^[\p{Zs}\p{Zl}\p{Zp}]$/u;

/**
 * Java Character.isWhitespace (what Apex String.isBlank and isWhitespace count), on one UTF-16 unit:
 * controls 9-13 and 28-31, and the Unicode space separators except the no-break spaces.
 */
export function isJavaWhitespace(c: string): boolean {
    const code = c.charCodeAt(0);
    if ((code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x1f)) {
        return true;
    }
    return SPACE_SEPARATOR.test(c) && code !== 0xa0 && code !== 0x2007 && code !== 0x202f;
}

/** Apex String.isBlank: null, empty or only white space (Java's). */
export function isApexBlank(text: string | null | undefined): boolean {
    if (typeof text !== 'string') {
        return true;
    }
    for (let i = 0; i < text.length; i++) {
        if (!isJavaWhitespace(text[i])) {
            return false;
        }
    }
    return true;
}

/** A value in an error message: text quoted, anything else as it prints. */
export function show(value: unknown): string {
    return typeof value === 'string' ? `'${value}'` : String(value);
}

/** A whole number padded with leading zeros to `width` digits. */
export function pad(value: number, width: number): string {
    return String(value).padStart(width, '0');
}
