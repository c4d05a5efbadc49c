/**
 * leaderboard: the adoption leaderboard for managers and teams on an app page or the Home page.
 * Filters for the period, the board (team, organization, everyone, a public group), the measure and
 * the ranking (total, most improved, personal best); a ranked list with rank or rank band, photo,
 * name, figure, trend, badges and streak; the signed-in user's row highlighted and pinned below the
 * list when it is not among the rows shown.
 *
 * Fast for 1,000+ people: no lightning-datatable (500 rows took 1.1 s there). The wire handler turns
 * the board into a view model once, when data arrives; the template renders `rowsShown` rows of it
 * (plain SLDS table markup, no base component per row) and "show more" adds the next page. Getters
 * return fields only. After a board is on screen, renderedCallback marks the root element and the
 * host `data-ready` and `data-board` (the board's period, scope, measure and ranking) for the
 * preview's browser test, which times the render from data arrival.
 *
 * What the user may see is decided on the server (LeaderboardController): the scopes offered, exact
 * ranks or bands, hidden reps. This component shows what it is given.
 *
 * A parent may hand it a board instead (`board`, e.g. c/challenges with a challenge's board): then it
 * renders that board with the same view model, shows no filters and never asks getBoard (its
 * parameters stay undefined). A challenge board (`challengeFormat` set) has its own columns: points
 * and % of target, or a team's fair figure and its points; no badges or streak.
 */
