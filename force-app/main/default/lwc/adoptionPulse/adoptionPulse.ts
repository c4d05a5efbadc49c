/**
 * adoptionPulse: the adoption pulse for managers on an app page or the Home page. For the caller's
 * scope (Team by default; the server decides who is in it): summary tiles, the team's points and
 * active people over the last 8 weeks as a bar chart with a table alternative, one row per person
 * (last login, days logged in, days active, points by category, forecast readiness, key field
 * completeness) sortable by any column, who needs attention and why, and "Getting started": whoever
 * has not finished the onboarding quest, stuck ones first, with their current step (the server
 * decides who is stuck: PulseService, QuestsService).
 *
 * Built for a 500-person team: the wire handler builds every view model once (text, sort keys,
 * classes), sorting reorders the prepared rows with precomputed keys, and the template is a plain
 * SLDS table (no datatable, no base component per cell) with a fixed layout. The table shows the
 * first ROWS_SHOWN rows of the current sort order, and everyone on request: laying out 500 rows
 * took about 250 ms in the preview's browser test, 100 rows well under the 200 ms budget. Once the data is on screen,
 * renderedCallback marks the root `data-ready` for the preview's browser test, which times the
 * render from data arrival.
 *
 * The table is wider than a Home page column: its first column (the name) stays in place while the
 * rest scrolls sideways, and when the table overflows a hint says so in words (renderedCallback and
 * a window resize measure it).
 *
 * Works council mode (view.worksCouncil): the server sends no person, no name and no onboarding
 * entry, only groups of at least view.minimumGroupSize people (withheld ones with their size only);
 * the page then shows the tiles, the trend and one row per group, and says what is left out and why.
 *
 * Apex leaves null properties out of the JSON: every optional figure is read with `== null` or `??`.
 * A person whose records the manager cannot all see shows "Not visible" in those columns (the server
 * never sends partial figures or 0 for them), and the notes say how many such people there are.
 */
