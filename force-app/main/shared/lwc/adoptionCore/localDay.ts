/**
 * The rep's day: the calendar day an instant falls on in a time zone, and the keys of its periods.
 * Part of c/adoptionCore.
 */
import { apexTrim, show } from './apexText';
import type { PeriodType } from './calendar';
import { periodKeys } from './calendar';

/** The day an instant falls on in a time zone ('Day', 'YYYY-MM-DD') and the keys of its periods. */
export type LocalPeriodKeys = Record<PeriodType | 'Day', string>;

/** An instant as Apex serializes a Datetime: UTC, seconds, optional milliseconds. */
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** The zone Apex's Datetime.format(pattern, timeZone) falls back to for an ID it does not know. */
const FALLBACK_ZONE = 'UTC';

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
    let formatter = dayFormatters.get(timeZone);
    if (!formatter) {
        try {
            formatter = new Intl.DateTimeFormat('en-US', {
                timeZone,
                year: 'numeric',
                month: '2-digit',
                day: '2-digit'
            });
        } catch {
            // An unknown ID: Apex's Datetime.format(pattern, timeZone) uses GMT, and so do we.
            formatter = dayFormatter(FALLBACK_ZONE);
        }
        dayFormatters.set(timeZone, formatter);
    }
    return formatter;
}

/**
 * The calendar day an instant falls on in a time zone: the day a rep's action counts on, in the
 * rep's User.TimeZoneSidKey, whoever scores it. Daylight saving time is applied as the zone's rules
 * say; an ID the platform does not know is read as GMT, as Apex's Datetime.format does.
 * @param instant an ISO-8601 UTC instant as Apex serializes a Datetime: '2026-11-16T08:00:00.000Z'
 * @param timeZone an IANA time zone ID (TimeZoneSidKey), e.g. 'America/Los_Angeles'
 * @returns 'YYYY-MM-DD'
 * @throws Error on a missing or malformed instant, or a blank time zone
 * @example localDate('2026-11-16T07:59:59Z', 'America/Los_Angeles') // '2026-11-15'
 */
export function localDate(instant: string, timeZone: string): string {
    if (typeof instant !== 'string' || !INSTANT_PATTERN.test(instant) || Number.isNaN(Date.parse(instant))) {
        throw new Error(`Expected an instant as 'YYYY-MM-DDTHH:mm:ssZ', got ${show(instant)}.`);
    }
    if (typeof timeZone !== 'string' || apexTrim(timeZone) === '') {
        throw new Error(`Expected a time zone ID such as 'America/Los_Angeles', got ${show(timeZone)}.`);
    }
    const parts = dayFormatter(timeZone).formatToParts(new Date(Date.parse(instant)));
    const part = (type: string): string => parts.find((item) => item.type === type)?.value ?? '';
    return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/**
 * The day an instant falls on in a time zone and the keys of the five periods that hold it, with
 * the calendar settings of periodKeys: what scoring files a rep's action under.
 * @param instant an ISO-8601 UTC instant ('2026-11-16T08:00:00.000Z')
 * @param timeZone an IANA time zone ID (TimeZoneSidKey)
 * @param weekStartDay 1 (Monday) ... 7 (Sunday)
 * @param fiscalStartMonth 1 ... 12
 * @param fiscalNamedByEndingYear name a fiscal year by the calendar year in which it ends
 * @returns 'Day' -> 'YYYY-MM-DD' and period type -> key
 * @throws Error on a bad instant, a blank time zone or a bad setting
 * @example localPeriodKeys('2026-11-15T15:00:00Z', 'Asia/Tokyo', 1, 1, true).Week // '2026-W47'
 */
export function localPeriodKeys(
    instant: string,
    timeZone: string,
    weekStartDay: number,
    fiscalStartMonth: number,
    fiscalNamedByEndingYear: boolean
): LocalPeriodKeys {
    const day = localDate(instant, timeZone);
    return { Day: day, ...periodKeys(day, weekStartDay, fiscalStartMonth, fiscalNamedByEndingYear) };
}