import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getBoard from '@salesforce/apex/LeaderboardController.getBoard';
import getBoardOptions from '@salesforce/apex/LeaderboardController.getBoardOptions';
import type { ApexWireResult } from 'c/adoptionTypes';
import { formatLabel, reduceErrors } from 'c/ldsUtils';
import type { Board, BoardMode, BoardOption, BoardOptions, BoardRow, GroupRow } from './leaderboardTypes';
import TITLE from '@salesforce/label/c.Adoption_Board_Title';
import REFRESH from '@salesforce/label/c.Adoption_Board_Refresh';
import LOADING from '@salesforce/label/c.Adoption_Loading';
import LOAD_ERROR from '@salesforce/label/c.Adoption_Error_Load';
import FILTER_PERIOD from '@salesforce/label/c.Adoption_Board_Filter_Period';
import FILTER_SCOPE from '@salesforce/label/c.Adoption_Board_Filter_Scope';
import FILTER_GROUP from '@salesforce/label/c.Adoption_Board_Filter_Group';
import FILTER_METRIC from '@salesforce/label/c.Adoption_Board_Filter_Metric';
import FILTER_MODE from '@salesforce/label/c.Adoption_Board_Filter_Mode';
import GROUP_PLACEHOLDER from '@salesforce/label/c.Adoption_Board_Group_Placeholder';
import GROUP_REQUIRED from '@salesforce/label/c.Adoption_Board_Error_Group_Required';
import SHOW_MORE from '@salesforce/label/c.Adoption_Board_Show_More';
import SHOWING from '@salesforce/label/c.Adoption_Board_Showing';
import CAPTION from '@salesforce/label/c.Adoption_Board_Caption';
import COLUMN_RANK from '@salesforce/label/c.Adoption_Board_Column_Rank';
import COLUMN_NAME from '@salesforce/label/c.Adoption_Board_Column_Name';
import COLUMN_IMPROVEMENT from '@salesforce/label/c.Adoption_Board_Column_Improvement';
import COLUMN_PERCENT_OF_BEST from '@salesforce/label/c.Adoption_Board_Column_Percent_Of_Best';
import COLUMN_TREND from '@salesforce/label/c.Adoption_Board_Column_Trend';
import COLUMN_BADGES from '@salesforce/label/c.Adoption_Board_Column_Badges';
import COLUMN_STREAK from '@salesforce/label/c.Adoption_Board_Column_Streak';
import YOU from '@salesforce/label/c.Adoption_Board_You';
import MANAGER from '@salesforce/label/c.Adoption_Board_Manager';
import TIED from '@salesforce/label/c.Adoption_Board_Tied';
import TREND_UP from '@salesforce/label/c.Adoption_Board_Trend_Up';
import TREND_DOWN from '@salesforce/label/c.Adoption_Board_Trend_Down';
import TREND_SAME from '@salesforce/label/c.Adoption_Board_Trend_Same';
import TREND_UP_BEST from '@salesforce/label/c.Adoption_Board_Trend_Up_Best';
import TREND_DOWN_BEST from '@salesforce/label/c.Adoption_Board_Trend_Down_Best';
import PERCENT from '@salesforce/label/c.Adoption_Board_Percent';
import BADGE_COUNT from '@salesforce/label/c.Adoption_Board_Badge_Count';
import BADGES_CAPPED from '@salesforce/label/c.Adoption_Board_Badges_Capped';
import NOT_SHOWN from '@salesforce/label/c.Adoption_Board_Not_Shown';
import NO_BEST from '@salesforce/label/c.Adoption_Board_No_Best';
import YOUR_PLACE from '@salesforce/label/c.Adoption_Board_Your_Place';
import EMPTY from '@salesforce/label/c.Adoption_Board_Empty';
import HIDDEN_NOTICE from '@salesforce/label/c.Adoption_Board_Hidden_Notice';
import BANDS_NOTICE from '@salesforce/label/c.Adoption_Board_Bands_Notice';
import MOST_IMPROVED_NOTICE from '@salesforce/label/c.Adoption_Board_Most_Improved_Notice';
import PERSONAL_BEST_NOTICE from '@salesforce/label/c.Adoption_Board_Personal_Best_Notice';
import RANK_EXACT from '@salesforce/label/c.Adoption_Rank_Exact';
import RANK_BAND_TOP from '@salesforce/label/c.Adoption_Rank_Band_Top';
import RANK_BAND_REST from '@salesforce/label/c.Adoption_Rank_Band_Rest';
import STREAK_DAYS from '@salesforce/label/c.Adoption_Streak_Days';
import CHALLENGE_POINTS from '@salesforce/label/c.Adoption_Challenges_Column_Points';
import CHALLENGE_PERCENT_OF_TARGET from '@salesforce/label/c.Adoption_Challenges_Column_Percent_Of_Target';
import CHALLENGE_POINTS_PER_MEMBER from '@salesforce/label/c.Adoption_Challenges_Column_Points_Per_Member';
import CHALLENGE_TEAM_PERCENT from '@salesforce/label/c.Adoption_Challenges_Column_Team_Percent';
import CHALLENGE_TEAM_POINTS from '@salesforce/label/c.Adoption_Challenges_Column_Team_Points';
import CHALLENGE_MEMBERS from '@salesforce/label/c.Adoption_Challenges_Members';
import CHALLENGE_MEMBERS_ONE from '@salesforce/label/c.Adoption_Challenges_Members_One';
import CHALLENGE_YOUR_TEAM from '@salesforce/label/c.Adoption_Challenges_Your_Team';
import WORKS_COUNCIL_NOTICE from '@salesforce/label/c.Adoption_Board_Works_Council_Notice';
import WITHHELD_NOTICE from '@salesforce/label/c.Adoption_Board_Withheld_Notice';
import YOUR_FIGURES from '@salesforce/label/c.Adoption_Board_Your_Figures';
import TEAMS_HEADING from '@salesforce/label/c.Adoption_Board_Teams_Heading';
import TEAMS_CAPTION from '@salesforce/label/c.Adoption_Board_Teams_Caption';
import COLUMN_TEAM from '@salesforce/label/c.Adoption_Board_Column_Team';
import COLUMN_AVERAGE from '@salesforce/label/c.Adoption_Board_Column_Average';
import COLUMN_MEMBERS from '@salesforce/label/c.Adoption_Board_Column_Members';
import NO_TEAMS from '@salesforce/label/c.Adoption_Board_No_Teams';
import BAND_NONE from '@salesforce/label/c.Adoption_Board_Band_None';
import LOCALE from '@salesforce/i18n/locale';

const DEFAULT_ROWS_SHOWN = 25;
const MAX_ROWS_SHOWN = 500;
const ALL_TIME = 'AllTime';
const GROUP = 'Group';
const TOTAL: BoardMode = 'Total';
const DASH = '–';
const NUMBER_FORMAT = new Intl.NumberFormat(LOCALE);