import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getPulse from '@salesforce/apex/PulseController.getPulse';
import type {
    PulseAttentionItem,
    PulseGroup,
    PulseOnboardingItem,
    PulsePeriodType,
    PulseReason,
    PulseRow,
    PulseTrendWeek,
    PulseView
} from '@salesforce/apex/PulseController.getPulse';
import type { ApexWireResult } from 'c/adoptionTypes';
import { formatLabel, reduceErrors } from 'c/ldsUtils';
import TITLE from '@salesforce/label/c.Adoption_Pulse_Title';
import REFRESH from '@salesforce/label/c.Adoption_Pulse_Refresh';
import LOADING from '@salesforce/label/c.Adoption_Loading';
import LOAD_ERROR from '@salesforce/label/c.Adoption_Error_Load';
import MANAGERS_ONLY from '@salesforce/label/c.Adoption_Pulse_Managers_Only';
import EMPTY from '@salesforce/label/c.Adoption_Pulse_Empty';
import PERIOD_LABEL from '@salesforce/label/c.Adoption_Pulse_Period_Label';
import THIS_WEEK from '@salesforce/label/c.Adoption_This_Week';
import THIS_MONTH from '@salesforce/label/c.Adoption_This_Month';
import TILE_ACTIVE from '@salesforce/label/c.Adoption_Pulse_Tile_Active';
import TILE_LOGGED_IN from '@salesforce/label/c.Adoption_Pulse_Tile_Logged_In';
import TILE_POINTS from '@salesforce/label/c.Adoption_Pulse_Tile_Points';
import TILE_FORECAST from '@salesforce/label/c.Adoption_Pulse_Tile_Forecast';
import TILE_COMPLETENESS from '@salesforce/label/c.Adoption_Pulse_Tile_Completeness';
import TILE_ATTENTION from '@salesforce/label/c.Adoption_Pulse_Tile_Attention';
import OF from '@salesforce/label/c.Adoption_Pulse_Of';
import PERCENT from '@salesforce/label/c.Adoption_Pulse_Percent';
import FORECAST_DETAIL from '@salesforce/label/c.Adoption_Pulse_Forecast_Detail';
import NO_OPPORTUNITIES from '@salesforce/label/c.Adoption_Pulse_No_Opportunities';
import NOT_MEASURED from '@salesforce/label/c.Adoption_Pulse_Not_Measured';
import NOT_VISIBLE from '@salesforce/label/c.Adoption_Pulse_Not_Visible';
import NOT_VISIBLE_FORECAST from '@salesforce/label/c.Adoption_Pulse_Not_Visible_Forecast';
import NOT_VISIBLE_KEY_FIELDS from '@salesforce/label/c.Adoption_Pulse_Not_Visible_Key_Fields';
import TABLE_SCROLL_HINT from '@salesforce/label/c.Adoption_Pulse_Table_Scroll_Hint';
import TREND_TITLE from '@salesforce/label/c.Adoption_Pulse_Trend_Title';
import TREND_SHOW_TABLE from '@salesforce/label/c.Adoption_Pulse_Trend_Show_Table';
import TREND_HIDE_TABLE from '@salesforce/label/c.Adoption_Pulse_Trend_Hide_Table';
import TREND_BAR from '@salesforce/label/c.Adoption_Pulse_Trend_Bar';
import COL_WEEK from '@salesforce/label/c.Adoption_Pulse_Col_Week';
import COL_WEEK_START from '@salesforce/label/c.Adoption_Pulse_Col_Week_Start';
import COL_POINTS from '@salesforce/label/c.Adoption_Pulse_Col_Points';
import COL_ACTIVE_PEOPLE from '@salesforce/label/c.Adoption_Pulse_Col_Active_People';
import PEOPLE_TITLE from '@salesforce/label/c.Adoption_Pulse_People_Title';
import COL_NAME from '@salesforce/label/c.Adoption_Pulse_Col_Name';
import COL_LAST_LOGIN from '@salesforce/label/c.Adoption_Pulse_Col_Last_Login';
import COL_LOGIN_DAYS from '@salesforce/label/c.Adoption_Pulse_Col_Login_Days';
import COL_ACTIVE_DAYS from '@salesforce/label/c.Adoption_Pulse_Col_Active_Days';
import COL_CATEGORIES from '@salesforce/label/c.Adoption_Pulse_Col_Categories';
import COL_OPEN from '@salesforce/label/c.Adoption_Pulse_Col_Open';
import COL_PAST_CLOSE from '@salesforce/label/c.Adoption_Pulse_Col_Past_Close';
import COL_NO_NEXT_STEP from '@salesforce/label/c.Adoption_Pulse_Col_No_Next_Step';
import COL_STALE from '@salesforce/label/c.Adoption_Pulse_Col_Stale';
import COL_COMPLETENESS from '@salesforce/label/c.Adoption_Pulse_Col_Completeness';
import NEVER from '@salesforce/label/c.Adoption_Pulse_Never';
import YOU from '@salesforce/label/c.Adoption_Pulse_You';
import SORT_HINT from '@salesforce/label/c.Adoption_Pulse_Sort_Hint';
import ATTENTION_TITLE from '@salesforce/label/c.Adoption_Pulse_Attention_Title';
import ATTENTION_NONE from '@salesforce/label/c.Adoption_Pulse_Attention_None';
import STALE_DEFINITION from '@salesforce/label/c.Adoption_Pulse_Stale_Definition';
import LOGINS_CAPPED from '@salesforce/label/c.Adoption_Pulse_Logins_Capped';
import SAMPLED from '@salesforce/label/c.Adoption_Pulse_Sampled';
import SKIPPED_FIELDS from '@salesforce/label/c.Adoption_Pulse_Skipped_Fields';
import SHOWING from '@salesforce/label/c.Adoption_Pulse_Showing';
import SHOW_ALL from '@salesforce/label/c.Adoption_Pulse_Show_All';
import REASON_INACTIVE from '@salesforce/label/c.Adoption_Pulse_Reason_Inactive';
import REASON_NEVER_ACTIVE from '@salesforce/label/c.Adoption_Pulse_Reason_Never_Active';
import REASON_NO_LOGIN from '@salesforce/label/c.Adoption_Pulse_Reason_No_Login';
import REASON_NEVER_LOGGED_IN from '@salesforce/label/c.Adoption_Pulse_Reason_Never_Logged_In';
import REASON_PAST_CLOSE from '@salesforce/label/c.Adoption_Pulse_Reason_Past_Close';
import REASON_PAST_CLOSE_ONE from '@salesforce/label/c.Adoption_Pulse_Reason_Past_Close_One';
import REASON_NO_NEXT_STEP from '@salesforce/label/c.Adoption_Pulse_Reason_No_Next_Step';
import REASON_NO_NEXT_STEP_ONE from '@salesforce/label/c.Adoption_Pulse_Reason_No_Next_Step_One';
import REASON_STALE from '@salesforce/label/c.Adoption_Pulse_Reason_Stale';
import REASON_STALE_ONE from '@salesforce/label/c.Adoption_Pulse_Reason_Stale_One';
import REASON_LOW_COMPLETENESS from '@salesforce/label/c.Adoption_Pulse_Reason_Low_Completeness';
import REASON_QUEST_STUCK from '@salesforce/label/c.Adoption_Pulse_Reason_Quest_Stuck';
import REASON_PUSHED from '@salesforce/label/c.Adoption_Pulse_Reason_Pushed';
import REASON_PUSHED_ONE from '@salesforce/label/c.Adoption_Pulse_Reason_Pushed_One';
import COL_PUSHED from '@salesforce/label/c.Adoption_Pulse_Col_Pushed';
import FORECAST_SAMPLED from '@salesforce/label/c.Adoption_Pulse_Forecast_Sampled';
import WORKS_COUNCIL_NOTE from '@salesforce/label/c.Adoption_Pulse_Works_Council_Note';
import WORKS_COUNCIL_WITHHELD from '@salesforce/label/c.Adoption_Pulse_Works_Council_Withheld';
import WORKS_COUNCIL_NONE from '@salesforce/label/c.Adoption_Pulse_Works_Council_None';
import GROUPS_TITLE from '@salesforce/label/c.Adoption_Pulse_Groups_Title';
import GROUP_YOUR_TEAM from '@salesforce/label/c.Adoption_Pulse_Group_Your_Team';
import GROUP_TEAM_OF from '@salesforce/label/c.Adoption_Pulse_Group_Team_Of';
import GROUP_NO_LEAD from '@salesforce/label/c.Adoption_Pulse_Group_No_Lead';
import GROUP_MERGED from '@salesforce/label/c.Adoption_Pulse_Group_Merged';
import GROUP_MERGED_ONE from '@salesforce/label/c.Adoption_Pulse_Group_Merged_One';
import GROUP_WITHHELD from '@salesforce/label/c.Adoption_Pulse_Group_Withheld';
import COL_TEAM from '@salesforce/label/c.Adoption_Pulse_Col_Team';
import COL_PEOPLE from '@salesforce/label/c.Adoption_Pulse_Col_People';
import COL_ACTIVE from '@salesforce/label/c.Adoption_Pulse_Col_Active';
import COL_LOGGED_IN from '@salesforce/label/c.Adoption_Pulse_Col_Logged_In';
import COL_ATTENTION from '@salesforce/label/c.Adoption_Pulse_Col_Attention';
import COL_STUCK from '@salesforce/label/c.Adoption_Pulse_Col_Stuck';
import COL_FORECAST_READY from '@salesforce/label/c.Adoption_Pulse_Col_Forecast_Ready';
import FORECAST_WITHHELD from '@salesforce/label/c.Adoption_Pulse_Forecast_Withheld';
import QUEST_TITLE from '@salesforce/label/c.Adoption_Pulse_Quest_Title';
import QUEST_SUMMARY from '@salesforce/label/c.Adoption_Pulse_Quest_Summary';
import QUEST_SUMMARY_ONE from '@salesforce/label/c.Adoption_Pulse_Quest_Summary_One';
import QUEST_STEP from '@salesforce/label/c.Adoption_Pulse_Quest_Step';
import QUEST_STEPS_DONE from '@salesforce/label/c.Adoption_Pulse_Quest_Steps_Done';
import QUEST_STUCK from '@salesforce/label/c.Adoption_Pulse_Quest_Stuck';
import QUEST_ON_TRACK from '@salesforce/label/c.Adoption_Pulse_Quest_On_Track';
import QUEST_OVERDUE from '@salesforce/label/c.Adoption_Pulse_Quest_Overdue';
import QUEST_JOINED from '@salesforce/label/c.Adoption_Pulse_Quest_Joined';
import QUEST_JOINED_ONE from '@salesforce/label/c.Adoption_Pulse_Quest_Joined_One';
import QUEST_STALLED from '@salesforce/label/c.Adoption_Pulse_Quest_Stalled';
import QUEST_NEVER_ACTIVE from '@salesforce/label/c.Adoption_Pulse_Quest_Never_Active';
import QUEST_DEFINITION from '@salesforce/label/c.Adoption_Pulse_Quest_Definition';
import CATEGORY_ACTIVITY from '@salesforce/label/c.Adoption_Category_Activity';
import CATEGORY_PIPELINE from '@salesforce/label/c.Adoption_Category_Pipeline';
import CATEGORY_DATA_QUALITY from '@salesforce/label/c.Adoption_Category_Data_Quality';
import CATEGORY_FORECAST from '@salesforce/label/c.Adoption_Category_Forecast';
import CATEGORY_SERVICE from '@salesforce/label/c.Adoption_Category_Service';
import CATEGORY_COLLABORATION from '@salesforce/label/c.Adoption_Category_Collaboration';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';

