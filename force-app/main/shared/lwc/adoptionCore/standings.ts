/**
 * A challenge's standings, fair between teams of different sizes, in exact decimals as Apex
 * computes them. Part of c/adoptionCore.
 */
import { isApexBlank } from './apexText';
import type { Decimal } from './decimals';
import { addDecimals, decimalOf, decimalOfWhole, multiply, plainText, ratioToOneDecimal } from './decimals';
import { ranks } from './ranking';

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
