// The leaderboard's local answers (LeaderboardController.getBoard and getBoardOptions), computed from
// the sample data as LeaderboardService and ScopesService compute them in the org. Keep the two
// together: the same parameters are refused with the same labels, ties share a rank
// (adoptionCore.ranks), and the privacy rules are the org's: exact ranks for a manager of the scope
// (or Exact Ranks), else the caller's own figures and own band only (adoptionCore.privateRankBand
// with the minimum group size) and nothing of anyone else, rows by name; works council mode: the
// caller's own row and the averages of the fixed teams (privacyStore.worksCouncilTeamsOf, whole teams
// of the minimum size, everyone in them counted whether they hide or not; challengeStandings, as
// WorksCouncilBoards), group boards refused; sales-outcome metrics kept from reps
// (privacyStore.ts). The core functions are the twins of AdoptionCore's, pinned by the shared cases.
//
// Where the sample cannot say what the org would:
// - Who is on a board: scopesStore.ts (ScopesService), shared with the challenges.
// - Who hides from boards: the page user's own choice on My Progress (privacyStore.ts).
// - It has no holidays: a streak lapses on any missed working day.
// - Custom permissions come from the page file (customPermissions), as @salesforce/customPermission does.
// - The 1,000-user benchmark has no personas and only the current periods' rows: the page's user
//   plays the benchmark's user at BENCHMARK_ME, and an earlier period's figure is made up from the
//   current one (a fixed factor per user and key), so trends and "last week" have something to show.
import type { Board, BoardOption, BoardOptions, BoardParams, BoardRow, GroupRow } from 'c/leaderboard';
import {
    challengeStandings,
    periodKey,
    periodStart,
    previousPeriodKey,
    ranks,
    weekStartDayNumber
} from 'c/adoptionCore';
import type { PeriodType } from 'c/adoptionCore';
import type { DemoUser, MetadataRecord, PeriodScore } from '../data/types';
import { benchmarkData, currentUserId, demoData, usesBenchmark } from '../runtime/demo';
import ERROR_PERIOD from '@salesforce/label/c.Adoption_Board_Error_Period';
import ERROR_METRIC from '@salesforce/label/c.Adoption_Board_Error_Metric';
import ERROR_MODE from '@salesforce/label/c.Adoption_Board_Error_Mode';
import ERROR_NO_PREVIOUS from '@salesforce/label/c.Adoption_Board_Error_No_Previous';
import PERIOD_THIS_WEEK from '@salesforce/label/c.Adoption_Board_Period_This_Week';
import PERIOD_LAST_WEEK from '@salesforce/label/c.Adoption_Board_Period_Last_Week';
import PERIOD_THIS_MONTH from '@salesforce/label/c.Adoption_Board_Period_This_Month';
import PERIOD_LAST_MONTH from '@salesforce/label/c.Adoption_Board_Period_Last_Month';
import PERIOD_THIS_QUARTER from '@salesforce/label/c.Adoption_Board_Period_This_Quarter';
import PERIOD_LAST_QUARTER from '@salesforce/label/c.Adoption_Board_Period_Last_Quarter';
import PERIOD_THIS_YEAR from '@salesforce/label/c.Adoption_Board_Period_This_Year';
import PERIOD_LAST_YEAR from '@salesforce/label/c.Adoption_Board_Period_Last_Year';
import PERIOD_ALL_TIME from '@salesforce/label/c.Adoption_Period_All_Time';
import SCOPE_TEAM from '@salesforce/label/c.Adoption_Board_Scope_Team';
import SCOPE_ORG from '@salesforce/label/c.Adoption_Board_Scope_Org';
import SCOPE_EVERYONE from '@salesforce/label/c.Adoption_Board_Scope_Everyone';
import SCOPE_GROUP from '@salesforce/label/c.Adoption_Board_Scope_Group';
import METRIC_POINTS from '@salesforce/label/c.Adoption_Board_Metric_Points';
import METRIC_ACTIVE_DAYS from '@salesforce/label/c.Adoption_Board_Metric_Active_Days';
import METRIC_CATEGORY from '@salesforce/label/c.Adoption_Board_Metric_Category';
import METRIC_RULE from '@salesforce/label/c.Adoption_Board_Metric_Rule';
import MODE_TOTAL from '@salesforce/label/c.Adoption_Board_Mode_Total';
import MODE_MOST_IMPROVED from '@salesforce/label/c.Adoption_Board_Mode_Most_Improved';
import MODE_PERSONAL_BEST from '@salesforce/label/c.Adoption_Board_Mode_Personal_Best';
import ERROR_WORKS_COUNCIL_GROUP from '@salesforce/label/c.Adoption_Board_Error_Works_Council_Group';
import ERROR_SALES_OUTCOME from '@salesforce/label/c.Adoption_Board_Error_Sales_Outcome';
import TEAM_OF from '@salesforce/label/c.Adoption_Challenge_Team_Of';
import {
    hiddenFromBoards,
    placed,
    isSalesOutcomeCategory,
    isSalesOutcomeRule,
    minimumGroupSize,
    showSalesOutcomes,
    usesBands,
    worksCouncilMode,
    worksCouncilTeamsOf
} from './privacyStore';
import { canonical, fill, GROUPS, isManagerOf, resolveScope } from './scopesStore';
import { num, text } from './values';