/** One figure in a cell: what is seen (arrow and text, hidden from screen readers) and what is read. */
interface Figure {
    arrow: string;
    text: string;
    assistive: string;
    cssClass: string;
}

/** One row as the template renders it: every string computed once, when the board arrives. */
interface RowView {
    key: string;
    index: number;
    rankText: string;
    rankAssistive: string;
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    photoUrl: string;
    hasPhoto: boolean;
    initials: string;
    value: Figure;
    second: Figure;
    badgeText: string;
    badgeAssistive: string;
    streakText: string;
    streakAssistive: string;
    /** Team rows of a challenge board: "5 members"; '' otherwise. */
    membersText: string;
    isCurrentUser: boolean;
    isManager: boolean;
    rowClass: string;
    ariaCurrent: string | null;
}

/** A team aggregate as the template renders it (works council mode). */
interface GroupView {
    key: string;
    rankText: string;
    rankAssistive: string;
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    valueText: string;
    membersText: string;
    isMine: boolean;
    rowClass: string;
}

/** A board as the template renders it. */
interface BoardScreen {
    /** period|scope|metric|mode of the board on screen. */
    key: string;
    rows: RowView[];
    total: number;
    meIndex: number;
    valueHeader: string;
    secondHeader: string;
    showSecond: boolean;
    /** Challenge boards have no badges or streak columns. */
    showBadges: boolean;
    /** Columns of a row, for the pinned heading's colspan. */
    columnCount: number;
    /** The tag on the caller's row: "You", or "Your team" on a team board. */
    youText: string;
    notices: { key: string; text: string }[];
    isEmpty: boolean;
    /** Works council mode: the team aggregates, and their value column's header. */
    worksCouncil: boolean;
    groups: GroupView[];
    groupValueHeader: string;
    noTeams: boolean;
}

/** Combobox options. */
interface ComboOption {
    label: string;
    value: string;
}

function isNumber(value: unknown): value is number {
    return typeof value === 'number' && Number.isFinite(value);
}

function formatNumber(value: number): string {
    return NUMBER_FORMAT.format(value);
}

function signed(value: number): string {
    return value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
}

function plainFigure(text: string, assistive: string = text): Figure {
    return { arrow: '', text, assistive, cssClass: 'figure' };
}

const WITHHELD: Figure = { arrow: '', text: DASH, assistive: NOT_SHOWN, cssClass: 'figure slds-text-color_weak' };

/** A change with its arrow: up, down or level, and the sentence a screen reader says. */
function changeFigure(change: number | null | undefined, againstBest: boolean, text?: string): Figure {
    if (!isNumber(change)) {
        return WITHHELD;
    }
    const amount = formatNumber(Math.abs(change));
    if (change > 0) {
        return {
            arrow: '↑',
            text: text ?? amount,
            assistive: formatLabel(againstBest ? TREND_UP_BEST : TREND_UP, amount),
            cssClass: 'figure slds-text-color_success'
        };
    }
    if (change < 0) {
        return {
            arrow: '↓',
            text: text ?? amount,
            assistive: formatLabel(againstBest ? TREND_DOWN_BEST : TREND_DOWN, amount),
            cssClass: 'figure slds-text-color_error'
        };
    }
    return { arrow: '', text: text ?? '0', assistive: TREND_SAME, cssClass: 'figure slds-text-color_weak' };
}

function initialsOf(name: string): string {
    const parts = name.trim().split(/\s+/).filter(Boolean);
    const first = parts[0]?.charAt(0) ?? '';
    const last = parts.length > 1 ? parts[parts.length - 1].charAt(0) : '';
    return `${first}${last}`.toUpperCase();
}

function bandText(band: number | null | undefined): string {
    return isNumber(band) && band < 100 ? formatLabel(RANK_BAND_TOP, band) : RANK_BAND_REST;
}

function percentFigure(value: number | null | undefined): Figure {
    return isNumber(value) ? plainFigure(formatLabel(PERCENT, value)) : WITHHELD;
}

function numberFigure(value: number | null | undefined): Figure {
    return isNumber(value) ? plainFigure(formatNumber(value)) : WITHHELD;
}

