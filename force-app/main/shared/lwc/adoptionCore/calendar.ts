/**
 * The calendar: period keys and period starts (the rules are in adoptionCore.ts's header), on
 * year/month/day integers and days from the civil epoch, never on JS Date objects, so the
 * browser's time zone cannot shift a day. Part of c/adoptionCore.
 */
import { apexTrim, pad, show } from './apexText';

/** The Period_Type__c picklist values. */
export type PeriodType = 'Week' | 'Month' | 'Quarter' | 'Year' | 'All Time';

/** Every period type, in the order of the picklist. */
export const PERIOD_TYPES: readonly PeriodType[] = ['Week', 'Month', 'Quarter', 'Year', 'All Time'];

/** The key of the single all-time period. */
export const ALL_TIME_KEY = 'ALL';

/** A calendar date as three whole numbers. */
export interface CivilDate {
    year: number;
    month: number;
    day: number;
}

interface PeriodArgs {
    date: CivilDate;
    periodType: PeriodType;
    weekStartDay: number;
    fiscalStartMonth: number;
    fiscalNamedByEndingYear: boolean;
}

const DAY_NUMBERS: ReadonlyMap<string, number> = new Map([
    ['monday', 1],
    ['tuesday', 2],
    ['wednesday', 3],
    ['thursday', 4],
    ['friday', 5],
    ['saturday', 6],
    ['sunday', 7]
]);

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const monthFromMarch = (month + 9) % 12;
    const daysSinceMarch = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + daysSinceMarch;
    return era * 146097 + dayOfEra - 719468;
}

/** The date `days` after 1970-01-01 (H. Hinnant's civil_from_days). */
function civilFromDays(days: number): CivilDate {
    const z = days + 719468;
    const era = Math.floor(z / 146097);
    const dayOfEra = z - era * 146097;
    const yearOfEra = Math.floor(
        (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365
    );
    const daysSinceMarch = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const monthFromMarch = Math.floor((5 * daysSinceMarch + 2) / 153);
    const day = daysSinceMarch - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
    const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
    return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function toDays(date: CivilDate): number {
    return daysFromCivil(date.year, date.month, date.day);
}

function addDays(date: CivilDate, days: number): CivilDate {
    return civilFromDays(toDays(date) + days);
}

function parseDate(value: unknown): CivilDate {
    const match = typeof value === 'string' ? DATE_PATTERN.exec(value) : null;
    if (!match) {
        throw new Error(`Expected a date as 'YYYY-MM-DD', got ${show(value)}.`);
    }
    const date: CivilDate = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    // A calendar date survives the round trip through days; 2026-02-30 comes back as 2026-03-02.
    const back = civilFromDays(toDays(date));
    if (date.month < 1 || date.month > 12 || back.month !== date.month || back.day !== date.day) {
        throw new Error(`${show(value)} is not a calendar date.`);
    }
    return date;
}

/** 'YYYY-MM-DD'. */
export function formatDate(date: CivilDate): string {
    return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday). */
function isoWeekday(date: CivilDate): number {
    return ((((toDays(date) + 3) % 7) + 7) % 7) + 1;
}

function dayOfYear(date: CivilDate): number {
    return toDays(date) - daysFromCivil(date.year, 1, 1) + 1;
}

function checkPeriodType(periodType: unknown): PeriodType {
    if (typeof periodType === 'string' && (PERIOD_TYPES as readonly string[]).includes(periodType)) {
        return periodType as PeriodType;
    }
    throw new Error(`Unknown period type ${show(periodType)}: expected one of ${PERIOD_TYPES.join(', ')}.`);
}

function checkRange(name: string, value: unknown, min: number, max: number): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        throw new Error(`${name} must be a whole number from ${min} to ${max}, got ${show(value)}.`);
    }
    return value;
}

