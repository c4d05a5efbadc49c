// Week keys ('2026-W47') with the package's own meaning: the same adoptionCore functions the
// components use (and AdoptionCore.cls mirrors), so a report's week is the week the scores were kept in.
import { periodKey, periodStart, previousPeriodKey, weekStartDayNumber } from 'c/adoptionCore';
import { UsageError } from './cli.js';

export { weekStartDayNumber };

export interface Week {
    key: string;
    /** First and last day, 'YYYY-MM-DD'. */
    start: string;
    end: string;
    previousKey: string;
}

const WEEK_KEY = /^(\d{4})-W(\d{2})$/;

/** The date `days` after a 'YYYY-MM-DD' date. */
export function addDays(date: string, days: number): string {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The week that contains a date. */
export function weekOf(date: string, weekStartDay: number): Week {
    const key = periodKey(date, 'Week', weekStartDay, 1, true);
    const start = periodStart(date, 'Week', weekStartDay, 1) as string;
    return { key, start, end: addDays(start, 6), previousKey: previousPeriodKey(date, 'Week', weekStartDay, 1, true) };
}

/** The week before the one that contains `today`. */
export function lastWeek(today: string, weekStartDay: number): Week {
    return weekOf(addDays(weekOf(today, weekStartDay).start, -1), weekStartDay);
}

/**
 * The week a key names. Week 1 of a year is the week whose 4th day falls in January 1-7, so it always
 * holds January 4th: week N holds January 4th + 7 (N - 1) days.
 */
export function parseWeekKey(key: string, weekStartDay: number): Week {
    const match = WEEK_KEY.exec(key);
    if (!match) {
        throw new UsageError(`--week must be a week key like 2026-W47, got '${key}'.`);
    }
    const number = Number(match[2]);
    if (number < 1 || number > 53) {
        throw new UsageError(`--week ${key}: week numbers run from 01 to 53.`);
    }
    const week = weekOf(addDays(`${match[1]}-01-04`, 7 * (number - 1)), weekStartDay);
    if (week.key !== key) {
        throw new UsageError(`--week ${key}: ${match[1]} has no week ${match[2]} (its last week is W52).`);
    }
    return week;
}