/** A challenge row's two figures (docs/challenges.md, UI contract): value, then currentValue. */
function challengeFigures(row: BoardRow, board: Board): [Figure, Figure] {
    if (board.challengeFormat === 'Team') {
        const value = board.challengeScoring === 'PercentOfTarget' ? percentFigure(row.value) : numberFigure(row.value);
        return [value, numberFigure(row.currentValue)];
    }
    return [numberFigure(row.value), percentFigure(row.currentValue)];
}

function membersText(row: BoardRow): string {
    if (!isNumber(row.members)) {
        return '';
    }
    return row.members === 1 ? CHALLENGE_MEMBERS_ONE : formatLabel(CHALLENGE_MEMBERS, row.members);
}

/** The rank cell: the exact rank, the caller's band, or nothing (others' places are not shown). */
function rankCell(row: BoardRow, board: Board, tiedRanks: Set<number>): [string, string] {
    if (board.showExactRanks && isNumber(row.rank)) {
        const assistive = formatLabel(RANK_EXACT, row.rank, board.total);
        return [String(row.rank), tiedRanks.has(row.rank) ? `${assistive}, ${TIED}` : assistive];
    }
    if (isNumber(row.rankBand)) {
        const band = bandText(row.rankBand);
        return [band, band];
    }
    if (row.isCurrentUser && !board.worksCouncil) {
        // Bands only, on a board smaller than a band may be.
        return [DASH, formatLabel(BAND_NONE, board.minimumGroupSize)];
    }
    return [DASH, NOT_SHOWN];
}

function rowView(row: BoardRow, index: number, board: Board, tiedRanks: Set<number>): RowView {
    const [rankText, rankAssistive] = rankCell(row, board, tiedRanks);
    let value: Figure;
    let second: Figure;
    if (board.challengeFormat) {
        [value, second] = challengeFigures(row, board);
    } else if (board.mode === 'MostImproved') {
        value = isNumber(row.value) ? changeFigure(row.value, false, signed(row.value)) : WITHHELD;
        second = isNumber(row.currentValue) ? plainFigure(formatNumber(row.currentValue)) : WITHHELD;
    } else if (board.mode === 'PersonalBest') {
        if (isNumber(row.value)) {
            const percent = formatLabel(PERCENT, row.value);
            value = plainFigure(percent);
        } else {
            // No percentage: a hidden figure, or no earlier best to compare with.
            value = isNumber(row.currentValue) ? plainFigure(DASH, NO_BEST) : WITHHELD;
        }
        second = changeFigure(row.trend, true);
    } else {
        value = isNumber(row.value) ? plainFigure(formatNumber(row.value)) : WITHHELD;
        second = changeFigure(row.trend, false);
    }
    const name = row.name ?? '';
    const photoUrl = row.photoUrl ?? '';
    return {
        key: row.userId,
        index,
        rankText,
        rankAssistive,
        name,
        photoUrl,
        hasPhoto: photoUrl !== '',
        initials: initialsOf(name),
        value: { ...value, cssClass: `col-value ${value.cssClass}` },
        second,
        ...badgeAndStreak(row, board),
        membersText: board.challengeFormat === 'Team' ? membersText(row) : '',
        isCurrentUser: row.isCurrentUser === true,
        isManager: row.isManager === true,
        rowClass: row.isCurrentUser ? 'board-row board-row_current' : 'board-row',
        // Read as "current" by screen readers; null leaves the attribute off.
        ariaCurrent: row.isCurrentUser ? 'true' : null
    };
}

/** Badges and streak follow the points: a row without them (others' rows with bands only) shows a dash. */
function badgeAndStreak(
    row: BoardRow,
    board: Board
): { badgeText: string; badgeAssistive: string; streakText: string; streakAssistive: string } {
    let badgeText = DASH;
    let badgeAssistive = NOT_SHOWN;
    if (isNumber(row.badgeCount)) {
        const capped = row.badgeCount >= board.badgeCap;
        badgeText = capped ? formatLabel(BADGES_CAPPED, board.badgeCap) : String(row.badgeCount);
        badgeAssistive = formatLabel(BADGE_COUNT, badgeText);
    }
    const streakText = isNumber(row.streak) ? String(row.streak) : DASH;
    const streakAssistive = isNumber(row.streak) ? formatLabel(STREAK_DAYS, row.streak) : NOT_SHOWN;
    return { badgeText, badgeAssistive, streakText, streakAssistive };
}