/** Checks every period argument, whatever the period type. */
function periodArgs(
    date: unknown,
    periodType: unknown,
    weekStartDay: unknown,
    fiscalStartMonth: unknown,
    fiscalNamedByEndingYear: unknown
): PeriodArgs {
    if (typeof fiscalNamedByEndingYear !== 'boolean') {
        throw new Error(`fiscalNamedByEndingYear must be true or false, got ${show(fiscalNamedByEndingYear)}.`);
    }
    return {
        date: parseDate(date),
        periodType: checkPeriodType(periodType),
        weekStartDay: checkRange('weekStartDay', weekStartDay, 1, 7),
        fiscalStartMonth: checkRange('fiscalStartMonth', fiscalStartMonth, 1, 12),
        fiscalNamedByEndingYear
    };
}

function weekStart(date: CivilDate, weekStartDay: number): CivilDate {
    return addDays(date, -((isoWeekday(date) - weekStartDay + 7) % 7));
}

/** Months from the fiscal year's first month to the date's month, 0..11. */
function fiscalMonthIndex(date: CivilDate, fiscalStartMonth: number): number {
    return (date.month - fiscalStartMonth + 12) % 12;
}

/** The calendar year in which the fiscal year holding `date` starts. */
function fiscalStartYear(date: CivilDate, fiscalStartMonth: number): number {
    return date.month >= fiscalStartMonth ? date.year : date.year - 1;
}

function keyOf(args: PeriodArgs, date: CivilDate): string {
    switch (args.periodType) {
        case 'Week': {
            const fourthDay = addDays(weekStart(date, args.weekStartDay), 3);
            return `${pad(fourthDay.year, 4)}-W${pad(Math.floor((dayOfYear(fourthDay) - 1) / 7) + 1, 2)}`;
        }
        case 'Month':
            return `${pad(date.year, 4)}-${pad(date.month, 2)}`;
        case 'Quarter': {
            const startYear = fiscalStartYear(date, args.fiscalStartMonth);
            const named = args.fiscalStartMonth === 1 || !args.fiscalNamedByEndingYear ? startYear : startYear + 1;
            return `FY${pad(named, 4)}-Q${Math.floor(fiscalMonthIndex(date, args.fiscalStartMonth) / 3) + 1}`;
        }
        case 'Year':
            return pad(date.year, 4);
        default:
            return ALL_TIME_KEY;
    }
}

function startOf(args: PeriodArgs): CivilDate | null {
    const date = args.date;
    switch (args.periodType) {
        case 'Week':
            return weekStart(date, args.weekStartDay);
        case 'Month':
            return { year: date.year, month: date.month, day: 1 };
        case 'Quarter': {
            const firstMonth =
                args.fiscalStartMonth + Math.floor(fiscalMonthIndex(date, args.fiscalStartMonth) / 3) * 3;
            const year = fiscalStartYear(date, args.fiscalStartMonth);
            return firstMonth > 12
                ? { year: year + 1, month: firstMonth - 12, day: 1 }
                : { year, month: firstMonth, day: 1 };
        }
        case 'Year':
            return { year: date.year, month: 1, day: 1 };
        default:
            return null;
    }
}

/**
 * Days since 1970-01-01 of a 'YYYY-MM-DD' calendar date, for date arithmetic without JavaScript
 * Date's time zone traps (c/adoptionConditions compares dates with it).
 * @throws Error when the text is not a calendar date.
 */
export function dayNumber(date: string): number {
    return toDays(parseDate(date));
}

/** The 'YYYY-MM-DD' date `days` after 1970-01-01: the inverse of dayNumber. */
export function dateOfDayNumber(days: number): string {
    return formatDate(civilFromDays(days));
}

/**
 * The day number of a Week_Start_Day__c (or Digest_Day__c) picklist value.
 * @param dayName 'Monday' ... 'Sunday'; case and surrounding spaces are ignored
 * @returns 1 (Monday) ... 7 (Sunday); 1 for a missing or unknown name
 * @example weekStartDayNumber('Sunday') // 7
 */
export function weekStartDayNumber(dayName: string | null | undefined): number {
    if (typeof dayName !== 'string') {
        return 1;
    }
    return DAY_NUMBERS.get(apexTrim(dayName).toLowerCase()) ?? 1;
}