const PERIODS: [string, string][] = [
    ['ThisWeek', PERIOD_THIS_WEEK],
    ['LastWeek', PERIOD_LAST_WEEK],
    ['ThisMonth', PERIOD_THIS_MONTH],
    ['LastMonth', PERIOD_LAST_MONTH],
    ['ThisQuarter', PERIOD_THIS_QUARTER],
    ['LastQuarter', PERIOD_LAST_QUARTER],
    ['ThisYear', PERIOD_THIS_YEAR],
    ['LastYear', PERIOD_LAST_YEAR],
    ['AllTime', PERIOD_ALL_TIME]
];
const SCOPES: [string, string][] = [
    ['Team', SCOPE_TEAM],
    ['Org', SCOPE_ORG],
    ['Everyone', SCOPE_EVERYONE],
    ['Group', SCOPE_GROUP]
];
const MODES: [string, string][] = [
    ['Total', MODE_TOTAL],
    ['MostImproved', MODE_MOST_IMPROVED],
    ['PersonalBest', MODE_PERSONAL_BEST]
];
const PERSONAL_BEST_PERIODS = 4;
const BADGE_CAP = 10;
const MAX_GAP_DAYS = 62;
const DAY_MS = 86_400_000;
const BENCHMARK_ME = 600;
const ALL_KEY = 'ALL';
const DAY_NUMBERS: Readonly<Record<string, number>> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

interface Sample {
    settings: MetadataRecord;
    rules: MetadataRecord[];
    users: DemoUser[];
    scores: Map<string, PeriodScore>;
    awards: { userId: string; at: string }[];
    today: string;
    me: string;
    synthetic: boolean;
}

interface PeriodSpec {
    name: string;
    type: PeriodType;
    key: string;
    previousKey: string | null;
    earlierKeys: string[];
    start: string | null;
    end: string | null;
}

function toDate(iso: string): Date {
    return new Date(`${iso}T00:00:00Z`);
}

function iso(date: Date): string {
    return date.toISOString().slice(0, 10);
}

function addDays(isoDate: string, days: number): string {
    return iso(new Date(toDate(isoDate).getTime() + days * DAY_MS));
}

function calendar(settings: MetadataRecord): { weekStart: number; fiscalStart: number; endingYear: boolean } {
    const month = num(settings.Fiscal_Year_Start_Month__c);
    return {
        weekStart: weekStartDayNumber(text(settings.Week_Start_Day__c)),
        fiscalStart: month >= 1 && month <= 12 ? month : 1,
        endingYear: settings.Fiscal_Year_Based_On__c !== 'Starting Month'
    };
}

