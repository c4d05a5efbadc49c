/**
 * leaderboardTypes: the leaderboard's contract with Apex, as types only (this module emits no code).
 *
 * Each interface is the JSON of an `@AuraEnabled` DTO in LeaderboardService: same property names.
 * Apex may leave a null property out of the JSON, so every nullable property is optional as well.
 * Dates travel as 'YYYY-MM-DD' strings.
 */

/** The periods a board can show (LeaderboardService.PERIODS). */
export type BoardPeriod =
    | 'ThisWeek'
    | 'LastWeek'
    | 'ThisMonth'
    | 'LastMonth'
    | 'ThisQuarter'
    | 'LastQuarter'
    | 'ThisYear'
    | 'LastYear'
    | 'AllTime'
    /** A challenge's board (ChallengesService): its window is periodStart..periodEnd. */
    | 'Challenge';

/** Who is on the board (ScopesService.SCOPES). */
export type BoardScope = 'Team' | 'Org' | 'Everyone' | 'Group';

/** How the board ranks (LeaderboardService.MODES). */
export type BoardMode = 'Total' | 'MostImproved' | 'PersonalBest';

/** LeaderboardViews.BoardRow: one person on a board. Figures are null where the caller may not see them. */
export interface BoardRow {
    userId: string;
    /** Competition rank (ties share it); null when only bands are shown. */
    rank?: number | null;
    /** 10, 25, 50 or 100: the "top N %" band; with bands only, set on the caller's row alone (null on a board smaller than minimumGroupSize). */
    rankBand?: number | null;
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    photoUrl?: string | null;
    /** The ranked figure: the total, the improvement, or the % of the personal best. */
    value?: number | null;
    /** This period's value of the metric. */
    currentValue?: number | null;
    /** The previous period's value (personal best: the best earlier value); null for all time. */
    previousValue?: number | null;
    /** currentValue - previousValue; null for all time. */
    trend?: number | null;
    /** Badge awards in the period, at most the board's badgeCap; null where the caller may not see it. */
    badgeCount?: number | null;
    /** Working days in a row with activity, as of today; null where the caller may not see it. */
    streak?: number | null;
    isCurrentUser: boolean;
    isManager: boolean;
    /** Challenge team boards: the team's size (the row is a team, userId its key). */
    members?: number | null;
}

/** How a challenge competes (ChallengesService); docs/challenges.md. */
export type ChallengeBoardFormat = 'Individual' | 'Team';
/** Individual boards rank by Total; team boards by Average or PercentOfTarget. */
export type ChallengeBoardScoring = 'Total' | 'Average' | 'PercentOfTarget';

/** LeaderboardViews.GroupRow: a team aggregate on a works council board (never fewer than minimumGroupSize people). */
export interface GroupRow {
    /** The team's key (its leader's Id), or 'Others' for the pooled small teams. */
    key: string;
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    members: number;
    /** The members' ranked figure on average, to one decimal. */
    value: number;
    rank: number;
    isMine: boolean;
    isPooled: boolean;
}

/** LeaderboardViews.Board: a ranked board and what the caller may see of it. */
export interface Board {
    period: BoardPeriod;
    /** Week, Month, Quarter, Year or All Time. */
    periodType: string;
    periodKey: string;
    previousPeriodKey?: string | null;
    periodStart?: string | null;
    periodEnd?: string | null;
    scope: BoardScope;
    /** Points, ActiveDays, Category:<name> or Rule:<DeveloperName>. */
    metric: string;
    mode: BoardMode;
    isManager: boolean;
    /** False: bands only, and no figures but the caller's own. */
    showExactRanks: boolean;
    /** The caller hides from boards: only they see their row. */
    hiddenFromOthers: boolean;
    /** The number of ranked people. */
    total: number;
    /** Personal best: the number of earlier periods the best comes from. */
    personalBestPeriods?: number | null;
    badgeCap: number;
    /** Best first. */
    rows: BoardRow[];
    /** The caller's row (also in rows); null when the caller is not on this board. */
    me?: BoardRow | null;
    /** Set on a challenge's board only (ChallengesService): no filters, no trend, badges or streak. */
    challengeFormat?: ChallengeBoardFormat | null;
    challengeScoring?: ChallengeBoardScoring | null;
    /** Works council mode: rows hold the caller's own row only; groups hold the team aggregates. */
    worksCouncil: boolean;
    /** The fewest places a band, or people an aggregate, may cover. */
    minimumGroupSize: number;
    /** Works council mode: team aggregates, best first (empty otherwise). */
    groups: GroupRow[];
    /** Works council mode: people in teams too small to show, not even pooled. */
    peopleWithheld: number;
}

/** LeaderboardViews.Option: a value getBoard takes and its label. */
export interface BoardOption {
    value: string;
    label: string;
}

/** LeaderboardViews.BoardOptions: what the running user may ask a board for. */
export interface BoardOptions {
    periods: BoardOption[];
    scopes: BoardOption[];
    metrics: BoardOption[];
    modes: BoardOption[];
    /** Public groups the caller can see; value is the group's Id. */
    groups: BoardOption[];
    isManager: boolean;
    showExactRanks: boolean;
    personalBestPeriods: number;
    /** Works council mode: boards show the caller's own figures and team aggregates. */
    worksCouncil: boolean;
}

/** LeaderboardController.getBoard's parameters. */
export interface BoardParams extends Record<string, unknown> {
    period: string;
    scope: string;
    /** The public group for scope Group; null otherwise. */
    groupId: string | null;
    metric: string;
    mode: string;
}
