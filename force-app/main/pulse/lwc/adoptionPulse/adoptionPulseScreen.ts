/**
 * The adoption pulse's PulseView turned into what its sections show (pure functions, unit-tested
 * directly): the tiles, the trend, who needs attention, who is getting started, the works council
 * teams and the notes, built once per answer so that a render only reads fields. The people table's
 * rows and their order are in adoptionPulsePeople.ts.
 *
 * Apex leaves null properties out of the JSON: every optional figure is read with `== null` or `??`.
 * Numbers and dates are written in the user's Salesforce locale and time zone, not the browser's.
 */
import type {
    PulseAttentionItem,
    PulseGroup,
    PulseOnboardingItem,
    PulseReason,
    PulseTrendWeek,
    PulseView
} from '@salesforce/apex/PulseController.getPulse';
import type { PulseAttentionView } from 'c/pulseAttention';
import type { PulseGroupView, PulseNote } from 'c/pulseGroups';
import type { PulseOnboarding, PulseOnboardingView } from 'c/pulseOnboarding';
import type { PulseTile } from 'c/pulseTiles';
import type { PulseTrend } from 'c/pulseTrend';
import { formatLabel } from 'c/ldsUtils';
import LOCALE from '@salesforce/i18n/locale';
import * as L from './adoptionPulseLabels';

/** Everything the page shows but the people table, for one PulseView. */
export interface PulseScreen {
    /** Nobody (no group in works council mode) is in the scope. */
    empty: boolean;
    worksCouncil: boolean;
    /** Works council mode: every group withheld, so nothing is shown. */
    nothingShown: boolean;
    /** False when nothing is shown: tiles of zeros would read as figures. */
    showTiles: boolean;
    /** What works council mode says when the viewer's team is too small for any figure. */
    worksCouncilNone: string;
    groups: PulseGroupView[];
    tiles: PulseTile[];
    trend: PulseTrend;
    attention: PulseAttentionView[];
    onboarding: PulseOnboarding;
    hasOnboarding: boolean;
    notes: PulseNote[];
    staleDefinition: string;
}

const NUMBER_FORMAT = new Intl.NumberFormat(LOCALE);
const DAY_FORMAT = new Intl.DateTimeFormat(LOCALE, { month: 'short', day: 'numeric', timeZone: 'UTC' });

const REASON_LABELS: Readonly<Record<string, string>> = {
    Inactive: L.REASON_INACTIVE,
    Never_Active: L.REASON_NEVER_ACTIVE,
    No_Login: L.REASON_NO_LOGIN,
    Never_Logged_In: L.REASON_NEVER_LOGGED_IN,
    Past_Close: L.REASON_PAST_CLOSE,
    No_Next_Step: L.REASON_NO_NEXT_STEP,
    Stale: L.REASON_STALE,
    Low_Completeness: L.REASON_LOW_COMPLETENESS,
    Quest_Stuck: L.REASON_QUEST_STUCK,
    Pushed: L.REASON_PUSHED
};
/** The label of a reason whose count is exactly one ("1 open opportunity", not "1 open opportunities"). */
const REASON_LABELS_ONE: Readonly<Record<string, string>> = {
    Past_Close: L.REASON_PAST_CLOSE_ONE,
    No_Next_Step: L.REASON_NO_NEXT_STEP_ONE,
    Stale: L.REASON_STALE_ONE,
    Pushed: L.REASON_PUSHED_ONE
};

/** A number in the user's locale; '' for none. */
export function numberText(value: number | null | undefined): string {
    return typeof value === 'number' && Number.isFinite(value) ? NUMBER_FORMAT.format(value) : '';
}

/** A count, '—' when there is none, "Not visible" when the viewer cannot see all of it. */
export function countText(value: number | null | undefined, notVisible = false): string {
    if (notVisible) {
        return L.NOT_VISIBLE;
    }
    // `== null` on purpose: Apex leaves a null property out, so it arrives as undefined.
    return value == null ? '—' : numberText(value);
}

/** A percentage, '—' when there is none, "Not visible" when the viewer cannot see all of it. */
export function percentText(value: number | null | undefined, notVisible = false): string {
    if (notVisible) {
        return L.NOT_VISIBLE;
    }
    return value == null ? '—' : formatLabel(L.PERCENT, value);
}

/** 'YYYY-MM-DD' as a short day ('Nov 16'), read as UTC so the day never moves. */
export function dayText(value: string | null | undefined): string {
    const time = value ? Date.parse(`${value}T00:00:00Z`) : NaN;
    return Number.isNaN(time) ? '' : DAY_FORMAT.format(time);
}

/** A reason in words: the singular label for a count of one; a reason the page does not know by its code. */
export function reasonText(reason: PulseReason): string {
    const values = reason.values ?? [];
    const label = (values[0] === 1 ? REASON_LABELS_ONE[reason.code] : undefined) ?? REASON_LABELS[reason.code];
    return label ? formatLabel(label, ...values) : reason.code;
}