/** LeaderboardService.periodSpec. */
function periodSpec(period: unknown, today: string, settings: MetadataRecord): PeriodSpec {
    const name = canonical(
        PERIODS.map(([value]) => value),
        period
    );
    if (!name) {
        throw new Error(fill(ERROR_PERIOD, period));
    }
    if (name === 'AllTime') {
        return { name, type: 'All Time', key: ALL_KEY, previousKey: null, earlierKeys: [], start: null, end: null };
    }
    const type = name.replace(/^(This|Last)/, '') as PeriodType;
    const { weekStart, fiscalStart, endingYear } = calendar(settings);
    const startOf = (day: string): string => periodStart(day, type, weekStart, fiscalStart) ?? day;
    const anchor = name.startsWith('Last') ? addDays(startOf(today), -1) : today;
    const start = startOf(anchor);
    const next = toDate(start);
    if (type === 'Week') {
        next.setUTCDate(next.getUTCDate() + 7);
    } else {
        next.setUTCMonth(next.getUTCMonth() + (type === 'Month' ? 1 : type === 'Quarter' ? 3 : 12));
    }
    const earlierKeys: string[] = [];
    let earlier = start;
    for (let i = 0; i < PERSONAL_BEST_PERIODS; i++) {
        earlier = startOf(addDays(earlier, -1));
        earlierKeys.push(periodKey(earlier, type, weekStart, fiscalStart, endingYear));
    }
    return {
        name,
        type,
        key: periodKey(anchor, type, weekStart, fiscalStart, endingYear),
        previousKey: previousPeriodKey(anchor, type, weekStart, fiscalStart, endingYear),
        earlierKeys,
        start,
        end: iso(next)
    };
}

/** The categories rules use, and the rules by DeveloperName. */
function metricSpec(metric: unknown, rules: MetadataRecord[]): { name: string; kind: string; key: string } {
    const value = text(metric).trim();
    const lower = value.toLowerCase();
    if (lower === 'points' || lower === 'activedays') {
        const name = lower === 'points' ? 'Points' : 'ActiveDays';
        return { name, kind: name, key: '' };
    }
    for (const [prefix, field] of [
        ['Category:', 'Category__c'],
        ['Rule:', 'DeveloperName']
    ]) {
        if (value.length > prefix.length && lower.startsWith(prefix.toLowerCase())) {
            const key = canonical(
                rules.map((rule) => text(rule[field])).filter(Boolean),
                value.slice(prefix.length).trim()
            );
            if (key) {
                return { name: `${prefix}${key}`, kind: prefix, key };
            }
        }
    }
    throw new Error(fill(ERROR_METRIC, metric ?? null));
}

async function sample(): Promise<Sample> {
    const demo = await demoData();
    const benchmark = usesBenchmark() ? await benchmarkData() : undefined;
    const users = benchmark ? benchmark.users : demo.users;
    const rows = benchmark ? benchmark.periodScores : demo.periodScores;
    const scores = new Map(rows.map((row) => [`${row.User__c}|${row.Period_Key__c}`, row]));
    const me =
        benchmark && !users.some((user) => user.Id === currentUserId())
            ? users[Math.min(BENCHMARK_ME, users.length - 1)].Id
            : currentUserId();
    return {
        settings: demo.settings,
        rules: demo.rules,
        users: users.filter((user) => user.IsActive),
        scores,
        awards: benchmark ? [] : demo.badgeAwards.map((award) => ({ userId: award.User__c, at: award.Awarded_At__c })),
        today: demo.meta.today,
        me,
        synthetic: benchmark !== undefined
    };
}