/** The scopes an admin may pick in App Builder; the server decides what each holds for the caller. */
const SCOPES = ['Team', 'Org', 'Everyone'];
const DEFAULT_SCOPE = 'Team';
/** Rows on screen until the manager asks for all: the top of the current sort order. */
const ROWS_SHOWN = 100;
/** People in "Getting started" until the manager asks for all: the stuck ones come first. */
const ONBOARDING_SHOWN = 10;

const REASON_LABELS: Readonly<Record<string, string>> = {
    Inactive: REASON_INACTIVE,
    Never_Active: REASON_NEVER_ACTIVE,
    No_Login: REASON_NO_LOGIN,
    Never_Logged_In: REASON_NEVER_LOGGED_IN,
    Past_Close: REASON_PAST_CLOSE,
    No_Next_Step: REASON_NO_NEXT_STEP,
    Stale: REASON_STALE,
    Low_Completeness: REASON_LOW_COMPLETENESS,
    Quest_Stuck: REASON_QUEST_STUCK,
    Pushed: REASON_PUSHED
};
/** The label of a reason whose count is exactly one ("1 open opportunity", not "1 open opportunities"). */
const REASON_LABELS_ONE: Readonly<Record<string, string>> = {
    Past_Close: REASON_PAST_CLOSE_ONE,
    No_Next_Step: REASON_NO_NEXT_STEP_ONE,
    Stale: REASON_STALE_ONE,
    Pushed: REASON_PUSHED_ONE
};
const CATEGORY_LABELS: Readonly<Record<string, string>> = {
    Activity: CATEGORY_ACTIVITY,
    Pipeline: CATEGORY_PIPELINE,
    'Data Quality': CATEGORY_DATA_QUALITY,
    Forecast: CATEGORY_FORECAST,
    Service: CATEGORY_SERVICE,
    Collaboration: CATEGORY_COLLABORATION
};