function groupView(group: GroupRow, total: number): GroupView {
    const value = isNumber(group.value) ? formatNumber(group.value) : DASH;
    return {
        key: group.key,
        rankText: String(group.rank),
        rankAssistive: formatLabel(RANK_EXACT, group.rank, total),
        name: group.name,
        valueText: value,
        membersText: formatNumber(group.members),
        isMine: group.isMine === true,
        rowClass: group.isMine ? 'group-row board-row_current' : 'group-row'
    };
}

function labelFor(options: ComboOption[], value: string): string {
    return options.find((option) => option.value === value)?.label ?? value;
}

function boardScreen(board: Board, metricOptions: ComboOption[]): BoardScreen {
    const rows = board.rows ?? [];
    // Ranks held by more than one row, so a screen reader can say "tied".
    const seen = new Set<number>();
    const tiedRanks = new Set<number>();
    for (const row of rows) {
        if (isNumber(row.rank)) {
            if (seen.has(row.rank)) {
                tiedRanks.add(row.rank);
            }
            seen.add(row.rank);
        }
    }
    const views = rows.map((row, index) => rowView(row, index, board, tiedRanks));
    const metricLabel = labelFor(metricOptions, board.metric);
    const notices: { key: string; text: string }[] = [];
    if (board.hiddenFromOthers) {
        notices.push({ key: 'hidden', text: HIDDEN_NOTICE });
    }
    const worksCouncil = board.worksCouncil === true && !board.challengeFormat;
    if (board.worksCouncil === true) {
        notices.push({ key: 'works-council', text: formatLabel(WORKS_COUNCIL_NOTICE, board.minimumGroupSize) });
        if (isNumber(board.peopleWithheld) && board.peopleWithheld > 0) {
            notices.push({
                key: 'withheld',
                text: formatLabel(WITHHELD_NOTICE, board.peopleWithheld, board.minimumGroupSize)
            });
        }
    } else if (!board.showExactRanks) {
        notices.push({ key: 'bands', text: formatLabel(BANDS_NOTICE, board.minimumGroupSize) });
    }
    if (board.mode === 'MostImproved') {
        notices.push({ key: 'improved', text: MOST_IMPROVED_NOTICE });
    } else if (board.mode === 'PersonalBest') {
        notices.push({ key: 'best', text: formatLabel(PERSONAL_BEST_NOTICE, board.personalBestPeriods) });
    }
    let valueHeader = metricLabel;
    let secondHeader = COLUMN_TREND;
    // All time has no previous period (and ranks by total only): no trend to show.
    let showSecond = board.period !== ALL_TIME;
    if (board.challengeFormat === 'Team') {
        valueHeader =
            board.challengeScoring === 'PercentOfTarget' ? CHALLENGE_TEAM_PERCENT : CHALLENGE_POINTS_PER_MEMBER;
        secondHeader = CHALLENGE_TEAM_POINTS;
        showSecond = true;
    } else if (board.challengeFormat) {
        valueHeader = CHALLENGE_POINTS;
        secondHeader = CHALLENGE_PERCENT_OF_TARGET;
        // % of target is null on every row of a challenge without a target.
        showSecond = rows.some((row) => isNumber(row.currentValue));
    } else if (board.mode === 'MostImproved') {
        valueHeader = COLUMN_IMPROVEMENT;
        secondHeader = metricLabel;
    } else if (board.mode === 'PersonalBest') {
        valueHeader = COLUMN_PERCENT_OF_BEST;
    }
    const showBadges = !board.challengeFormat;
    return {
        key: board.challengeFormat
            ? `Challenge|${board.periodKey}|${board.challengeFormat}|${board.challengeScoring ?? ''}`
            : `${board.period}|${board.scope}|${board.metric}|${board.mode}`,
        rows: views,
        total: isNumber(board.total) ? board.total : views.length,
        meIndex: views.findIndex((view) => view.isCurrentUser),
        valueHeader,
        secondHeader,
        showSecond,
        showBadges,
        columnCount: 3 + (showSecond ? 1 : 0) + (showBadges ? 2 : 0),
        youText: board.challengeFormat === 'Team' ? CHALLENGE_YOUR_TEAM : YOU,
        notices,
        isEmpty: views.length === 0,
        worksCouncil,
        groups: worksCouncil ? (board.groups ?? []).map((group, _index, all) => groupView(group, all.length)) : [],
        groupValueHeader: formatLabel(COLUMN_AVERAGE, valueHeader),
        noTeams: worksCouncil && (board.groups ?? []).length === 0
    };
}