export function attentionView(item: PulseAttentionItem): PulseAttentionView {
    return {
        key: item.userId,
        name: item.name,
        reasons: (item.reasons ?? []).map((reason, index) => ({
            key: `${item.userId}-${index}`,
            text: reasonText(reason)
        }))
    };
}

/** Why someone is stuck (overdue first: it says more), or how long they have been here. */
function onboardingDetail(item: PulseOnboardingItem): string {
    if (item.overdue) {
        return formatLabel(L.QUEST_OVERDUE, item.daysSinceCreated, item.daysToComplete ?? 0);
    }
    if (item.stalled) {
        return item.daysSinceActive == null ? L.QUEST_NEVER_ACTIVE : formatLabel(L.QUEST_STALLED, item.daysSinceActive);
    }
    return item.daysSinceCreated === 1 ? L.QUEST_JOINED_ONE : formatLabel(L.QUEST_JOINED, item.daysSinceCreated);
}

export function onboardingView(item: PulseOnboardingItem): PulseOnboardingView {
    return {
        key: item.userId,
        name: item.name,
        itemClass: item.stuck ? 'onboarding-item stuck' : 'onboarding-item',
        statusText: item.stuck ? L.QUEST_STUCK : L.QUEST_ON_TRACK,
        statusClass: item.stuck
            ? 'onboarding-status slds-badge slds-theme_warning'
            : 'onboarding-status slds-badge slds-badge_lightest',
        stepText: formatLabel(
            L.QUEST_STEP,
            item.stepNumber ?? '',
            item.stepCount,
            item.stepLabel ?? '',
            item.stepCurrent ?? 0,
            item.stepTarget ?? 0
        ),
        doneText: formatLabel(L.QUEST_STEPS_DONE, item.stepsDone, item.stepCount),
        detailText: onboardingDetail(item)
    };
}

/** A group's name: its lead's team (or the viewer's own), with how many smaller teams were merged in. */
function groupName(group: PulseGroup): string {
    let name = L.GROUP_NO_LEAD;
    if (group.yourTeam) {
        name = L.GROUP_YOUR_TEAM;
    } else if (group.leadName != null) {
        name = formatLabel(L.GROUP_TEAM_OF, group.leadName);
    }
    const merged = (group.teams ?? 1) - 1;
    if (merged === 1) {
        return formatLabel(L.GROUP_MERGED_ONE, name);
    }
    return merged > 1 ? formatLabel(L.GROUP_MERGED, name, merged) : name;
}

export function groupView(group: PulseGroup, minimum: number): PulseGroupView {
    const withheld = group.withheld === true;
    const hideForecast = withheld || group.forecastWithheld === true;
    function figure(value: number | null | undefined): string {
        return withheld ? '—' : countText(value);
    }
    function forecast(value: number | null | undefined): string {
        return hideForecast ? '—' : countText(value);
    }
    return {
        key: group.key,
        name: groupName(group),
        note: withheld ? formatLabel(L.GROUP_WITHHELD, minimum) : '',
        rowClass: withheld ? 'group withheld' : 'group',
        size: numberText(group.size),
        active: figure(group.activePeople),
        loggedIn: figure(group.loggedInPeople),
        points: figure(group.totalPoints),
        attention: figure(group.attentionPeople),
        stuck: figure(group.stuckPeople),
        forecastReady: forecast(group.forecastReadyPeople),
        pastCloseDate: forecast(group.pastCloseDate),
        noNextStep: forecast(group.noNextStep),
        stale: forecast(group.stale),
        pushed: forecast(group.pushed),
        completeness: withheld ? '—' : percentText(group.completeness)
    };
}

function ofText(part: number, whole: number): string {
    return formatLabel(L.OF, part, whole);
}

export function tiles(view: PulseView): PulseTile[] {
    const forecast: PulseTile = { key: 'forecast', label: L.TILE_FORECAST, value: L.NOT_MEASURED, detail: '' };
    if (view.worksCouncil === true && view.forecastWithheld === true) {
        forecast.value = '—';
        forecast.detail = formatLabel(L.FORECAST_WITHHELD, view.minimumGroupSize ?? '');
    } else if (view.forecastAvailable && view.peopleWithOpportunities > 0) {
        forecast.value = ofText(view.forecastReadyPeople, view.peopleWithOpportunities);
        forecast.detail = formatLabel(
            L.FORECAST_DETAIL,
            view.pastCloseDate,
            view.noNextStep,
            view.stale,
            view.pushed ?? 0
        );
    } else if (view.forecastAvailable) {
        forecast.value = L.NO_OPPORTUNITIES;
    }
    return [
        { key: 'active', label: L.TILE_ACTIVE, value: ofText(view.activePeople, view.teamSize), detail: '' },
        { key: 'loggedIn', label: L.TILE_LOGGED_IN, value: ofText(view.loggedInPeople, view.teamSize), detail: '' },
        { key: 'points', label: L.TILE_POINTS, value: numberText(view.totalPoints), detail: '' },
        forecast,
        {
            key: 'completeness',
            label: L.TILE_COMPLETENESS,
            value: view.completeness == null ? L.NOT_MEASURED : formatLabel(L.PERCENT, view.completeness),
            detail: ''
        },
        {
            key: 'attention',
            label: L.TILE_ATTENTION,
            value: ofText(view.attentionPeople ?? (view.attention ?? []).length, view.teamSize),
            detail: ''
        }
    ];
}