/** A made-up earlier figure for the benchmark, fixed per user and key (0.6 to 1.4 of the current one). */
function syntheticRow(data: Sample, userId: string, key: string, type: PeriodType): PeriodScore | undefined {
    const current = [...data.scores.values()].find((row) => row.User__c === userId && row.Period_Type__c === type);
    if (!current) {
        return undefined;
    }
    let hash = 7;
    for (const char of `${userId}|${key}`) {
        hash = (hash * 31 + char.charCodeAt(0)) % 1_000_003;
    }
    const factor = 0.6 + (hash % 800) / 1000;
    return {
        ...current,
        Period_Key__c: key,
        Points__c: Math.round((current.Points__c * factor) / 5) * 5,
        Active_Days__c: Math.round(current.Active_Days__c * factor)
    };
}

function rowOf(data: Sample, userId: string, key: string, type: PeriodType): PeriodScore | undefined {
    const found = data.scores.get(`${userId}|${key}`);
    return found ?? (data.synthetic && key !== ALL_KEY ? syntheticRow(data, userId, key, type) : undefined);
}

function valueOf(row: PeriodScore | undefined, metric: { kind: string; key: string }): number {
    if (!row) {
        return 0;
    }
    if (metric.kind === 'Points') {
        return num(row.Points__c);
    }
    if (metric.kind === 'ActiveDays') {
        return num(row.Active_Days__c);
    }
    const body = metric.kind === 'Category:' ? row.Category_Points__c : row.Rule_Counts__c;
    try {
        return num((JSON.parse(body || '{}') as Record<string, unknown>)[metric.key]);
    } catch {
        return 0;
    }
}

function workingDays(csv: unknown): Set<number> {
    const days = new Set<number>();
    for (const entry of text(csv).split(/[,;\s]+/)) {
        const day = entry.length >= 3 ? DAY_NUMBERS[entry.slice(0, 3).toLowerCase()] : undefined;
        if (day) {
            days.add(day);
        }
    }
    return days.size > 0 ? days : new Set([1, 2, 3, 4, 5]);
}

/** LeaderboardService.streakAlive, without holidays (the sample has none). */
function streakOf(row: PeriodScore | undefined, today: string, days: Set<number>): number {
    const stored = Math.trunc(num(row?.Current_Streak__c));
    const last = row?.Last_Active_On__c;
    if (stored <= 0 || !last) {
        return 0;
    }
    const gap = Math.round((toDate(today).getTime() - toDate(last).getTime()) / DAY_MS);
    if (gap > MAX_GAP_DAYS) {
        return 0;
    }
    for (let day = addDays(last, 1); day < today; day = addDays(day, 1)) {
        if (days.has(((toDate(day).getUTCDay() + 6) % 7) + 1)) {
            return 0;
        }
    }
    return stored;
}