function comboOptions(options: BoardOption[] | undefined): ComboOption[] {
    return (options ?? []).map((option) => ({ label: option.label, value: option.value }));
}

function wholeNumber(value: unknown, fallback: number): number {
    const number = Number(value);
    return Number.isFinite(number) && number >= 1 ? Math.round(number) : fallback;
}

export default class Leaderboard extends LightningElement {
    labels = {
        title: TITLE,
        refresh: REFRESH,
        loading: LOADING,
        period: FILTER_PERIOD,
        scope: FILTER_SCOPE,
        group: FILTER_GROUP,
        metric: FILTER_METRIC,
        mode: FILTER_MODE,
        groupPlaceholder: GROUP_PLACEHOLDER,
        groupRequired: GROUP_REQUIRED,
        caption: CAPTION,
        rank: COLUMN_RANK,
        name: COLUMN_NAME,
        badges: COLUMN_BADGES,
        streak: COLUMN_STREAK,
        manager: MANAGER,
        yourPlace: YOUR_PLACE,
        empty: EMPTY,
        yourFigures: YOUR_FIGURES,
        teamsHeading: TEAMS_HEADING,
        teamsCaption: TEAMS_CAPTION,
        team: COLUMN_TEAM,
        members: COLUMN_MEMBERS,
        noTeams: NO_TEAMS,
        yourTeam: CHALLENGE_YOUR_TEAM
    };

    /** Period shown first (App Builder): ThisWeek, LastWeek, ThisMonth, ... AllTime. */
    @api defaultPeriod = 'ThisWeek';
    /** Board shown first (App Builder): Team, Org or Everyone; Team when not allowed. */
    @api defaultScope = 'Team';
    /** Measure shown first (App Builder): Points, ActiveDays, Category:<name> or Rule:<DeveloperName>. */
    @api defaultMetric = 'Points';

    // The wire's parameters: undefined until the options arrive (the platform does not call Apex
    // while a parameter is undefined); groupId is null except on a group board, undefined there
    // until a group is picked.
    period?: string;
    scope?: string;
    groupId?: string | null;
    metric?: string;
    mode?: string;

    periodOptions: ComboOption[] = [];
    scopeOptions: ComboOption[] = [];
    groupOptions: ComboOption[] = [];
    metricOptions: ComboOption[] = [];
    modeOptions: ComboOption[] = [];

    screen?: BoardScreen;
    shownRows: RowView[] = [];
    pinnedRow: RowView | null = null;
    hasMore = false;
    showMoreLabel = '';
    showingText = '';
    error: unknown;
    errorMessage = LOAD_ERROR;
    optionsLoaded = false;
    loading = false;

    private pageSize = DEFAULT_ROWS_SHOWN;
    private shownCount = DEFAULT_ROWS_SHOWN;
    private allModeOptions: ComboOption[] = [];
    private wiredOptions?: ApexWireResult<BoardOptions>;
    private wiredBoard?: ApexWireResult<Board>;
    private renderedKey = '';
    private focusIndex: number | null = null;
    private givenBoard: Board | null = null;

    /** The parent's board (c/challenges): no filters, and no getBoard call. */
    @api
    get board(): Board | null {
        return this.givenBoard;
    }
    set board(value: Board | null) {
        const wasGiven = this.givenBoard !== null;
        this.givenBoard = value ?? null;
        if (this.givenBoard) {
            this.showGivenBoard(this.givenBoard);
        } else if (wasGiven) {
            // Back to the wired board: start from the options, as on first load.
            this.screen = undefined;
            if (this.wiredOptions?.data) {
                this.applyOptions(this.wiredOptions.data);
            }
        }
    }

    /** Filters and refresh only for the board this component asks for itself. */
    get ownsBoard(): boolean {
        return !this.givenBoard;
    }

    get showFilters(): boolean {
        return this.optionsLoaded && !this.givenBoard;
    }

