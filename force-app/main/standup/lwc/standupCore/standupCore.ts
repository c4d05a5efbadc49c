/**
 * standupCore: the rules of the daily stand-up that Apex computes (StandupService.order and
 * lookBackFrom) and the local preview computes again, pinned by the shared cases in
 * staticresources/StandupCases.json, which this module's jest test and StandupCasesTest (Apex) both run.
 * - The order of a team's stand-up: people with obstacles first (most first), then the quiet ones
 *   (nothing scored since their last working day; never someone whose figures are hidden), then the
 *   rest, the caller last; by name (case ignored), then user Id, within each group.
 * - Each person's time box: STANDUP_SECONDS shared by weight (obstacles 4, quiet 3, others 2),
 *   rounded down to 5 seconds, in whole-number arithmetic as Apex does it.
 * - The look-back day: the last working day before today (1 Monday ... 7 Sunday) that is not one of
 *   the org's holidays, yesterday when none lies in the LOOK_BACK_DAYS before.
 * - How a ledger entry changes the actions that stand (PeriodScores.actionDelta): +1 for an Award or
 *   a Backfill, + its Actions__c for a Recredit, - its Actions__c for a Reversal (blank counts as 1).
 */

export const STANDUP_SECONDS = 600;
export const GROUPS = ['Obstacles', 'Quiet', 'Rest', 'Self'] as const;
export type StandupGroup = (typeof GROUPS)[number];
const WEIGHTS: Record<StandupGroup, number> = { Obstacles: 4, Quiet: 3, Rest: 2, Self: 2 };

/** What the order reads of a person's card. */
export interface OrderInput {
    userId: string;
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    isSelf: boolean;
    obstacleCount: number;
    scoredCount: number;
    figuresHidden: boolean;
}

/** A person's place: their group and time box. */
export interface OrderResult {
    userId: string;
    group: StandupGroup;
    timeBoxSeconds: number;
}

export function groupOf(person: OrderInput): StandupGroup {
    if (person.isSelf) {
        return 'Self';
    }
    if (person.obstacleCount > 0) {
        return 'Obstacles';
    }
    return !person.figuresHidden && person.scoredCount === 0 ? 'Quiet' : 'Rest';
}

function compareText(a: string, b: string): number {
    if (a === b) {
        return 0;
    }
    return a < b ? -1 : 1;
}

/** The stand-up order and time boxes of a team (see the module header). */
export function standupOrder<T extends OrderInput>(people: T[]): (T & OrderResult)[] {
    const placed = people.map((person) => ({ ...person, group: groupOf(person), timeBoxSeconds: 0 }));
    const totalWeight = placed.reduce((sum, person) => sum + WEIGHTS[person.group], 0);
    const ordered: (T & OrderResult)[] = [];
    for (const group of GROUPS) {
        const members = placed
            .filter((person) => person.group === group)
            .sort((a, b) => {
                if (group === 'Obstacles' && a.obstacleCount !== b.obstacleCount) {
                    return b.obstacleCount - a.obstacleCount;
                }
                const byName = compareText((a.name ?? '').toLowerCase(), (b.name ?? '').toLowerCase());
                return byName !== 0 ? byName : compareText(a.userId, b.userId);
            });
        for (const person of members) {
            person.timeBoxSeconds = Math.floor(Math.floor((STANDUP_SECONDS * WEIGHTS[group]) / totalWeight) / 5) * 5;
            ordered.push(person);
        }
    }
    return ordered;
}

function toDate(day: string): Date {
    const [year, month, date] = day.split('-').map(Number);
    return new Date(Date.UTC(year, month - 1, date));
}

function toDay(date: Date): string {
    return date.toISOString().slice(0, 10);
}

/** 1 (Monday) ... 7 (Sunday). */
export function dayNumber(day: string): number {
    const weekday = toDate(day).getUTCDay();
    return weekday === 0 ? 7 : weekday;
}

/** The most days a stand-up looks back (StandupService.LOOK_BACK_DAYS). */
export const LOOK_BACK_DAYS = 14;

/** The first day a stand-up looks back on (see the module header). Days are 'YYYY-MM-DD'. */
export function lookBackFrom(today: string, workingDays: number[], holidays: string[] = []): string {
    const start = toDate(today);
    for (let back = 1; back <= LOOK_BACK_DAYS; back++) {
        const day = toDay(new Date(start.getTime() - back * 86400000));
        if (workingDays.includes(dayNumber(day)) && !holidays.includes(day)) {
            return day;
        }
    }
    return toDay(new Date(start.getTime() - 86400000));
}

/** How a ledger entry changes the actions that stand (see the module header). */
export function actionDelta(entryType: string | null | undefined, actions: number | null | undefined): number {
    if (entryType === 'Award' || entryType === 'Backfill') {
        return 1;
    }
    const count = actions ?? 1;
    if (entryType === 'Recredit') {
        return count;
    }
    return entryType === 'Reversal' ? -count : 0;
}