/** LeaderboardController.getBoard over the sample data. */
export async function computeBoard(params: Partial<BoardParams>): Promise<Board> {
    const data = await sample();
    const spec = periodSpec(params.period, data.today, data.settings);
    const metric = metricSpec(params.metric, data.rules);
    const mode = canonical(
        MODES.map(([value]) => value),
        params.mode
    );
    if (!mode) {
        throw new Error(fill(ERROR_MODE, params.mode ?? null));
    }
    if (mode !== 'Total' && spec.name === 'AllTime') {
        throw new Error(ERROR_NO_PREVIOUS);
    }
    const worksCouncil = worksCouncilMode(data.settings);
    if (worksCouncil && canonical(['Group'], params.scope)) {
        throw new Error(ERROR_WORKS_COUNCIL_GROUP);
    }
    const who = resolveScope(data, params.scope, params.groupId);
    if (!mayShowMetric(data, metric, who.isManager)) {
        throw new Error(ERROR_SALES_OUTCOME);
    }
    const exact = !worksCouncil && (who.isManager || !usesBands(data.settings));
    const minimum = minimumGroupSize(data.settings);
    const hidden = hiddenFromBoards();
    const inScope = new Set(who.users.map((user) => user.Id));
    const managers = new Set(
        who.users.map((user) => user.ManagerId).filter((id): id is string => !!id && inScope.has(id))
    );
    if (who.teamManagerId) {
        managers.add(who.teamManagerId);
    }
    const badges = new Map<string, number>();
    for (const award of data.awards) {
        const day = award.at.slice(0, 10);
        if (inScope.has(award.userId) && (!spec.start || (day >= spec.start && day < (spec.end ?? '')))) {
            badges.set(award.userId, Math.min(BADGE_CAP, (badges.get(award.userId) ?? 0) + 1));
        }
    }
    const days = workingDays(data.settings.Working_Days__c);
    // Someone who hides from boards is on nobody's board but their own (LeaderboardService); in works
    // council mode everyone counts in their team's average and nobody is shown.
    const shown = worksCouncil ? who.users : who.users.filter((user) => !hidden.has(user.Id) || user.Id === data.me);
    const rows: BoardRow[] = shown.map((user) => {
        const current = valueOf(rowOf(data, user.Id, spec.key, spec.type), metric);
        const row: BoardRow = {
            userId: user.Id,
            name: user.Name,
            photoUrl: user.SmallPhotoUrl,
            currentValue: current,
            value: current,
            badgeCount: badges.get(user.Id) ?? 0,
            streak: streakOf(data.scores.get(`${user.Id}|${ALL_KEY}`), data.today, days),
            isCurrentUser: user.Id === data.me,
            isManager: managers.has(user.Id)
        };
        if (spec.previousKey === null) {
            return row;
        }
        if (mode === 'PersonalBest') {
            const best = Math.max(
                0,
                ...spec.earlierKeys.map((key) => valueOf(rowOf(data, user.Id, key, spec.type), metric))
            );
            row.previousValue = best;
            row.trend = current - best;
            row.value = best > 0 ? Math.round((current * 100) / best) : null;
            return row;
        }
        row.previousValue = valueOf(rowOf(data, user.Id, spec.previousKey, spec.type), metric);
        row.trend = current - row.previousValue;
        row.value = mode === 'MostImproved' ? row.trend : current;
        return row;
    });
    const rankOf = ranks(rows.map((row) => row.value));
    rows.forEach((row, index) => {
        row.rank = rankOf[index];
    });
    const byName = (a: BoardRow, b: BoardRow): number =>
        a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0;
    rows.sort((a, b) => num(a.rank) - num(b.rank) || byName(a, b) || (a.userId < b.userId ? -1 : 1));
    // Works council boards keep everyone's figures for the aggregates (WorksCouncilBoards, not placeRows).
    const wc = worksCouncil ? worksCouncilBoard(rows, who.users, data.users, data.me, minimum) : undefined;
    const board = wc ? wc.rows : placed(rows, exact, minimum);
    return {
        period: spec.name as Board['period'],
        periodType: spec.type,
        periodKey: spec.key,
        previousPeriodKey: spec.previousKey,
        periodStart: spec.start,
        periodEnd: spec.end ? addDays(spec.end, -1) : null,
        scope: who.name as Board['scope'],
        metric: metric.name,
        mode: mode as Board['mode'],
        isManager: who.isManager,
        showExactRanks: exact,
        hiddenFromOthers: hidden.has(data.me),
        total: wc ? wc.counted : board.length,
        personalBestPeriods: mode === 'PersonalBest' ? PERSONAL_BEST_PERIODS : null,
        badgeCap: BADGE_CAP,
        rows: wc ? wc.rows : board,
        me: (wc ? wc.rows : board).find((row) => row.isCurrentUser) ?? null,
        worksCouncil,
        minimumGroupSize: minimum,
        groups: wc ? wc.groups : [],
        peopleWithheld: wc ? wc.withheld : 0
    };
}