/**
 * The key of the period of the given type that contains a date (rules in the module header).
 * @param date 'YYYY-MM-DD'
 * @param periodType a Period_Type__c value, exact case
 * @param weekStartDay 1 (Monday) ... 7 (Sunday)
 * @param fiscalStartMonth 1 ... 12
 * @param fiscalNamedByEndingYear name a fiscal year by the calendar year in which it ends
 * @returns '2026-W47', '2026-11', 'FY2027-Q1', '2026' or 'ALL'
 * @throws Error on a bad date, period type, week start day, month or flag
 * @example periodKey('2026-02-01', 'Quarter', 1, 2, true) // 'FY2027-Q1'
 */
export function periodKey(
    date: string,
    periodType: PeriodType,
    weekStartDay: number,
    fiscalStartMonth: number,
    fiscalNamedByEndingYear: boolean
): string {
    const args = periodArgs(date, periodType, weekStartDay, fiscalStartMonth, fiscalNamedByEndingYear);
    return keyOf(args, args.date);
}

/**
 * The first day of the period of the given type that contains a date.
 * @param date 'YYYY-MM-DD'
 * @param periodType a Period_Type__c value, exact case
 * @param weekStartDay 1 (Monday) ... 7 (Sunday)
 * @param fiscalStartMonth 1 ... 12
 * @returns 'YYYY-MM-DD'; null for 'All Time'
 * @throws Error on a bad date, period type, week start day or month
 * @example periodStart('2026-01-15', 'Quarter', 1, 12) // '2025-12-01'
 */
export function periodStart(
    date: string,
    periodType: PeriodType,
    weekStartDay: number,
    fiscalStartMonth: number
): string | null {
    // How a fiscal year is named does not move its start: any valid flag will do.
    const start = startOf(periodArgs(date, periodType, weekStartDay, fiscalStartMonth, true));
    return start === null ? null : formatDate(start);
}

/**
 * The keys of all five periods that contain a date.
 * @param date 'YYYY-MM-DD'
 * @param weekStartDay 1 (Monday) ... 7 (Sunday)
 * @param fiscalStartMonth 1 ... 12
 * @param fiscalNamedByEndingYear name a fiscal year by the calendar year in which it ends
 * @returns period type -> key
 * @throws Error on a bad date, week start day, month or flag
 * @example periodKeys('2026-11-20', 1, 1, true).Week // '2026-W47'
 */
export function periodKeys(
    date: string,
    weekStartDay: number,
    fiscalStartMonth: number,
    fiscalNamedByEndingYear: boolean
): Record<PeriodType, string> {
    const args = periodArgs(date, 'All Time', weekStartDay, fiscalStartMonth, fiscalNamedByEndingYear);
    const keys = {} as Record<PeriodType, string>;
    for (const periodType of PERIOD_TYPES) {
        keys[periodType] = keyOf({ ...args, periodType }, args.date);
    }
    return keys;
}

/**
 * The key of the period just before the one that contains a date.
 * @param date 'YYYY-MM-DD'
 * @param periodType a Period_Type__c value, exact case
 * @param weekStartDay 1 (Monday) ... 7 (Sunday)
 * @param fiscalStartMonth 1 ... 12
 * @param fiscalNamedByEndingYear name a fiscal year by the calendar year in which it ends
 * @returns the previous period's key; 'ALL' for 'All Time'
 * @throws Error on a bad date, period type, week start day, month or flag
 * @example previousPeriodKey('2021-01-04', 'Week', 1, 1, true) // '2020-W53'
 */
export function previousPeriodKey(
    date: string,
    periodType: PeriodType,
    weekStartDay: number,
    fiscalStartMonth: number,
    fiscalNamedByEndingYear: boolean
): string {
    const args = periodArgs(date, periodType, weekStartDay, fiscalStartMonth, fiscalNamedByEndingYear);
    const start = startOf(args);
    return start === null ? ALL_TIME_KEY : keyOf(args, addDays(start, -1));
}
