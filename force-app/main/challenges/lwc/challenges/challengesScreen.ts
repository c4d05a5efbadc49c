/**
 * The challenges' DTOs turned into what the screen shows (pure functions, unit-tested directly): the
 * list items (c-challenge-list), the open challenge with its details, progress, winners and the
 * manager's actions (c-challenge-detail), and the options of the form (c-challenge-form). "Time
 * left" is measured against the `now` passed in.
 */
import type { BoardOption } from 'c/leaderboard';
import { formatLabel } from 'c/ldsUtils';
import type { ChallengeAction, ChallengeActionButton, ChallengeDetailLine, ChallengeScreen } from 'c/challengeDetail';
import type { ChallengeFormOptions, ComboOption } from 'c/challengeForm';
import type { ChallengeListItem } from 'c/challengeList';
import LOCALE from '@salesforce/i18n/locale';
import type { ChallengeStatus, ChallengeSummary, ChallengeView } from './challengesTypes';
import {
    ANNOUNCE,
    COUNTS_EVERYTHING,
    DATES,
    DONE_ANNOUNCE,
    DONE_END,
    DONE_LAUNCH,
    DONE_TEST,
    END,
    ENDED,
    FORMAT_INDIVIDUAL,
    FORMAT_TEAM,
    LAUNCH,
    NO_TARGET,
    PARTICIPANTS_COUNT,
    PARTICIPANTS_NOT_FIXED,
    PROGRESS_LABEL,
    PROGRESS_TEXT,
    CONFIRM_END,
    SCORING_AVERAGE,
    SCORING_PERCENT,
    STARTS_IN,
    START_TEST,
    STATUS_CLOSED,
    STATUS_DRAFT,
    STATUS_HIDDEN,
    STATUS_LIVE,
    TARGET_VALUE,
    TEAM_BY_MANAGER,
    TEAM_BY_ROLE,
    TERM_COUNTS,
    TERM_DATES,
    TERM_FORMAT,
    TERM_OWNER,
    TERM_PARTICIPANTS,
    TERM_PRIZE,
    TERM_TARGET,
    TERM_TIME,
    TIME_LEFT
} from './challengesLabels';

const HOUR_MS = 3_600_000;
// The user's Salesforce locale; the browser's time zone, which the form's datetime-local fields use too.
const DATE_TIME_FORMAT = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short' });

const STATUS_TEXT: Readonly<Record<ChallengeStatus, string>> = {
    Draft: STATUS_DRAFT,
    Hidden: STATUS_HIDDEN,
    Live: STATUS_LIVE,
    Closed: STATUS_CLOSED
};
const STATUS_BADGE: Readonly<Record<ChallengeStatus, string>> = {
    Draft: 'status slds-badge',
    Hidden: 'status slds-badge slds-theme_warning',
    Live: 'status slds-badge slds-theme_success',
    Closed: 'status slds-badge slds-badge_inverse'
};
/** What the announcer and the toast say after each action. */
export const DONE: Readonly<Record<ChallengeAction, string>> = {
    test: DONE_TEST,
    launch: DONE_LAUNCH,
    announce: DONE_ANNOUNCE,
    end: DONE_END
};
export const FORMAT_OPTIONS: ComboOption[] = [
    { label: FORMAT_INDIVIDUAL, value: 'Individual' },
    { label: FORMAT_TEAM, value: 'Team' }
];
export const TEAM_BY_OPTIONS: ComboOption[] = [
    { label: TEAM_BY_MANAGER, value: 'Manager' },
    { label: TEAM_BY_ROLE, value: 'Role' }
];
export const SCORING_OPTIONS: ComboOption[] = [
    { label: SCORING_AVERAGE, value: 'Average' },
    { label: SCORING_PERCENT, value: 'PercentOfTarget' }
];

export function comboOptions(options: BoardOption[] | undefined): ComboOption[] {
    return (options ?? []).map((option) => ({ label: option.label, value: option.value }));
}

function dateTimeText(value: string | null | undefined): string {
    const time = value ? Date.parse(value) : NaN;
    return Number.isNaN(time) ? '' : DATE_TIME_FORMAT.format(time);
}

function datesText(challenge: ChallengeSummary): string {
    return formatLabel(DATES, dateTimeText(challenge.startsAt), dateTimeText(challenge.endsAt));
}

/** Days and whole hours, rounded up to the hour so "0 d 0 h" is never shown while time is left. */
function daysAndHours(ms: number): [number, number] {
    const hours = Math.ceil(ms / HOUR_MS);
    return [Math.floor(hours / 24), hours % 24];
}

