/**
 * adoptionCore: the logic the UI and Apex share, with one meaning. Its Apex twin is the class
 * `AdoptionCore`; both are pinned by the same cases in the static resource `AdoptionCoreCases`
 * (staticresources/AdoptionCoreCases.json), which the jest tests and the Apex tests both read.
 * Change a rule here, in AdoptionCore.cls and in the cases together.
 *
 * Dates are 'YYYY-MM-DD' strings. The calendar math runs on year/month/day integers (days from
 * the civil epoch), never on JS Date objects, so the browser's time zone cannot shift a day.
 *
 * Period key rules:
 * - Week: weeks start on weekStartDay (1 = Monday ... 7 = Sunday). A week belongs to the year that
 *   contains its 4th day (start + 3); its number is floor((dayOfYear(start + 3) - 1) / 7) + 1.
 *   With a Monday start this is exactly ISO 8601 (week 1 holds the year's first Thursday; some
 *   years have a week 53). Key 'YYYY-Www' with a two-digit week: '2026-W47'.
 * - Month: 'YYYY-MM'.
 * - Quarter: the fiscal year starts on the 1st of fiscalStartMonth (1..12); Q1 is its first three
 *   months. The fiscal year's name: the calendar year when fiscalStartMonth = 1; otherwise the
 *   calendar year in which it ends when fiscalNamedByEndingYear is true, the year in which it
 *   starts when false. Key 'FY2027-Q1'.
 * - Year: the calendar year 'YYYY'.
 * - All Time: 'ALL'.
 * The period functions check every argument (date, period type, week start day 1..7, fiscal start
 * month 1..12, the naming flag) whatever the period type, so a bad setting fails at once.
 */

/** The Period_Type__c picklist values. */
export type PeriodType = 'Week' | 'Month' | 'Quarter' | 'Year' | 'All Time';

/** Every period type, in the order of the picklist. */
export const PERIOD_TYPES: readonly PeriodType[] = ['Week', 'Month', 'Quarter', 'Year', 'All Time'];

/** The key of the single all-time period. */
export const ALL_TIME_KEY = 'ALL';

/** The rank bands, in percent of the board, smallest first. */
export const RANK_BANDS: readonly number[] = [10, 25, 50, 100];

/** Where a points total sits among the levels. */
export interface LevelInfo {
    /** 1-based level: the number of thresholds at or below the points (at least 1). */
    level: number;
    /** The threshold of the current level. */
    floorPoints: number;
    /** The threshold of the next level; null at the top level. */
    nextThreshold: number | null;
    /** Progress from floorPoints to nextThreshold rounded down, 0..99; 100 at the top level. */
    progressPercent: number;
}

/** The values merged into a template: field names to values, nested objects for relationships. */
export type MergeValues = Readonly<Record<string, unknown>>;

interface CivilDate {
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

/** Apex Integer.MAX_VALUE: the largest threshold both languages hold exactly. */
const MAX_INTEGER = 2147483647;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const DIGITS = /^[0-9]+$/;

/** '{{', '}}', or a placeholder: a field name, or dotted names for relationships ({Account.Name}). */
const MERGE_TOKEN = /\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\}/g;