/** The weeks as bars (the busiest week full height), as table rows, and in words for the chart's title. */
export function trendOf(trend: readonly PulseTrendWeek[]): PulseTrend {
    const most = Math.max(1, ...trend.map((week) => week.points));
    const rows = trend.map((week) => ({
        key: week.periodKey,
        week: week.periodKey,
        start: dayText(week.weekStart),
        points: numberText(week.points),
        active: numberText(week.activePeople)
    }));
    return {
        bars: trend.map((week, index) => ({
            key: week.periodKey,
            label: week.periodKey.replace(/^\d{4}-/, ''),
            // At least a sliver, so a quiet week still shows where its bar is.
            style: `height: ${Math.max(2, Math.round((week.points / most) * 100))}%`,
            pointsText: rows[index].points
        })),
        rows,
        summary: rows.map((row) => formatLabel(L.TREND_BAR, row.week, row.points, row.active)).join('; ')
    };
}

/** What the figures leave out or how they were measured, works council mode's first. */
export function notesOf(view: PulseView): PulseNote[] {
    const notes: PulseNote[] = [];
    const minimum = view.minimumGroupSize ?? 0;
    if (view.worksCouncil === true) {
        notes.push({ key: 'worksCouncil', text: formatLabel(L.WORKS_COUNCIL_NOTE, minimum) });
    }
    if (view.loginsCapped) {
        notes.push({ key: 'logins', text: L.LOGINS_CAPPED });
    }
    if (view.keyFieldsSampled) {
        notes.push({ key: 'sampled', text: L.SAMPLED });
    }
    if (view.forecastSampled === true) {
        notes.push({ key: 'forecastSampled', text: L.FORECAST_SAMPLED });
    }
    if (view.worksCouncil === true && (view.withheldPeople ?? 0) > 0) {
        notes.push({ key: 'withheld', text: formatLabel(L.WORKS_COUNCIL_WITHHELD, view.withheldPeople, minimum) });
    }
    // The server adds up only the teams that show their own forecast and completeness; the page says so
    // when a team shown withholds either (the page itself never adds up the teams).
    const partial = (view.groups ?? []).some(
        (group) => !group.withheld && (group.forecastWithheld === true || group.completeness == null)
    );
    if (view.worksCouncil === true && partial) {
        notes.push({ key: 'totals', text: formatLabel(L.WORKS_COUNCIL_TOTALS, minimum) });
    }
    const skipped = (view.skippedKeyFields ?? []).map((field) => field.field);
    if (skipped.length > 0) {
        notes.push({ key: 'skipped', text: formatLabel(L.SKIPPED_FIELDS, skipped.join(', ')) });
    }
    if ((view.notVisibleForecastPeople ?? 0) > 0) {
        notes.push({
            key: 'notVisibleForecast',
            text: formatLabel(L.NOT_VISIBLE_FORECAST, view.notVisibleForecastPeople)
        });
    }
    if ((view.notVisibleKeyFieldPeople ?? 0) > 0) {
        notes.push({
            key: 'notVisibleKeyFields',
            text: formatLabel(L.NOT_VISIBLE_KEY_FIELDS, view.notVisibleKeyFieldPeople)
        });
    }
    return notes;
}

/** The whole page but the people table, for one PulseView. */
export function pulseScreen(view: PulseView): PulseScreen {
    const worksCouncil = view.worksCouncil === true;
    const minimum = view.minimumGroupSize ?? 0;
    const groups = (view.groups ?? []).map((group) => groupView(group, minimum));
    const nothingShown = worksCouncil && groups.length > 0 && groups.every((group) => group.note !== '');
    const onboarding = view.onboarding ?? [];
    return {
        empty: worksCouncil ? groups.length === 0 : (view.people ?? []).length === 0,
        worksCouncil,
        nothingShown,
        showTiles: !nothingShown,
        worksCouncilNone: formatLabel(L.WORKS_COUNCIL_NONE, view.minimumGroupSize ?? ''),
        groups,
        tiles: tiles(view),
        trend: trendOf(view.trend ?? []),
        attention: (view.attention ?? []).map(attentionView),
        onboarding: {
            items: onboarding.map(onboardingView),
            summary: formatLabel(
                onboarding.length === 1 ? L.QUEST_SUMMARY_ONE : L.QUEST_SUMMARY,
                onboarding.length,
                view.stuckPeople ?? 0
            ),
            definition: formatLabel(L.QUEST_DEFINITION, view.stalledDays ?? 7)
        },
        hasOnboarding: onboarding.length > 0,
        notes: notesOf(view),
        staleDefinition: formatLabel(L.STALE_DEFINITION, view.staleAfterDays ?? '')
    };
}
