/**
 * The leaderboard's DTOs turned into what the screen shows (pure functions, unit-tested directly):
 * one view model per board, built when the board arrives, so a render only reads fields. Every row's
 * strings are computed here once; the template renders them as plain SLDS table markup.
 */
import { formatLabel } from 'c/ldsUtils';
import LOCALE from '@salesforce/i18n/locale';
import type { Board, BoardMode, BoardOption, BoardRow, GroupRow } from './leaderboardTypes';
import type { RecogniseButton } from './leaderboardRecognise';
import { recognisable, recogniseButton } from './leaderboardRecognise';
import {
    BADGES_CAPPED,
    BADGE_COUNT,
    BANDS_NOTICE,
    BAND_NONE,
    CHALLENGE_MEMBERS,
    CHALLENGE_MEMBERS_ONE,
    CHALLENGE_PERCENT_OF_TARGET,
    CHALLENGE_POINTS,
    CHALLENGE_POINTS_PER_MEMBER,
    CHALLENGE_TEAM_PERCENT,
    CHALLENGE_TEAM_POINTS,
    CHALLENGE_YOUR_TEAM,
    COLUMN_AVERAGE,
    COLUMN_IMPROVEMENT,
    COLUMN_PERCENT_OF_BEST,
    COLUMN_TREND,
    HIDDEN_NOTICE,
    MOST_IMPROVED_NOTICE,
    NOT_SHOWN,
    NO_BEST,
    PERCENT,
    PERSONAL_BEST_NOTICE,
    RANK_BAND_REST,
    RANK_BAND_TOP,
    RANK_EXACT,
    STREAK_DAYS,
    TIED,
    TREND_DOWN,
    TREND_DOWN_BEST,
    TREND_SAME,
    TREND_UP,
    TREND_UP_BEST,
    WITHHELD_NOTICE,
    WORKS_COUNCIL_NOTICE,
    YOU
} from './leaderboardLabels';

/** The period without a previous one: no trend, total only. */
export const ALL_TIME = 'AllTime';
/** The scope of a public group's board. */
export const GROUP = 'Group';
export const TOTAL: BoardMode = 'Total';
const DASH = '–';
// The user's Salesforce locale, not the browser's.
const NUMBER_FORMAT = new Intl.NumberFormat(LOCALE);

/** One figure in a cell: what is seen (arrow and text, hidden from screen readers) and what is read. */
export interface Figure {
    arrow: string;
    text: string;
    assistive: string;
    cssClass: string;
}

/** One row as the template renders it: every string computed once, when the board arrives. */
export interface RowView extends RecogniseButton {
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
export interface GroupView {
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
export interface BoardScreen {
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
    /** The Recognise column: people's boards outside works council mode (not challenges' boards). */
    canRecognise: boolean;
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
export interface ComboOption {
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
export function changeFigure(change: number | null | undefined, againstBest: boolean, text?: string): Figure {
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

export function initialsOf(name: string): string {
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
export function rankCell(row: BoardRow, board: Board, tiedRanks: Set<number>): [string, string] {
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

export function rowView(row: BoardRow, index: number, board: Board, tiedRanks: Set<number>): RowView {
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
        ariaCurrent: row.isCurrentUser ? 'true' : null,
        ...recogniseButton(board, row.isCurrentUser, name)
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

export function groupView(group: GroupRow, total: number): GroupView {
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

export function boardScreen(board: Board, metricOptions: ComboOption[]): BoardScreen {
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
        canRecognise: recognisable(board),
        columnCount: 3 + (showSecond ? 1 : 0) + (showBadges ? 2 : 0) + (recognisable(board) ? 1 : 0),
        youText: board.challengeFormat === 'Team' ? CHALLENGE_YOUR_TEAM : YOU,
        notices,
        isEmpty: views.length === 0,
        worksCouncil,
        groups: worksCouncil ? (board.groups ?? []).map((group, _index, all) => groupView(group, all.length)) : [],
        groupValueHeader: formatLabel(COLUMN_AVERAGE, valueHeader),
        noTeams: worksCouncil && (board.groups ?? []).length === 0
    };
}

export function comboOptions(options: BoardOption[] | undefined): ComboOption[] {
    return (options ?? []).map((option) => ({ label: option.label, value: option.value }));
}

export function wholeNumber(value: unknown, fallback: number): number {
    const number = Number(value);
    return Number.isFinite(number) && number >= 1 ? Math.round(number) : fallback;
}