/** Trims what Apex String.trim() trims: characters up to U+0020 at either end. */
function apexTrim(value: string): string {
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

function show(value: unknown): string {
    return typeof value === 'string' ? `'${value}'` : String(value);
}

function pad(value: number, width: number): string {
    return String(value).padStart(width, '0');
}

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

function formatDate(date: CivilDate): string {
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

// ---------------------------------------------------------------- exact decimals
// A JS number reaches us from Apex as JSON text, and its shortest round-trip text is that decimal:
// arithmetic on those digits gives what Apex's Decimal gives, where floats and a tolerance cannot (a
// progress of 49.9999999995 % is 49, not 50; 1.7499999903 rounds to 1.7, not 1.8).
// The digits are whole numbers of any size, kept without BigInt: Lightning Locker (orgs not yet on
// Lightning Web Security) does not promise the BigInt global (salesforce/lwc issue 890 is open), so
// the few operations needed (add, multiply, floor-divide, compare) are written out below on base-10^7
// limbs, whose products stay far below Number.MAX_SAFE_INTEGER.

/** A whole number of any size: its sign and base-10^7 limbs, least significant first, no zero limb
 * on top (zero has none and is never negative). */
interface Whole {
    negative: boolean;
    limbs: number[];
}

const LIMB = 10_000_000;
const LIMB_DIGITS = 7;
const ZERO: Whole = { negative: false, limbs: [] };

/** The whole number a text of decimal digits, with an optional '-', spells. */
function wholeOf(text: string): Whole {
    const negative = text.startsWith('-');
    const digits = (negative ? text.slice(1) : text).replace(/^0+/, '');
    const limbs: number[] = [];
    for (let end = digits.length; end > 0; end -= LIMB_DIGITS) {
        limbs.push(Number(digits.slice(Math.max(0, end - LIMB_DIGITS), end)));
    }
    return { negative: negative && limbs.length > 0, limbs };
}

function wholeDigits(limbs: readonly number[]): string {
    if (limbs.length === 0) {
        return '0';
    }
    let text = String(limbs[limbs.length - 1]);
    for (let i = limbs.length - 2; i >= 0; i--) {
        text += String(limbs[i]).padStart(LIMB_DIGITS, '0');
    }
    return text;
}

function trimLimbs(limbs: number[]): number[] {
    while (limbs.length > 0 && limbs[limbs.length - 1] === 0) {
        limbs.pop();
    }
    return limbs;
}

function compareMagnitudes(a: readonly number[], b: readonly number[]): number {
    if (a.length !== b.length) {
        return a.length < b.length ? -1 : 1;
    }
    for (let i = a.length - 1; i >= 0; i--) {
        if (a[i] !== b[i]) {
            return a[i] < b[i] ? -1 : 1;
        }
    }
    return 0;
}

function addMagnitudes(a: readonly number[], b: readonly number[]): number[] {
    const sum: number[] = [];
    let carry = 0;
    for (let i = 0; i < Math.max(a.length, b.length) || carry > 0; i++) {
        const limb = (a[i] ?? 0) + (b[i] ?? 0) + carry;
        carry = limb >= LIMB ? 1 : 0;
        sum.push(limb - carry * LIMB);
    }
    return trimLimbs(sum);
}

/** a - b for magnitudes a >= b. */
function subtractMagnitudes(a: readonly number[], b: readonly number[]): number[] {
    const difference: number[] = [];
    let borrow = 0;
    for (let i = 0; i < a.length; i++) {
        const limb = a[i] - (b[i] ?? 0) - borrow;
        borrow = limb < 0 ? 1 : 0;
        difference.push(limb + borrow * LIMB);
    }
    return trimLimbs(difference);
}

function multiplyMagnitudes(a: readonly number[], b: readonly number[]): number[] {
    if (a.length === 0 || b.length === 0) {
        return [];
    }
    const product = new Array<number>(a.length + b.length).fill(0);
    for (let i = 0; i < a.length; i++) {
        let carry = 0;
        for (let j = 0; j < b.length || carry > 0; j++) {
            // At most (10^7 - 1)^2 + 2 x 10^7: exact in a double.
            const cell = product[i + j] + a[i] * (b[j] ?? 0) + carry;
            carry = Math.floor(cell / LIMB);
            product[i + j] = cell - carry * LIMB;
        }
    }
    return trimLimbs(product);
}

/** floor(a / b) for magnitudes, b not zero: long division, one decimal digit of a at a time. */
function divideMagnitudes(a: readonly number[], b: readonly number[]): number[] {
    let remainder: number[] = [];
    let quotient = '';
    for (const digit of wholeDigits(a)) {
        remainder = addMagnitudes(multiplyMagnitudes(remainder, [10]), digit === '0' ? [] : [Number(digit)]);
        let count = 0;
        while (compareMagnitudes(remainder, b) >= 0) {
            remainder = subtractMagnitudes(remainder, b);
            count++;
        }
        quotient += String(count);
    }
    return wholeOf(quotient).limbs;
}

function add(a: Whole, b: Whole): Whole {
    if (a.negative === b.negative) {
        return { negative: a.negative, limbs: addMagnitudes(a.limbs, b.limbs) };
    }
    const order = compareMagnitudes(a.limbs, b.limbs);
    if (order === 0) {
        return ZERO;
    }
    return order > 0
        ? { negative: a.negative, limbs: subtractMagnitudes(a.limbs, b.limbs) }
        : { negative: b.negative, limbs: subtractMagnitudes(b.limbs, a.limbs) };
}

function multiply(a: Whole, b: Whole): Whole {
    const limbs = multiplyMagnitudes(a.limbs, b.limbs);
    return { negative: limbs.length > 0 && a.negative !== b.negative, limbs };
}

/** -1, 0 or 1 as a is below, equal to or above b. */
function compareWholes(a: Whole, b: Whole): number {
    if (a.negative !== b.negative) {
        return a.negative ? -1 : 1;
    }
    const order = compareMagnitudes(a.limbs, b.limbs);
    return a.negative ? -order : order;
}

/** value x 10^power, power >= 0. */
function shifted(value: Whole, power: number): Whole {
    return value.limbs.length === 0
        ? ZERO
        : wholeOf(`${value.negative ? '-' : ''}${wholeDigits(value.limbs)}${'0'.repeat(power)}`);
}

/** An exact decimal: digits x 10^-scale. */
interface Decimal {
    digits: Whole;
    scale: number;
}

const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** The exact decimal a finite number's shortest text spells. */
function decimalOf(value: number): Decimal {
    const match = NUMBER_TEXT.exec(String(value)) as RegExpExecArray;
    const fraction = match[3] ?? '';
    const scale = fraction.length - Number(match[4] ?? 0);
    const digits = wholeOf(`${match[1]}${match[2]}${fraction}`);
    return scale >= 0 ? { digits, scale } : { digits: shifted(digits, -scale), scale: 0 };
}

/** A whole number (a safe integer) as an exact decimal. */
function decimalOfWhole(value: number): Decimal {
    return { digits: wholeOf(String(value)), scale: 0 };
}

function atScale(value: Decimal, scale: number): Whole {
    return shifted(value.digits, scale - value.scale);
}

function addDecimals(a: Decimal, b: Decimal): Decimal {
    const scale = Math.max(a.scale, b.scale);
    return { digits: add(atScale(a, scale), atScale(b, scale)), scale };
}

/** Plain decimal text without trailing zeros, as Apex's stripTrailingZeros().toPlainString(); '0' for zero. */
function plainText(value: Decimal): string {
    if (value.digits.limbs.length === 0) {
        return '0';
    }
    let digits = wholeDigits(value.digits.limbs);
    let scale = value.scale;
    while (scale > 0 && digits.endsWith('0')) {
        digits = digits.slice(0, -1);
        scale--;
    }
    const padded = digits.padStart(scale + 1, '0');
    const whole = padded.slice(0, padded.length - scale);
    const text = scale > 0 ? `${whole}.${padded.slice(padded.length - scale)}` : whole;
    return value.digits.negative ? `-${text}` : text;
}

/** numerator / denominator (denominator > 0) rounded half away from zero to one decimal: Apex's
 * divide(denominator, 1, RoundingMode.HALF_UP). */
function ratioToOneDecimal(numerator: Decimal, denominator: Decimal): number {
    const scale = Math.max(numerator.scale, denominator.scale);
    const n = atScale(numerator, scale);
    const d = atScale(denominator, scale).limbs;
    // floor((20 |n| + d) / 2d): tenths, rounded half away from zero.
    const magnitude = divideMagnitudes(addMagnitudes(multiplyMagnitudes(n.limbs, [20]), d), multiplyMagnitudes(d, [2]));
    return Number(plainText({ digits: { negative: n.negative && magnitude.length > 0, limbs: magnitude }, scale: 1 }));
}

function checkThresholds(thresholds: unknown): readonly number[] {
    if (!Array.isArray(thresholds) || thresholds.length === 0) {
        throw new Error('Level thresholds are empty: expected at least the first threshold, 0.');
    }
    thresholds.forEach((value: unknown, index: number) => {
        if (typeof value !== 'number' || !Number.isInteger(value)) {
            throw new Error(`Level threshold ${index + 1} is not a whole number: ${show(value)}.`);
        }
        if (index === 0 && value !== 0) {
            throw new Error(`The first level threshold must be 0, got ${value}.`);
        }
        if (index > 0 && value <= (thresholds[index - 1] as number)) {
            throw new Error(`Level thresholds must be strictly ascending: ${value} follows ${thresholds[index - 1]}.`);
        }
    });
    return thresholds as readonly number[];
}

/**
 * Parses Level_Thresholds__c: comma-separated whole numbers, the first 0, strictly ascending.
 * Spaces (and tabs and line breaks) around an entry and leading zeros ('0100') are ignored.
 * @param csv e.g. '0,100,250,500'
 * @returns the thresholds of levels 1..n
 * @throws Error naming the bad entry when the text is blank, an entry is blank or is not a whole
 *   number from 0 to 2147483647, the first is not 0, or the list is not strictly ascending
 * @example parseThresholds('0, 100, 250') // [0, 100, 250]
 */
export function parseThresholds(csv: string | null | undefined): number[] {
    if (typeof csv !== 'string' || isApexBlank(csv)) {
        throw new Error('Level thresholds are blank: expected comma-separated whole numbers from 0, e.g. 0,100,250.');
    }
    const thresholds = csv.split(',').map((raw, index) => {
        const entry = apexTrim(raw);
        if (entry === '') {
            throw new Error(`Level threshold ${index + 1} is blank in '${csv}'.`);
        }
        // Leading zeros are allowed ('0100' is 100): only the significant digits are measured.
        const significant = entry.replace(/^0+(?=\d)/, '');
        if (!DIGITS.test(entry) || significant.length > 10 || Number(significant) > MAX_INTEGER) {
            throw new Error(
                `Level threshold ${index + 1} ('${entry}') is not a whole number from 0 to ${MAX_INTEGER}.`
            );
        }
        return Number(significant);
    });
    checkThresholds(thresholds);
    return thresholds;
}

/**
 * The level a points total reaches and the progress towards the next one. Null points count as 0;
 * points below 0 sit at level 1 with 0 % progress.
 * @param points the points total
 * @param thresholds strictly ascending whole numbers, the first 0 (as parseThresholds returns)
 * @returns level, floorPoints, nextThreshold (null at the top) and progressPercent
 * @throws Error when the thresholds are empty, do not start at 0 or are not strictly ascending
 * @example levelFor(175, [0, 100, 250]) // { level: 2, floorPoints: 100, nextThreshold: 250, progressPercent: 50 }
 */
export function levelFor(points: number | null | undefined, thresholds: readonly number[]): LevelInfo {
    const levels = checkThresholds(thresholds);
    const total = typeof points === 'number' && Number.isFinite(points) ? points : 0;
    let level = 1;
    while (level < levels.length && total >= levels[level]) {
        level++;
    }
    const floorPoints = levels[level - 1];
    if (level === levels.length) {
        return { level, floorPoints, nextThreshold: null, progressPercent: 100 };
    }
    const nextThreshold = levels[level];
    // Floor of (total - floor) * 100 / span in exact decimals, as Apex divides (0.29 is 29 %, and
    // 49.9999999995 % of a very wide level is 49).
    const exact = decimalOf(total);
    const hundred = wholeOf('100');
    const gained = multiply(add(exact.digits, atScale(decimalOfWhole(-floorPoints), exact.scale)), hundred);
    const span = atScale(decimalOfWhole(nextThreshold - floorPoints), exact.scale);
    const percent =
        compareWholes(gained, ZERO) <= 0 ? 0 : Number(wholeDigits(divideMagnitudes(gained.limbs, span.limbs)));
    return { level, floorPoints, nextThreshold, progressPercent: Math.min(99, percent) };
}

/**
 * Competition ranking ("1224"): a higher score ranks better, equal scores share a rank and the
 * ranks after a tie skip. Null scores count as 0. O(n log n).
 * @param scores the scores in any order; null or undefined means no scores
 * @returns the rank of each score, in the input order
 * @example ranks([100, 80, 80, 70]) // [1, 2, 2, 4]
 */
export function ranks(scores: readonly (number | null | undefined)[] | null | undefined): number[] {
    if (!Array.isArray(scores)) {
        return [];
    }
    const values = scores.map((score: unknown) => (typeof score === 'number' && !Number.isNaN(score) ? score : 0));
    // Descending; compared rather than subtracted so that infinities sort too.
    const order = values
        .map((_, index) => index)
        .sort((a, b) => (values[a] > values[b] ? -1 : values[a] < values[b] ? 1 : 0));
    const result = new Array<number>(values.length);
    let rank = 0;
    order.forEach((index, position) => {
        if (position === 0 || values[index] < values[order[position - 1]]) {
            rank = position + 1;
        }
        result[index] = rank;
    });
    return result;
}

/**
 * The rank band ("top 10 %") a rank falls in: the smallest of 10, 25, 50 and 100 such that
 * rank <= ceil(total * band / 100).
 * @param rank 1-based rank; null means no band
 * @param total the number of ranked users; 0 or null means no band
 * @returns 10, 25, 50 or 100; null without a rank or a board
 * @throws Error when rank or total is not a whole number, or rank is below 1 or above total
 * @example rankBand(2, 10) // 25
 */
export function rankBand(rank: number | null | undefined, total: number | null | undefined): number | null {
    if (rank === null || rank === undefined || total === null || total === undefined || total === 0) {
        return null;
    }
    if (!Number.isInteger(rank) || !Number.isInteger(total) || rank < 1 || rank > total) {
        throw new Error(`Rank ${rank} is not a place on a board of ${total}.`);
    }
    return RANK_BANDS.find((band) => rank <= Math.ceil((total * band) / 100)) as number;
}

/**
 * The rank band a board may tell a person when no band may hold fewer than minimumSize places, so
 * that a band never narrows a rank down to fewer than minimumSize possibilities. rankBand's cut-offs
 * (ceil(total * band / 100) for 10, 25 and 50) are kept in order only while the places since the
 * previous kept cut-off, and the places after this one, are both at least minimumSize; a rank gets
 * the first kept cut-off at or above it, else 100. Every band spans at least minimumSize consecutive
 * places; a board of fewer than minimumSize people has no band.
 * @param rank 1-based rank; null means no band
 * @param total the number of ranked people; 0 or null means no band
 * @param minimumSize the fewest places a band may span; null or below 1 means 1
 * @returns 10, 25, 50 or 100; null without a rank, a board, or a board of fewer than minimumSize
 * @throws Error when rank or total is not a whole number, or rank is below 1 or above total
 * @example privateRankBand(2, 10, 5) // 50: places 1-5
 */
export function privateRankBand(
    rank: number | null | undefined,
    total: number | null | undefined,
    minimumSize: number | null | undefined
): number | null {
    const smallest = typeof minimumSize === 'number' && minimumSize >= 1 ? Math.floor(minimumSize) : 1;
    if (rank === null || rank === undefined || total === null || total === undefined || total === 0) {
        return null;
    }
    if (!Number.isInteger(rank) || !Number.isInteger(total) || rank < 1 || rank > total) {
        throw new Error(`Rank ${rank} is not a place on a board of ${total}.`);
    }
    if (total < smallest) {
        return null;
    }
    let previous = 0;
    for (const band of RANK_BANDS.slice(0, -1)) {
        const cutoff = Math.ceil((total * band) / 100);
        if (cutoff - previous >= smallest && total - cutoff >= smallest) {
            if (rank <= cutoff) {
                return band;
            }
            previous = cutoff;
        }
    }
    return RANK_BANDS[RANK_BANDS.length - 1];
}

/** One participant's points in a challenge, and the team they are on (team challenges). */
export interface ChallengeMember {
    /** The participant (a user Id). */
    key: string;
    /** The team's key; blank: the participant is a team of one. */
    team?: string | null;
    points?: number | null;
}

/** One place in a challenge's standings: a participant, or a team. */
export interface ChallengeStanding {
    /** The participant's key (Individual) or the team's key (Team). */
    key: string;
    /** Points, summed over the team's members. */
    points: number;
    members: number;
    /** The ranked figure: points (Individual), points per member (Average) or % of target (PercentOfTarget). */
    value: number;
    /** Progress toward the target, 0 and up; null without a target. */
    percentOfTarget: number | null;
    /** Competition rank of value: equal figures share a rank. */
    rank: number;
}

export type ChallengeFormat = 'Individual' | 'Team';
export type ChallengeScoring = 'Total' | 'Average' | 'PercentOfTarget';

/**
 * A challenge's standings, fair between teams of different sizes (docs/challenges.md).
 * Individual: the figure is the points. Team: Average is the team's points per member;
 * PercentOfTarget is the average over members of each one's share of the target, capped at 100 %
 * and floored at 0 %, so one star cannot carry a team. Figures are rounded half away from zero to
 * one decimal; equal figures share a rank. Order: figure, then points (both descending), then key.
 * @param members the participants with their points and teams
 * @param format Individual or Team
 * @param scoring for Team: Average or PercentOfTarget (Total and blank mean Average)
 * @param target points per participant; null or 0 means none
 * @returns the standings, best first
 * @throws Error for PercentOfTarget without a target, or an unknown format
 * @example challengeStandings([{ key: 'a', team: 'x', points: 30 }, { key: 'b', team: 'x', points: 10 }], 'Team', 'Average', null)
 * // [{ key: 'x', points: 40, members: 2, value: 20, percentOfTarget: null, rank: 1 }]
 */
export function challengeStandings(
    members: readonly ChallengeMember[] | null | undefined,
    format: ChallengeFormat | string,
    scoring: ChallengeScoring | string | null | undefined,
    target: number | null | undefined
): ChallengeStanding[] {
    const goal = typeof target === 'number' && target > 0 ? target : null;
    if (format !== 'Individual' && format !== 'Team') {
        throw new Error(`Unknown challenge format: ${format}`);
    }
    const byPercent = format === 'Team' && scoring === 'PercentOfTarget';
    if (byPercent && goal === null) {
        throw new Error('Percent of target needs a target above 0.');
    }
    // Sums and ratios in exact decimals, each figure rounded once, as Apex computes them.
    const zero: Decimal = decimalOfWhole(0);
    const hundred: Decimal = decimalOfWhole(100);
    const exactGoal = goal === null ? null : decimalOf(goal);
    const groups = new Map<string, { points: Decimal; members: number; counted: Decimal }>();
    for (const member of members ?? []) {
        const points = typeof member.points === 'number' && Number.isFinite(member.points) ? member.points : 0;
        // A team of only white space is no team, as Apex's String.isNotBlank says.
        const key = format === 'Team' && !isApexBlank(member.team) ? (member.team as string) : member.key;
        const group = groups.get(key) ?? { points: zero, members: 0, counted: zero };
        group.points = addDecimals(group.points, decimalOf(points));
        group.members += 1;
        if (goal !== null) {
            group.counted = addDecimals(group.counted, decimalOf(Math.min(Math.max(points, 0), goal)));
        }
        groups.set(key, group);
    }
    const times = (a: Decimal, b: Decimal): Decimal => ({
        digits: multiply(a.digits, b.digits),
        scale: a.scale + b.scale
    });
    const one: Decimal = decimalOfWhole(1);
    const standings: ChallengeStanding[] = [...groups.entries()].map(([key, group]) => {
        const headcount: Decimal = decimalOfWhole(group.members);
        const percentOf = (divisor: Decimal): number | null => {
            return exactGoal === null
                ? null
                : ratioToOneDecimal(times(group.points, hundred), times(divisor, exactGoal));
        };
        let value: number;
        let percentOfTarget: number | null;
        if (format === 'Individual') {
            value = ratioToOneDecimal(group.points, one);
            percentOfTarget = percentOf(one);
        } else if (byPercent) {
            value = ratioToOneDecimal(times(group.counted, hundred), times(headcount, exactGoal as Decimal));
            percentOfTarget = value;
        } else {
            value = ratioToOneDecimal(group.points, headcount);
            percentOfTarget = percentOf(headcount);
        }
        const points = Number(plainText(group.points));
        return { key, points, members: group.members, value, percentOfTarget, rank: 0 };
    });
    standings.sort((a, b) => b.value - a.value || b.points - a.points || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const places = ranks(standings.map((standing) => standing.value));
    standings.forEach((standing, index) => {
        standing.rank = places[index];
    });
    return standings;
}

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

// ---------------------------------------------------------------- the rep's day (time zones)

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

// ---------------------------------------------------------------- works council teams
// Boards, challenges, the pulse and the digest in works council mode: the team each person's figures
// may be counted in, if any. Pinned by the worksCouncilTeams cases (AdoptionCoreCases.json).

/** A person on a board and their manager (User.ManagerId), for worksCouncilTeams. */
export interface TeamMember {
    /** The person (a user Id). */
    key: string;
    /** Their manager (User.ManagerId); blank when they have none. */
    manager?: string | null;
}

/**
 * The fixed partition of works council mode. A person's team is every active person with the same
 * manager (User.ManagerId), counted org-wide: the same people on every board, challenge and pulse,
 * whoever looks and whatever the scope. A person's figures count in their team's aggregate (the result
 * maps them to their manager's key) only when (1) they have a manager; (2) the whole team is among
 * the members given (as many as teamSizes says the org has: a team cut by a scope is not shown at
 * all); (3) the team has at least minimumSize people. Otherwise they map to null. Teams are never
 * pooled or merged. A person given twice counts once, with the first manager given.
 * @param members the people on the board and their managers; null entries and blank keys are skipped
 * @param teamSizes manager key -> the active people with that manager, org-wide; a team missing here
 * (or null) is not shown
 * @param minimumSize the fewest people a team shown may hold
 * @returns person key -> their manager's key, or null when their figures count in no aggregate
 * @throws Error when minimumSize is missing or below 1, or a team size is not a whole number of 0 or more
 * @example worksCouncilTeams([{ key: 'a', manager: 'M' }], { M: 1 }, 1) // { a: 'M' }
 */
export function worksCouncilTeams(
    members: readonly (TeamMember | null | undefined)[] | null | undefined,
    teamSizes: Readonly<Record<string, number | null>> | null | undefined,
    minimumSize: number | null | undefined
): Record<string, string | null> {
    if (typeof minimumSize !== 'number' || !Number.isFinite(minimumSize) || minimumSize < 1) {
        throw new Error(`Expected a minimum group size of at least 1, got ${String(minimumSize)}.`);
    }
    const sizes = teamSizes ?? {};
    for (const [team, size] of Object.entries(sizes)) {
        if (size !== null && size !== undefined && (!Number.isInteger(size) || size < 0)) {
            throw new Error(`Team ${team} has no valid size: ${size}.`);
        }
    }
    const managerOf = new Map<string, string | null>();
    const present = new Map<string, number>();
    for (const member of members ?? []) {
        const key = member?.key;
        if (typeof key !== 'string' || key.trim() === '' || managerOf.has(key)) {
            continue;
        }
        const manager = typeof member?.manager === 'string' && member.manager.trim() !== '' ? member.manager : null;
        managerOf.set(key, manager);
        if (manager !== null) {
            present.set(manager, (present.get(manager) ?? 0) + 1);
        }
    }
    const result: Record<string, string | null> = {};
    for (const [key, manager] of managerOf) {
        const here = manager === null ? 0 : (present.get(manager) ?? 0);
        const size = manager === null ? undefined : sizes[manager];
        const whole = manager !== null && typeof size === 'number' && size === here;
        result[key] = whole && here >= minimumSize ? manager : null;
    }
    return result;
}