    /** Rows shown before "show more" (App Builder; 1 to 500, default 25). */
    @api
    get rowsShown(): number {
        return this.pageSize;
    }
    set rowsShown(value: number) {
        this.pageSize = Math.min(MAX_ROWS_SHOWN, wholeNumber(value, DEFAULT_ROWS_SHOWN));
        this.shownCount = this.pageSize;
        this.updateShown();
    }

    /** Asks the server again for the options and the board on screen. */
    @api
    async refresh(): Promise<void> {
        // A given board is the parent's to refresh.
        const wired = this.givenBoard ? [] : [this.wiredOptions, this.wiredBoard];
        const answered = wired.filter((result) => result && (result.data !== undefined || result.error !== undefined));
        await Promise.all(answered.map((result) => refreshApex(result)));
    }

    @wire(getBoardOptions)
    wireOptions(result: ApexWireResult<BoardOptions>): void {
        this.wiredOptions = result;
        if (this.givenBoard) {
            // Applying the options would set getBoard's parameters; only the metric labels are used.
            // A challenge board's headers do not name a measure: rebuilding it would only reset "show more".
            if (result.data && !this.givenBoard.challengeFormat) {
                this.metricOptions = comboOptions(result.data.metrics);
                this.showGivenBoard(this.givenBoard);
            }
        } else if (result.data) {
            this.applyOptions(result.data);
        } else if (result.error) {
            this.showError(result.error);
        }
    }

    @wire(getBoard, { period: '$period', scope: '$scope', groupId: '$groupId', metric: '$metric', mode: '$mode' })
    wireBoard(result: ApexWireResult<Board>): void {
        this.wiredBoard = result;
        if (this.givenBoard) {
            return;
        }
        if (result.data) {
            // The view model is built here, once per answer; renders only read it.
            this.screen = boardScreen(result.data, this.metricOptions);
            this.error = undefined;
            this.loading = false;
            this.shownCount = this.pageSize;
            this.updateShown();
        } else if (result.error) {
            this.showError(result.error);
        }
    }

    get initialLoading(): boolean {
        return !this.screen && !this.error && !this.needsGroup;
    }

    get isGroupScope(): boolean {
        return this.scope === GROUP;
    }

    /** A group board waits for a group. */
    get needsGroup(): boolean {
        return this.isGroupScope && !this.groupId;
    }

    get showBoard(): boolean {
        return !this.error && !this.needsGroup && this.screen !== undefined;
    }

    get busy(): string {
        return String(this.loading);
    }

    override renderedCallback(): void {
        const root = this.refs?.root;
        if (root && this.screen && !this.loading && this.renderedKey !== this.screen.key) {
            this.renderedKey = this.screen.key;
            root.setAttribute('data-board', this.screen.key);
            root.setAttribute('data-ready', 'true');
            // Mirrored on the host: a MutationObserver on the page (the preview's render timer) does
            // not see inside a synthetic shadow tree.
            this.setAttribute('data-board', this.screen.key);
            this.setAttribute('data-ready', 'true');
        }
        if (this.focusIndex !== null) {
            const target = this.template?.querySelector<HTMLElement>(`tr[data-index="${this.focusIndex}"]`);
            if (target) {
                target.focus();
                this.focusIndex = null;
            }
        }
    }

    handleRefresh(): void {
        this.refresh();
    }

    handlePeriodChange(event: CustomEvent<{ value: string }>): void {
        const period = event.detail.value;
        if (period === this.period) {
            return;
        }
        this.loading = true;
        this.period = period;
        this.modeOptions = this.modesFor(period);
        if (!this.modeOptions.some((option) => option.value === this.mode)) {
            this.mode = TOTAL;
        }
    }

    handleScopeChange(event: CustomEvent<{ value: string }>): void {
        const scope = event.detail.value;
        if (scope === this.scope) {
            return;
        }
        this.scope = scope;
        this.groupId = scope === GROUP ? undefined : null;
        this.loading = scope !== GROUP;
    }

    handleGroupChange(event: CustomEvent<{ value: string }>): void {
        const groupId = event.detail.value;
        if (groupId && groupId !== this.groupId) {
            this.loading = true;
            this.groupId = groupId;
        }
    }

