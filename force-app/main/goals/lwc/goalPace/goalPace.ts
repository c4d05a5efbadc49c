/**
 * goalPace: a personal goal's pace, the same meaning as GoalPace in Apex (pinned by the shared cases
 * of the static resource AdoptionGoalCases, which both test suites read), and the DTOs of
 * GoalsController. The preview's local Apex answers compute pace with it; the components only show
 * what the server sends.
 */
import { dayNumber } from 'c/adoptionCore';

/** done, onTrack, behind, upcoming or missed (GoalPace); met or notMet for hygiene. */
export type GoalState = 'done' | 'onTrack' | 'behind' | 'upcoming' | 'missed' | 'met' | 'notMet';

/** The pace of one goal. */
export interface Pace {
    /** Working days of the period so far, today included. */
    elapsed: number;
    /** Working days of the period. */
    total: number;
    /** What should be done by the end of today. */
    expected: number;
    state: GoalState;
}

/** 1 (Monday) ... 7 (Sunday) of a 'YYYY-MM-DD' day (1970-01-01 was a Thursday). */
export function weekday(day: string): number {
    return ((((dayNumber(day) + 3) % 7) + 7) % 7) + 1;
}

function countWorking(from: number, to: number, workingDays: readonly number[], holidays: ReadonlySet<number>): number {
    let count = 0;
    for (let day = from; day <= to; day++) {
        // 1970-01-01 (day 0) was a Thursday: day number 4.
        const number = ((((day + 3) % 7) + 7) % 7) + 1;
        if (workingDays.includes(number) && !holidays.has(day)) {
            count++;
        }
    }
    return count;
}

/**
 * The pace of a target over a period, as GoalPace.of in Apex.
 * @param target the target, above 0
 * @param done what is done so far
 * @param start the period's first day, 'YYYY-MM-DD'
 * @param end the period's last day, inclusive
 * @param today the rep's today
 * @param workingDays day numbers that are working days (1 Monday ... 7 Sunday)
 * @param holidays days off, 'YYYY-MM-DD'
 * @returns elapsed and total working days, what is expected by today, and the state
 * @example pace(15, 9, '2026-11-16', '2026-11-22', '2026-11-18', [1, 2, 3, 4, 5], []) // expected 9, onTrack
 */
export function pace(
    target: number,
    done: number,
    start: string,
    end: string,
    today: string,
    workingDays: readonly number[],
    holidays: readonly string[]
): Pace {
    const first = dayNumber(start);
    const last = dayNumber(end);
    const now = dayNumber(today);
    const offDays = new Set(holidays.map((day) => dayNumber(day)));
    const anyWorking = countWorking(first, last, workingDays, offDays) > 0;
    const days = anyWorking ? workingDays : [1, 2, 3, 4, 5, 6, 7];
    const off = anyWorking ? offDays : new Set<number>();
    const total = countWorking(first, last, days, off);
    const elapsed = now < first ? 0 : countWorking(first, Math.min(now, last), days, off);
    const expected = total === 0 ? target : Math.floor((target * elapsed) / total);
    let state: GoalState;
    if (done >= target) {
        state = 'done';
    } else if (now < first) {
        state = 'upcoming';
    } else if (now > last) {
        state = 'missed';
    } else {
        state = done >= expected ? 'onTrack' : 'behind';
    }
    return { elapsed, total, expected, state };
}

/** The last day of a Week or Month period starting on a day. */
export function periodEnd(start: string, periodType: string): string {
    const [year, month, day] = start.split('-').map(Number);
    if (periodType === 'Week') {
        return shift(start, 6);
    }
    // The day before the same day of the next month (goal months start on the 1st).
    const next = new Date(Date.UTC(year, month, day));
    return shift(next.toISOString().slice(0, 10), -1);
}

/** A 'YYYY-MM-DD' day moved by some days. */
export function shift(day: string, days: number): string {
    const [year, month, date] = day.split('-').map(Number);
    return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

// ------------------------------------------------------------------ GoalsController's DTOs

/** A value and its label. */
export interface GoalOption {
    value: string;
    label: string;
}

/** A period a goal may be proposed for. */
export interface PeriodOption {
    periodType: string;
    periodStart: string;
    periodEnd: string;
}

/** What a proposal may name. */
export interface GoalPickers {
    periods: PeriodOption[];
    rules: GoalOption[];
    categories: GoalOption[];
    hygiene: GoalOption[];
    reps: GoalOption[];
}

/** One goal, its progress and pace (GoalViews.GoalView). */
export interface GoalView {
    id: string;
    repId: string;
    repName?: string | null;
    periodType: string;
    periodStart: string;
    periodEnd: string;
    kind: string;
    measure?: string | null;
    measureLabel?: string | null;
    target: number;
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    status: string;
    proposedByRep: boolean;
    waitingForMe: boolean;
    canEditTarget: boolean;
    /** The caller proposed it and may take it back while it is Proposed. */
    canWithdraw?: boolean;
    message?: string | null;
    lastChangedByName?: string | null;
    done?: number | null;
    expected?: number | null;
    state?: GoalState | null;
    today: string;
}

/** The caller's goals (GoalViews.MyGoals). */
export interface MyGoals {
    goals: GoalView[];
    managerName?: string | null;
    pickers: GoalPickers;
}

/** One rep's goals in a team view. */
export interface RepGoals {
    repId: string;
    repName?: string | null;
    managerName?: string | null;
    goals: GoalView[];
    agreed: number;
    reached: number;
    waiting: number;
}

/** The goals of the people the caller may see, for a month (GoalViews.TeamGoals). */
export interface TeamGoals {
    monthStart: string;
    monthEnd: string;
    reps: RepGoals[];
    attainmentWithheld: boolean;
    truncated: boolean;
    pickers: GoalPickers;
}

/** A proposal (GoalViews.GoalInput). */
export interface GoalInput {
    repId?: string | null;
    periodType: string;
    periodStart: string;
    kind: string;
    measure?: string | null;
    target: number | null;
    message?: string | null;
}
