/**
 * Characters and dates as Java and Apex read them: digits and letters of any script, Java's trim,
 * 'YYYY-MM-DD' days, and a date/time's day in a time zone. Part of c/adoptionConditions.
 */
import { dayNumber } from 'c/adoptionCore';

const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;
/** Java Character.isDigit: any Unicode decimal digit. */
export function isDigit(c: string): boolean {
    return c !== '' && DIGIT.test(c);
}

export function isLetter(c: string): boolean {
    return c !== '' && LETTER.test(c);
}

export function isWordChar(c: string): boolean {
    return isLetter(c) || isDigit(c) || c === '_' || c === '.';
}

/** Apex (Java) String.trim(): characters up to U+0020 at either end. */
export function javaTrim(text: string): string {
    // eslint-disable-next-line no-control-regex
    return text.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** The value of a Unicode decimal digit: digits come in runs of ten, zero first. */
function digitValue(c: string): number {
    const code = c.charCodeAt(0);
    if (code >= 0x30 && code <= 0x39) {
        return code - 0x30;
    }
    let zero = code;
    while (zero > 0 && isDigit(String.fromCharCode(zero - 1))) {
        zero--;
    }
    return (code - zero) % 10;
}

/** ASCII form of a number written with any Unicode digits (Java BigDecimal accepts them all). */
export function asciiDigits(text: string): string {
    let out = '';
    for (let i = 0; i < text.length; i++) {
        out += isDigit(text[i]) ? String(digitValue(text[i])) : text[i];
    }
    return out;
}

// ---------------------------------------------------------------- dates

/** Days since 1970-01-01 of a 'YYYY-MM-DD' calendar date; null when it is not one. */
export function dayOf(text: string): number | null {
    try {
        return dayNumber(text);
    } catch {
        return null;
    }
}

const DATE_TIME_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** A date/time's day and its 'yyyy-MM-dd HH:mm:ss' text in a time zone (Apex String.valueOf). */
export function localDateTime(instant: Date, timeZone: string): { day: number; text: string } {
    let format = DATE_TIME_FORMATS.get(timeZone);
    if (!format) {
        format = new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit'
        });
        DATE_TIME_FORMATS.set(timeZone, format);
    }
    const parts: Record<string, string> = {};
    for (const part of format.formatToParts(instant)) {
        parts[part.type] = part.value;
    }
    const date = `${parts.year.padStart(4, '0')}-${parts.month}-${parts.day}`;
    return { day: dayOf(date) as number, text: `${date} ${parts.hour}:${parts.minute}:${parts.second}` };
}