/** The sortable columns, in table order. Numeric columns sort most first on the first click. */
type SortKey =
    | 'name'
    | 'lastLogin'
    | 'loginDays'
    | 'activeDays'
    | 'points'
    | 'openOpportunities'
    | 'pastCloseDate'
    | 'noNextStep'
    | 'stale'
    | 'pushed'
    | 'completeness';
type SortDirection = 'ascending' | 'descending';

const COLUMNS: readonly { key: SortKey; label: string; numeric: boolean }[] = [
    { key: 'name', label: COL_NAME, numeric: false },
    { key: 'lastLogin', label: COL_LAST_LOGIN, numeric: true },
    { key: 'loginDays', label: COL_LOGIN_DAYS, numeric: true },
    { key: 'activeDays', label: COL_ACTIVE_DAYS, numeric: true },
    { key: 'points', label: COL_POINTS, numeric: true },
    { key: 'openOpportunities', label: COL_OPEN, numeric: true },
    { key: 'pastCloseDate', label: COL_PAST_CLOSE, numeric: true },
    { key: 'noNextStep', label: COL_NO_NEXT_STEP, numeric: true },
    { key: 'stale', label: COL_STALE, numeric: true },
    { key: 'pushed', label: COL_PUSHED, numeric: true },
    { key: 'completeness', label: COL_COMPLETENESS, numeric: true }
];

interface Tile {
    key: string;
    label: string;
    value: string;
    detail: string;
}

interface Bar {
    key: string;
    label: string;
    style: string;
    pointsText: string;
}

interface TrendRow {
    key: string;
    week: string;
    start: string;
    points: string;
    active: string;
}

interface ColumnView {
    key: SortKey;
    label: string;
    ariaSort: string;
    sortHint: string;
    headerClass: string;
    arrow: string;
}

/** A person as the table shows them, with a numeric sort key per column (null sorts last). */
interface PersonView extends Record<'name', string> {
    key: string;
    /** The name as the Name column sorts it; also breaks ties in every other column. */
    nameKey: string;
    title: string;
    you: string;
    rowClass: string;
    lastLogin: string;
    loginDays: string;
    activeDays: string;
    points: string;
    categories: string;
    openOpportunities: string;
    pastCloseDate: string;
    noNextStep: string;
    stale: string;
    pushed: string;
    completeness: string;
    sort: Record<SortKey, number | string | null>;
}

/** Works council mode: one group as its row shows it (a withheld group: its size and why only). */
interface GroupView extends Record<'name', string> {
    key: string;
    /** Why a withheld group shows no figure; '' for a shown group. */
    note: string;
    rowClass: string;
    size: string;
    active: string;
    loggedIn: string;
    points: string;
    attention: string;
    stuck: string;
    forecastReady: string;
    pastCloseDate: string;
    noNextStep: string;
    stale: string;
    pushed: string;
    completeness: string;
}

interface AttentionView extends Record<'name', string> {
    key: string;
    reasons: { key: string; text: string }[];
}

/** Someone in "Getting started": their step and, for the stuck, why (in words, not only colour). */
interface OnboardingView extends Record<'name', string> {
    key: string;
    itemClass: string;
    statusText: string;
    statusClass: string;
    stepText: string;
    doneText: string;
    detailText: string;
}

interface PulseScreen {
    empty: boolean;
    worksCouncil: boolean;
    /** Works council mode: every group withheld, so nothing is shown. */
    nothingShown: boolean;
    /** False when nothing is shown: tiles of zeros would read as figures. */
    showTiles: boolean;
    groups: GroupView[];
    tiles: Tile[];
    bars: Bar[];
    trendRows: TrendRow[];
    attention: AttentionView[];
    onboarding: OnboardingView[];
    onboardingSummary: string;
    onboardingDefinition: string;
    notes: { key: string; text: string }[];
    staleDefinition: string;
}

// The user's Salesforce locale and time zone, not the browser's.
const NUMBER_FORMAT = new Intl.NumberFormat(LOCALE);
const DATE_FORMAT = new Intl.DateTimeFormat(LOCALE, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: TIME_ZONE
});
const DAY_FORMAT = new Intl.DateTimeFormat(LOCALE, { month: 'short', day: 'numeric', timeZone: 'UTC' });

function numberText(value: number | null | undefined): string {
    return typeof value === 'number' && Number.isFinite(value) ? NUMBER_FORMAT.format(value) : '';
}

// `== null` on purpose: Apex leaves a null property out, so it arrives as undefined.
function countText(value: number | null | undefined, notVisible = false): string {
    if (notVisible) {
        return NOT_VISIBLE;
    }
    return value == null ? '—' : numberText(value);
}