/** Time left against `now`: starts in, left, or ended. */
export function timeText(challenge: ChallengeSummary, now: number): string {
    const start = Date.parse(challenge.startsAt);
    const end = Date.parse(challenge.endsAt);
    if (challenge.status === 'Closed' || !(end > now)) {
        return ENDED;
    }
    if (start > now) {
        return formatLabel(STARTS_IN, ...daysAndHours(start - now));
    }
    return formatLabel(TIME_LEFT, ...daysAndHours(end - now));
}

function labelsOf(values: string[] | undefined, options: ComboOption[]): string[] {
    return (values ?? []).map((value) => options.find((option) => option.value === value)?.label ?? value);
}

function formatText(challenge: ChallengeSummary): string {
    if (challenge.format !== 'Team') {
        return FORMAT_INDIVIDUAL;
    }
    const teamBy = TEAM_BY_OPTIONS.find((option) => option.value === challenge.teamBy)?.label;
    const scoring = SCORING_OPTIONS.find((option) => option.value === challenge.teamScoring)?.label;
    return [FORMAT_TEAM, teamBy, scoring].filter(Boolean).join(' · ');
}

export function listItem(challenge: ChallengeSummary, openId: string | undefined): ChallengeListItem {
    const open = challenge.id === openId;
    return {
        id: challenge.id,
        name: challenge.name,
        statusText: STATUS_TEXT[challenge.status] ?? challenge.status,
        badgeClass: STATUS_BADGE[challenge.status] ?? 'status slds-badge',
        datesText: datesText(challenge),
        itemClass: open ? 'challenge-item challenge-item_open' : 'challenge-item',
        ariaCurrent: open ? 'page' : null
    };
}

function actionsFor(challenge: ChallengeSummary): ChallengeActionButton[] {
    if (!challenge.canManage) {
        return [];
    }
    switch (challenge.status) {
        case 'Draft':
            return [
                { key: 'test', className: 'action action-test', label: START_TEST, variant: 'neutral' },
                { key: 'launch', className: 'action action-launch', label: LAUNCH, variant: 'brand' }
            ];
        case 'Hidden':
            return [
                { key: 'announce', className: 'action action-announce', label: ANNOUNCE, variant: 'brand' },
                { key: 'end', className: 'action action-end', label: END, variant: 'destructive-text' }
            ];
        case 'Live':
            return [{ key: 'end', className: 'action action-end', label: END, variant: 'destructive-text' }];
        default:
            return [];
    }
}

export function challengeScreen(view: ChallengeView, options: ChallengeFormOptions, now: number): ChallengeScreen {
    const challenge = view.challenge;
    const counts = [...labelsOf(challenge.rules, options.rules), ...labelsOf(challenge.categories, options.categories)];
    const target = challenge.target;
    const entries: [string, string, string | null | undefined][] = [
        ['dates', TERM_DATES, datesText(challenge)],
        ['prize', TERM_PRIZE, challenge.prize],
        ['time', TERM_TIME, timeText(challenge, now)],
        ['format', TERM_FORMAT, formatText(challenge)],
        ['counts', TERM_COUNTS, counts.length > 0 ? counts.join(', ') : COUNTS_EVERYTHING],
        ['target', TERM_TARGET, typeof target === 'number' ? formatLabel(TARGET_VALUE, target) : NO_TARGET],
        [
            'participants',
            TERM_PARTICIPANTS,
            challenge.status === 'Draft'
                ? PARTICIPANTS_NOT_FIXED
                : formatLabel(PARTICIPANTS_COUNT, challenge.participantCount)
        ],
        ['owner', TERM_OWNER, challenge.ownerName]
    ];
    // No prize or owner: no line for it.
    const details: ChallengeDetailLine[] = entries
        .filter((entry): entry is [string, string, string] => Boolean(entry[2]))
        .map(([key, term, text]) => ({ key, className: `detail detail-${key}`, term, text }));
    const progress = challenge.myProgress;
    const hasProgress = typeof progress === 'number' && Number.isFinite(progress);
    const shown = hasProgress ? Math.min(100, Math.max(0, Math.round(progress))) : 0;
    const actions = actionsFor(challenge);
    return {
        id: challenge.id,
        name: challenge.name,
        statusText: STATUS_TEXT[challenge.status] ?? challenge.status,
        badgeClass: STATUS_BADGE[challenge.status] ?? 'status slds-badge',
        details,
        isHidden: challenge.status === 'Hidden',
        isDraft: challenge.status === 'Draft',
        hasProgress,
        progress: shown,
        progressLabel: formatLabel(PROGRESS_LABEL, shown),
        progressText: formatLabel(PROGRESS_TEXT, shown),
        isClosed: challenge.status === 'Closed',
        winners: (challenge.winners ?? []).map((winner, index) => ({ key: String(index), text: winner })),
        hasWinners: (challenge.winners ?? []).length > 0,
        board: view.board ?? null,
        actions,
        hasActions: actions.length > 0,
        confirmText: formatLabel(CONFIRM_END, challenge.name)
    };
}