/** WorksCouncilBoards.place: the caller's own row (no rank or band) and the team averages. */
function worksCouncilBoard(
    ranked: BoardRow[],
    scopeUsers: readonly DemoUser[],
    everyone: readonly DemoUser[],
    me: string,
    minimum: number
): { rows: BoardRow[]; groups: GroupRow[]; withheld: number; counted: number } {
    const rows = ranked.filter((row) => row.isCurrentUser).map((row) => ({ ...row, rank: null, rankBand: null }));
    const teamOf = worksCouncilTeamsOf(scopeUsers, everyone, minimum);
    const nameOf = new Map(everyone.map((user) => [user.Id, user.Name]));
    const members = ranked
        .filter((row) => teamOf.has(row.userId))
        .map((row) => ({ key: row.userId, team: teamOf.get(row.userId) ?? null, points: row.value ?? 0 }));
    const mine = teamOf.get(me);
    const groups: GroupRow[] = challengeStandings(members, 'Team', 'Average', null).map((standing) => ({
        key: standing.key,
        name: TEAM_OF.replace('{0}', nameOf.get(standing.key) ?? ''),
        members: standing.members,
        value: standing.value,
        rank: standing.rank,
        isMine: standing.key === mine,
        isPooled: false
    }));
    return { rows, groups, withheld: scopeUsers.length - members.length, counted: members.length };
}

/** LeaderboardService.mayShowMetric: a sales outcome only for a manager of the scope, or when allowed. */
function mayShowMetric(data: Sample, metric: { kind: string; key: string }, isManager: boolean): boolean {
    if (isManager || showSalesOutcomes(data.settings)) {
        return true;
    }
    if (metric.kind === 'Rule:') {
        return !isSalesOutcomeRule(data.rules.find((rule) => rule.DeveloperName === metric.key));
    }
    return metric.kind !== 'Category:' || !isSalesOutcomeCategory(data.rules, metric.key);
}

function option(value: string, label: string): BoardOption {
    return { value, label };
}

/** LeaderboardController.getBoardOptions over the sample data. */
export async function computeOptions(): Promise<BoardOptions> {
    const data = await sample();
    const isManager = isManagerOf(data.users, data.me);
    const worksCouncil = worksCouncilMode(data.settings);
    const teamOnly = data.settings.Team_Only_Boards__c === true && !isManager;
    // Works council mode refuses group boards.
    const groups =
        teamOnly || worksCouncil ? [] : Object.entries(GROUPS).map(([id, team]) => option(id, `${team} sales`));
    const scopes = SCOPES.filter(([value]) => (teamOnly ? value === 'Team' : value !== 'Group' || groups.length > 0));
    // Sales outcomes only for managers, or for everyone when the settings say so.
    const outcomes = isManager || showSalesOutcomes(data.settings);
    const active = data.rules.filter((rule) => rule.Active__c === true);
    const categories = [...new Set(active.map((rule) => text(rule.Category__c)).filter(Boolean))]
        .filter((category) => outcomes || !isSalesOutcomeCategory(data.rules, category))
        .sort();
    const rules = active
        .filter((rule) => outcomes || !isSalesOutcomeRule(rule))
        .sort((a, b) => (a.DeveloperName < b.DeveloperName ? -1 : 1));
    return {
        periods: PERIODS.map(([value, label]) => option(value, label)),
        scopes: scopes.map(([value, label]) => option(value, label)),
        metrics: [
            option('Points', METRIC_POINTS),
            option('ActiveDays', METRIC_ACTIVE_DAYS),
            ...categories.map((category) => option(`Category:${category}`, fill(METRIC_CATEGORY, category))),
            ...rules.map((rule) =>
                option(`Rule:${rule.DeveloperName}`, fill(METRIC_RULE, rule.MasterLabel || rule.DeveloperName))
            )
        ],
        modes: MODES.map(([value, label]) => option(value, label)),
        groups,
        isManager,
        showExactRanks: !worksCouncil && (isManager || !usesBands(data.settings)),
        personalBestPeriods: PERSONAL_BEST_PERIODS,
        worksCouncil
    };
}