function percentText(value: number | null | undefined, notVisible = false): string {
    if (notVisible) {
        return NOT_VISIBLE;
    }
    return value == null ? '—' : formatLabel(PERCENT, value);
}

/** 'YYYY-MM-DD' as a short day ('Nov 16'), read as UTC so the day never moves. */
function dayText(value: string | null | undefined): string {
    const time = value ? Date.parse(`${value}T00:00:00Z`) : NaN;
    return Number.isNaN(time) ? '' : DAY_FORMAT.format(time);
}

function reasonText(reason: PulseReason): string {
    const values = reason.values ?? [];
    const label = (values[0] === 1 ? REASON_LABELS_ONE[reason.code] : undefined) ?? REASON_LABELS[reason.code];
    return label ? formatLabel(label, ...values) : reason.code;
}

function categoriesText(points: Record<string, number> | null | undefined): string {
    return Object.entries(points ?? {})
        .filter(([, value]) => value !== 0)
        .sort((a, b) => b[1] - a[1])
        .map(([category, value]) => `${CATEGORY_LABELS[category] ?? category} ${numberText(value)}`)
        .join(' · ');
}

function personView(row: PulseRow): PersonView {
    const loginTime = row.lastLogin ? Date.parse(row.lastLogin) : NaN;
    const needsAttention = (row.reasons ?? []).length > 0;
    return {
        key: row.userId,
        name: row.name,
        nameKey: (row.name ?? '').toLocaleLowerCase(),
        title: row.title ?? '',
        you: row.isSelf ? YOU : '',
        rowClass: needsAttention ? 'person needs-attention' : 'person',
        lastLogin: Number.isNaN(loginTime) ? NEVER : DATE_FORMAT.format(loginTime),
        loginDays: numberText(row.loginDays),
        activeDays: numberText(row.activeDays),
        points: numberText(row.points),
        categories: categoriesText(row.categoryPoints),
        openOpportunities: countText(row.openOpportunities, row.opportunitiesNotVisible === true),
        pastCloseDate: countText(row.pastCloseDate, row.opportunitiesNotVisible === true),
        noNextStep: countText(row.noNextStep, row.opportunitiesNotVisible === true),
        stale: countText(row.stale, row.opportunitiesNotVisible === true),
        pushed: countText(row.pushed, row.opportunitiesNotVisible === true),
        completeness: percentText(row.completeness, row.keyFieldsNotVisible === true),
        sort: {
            name: (row.name ?? '').toLocaleLowerCase(),
            lastLogin: Number.isNaN(loginTime) ? null : loginTime,
            loginDays: row.loginDays,
            activeDays: row.activeDays,
            points: row.points,
            openOpportunities: row.openOpportunities ?? null,
            pastCloseDate: row.pastCloseDate ?? null,
            noNextStep: row.noNextStep ?? null,
            stale: row.stale ?? null,
            pushed: row.pushed ?? null,
            completeness: row.completeness ?? null
        }
    };
}

function attentionView(item: PulseAttentionItem): AttentionView {
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
        return formatLabel(QUEST_OVERDUE, item.daysSinceCreated, item.daysToComplete ?? 0);
    }
    if (item.stalled) {
        return item.daysSinceActive == null ? QUEST_NEVER_ACTIVE : formatLabel(QUEST_STALLED, item.daysSinceActive);
    }
    return item.daysSinceCreated === 1 ? QUEST_JOINED_ONE : formatLabel(QUEST_JOINED, item.daysSinceCreated);
}

function onboardingView(item: PulseOnboardingItem): OnboardingView {
    return {
        key: item.userId,
        name: item.name,
        itemClass: item.stuck ? 'onboarding-item stuck' : 'onboarding-item',
        statusText: item.stuck ? QUEST_STUCK : QUEST_ON_TRACK,
        statusClass: item.stuck
            ? 'onboarding-status slds-badge slds-theme_warning'
            : 'onboarding-status slds-badge slds-badge_lightest',
        stepText: formatLabel(
            QUEST_STEP,
            item.stepNumber ?? '',
            item.stepCount,
            item.stepLabel ?? '',
            item.stepCurrent ?? 0,
            item.stepTarget ?? 0
        ),
        doneText: formatLabel(QUEST_STEPS_DONE, item.stepsDone, item.stepCount),
        detailText: onboardingDetail(item)
    };
}

/** A group's name: its lead's team (or the viewer's own), with how many smaller teams were merged in. */
function groupName(group: PulseGroup): string {
    let name = GROUP_NO_LEAD;
    if (group.yourTeam) {
        name = GROUP_YOUR_TEAM;
    } else if (group.leadName != null) {
        name = formatLabel(GROUP_TEAM_OF, group.leadName);
    }
    const merged = (group.teams ?? 1) - 1;
    if (merged === 1) {
        return formatLabel(GROUP_MERGED_ONE, name);
    }
    return merged > 1 ? formatLabel(GROUP_MERGED, name, merged) : name;
}

function groupView(group: PulseGroup, minimum: number): GroupView {
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
        note: withheld ? formatLabel(GROUP_WITHHELD, minimum) : '',
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
    return formatLabel(OF, part, whole);
}