    handleMetricChange(event: CustomEvent<{ value: string }>): void {
        const metric = event.detail.value;
        if (metric !== this.metric) {
            this.loading = true;
            this.metric = metric;
        }
    }

    handleModeChange(event: CustomEvent<{ value: string }>): void {
        const mode = event.detail.value;
        if (mode !== this.mode) {
            this.loading = true;
            this.mode = mode;
        }
    }

    handleShowMore(): void {
        if (!this.screen || !this.hasMore) {
            return;
        }
        // Keyboard and screen reader users continue at the first row added.
        this.focusIndex = this.shownCount;
        this.shownCount += this.pageSize;
        this.updateShown();
    }

    private applyOptions(options: BoardOptions): void {
        this.periodOptions = comboOptions(options.periods);
        this.scopeOptions = comboOptions(options.scopes);
        this.groupOptions = comboOptions(options.groups);
        this.metricOptions = comboOptions(options.metrics);
        this.allModeOptions = comboOptions(options.modes);
        const has = (list: ComboOption[], value: string | undefined): value is string =>
            value !== undefined && list.some((option) => option.value === value);
        // Keep what the user picked when the options are refreshed and it is still offered.
        const period = has(this.periodOptions, this.period)
            ? this.period
            : has(this.periodOptions, this.defaultPeriod)
              ? this.defaultPeriod
              : this.periodOptions[0]?.value;
        const scopeDefault = this.defaultScope === GROUP ? 'Team' : this.defaultScope;
        const scope = has(this.scopeOptions, this.scope)
            ? this.scope
            : has(this.scopeOptions, scopeDefault)
              ? scopeDefault
              : this.scopeOptions[0]?.value;
        const metric = has(this.metricOptions, this.metric)
            ? this.metric
            : has(this.metricOptions, this.defaultMetric)
              ? this.defaultMetric
              : this.metricOptions[0]?.value;
        this.modeOptions = this.modesFor(period);
        const mode = has(this.modeOptions, this.mode) ? this.mode : TOTAL;
        if (scope === GROUP) {
            this.groupId = has(this.groupOptions, this.groupId ?? undefined) ? this.groupId : undefined;
        } else {
            this.groupId = null;
        }
        this.loading = this.period !== period || this.scope !== scope || this.metric !== metric || this.mode !== mode;
        this.period = period;
        this.scope = scope;
        this.metric = metric;
        this.mode = mode;
        this.optionsLoaded = true;
        if (this.screen && this.wiredBoard?.data) {
            // Labels in the header come from the options.
            this.screen = boardScreen(this.wiredBoard.data, this.metricOptions);
            this.updateShown();
        }
    }

    /** All time has no previous period: it ranks by total only. */
    private modesFor(period: string | undefined): ComboOption[] {
        return period === ALL_TIME
            ? this.allModeOptions.filter((option) => option.value === TOTAL)
            : this.allModeOptions;
    }

    private showGivenBoard(board: Board): void {
        this.screen = boardScreen(board, this.metricOptions);
        this.error = undefined;
        this.loading = false;
        this.shownCount = this.pageSize;
        this.updateShown();
    }

    private showError(error: unknown): void {
        this.error = error;
        this.loading = false;
        // The server's messages are labels written for users ("Unknown period: ..."): show the first.
        this.errorMessage = reduceErrors(error)[0] ?? LOAD_ERROR;
    }

    private updateShown(): void {
        const screen = this.screen;
        if (!screen) {
            return;
        }
        const count = Math.min(this.shownCount, screen.rows.length);
        this.shownRows = screen.rows.slice(0, count);
        this.pinnedRow = screen.meIndex >= count ? screen.rows[screen.meIndex] : null;
        const remaining = screen.rows.length - count;
        this.hasMore = remaining > 0;
        this.showMoreLabel = formatLabel(SHOW_MORE, Math.min(this.pageSize, remaining));
        this.showingText = formatLabel(SHOWING, count, screen.rows.length);
    }
}

export type {
    Board,
    GroupRow,
    BoardMode,
    BoardOption,
    BoardOptions,
    BoardParams,
    BoardRow,
    ChallengeBoardFormat,
    ChallengeBoardScoring
} from './leaderboardTypes';