function tiles(view: PulseView): Tile[] {
    const forecast: Tile = { key: 'forecast', label: TILE_FORECAST, value: NOT_MEASURED, detail: '' };
    if (view.worksCouncil === true && view.forecastWithheld === true) {
        forecast.value = '—';
        forecast.detail = formatLabel(FORECAST_WITHHELD, view.minimumGroupSize ?? '');
    } else if (view.forecastAvailable && view.peopleWithOpportunities > 0) {
        forecast.value = ofText(view.forecastReadyPeople, view.peopleWithOpportunities);
        forecast.detail = formatLabel(
            FORECAST_DETAIL,
            view.pastCloseDate,
            view.noNextStep,
            view.stale,
            view.pushed ?? 0
        );
    } else if (view.forecastAvailable) {
        forecast.value = NO_OPPORTUNITIES;
    }
    return [
        { key: 'active', label: TILE_ACTIVE, value: ofText(view.activePeople, view.teamSize), detail: '' },
        { key: 'loggedIn', label: TILE_LOGGED_IN, value: ofText(view.loggedInPeople, view.teamSize), detail: '' },
        { key: 'points', label: TILE_POINTS, value: numberText(view.totalPoints), detail: '' },
        forecast,
        {
            key: 'completeness',
            label: TILE_COMPLETENESS,
            value: view.completeness == null ? NOT_MEASURED : formatLabel(PERCENT, view.completeness),
            detail: ''
        },
        {
            key: 'attention',
            label: TILE_ATTENTION,
            value: ofText(view.attentionPeople ?? (view.attention ?? []).length, view.teamSize),
            detail: ''
        }
    ];
}

function bars(trend: PulseTrendWeek[]): Bar[] {
    const most = Math.max(1, ...trend.map((week) => week.points));
    return trend.map((week) => ({
        key: week.periodKey,
        label: week.periodKey.replace(/^\d{4}-/, ''),
        // At least a sliver, so a quiet week still shows where its bar is.
        style: `height: ${Math.max(2, Math.round((week.points / most) * 100))}%`,
        pointsText: numberText(week.points)
    }));
}

function trendRows(trend: PulseTrendWeek[]): TrendRow[] {
    return trend.map((week) => ({
        key: week.periodKey,
        week: week.periodKey,
        start: dayText(week.weekStart),
        points: numberText(week.points),
        active: numberText(week.activePeople)
    }));
}

function pulseScreen(view: PulseView): PulseScreen {
    const notes: { key: string; text: string }[] = [];
    if (view.loginsCapped) {
        notes.push({ key: 'logins', text: LOGINS_CAPPED });
    }
    if (view.keyFieldsSampled) {
        notes.push({ key: 'sampled', text: SAMPLED });
    }
    if (view.forecastSampled === true) {
        notes.push({ key: 'forecastSampled', text: FORECAST_SAMPLED });
    }
    const worksCouncil = view.worksCouncil === true;
    const minimum = view.minimumGroupSize ?? 0;
    const groups = (view.groups ?? []).map((group) => groupView(group, minimum));
    if (worksCouncil) {
        notes.unshift({ key: 'worksCouncil', text: formatLabel(WORKS_COUNCIL_NOTE, minimum) });
        if ((view.withheldPeople ?? 0) > 0) {
            notes.push({
                key: 'withheld',
                text: formatLabel(WORKS_COUNCIL_WITHHELD, view.withheldPeople, minimum)
            });
        }
    }
    const skipped = (view.skippedKeyFields ?? []).map((field) => field.field);
    if (skipped.length > 0) {
        notes.push({ key: 'skipped', text: formatLabel(SKIPPED_FIELDS, skipped.join(', ')) });
    }
    if ((view.notVisibleForecastPeople ?? 0) > 0) {
        notes.push({
            key: 'notVisibleForecast',
            text: formatLabel(NOT_VISIBLE_FORECAST, view.notVisibleForecastPeople)
        });
    }
    if ((view.notVisibleKeyFieldPeople ?? 0) > 0) {
        notes.push({
            key: 'notVisibleKeyFields',
            text: formatLabel(NOT_VISIBLE_KEY_FIELDS, view.notVisibleKeyFieldPeople)
        });
    }
    const onboardingCount = (view.onboarding ?? []).length;
    const trend = view.trend ?? [];
    return {
        empty: worksCouncil ? (view.groups ?? []).length === 0 : (view.people ?? []).length === 0,
        worksCouncil,
        nothingShown: worksCouncil && groups.length > 0 && groups.every((group) => group.note !== ''),
        showTiles: !(worksCouncil && groups.length > 0 && groups.every((group) => group.note !== '')),
        groups,
        tiles: tiles(view),
        bars: bars(trend),
        trendRows: trendRows(trend),
        attention: (view.attention ?? []).map(attentionView),
        onboarding: (view.onboarding ?? []).map(onboardingView),
        onboardingSummary: formatLabel(
            onboardingCount === 1 ? QUEST_SUMMARY_ONE : QUEST_SUMMARY,
            onboardingCount,
            view.stuckPeople ?? 0
        ),
        onboardingDefinition: formatLabel(QUEST_DEFINITION, view.stalledDays ?? 7),
        notes,
        staleDefinition: formatLabel(STALE_DEFINITION, view.staleAfterDays ?? '')
    };
}

function compare(a: PersonView, b: PersonView, key: SortKey, direction: SortDirection): number {
    const left = a.sort[key];
    const right = b.sort[key];
    // Blank values (never logged in, not measured) go last whichever the direction.
    if (left === null || left === undefined) {
        return right === null || right === undefined ? a.nameKey.localeCompare(b.nameKey) : 1;
    }
    if (right === null || right === undefined) {
        return -1;
    }
    const order =
        typeof left === 'string' || typeof right === 'string'
            ? String(left).localeCompare(String(right))
            : left - right;
    if (order !== 0) {
        return direction === 'ascending' ? order : -order;
    }
    return a.nameKey.localeCompare(b.nameKey);
}

export default class AdoptionPulse extends LightningElement {
    labels = {
        title: TITLE,
        refresh: REFRESH,
        loading: LOADING,
        managersOnly: MANAGERS_ONLY,
        empty: EMPTY,
        period: PERIOD_LABEL,
        thisWeek: THIS_WEEK,
        thisMonth: THIS_MONTH,
        trendTitle: TREND_TITLE,
        colWeek: COL_WEEK,
        colWeekStart: COL_WEEK_START,
        colPoints: COL_POINTS,
        colActivePeople: COL_ACTIVE_PEOPLE,
        peopleTitle: PEOPLE_TITLE,
        colCategories: COL_CATEGORIES,
        attentionTitle: ATTENTION_TITLE,
        attentionNone: ATTENTION_NONE,
        onboardingTitle: QUEST_TITLE,
        scrollHint: TABLE_SCROLL_HINT,
        groupsTitle: GROUPS_TITLE,
        colTeam: COL_TEAM,
        colPeople: COL_PEOPLE,
        colActive: COL_ACTIVE,
        colLoggedIn: COL_LOGGED_IN,
        colAttention: COL_ATTENTION,
        colStuck: COL_STUCK,
        colForecastReady: COL_FORECAST_READY,
        colPastClose: COL_PAST_CLOSE,
        colNoNextStep: COL_NO_NEXT_STEP,
        colStale: COL_STALE,
        colPushed: COL_PUSHED,
        colCompleteness: COL_COMPLETENESS
    };

    get worksCouncilNone(): string {
        return formatLabel(WORKS_COUNCIL_NONE, this.minimumGroupSize ?? '');
    }

    private minimumGroupSize?: number;

    /** Team (default), Org or Everyone; App Builder design attribute. The server decides who is in it. */
    @api
    get scope(): string {
        return this.scopeValue;
    }
    set scope(value: string) {
        this.scopeValue =
            SCOPES.find((scope) => scope.toLowerCase() === String(value ?? '').toLowerCase()) ?? DEFAULT_SCOPE;
    }

    periodType: PulsePeriodType = 'Week';
    screen?: PulseScreen;
    /** Everyone, in the current sort order. */
    people: PersonView[] = [];
    /** The rows on screen: the first ROWS_SHOWN of people, or all of them once asked. */
    shownPeople: PersonView[] = [];
    showAll = false;
    showAllOnboarding = false;
    columns: ColumnView[] = [];
    managersOnly = false;
    error: unknown;
    errorMessage = LOAD_ERROR;
    showTrendTable = false;
    refreshing = false;

    private scopeValue = DEFAULT_SCOPE;
    private sortKey: SortKey = 'name';
    private sortDirection: SortDirection = 'ascending';
    private wired?: ApexWireResult<PulseView>;

    @wire(getPulse, { scope: '$scopeValue', periodType: '$periodType' })
    wirePulse(result: ApexWireResult<PulseView>): void {
        this.wired = result;
        if (result.data) {
            const view = result.data;
            this.error = undefined;
            this.managersOnly = view.managersOnly === true;
            this.minimumGroupSize = view.minimumGroupSize ?? undefined;
            this.screen = this.managersOnly ? undefined : pulseScreen(view);
            this.people = this.managersOnly ? [] : this.sorted((view.people ?? []).map(personView));
            this.shownPeople = this.visible(this.people);
            this.columns = this.columnViews();
        } else if (result.error) {
            this.error = result.error;
            // The server's message is a label meant for the user (e.g. a scope they may not have).
            this.errorMessage = reduceErrors(result.error)[0] ?? LOAD_ERROR;
            this.screen = undefined;
            this.people = [];
            this.shownPeople = [];
        }
    }

    get loading(): boolean {
        return !this.screen && !this.error && !this.managersOnly;
    }

    get hasAttention(): boolean {
        return (this.screen?.attention.length ?? 0) > 0;
    }

    get hasOnboarding(): boolean {
        return (this.screen?.onboarding.length ?? 0) > 0;
    }

    get shownOnboarding(): OnboardingView[] {
        const all = this.screen?.onboarding ?? [];
        return this.showAllOnboarding ? all : all.slice(0, ONBOARDING_SHOWN);
    }

    get hasMoreOnboarding(): boolean {
        return !this.showAllOnboarding && (this.screen?.onboarding.length ?? 0) > ONBOARDING_SHOWN;
    }

    get onboardingShowAllLabel(): string {
        return formatLabel(SHOW_ALL, this.screen?.onboarding.length ?? 0);
    }

    handleShowAllOnboarding(): void {
        this.showAllOnboarding = true;
    }

    get weekPressed(): string {
        return String(this.periodType === 'Week');
    }

    get monthPressed(): string {
        return String(this.periodType === 'Month');
    }

    get weekClass(): string {
        return this.periodType === 'Week'
            ? 'period-week slds-button slds-button_brand'
            : 'period-week slds-button slds-button_neutral';
    }

    get monthClass(): string {
        return this.periodType === 'Month'
            ? 'period-month slds-button slds-button_brand'
            : 'period-month slds-button slds-button_neutral';
    }

    get trendToggleLabel(): string {
        return this.showTrendTable ? TREND_HIDE_TABLE : TREND_SHOW_TABLE;
    }

    get trendTableExpanded(): string {
        return String(this.showTrendTable);
    }

    get trendTableClass(): string {
        // Always in the page for screen readers (the chart itself is hidden from them); shown on demand.
        return this.showTrendTable
            ? 'trend-table slds-table slds-table_bordered slds-m-top_x-small'
            : 'trend-table assistive';
    }

    get chartSummary(): string {
        return (this.screen?.trendRows ?? [])
            .map((row) => formatLabel(TREND_BAR, row.week, row.points, row.active))
            .join('; ');
    }

    private readonly onResize = (): void => this.measureTable();

    override connectedCallback(): void {
        window.addEventListener('resize', this.onResize);
    }

    override disconnectedCallback(): void {
        window.removeEventListener('resize', this.onResize);
    }

    override renderedCallback(): void {
        const root = this.refs?.root;
        if (root && (this.screen || this.managersOnly || this.error) && !root.hasAttribute('data-ready')) {
            root.setAttribute('data-ready', 'true');
        }
        this.measureTable();
    }

    // Compares the table's width with its scroll box and marks the section `data-overflows` (the CSS
    // shows the hint and a shadow on the right edge): an attribute, not component state, so that a
    // 500-row table is not rendered a second time for one line of text.
    private measureTable(): void {
        const section = this.refs?.peopleSection;
        const box = this.refs?.tableScroll;
        if (!section || !box) {
            return;
        }
        const overflows = box.scrollWidth > box.clientWidth + 1;
        if (overflows !== section.hasAttribute('data-overflows')) {
            section.toggleAttribute('data-overflows', overflows);
        }
    }

    handleWeek(): void {
        this.periodType = 'Week';
    }

    handleMonth(): void {
        this.periodType = 'Month';
    }

    handleToggleTrendTable(): void {
        this.showTrendTable = !this.showTrendTable;
    }

    async handleRefresh(): Promise<void> {
        if (!this.wired || (this.wired.data === undefined && this.wired.error === undefined)) {
            return;
        }
        this.refreshing = true;
        try {
            await refreshApex(this.wired);
        } finally {
            this.refreshing = false;
        }
    }

    handleSort(event: Event): void {
        const key =
            event.currentTarget instanceof HTMLElement ? (event.currentTarget.dataset.key as SortKey) : undefined;
        const column = COLUMNS.find((candidate) => candidate.key === key);
        if (!column) {
            return;
        }
        if (this.sortKey === column.key) {
            this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
        } else {
            this.sortKey = column.key;
            this.sortDirection = column.numeric ? 'descending' : 'ascending';
        }
        this.people = this.sorted(this.people);
        this.shownPeople = this.visible(this.people);
        this.columns = this.columnViews();
    }

    handleShowAll(): void {
        this.showAll = true;
        this.shownPeople = this.people;
    }

    get hasMoreRows(): boolean {
        return this.shownPeople.length < this.people.length;
    }

    get showingText(): string {
        return formatLabel(SHOWING, this.shownPeople.length, this.people.length);
    }

    get showAllLabel(): string {
        return formatLabel(SHOW_ALL, this.people.length);
    }

    private visible(rows: PersonView[]): PersonView[] {
        return this.showAll || rows.length <= ROWS_SHOWN ? rows : rows.slice(0, ROWS_SHOWN);
    }

    private sorted(rows: PersonView[]): PersonView[] {
        const key = this.sortKey;
        const direction = this.sortDirection;
        return [...rows].sort((a, b) => compare(a, b, key, direction));
    }

    private columnViews(): ColumnView[] {
        return COLUMNS.map((column) => {
            const active = column.key === this.sortKey;
            return {
                key: column.key,
                label: column.label,
                ariaSort: active ? this.sortDirection : 'none',
                sortHint: formatLabel(SORT_HINT, column.label),
                headerClass: column.numeric
                    ? 'sortable slds-is-sortable slds-text-align_right'
                    : 'sortable slds-is-sortable',
                arrow: active ? (this.sortDirection === 'ascending' ? '▲' : '▼') : ''
            };
        });
    }
}
