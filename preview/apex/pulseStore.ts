// Shared by the local answer of PulseController.getPulse: what PulseService and its selectors do in
// the org, over the sample data. Not an answer itself. Keep the rules in step with PulseService.cls and its parts:
// - people: the scope's users by name; a caller who is no manager (Adoption_Manage or direct
//   reports) gets managersOnly and nothing else;
// - days logged in: the sample data holds no LoginHistory, so a day with a scored action or the
//   day of LastLoginDate counts as a login day (in the org: distinct days of successful logins);
// - activity, points, categories: the period's score row; last active: the All Time row;
// - forecast: open opportunities past their close date, without a next step, pushed out (the
//   record's PushCount above 0), or without activity for Stale_After_Days__c days (never any
//   activity and created before then counts too). In the org "activity" means a task or event with
//   real content logged on the opportunity (PulseService); the sample links no tasks to its
//   opportunities, so LastActivityDate stands in for it here;
// - key fields: Key_Fields__c on open records (IsClosed = false, IsConverted = false, else created in
//   the last 90 days); reasons and their thresholds as in PulseService;
// - getting started: whoever's onboarding quest (the one My Progress shows: questFor) is not
//   complete, stuck first; stuck is overdue (Days_To_Complete__c days since the later of CreatedDate
//   and the All Time row's CreatedDate, the first scored action, have passed)
//   or stalled (no scored action for STALLED_DAYS days, or never, created at least that long ago),
//   as QuestsService.onboardingOf decides.
// - not visible: records the caller's sharing hides (the sample has no sharing model: the source's
//   `hidden` predicate stands in for it). A person with a hidden open opportunity gets
//   opportunitiesNotVisible and no forecast figures; one with any hidden key field record gets
//   keyFieldsNotVisible and no completeness; both are left out of the team's figures and counted
//   (notVisibleForecastPeople, notVisibleKeyFieldPeople), as PulseService does with its count per
//   owner in system mode;
// - works council mode (Works_Council_Mode__c): no people, attention or onboarding entries; groups are
//   the fixed teams (privacyStore.worksCouncilTeamsOf: everyone with the same manager, counted over
//   `everyone`, shown only whole and of Minimum_Group_Size__c, never below 3, besides the caller, who
//   counts nowhere), never merged; every figure recomputed from the shown groups, forecast and
//   completeness only where at least that many people contribute (PulseWorksCouncil);
// - Apex leaves null properties out of the JSON: so does this answer (withoutNulls).
// The 500-person page ("dataset": "benchmark") reads the first 500 users of the benchmark set, whose
// rows hold only the current periods: older weeks, logins and opportunities are derived from each
// user's Id, the same on every load.
import type {
    PulseAttentionItem,
    PulseGroup,
    PulseKeyField,
    PulseOnboardingItem,
    PulsePeriodType,
    PulseReason,
    PulseRow,
    PulseSkippedField,
    PulseTrendWeek,
    PulseView
} from '@salesforce/apex/PulseController.getPulse';
import { ALL_TIME_KEY, periodKey, periodStart, weekStartDayNumber } from 'c/adoptionCore';
import type { CrmRecord, DemoUser, MetadataRecord, PeriodScore } from '../data/types';
import { questFor } from './questsStore';
import { addDays, daysBetween } from './promptsStore';
import { worksCouncilTeamsOf } from './privacyStore';

export const TREND_WEEKS = 8;
export const INACTIVE_DAYS = 7;
export const NO_LOGIN_DAYS = 7;
export const LOW_COMPLETENESS_PERCENT = 70;
export const STALLED_DAYS = 7;
const RECENT_DAYS = 90;

/** The onboarding quests, their steps, and the rules that name the steps. */
export interface QuestConfig {
    quests: MetadataRecord[];
    questSteps: MetadataRecord[];
    rules: MetadataRecord[];
}

/** What one pulse is computed from. */
export interface PulseSource {
    today: string;
    settings: MetadataRecord;
    users: DemoUser[];
    /** Every user of the org, for the works council teams' org-wide sizes; the scope's users when absent. */
    everyone?: DemoUser[];
    scores: PeriodScore[];
    /** Opportunity, Contact, ... by object name; only the scope's records are read. */
    records: Record<string, CrmRecord[]>;
    /** User Id -> days (YYYY-MM-DD) with a scored action, for login days. */
    activeDays: Map<string, Set<string>>;
    callerId: string;
    /** Records the caller's sharing would hide (the org's sharing, stood in for); none when absent. */
    hidden?: (record: CrmRecord) => boolean;
    /** Without it, nobody is onboarding. */
    questConfig?: QuestConfig;
}

interface Calendar {
    weekStartDay: number;
    fiscalStartMonth: number;
    namedByEndingYear: boolean;
}

function calendarOf(settings: MetadataRecord): Calendar {
    const month = Number(settings.Fiscal_Year_Start_Month__c);
    return {
        weekStartDay: weekStartDayNumber(String(settings.Week_Start_Day__c ?? 'Monday')),
        fiscalStartMonth: Number.isInteger(month) && month >= 1 && month <= 12 ? month : 1,
        namedByEndingYear: settings.Fiscal_Year_Based_On__c !== 'Starting Month'
    };
}

function keyOf(calendar: Calendar, day: string, type: PulsePeriodType): string {
    return periodKey(day, type, calendar.weekStartDay, calendar.fiscalStartMonth, calendar.namedByEndingYear);
}

function startOf(calendar: Calendar, day: string, type: PulsePeriodType): string {
    return periodStart(day, type, calendar.weekStartDay, calendar.fiscalStartMonth) ?? day;
}

function blank(value: unknown): boolean {
    return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function percent(part: number, whole: number): number | null {
    return whole === 0 ? null : Math.floor((100 * part) / whole);
}

function categories(body: string | undefined): Record<string, number> {
    try {
        return body ? (JSON.parse(body) as Record<string, number>) : {};
    } catch {
        return {};
    }
}

/** Key_Fields__c entries that can be measured here, by object, and those skipped (as PulseService). */
function keyFieldPlan(
    settings: MetadataRecord,
    records: Record<string, CrmRecord[]>
): { byObject: Map<string, string[]>; skipped: PulseSkippedField[] } {
    const byObject = new Map<string, string[]>();
    const skipped: PulseSkippedField[] = [];
    for (const entry of String(settings.Key_Fields__c ?? '')
        .split(/[,;\s]+/)
        .filter(Boolean)) {
        const [objectName, field, extra] = entry.split('.');
        if (!field || extra !== undefined) {
            skipped.push({ field: entry, reason: 'Not in the form Object.Field.', invalid: true });
            continue;
        }
        const sample = records[objectName]?.[0];
        if (!sample) {
            skipped.push({ field: entry, reason: `No object ${objectName} in this org.`, invalid: true });
            continue;
        }
        if (!(field in sample)) {
            skipped.push({ field: entry, reason: `No such field on ${objectName}.`, invalid: true });
            continue;
        }
        byObject.set(objectName, [...(byObject.get(objectName) ?? []), field]);
    }
    return { byObject, skipped };
}

function isOpen(record: CrmRecord, today: string): boolean {
    if ('IsClosed' in record) {
        return record.IsClosed !== true;
    }
    if ('IsConverted' in record) {
        return record.IsConverted !== true;
    }
    const created = String(record.CreatedDate ?? '').slice(0, 10);
    return created !== '' && daysBetween(created, today) <= RECENT_DAYS;
}

function ruleCounts(row: PeriodScore | undefined): Record<string, number> {
    try {
        return row?.Rule_Counts__c ? (JSON.parse(row.Rule_Counts__c) as Record<string, number>) : {};
    } catch {
        return {};
    }
}

/** QuestsService.onboardingOf for one person: null when their quest is complete or none applies. */
function onboardingOf(
    user: DemoUser,
    allTime: PeriodScore | undefined,
    config: QuestConfig,
    today: string
): PulseOnboardingItem | null {
    const quest = questFor(config.quests, config.questSteps, config.rules, ruleCounts(allTime), user, today);
    if (!quest || quest.complete) {
        return null;
    }
    const step = quest.steps.find((candidate) => candidate.isCurrent);
    const days = config.quests.find((candidate) => candidate.DeveloperName === quest.name)?.Days_To_Complete__c;
    const daysToComplete = typeof days === 'number' ? days : null;
    const daysSinceCreated = user.CreatedDate ? daysBetween(user.CreatedDate.slice(0, 10), today) : 0;
    // The quest's clock starts at the later of the user's creation and their first scored action.
    const firstAction = allTime?.CreatedDate ? daysBetween(allTime.CreatedDate.slice(0, 10), today) : null;
    const daysSinceStarted = firstAction === null ? daysSinceCreated : Math.min(daysSinceCreated, firstAction);
    const daysSinceActive = allTime?.Last_Active_On__c ? daysBetween(allTime.Last_Active_On__c, today) : null;
    const overdue = daysToComplete !== null && daysSinceStarted > daysToComplete;
    const stalled = daysSinceCreated >= STALLED_DAYS && (daysSinceActive === null || daysSinceActive >= STALLED_DAYS);
    return {
        userId: user.Id,
        name: user.Name,
        questName: quest.name,
        questLabel: quest.label,
        stepNumber: step?.stepNumber ?? 0,
        stepCount: quest.stepCount,
        stepLabel: step?.label ?? '',
        stepCurrent: step?.current ?? 0,
        stepTarget: step?.target ?? 0,
        stepsDone: quest.stepsDone,
        daysSinceCreated,
        daysToComplete,
        daysSinceActive,
        overdue,
        stalled,
        stuck: overdue || stalled
    };
}

function reasonsOf(row: PulseRow, staleAfterDays: number, onboarding: PulseOnboardingItem | undefined): PulseReason[] {
    const reasons: PulseReason[] = [];
    if (row.daysSinceActive == null) {
        reasons.push({ code: 'Never_Active', values: [] });
    } else if (row.daysSinceActive >= INACTIVE_DAYS) {
        reasons.push({ code: 'Inactive', values: [row.daysSinceActive] });
    }
    if (row.daysSinceLogin == null) {
        reasons.push({ code: 'Never_Logged_In', values: [] });
    } else if (row.daysSinceLogin >= NO_LOGIN_DAYS) {
        reasons.push({ code: 'No_Login', values: [row.daysSinceLogin] });
    }
    if (onboarding?.stuck) {
        reasons.push({ code: 'Quest_Stuck', values: [onboarding.stepNumber ?? 0, onboarding.stepCount] });
    }
    // Not visible: no forecast or completeness reason from figures the manager cannot see.
    if ((row.pastCloseDate ?? 0) > 0) {
        reasons.push({ code: 'Past_Close', values: [row.pastCloseDate ?? 0] });
    }
    if ((row.stale ?? 0) > 0) {
        reasons.push({ code: 'Stale', values: [row.stale ?? 0, staleAfterDays] });
    }
    if ((row.noNextStep ?? 0) > 0) {
        reasons.push({ code: 'No_Next_Step', values: [row.noNextStep ?? 0] });
    }
    if (row.completeness != null && row.completeness < LOW_COMPLETENESS_PERCENT) {
        reasons.push({ code: 'Low_Completeness', values: [row.completeness] });
    }
    return reasons;
}

/** The pulse of the source's users for a period, as PulseService.build computes it. */
export function computePulse(source: PulseSource, periodType: PulsePeriodType): PulseView {
    const { today, settings } = source;
    const calendar = calendarOf(settings);
    const staleAfterDays = Number(settings.Stale_After_Days__c ?? 14);
    const periodKeyNow = keyOf(calendar, today, periodType);
    const periodStartDay = startOf(calendar, today, periodType);
    const thisWeek = startOf(calendar, today, 'Week');
    const trend: PulseTrendWeek[] = [];
    for (let i = TREND_WEEKS - 1; i >= 0; i--) {
        const weekStart = addDays(thisWeek, -7 * i);
        trend.push({ periodKey: keyOf(calendar, weekStart, 'Week'), weekStart, points: 0, activePeople: 0 });
    }
    const weekIndex = new Map(trend.map((week, index) => [week.periodKey, index]));
    const users = [...source.users].sort((a, b) => a.Name.localeCompare(b.Name) || a.Id.localeCompare(b.Id));
    const rows = new Map<string, PulseRow>();
    for (const user of users) {
        const days = [...(source.activeDays.get(user.Id) ?? [])].filter((day) => day >= periodStartDay && day <= today);
        const lastLogin = user.LastLoginDate ?? null;
        if (lastLogin && lastLogin.slice(0, 10) >= periodStartDay) {
            days.push(lastLogin.slice(0, 10));
        }
        rows.set(user.Id, {
            userId: user.Id,
            name: user.Name,
            title: user.Title ?? null,
            isSelf: user.Id === source.callerId,
            lastLogin,
            daysSinceLogin: lastLogin ? daysBetween(lastLogin.slice(0, 10), today) : null,
            loginDays: new Set(days).size,
            activeDays: 0,
            points: 0,
            actions: 0,
            categoryPoints: {},
            lastActiveOn: null,
            daysSinceActive: null,
            weeklyPoints: trend.map(() => 0),
            opportunitiesNotVisible: false,
            openOpportunities: 0,
            pastCloseDate: 0,
            noNextStep: 0,
            stale: 0,
            pushed: 0,
            keyFieldsFilled: 0,
            keyFieldsTotal: 0,
            keyFieldsNotVisible: false,
            completeness: null,
            reasons: []
        });
    }
    const allTimeRows = new Map<string, PeriodScore>();
    for (const score of source.scores) {
        const row = rows.get(score.User__c);
        if (!row) {
            continue;
        }
        if (score.Period_Key__c === ALL_TIME_KEY) {
            row.lastActiveOn = score.Last_Active_On__c;
            allTimeRows.set(score.User__c, score);
        }
        if (score.Period_Key__c === periodKeyNow) {
            row.points = score.Points__c;
            row.actions = score.Actions__c;
            row.activeDays = score.Active_Days__c;
            row.categoryPoints = categories(score.Category_Points__c);
        }
        const index = weekIndex.get(score.Period_Key__c);
        if (index !== undefined) {
            row.weeklyPoints[index] = score.Points__c;
            trend[index].points += score.Points__c;
            trend[index].activePeople += score.Active_Days__c > 0 ? 1 : 0;
        }
    }

    const plan = keyFieldPlan(settings, source.records);
    const keyFields = new Map<string, PulseKeyField>();
    for (const [objectName, fields] of plan.byObject) {
        for (const field of fields) {
            keyFields.set(`${objectName}.${field}`, {
                field: `${objectName}.${field}`,
                filled: 0,
                total: 0,
                percent: null
            });
        }
    }
    const staleCutoff = addDays(today, -staleAfterDays);
    // Per person and key field: [filled, total], added to the team once every record is read, so that
    // a person with hidden records counts nowhere (PulseService's KeyFieldTally).
    const tallies = new Map<string, Map<string, [number, number]>>();
    const hidden = source.hidden ?? (() => false);
    for (const [objectName, records] of Object.entries(source.records)) {
        const fields = plan.byObject.get(objectName) ?? [];
        for (const record of records) {
            const row = rows.get(String(record.OwnerId));
            if (!row || !isOpen(record, today)) {
                continue;
            }
            if (hidden(record)) {
                if (objectName === 'Opportunity') {
                    row.opportunitiesNotVisible = true;
                }
                if (fields.length > 0) {
                    row.keyFieldsNotVisible = true;
                }
                continue;
            }
            if (objectName === 'Opportunity') {
                row.openOpportunities = (row.openOpportunities ?? 0) + 1;
                if (String(record.CloseDate) < today) {
                    row.pastCloseDate = (row.pastCloseDate ?? 0) + 1;
                }
                if (blank(record.NextStep)) {
                    row.noNextStep = (row.noNextStep ?? 0) + 1;
                }
                const lastActivity = record.LastActivityDate ? String(record.LastActivityDate) : null;
                const created = String(record.CreatedDate ?? '').slice(0, 10);
                if (lastActivity ? lastActivity < staleCutoff : created < staleCutoff) {
                    row.stale = (row.stale ?? 0) + 1;
                }
                if (Number(record.PushCount ?? 0) > 0) {
                    row.pushed = (row.pushed ?? 0) + 1;
                }
            }
            const tally = tallies.get(row.userId) ?? new Map<string, [number, number]>();
            tallies.set(row.userId, tally);
            for (const field of fields) {
                const counts = tally.get(`${objectName}.${field}`) ?? [0, 0];
                counts[1]++;
                counts[0] += blank(record[field]) ? 0 : 1;
                tally.set(`${objectName}.${field}`, counts);
            }
        }
    }
    for (const [userId, tally] of tallies) {
        const row = rows.get(userId);
        if (!row || row.keyFieldsNotVisible) {
            continue;
        }
        for (const [key, [filledCount, totalCount]] of tally) {
            const stat = keyFields.get(key);
            if (stat) {
                stat.filled += filledCount;
                stat.total += totalCount;
            }
            row.keyFieldsFilled += filledCount;
            row.keyFieldsTotal += totalCount;
        }
    }
    for (const row of rows.values()) {
        if (row.opportunitiesNotVisible) {
            row.openOpportunities = null;
            row.pastCloseDate = null;
            row.noNextStep = null;
            row.stale = null;
            row.pushed = null;
        }
    }

    const view: PulseView = {
        managersOnly: false,
        scope: null,
        periodType,
        periodKey: periodKeyNow,
        periodStart: periodStartDay,
        today,
        staleAfterDays,
        inactiveDays: INACTIVE_DAYS,
        lowCompletenessPercent: LOW_COMPLETENESS_PERCENT,
        teamSize: 0,
        activePeople: 0,
        loggedInPeople: 0,
        totalPoints: 0,
        forecastAvailable: true,
        openOpportunities: 0,
        pastCloseDate: 0,
        noNextStep: 0,
        stale: 0,
        pushed: 0,
        activityMeasured: true,
        forecastSampled: false,
        peopleWithOpportunities: 0,
        forecastReadyPeople: 0,
        notVisibleForecastPeople: 0,
        notVisibleKeyFieldPeople: 0,
        completeness: null,
        keyFields: [...keyFields.values()].map((stat) => ({ ...stat, percent: percent(stat.filled, stat.total) })),
        skippedKeyFields: plan.skipped,
        keyFieldsSampled: false,
        loginsCapped: false,
        trend,
        people: [],
        attention: [],
        onboarding: [],
        stuckPeople: 0,
        stalledDays: STALLED_DAYS,
        attentionPeople: 0,
        worksCouncil: false,
        minimumGroupSize: null,
        groups: [],
        withheldPeople: 0,
        forecastWithheld: false
    };
    const onboarding = new Map<string, PulseOnboardingItem>();
    if (source.questConfig) {
        for (const user of users) {
            const item = onboardingOf(user, allTimeRows.get(user.Id), source.questConfig, today);
            if (item) {
                onboarding.set(user.Id, item);
            }
        }
    }
    // Stuck first; people stay by name within each (a stable sort).
    view.onboarding = [...onboarding.values()].sort((a, b) => Number(b.stuck) - Number(a.stuck));
    view.stuckPeople = view.onboarding.filter((item) => item.stuck).length;
    let filled = 0;
    let total = 0;
    const activeWeeks = new Map<string, Set<number>>();
    for (const score of source.scores) {
        const index = weekIndex.get(score.Period_Key__c);
        if (index !== undefined && rows.has(score.User__c) && score.Active_Days__c > 0) {
            const weeks = activeWeeks.get(score.User__c) ?? new Set<number>();
            weeks.add(index);
            activeWeeks.set(score.User__c, weeks);
        }
    }
    for (const row of rows.values()) {
        row.daysSinceActive = row.lastActiveOn ? daysBetween(row.lastActiveOn, today) : null;
        row.completeness = row.keyFieldsNotVisible ? null : percent(row.keyFieldsFilled, row.keyFieldsTotal);
        view.notVisibleForecastPeople += row.opportunitiesNotVisible ? 1 : 0;
        view.notVisibleKeyFieldPeople += row.keyFieldsNotVisible ? 1 : 0;
        row.reasons = reasonsOf(row, staleAfterDays, onboarding.get(row.userId));
        filled += row.keyFieldsFilled;
        total += row.keyFieldsTotal;
        view.teamSize++;
        view.activePeople += row.activeDays > 0 ? 1 : 0;
        view.loggedInPeople += row.loginDays > 0 ? 1 : 0;
        view.totalPoints += row.points;
        view.attentionPeople += row.reasons.length > 0 ? 1 : 0;
        summariseForecast(view, row);
        view.people.push(row);
    }
    view.completeness = percent(filled, total);
    const attention: PulseAttentionItem[] = view.people
        .filter((row) => row.reasons.length > 0)
        .map((row) => ({ userId: row.userId, name: row.name, reasons: row.reasons }));
    // Most reasons first; people stay by name within a count (a stable sort).
    view.attention = attention.sort((a, b) => b.reasons.length - a.reasons.length);
    if (source.settings.Works_Council_Mode__c === true) {
        applyWorksCouncil(view, source, onboarding, activeWeeks);
    }
    return withoutNulls(view);
}

/** The forecast part of PulseViews.PulseView.addPerson. */
function summariseForecast(
    view: Pick<
        PulseView,
        | 'openOpportunities'
        | 'pastCloseDate'
        | 'noNextStep'
        | 'stale'
        | 'pushed'
        | 'peopleWithOpportunities'
        | 'forecastReadyPeople'
    >,
    row: PulseRow
): void {
    if ((row.openOpportunities ?? 0) > 0) {
        view.openOpportunities += row.openOpportunities ?? 0;
        view.pastCloseDate += row.pastCloseDate ?? 0;
        view.noNextStep += row.noNextStep ?? 0;
        view.stale += row.stale ?? 0;
        view.pushed += row.pushed ?? 0;
        view.peopleWithOpportunities++;
        if (!row.pastCloseDate && !row.noNextStep && !row.stale) {
            view.forecastReadyPeople++;
        }
    }
}

/** AdoptionSettingsSelector.minimumGroupSize: the setting, 5 by default, never below 3. */
export function minimumGroupSize(settings: MetadataRecord): number {
    const value = Number(settings.Minimum_Group_Size__c);
    return Math.max(3, Number.isFinite(value) && settings.Minimum_Group_Size__c != null ? Math.floor(value) : 5);
}

/** The reasons that are forecast figures: counted for a group only when its forecast is shown. */
const FORECAST_REASONS = new Set(['Past_Close', 'No_Next_Step', 'Stale', 'Pushed']);
/** The forecast figures a group adds to the view when it shows them. */
const FORECAST_FIGURES = [
    'openOpportunities',
    'pastCloseDate',
    'noNextStep',
    'stale',
    'pushed',
    'peopleWithOpportunities',
    'forecastReadyPeople'
] as const;

/** PulseWorksCouncil over the sample: groups by team lead, the caller left out; the view's totals add up the shown figures only. */
function applyWorksCouncil(
    view: PulseView,
    source: PulseSource,
    onboarding: Map<string, PulseOnboardingItem>,
    activeWeeks: Map<string, Set<number>>
): void {
    const minimum = minimumGroupSize(source.settings);
    const leadOf = new Map(source.users.map((user) => [user.Id, user.ManagerId ?? null]));
    const nameOf = new Map(source.users.map((user) => [user.Id, user.Name]));
    // The caller counts for whether a team is whole, then nowhere.
    const teamOf = worksCouncilTeamsOf(source.users, source.everyone ?? source.users, minimum);
    const members = new Map<string, PulseRow[]>();
    const whole = new Map<string, boolean>();
    for (const row of view.people) {
        if (row.userId === source.callerId) {
            continue;
        }
        const team = teamOf.get(row.userId);
        const key = team ?? leadOf.get(row.userId) ?? 'none';
        whole.set(key, team !== undefined);
        members.set(key, [...(members.get(key) ?? []), row]);
    }
    const teams = [...members.entries()].map(([key, rows]) => ({
        key,
        size: rows.length,
        withheld: !whole.get(key) || rows.length < minimum
    }));
    const keep = { filled: 0, measured: 0, people: 0 };
    Object.assign(view, {
        worksCouncil: true,
        minimumGroupSize: minimum,
        teamSize: 0,
        activePeople: 0,
        loggedInPeople: 0,
        totalPoints: 0,
        openOpportunities: 0,
        pastCloseDate: 0,
        noNextStep: 0,
        stale: 0,
        pushed: 0,
        peopleWithOpportunities: 0,
        forecastReadyPeople: 0,
        notVisibleForecastPeople: 0,
        notVisibleKeyFieldPeople: 0,
        attentionPeople: 0,
        stuckPeople: 0,
        withheldPeople: 0
    });
    for (const week of view.trend) {
        week.points = 0;
        week.activePeople = 0;
    }
    const groups: PulseGroup[] = teams.map((bucket) => {
        const key = bucket.key;
        const group: PulseGroup = {
            key,
            leadName: key === 'none' ? null : (nameOf.get(key) ?? null),
            yourTeam: key === source.callerId,
            teams: 1,
            size: bucket.size,
            withheld: bucket.withheld,
            activePeople: 0,
            loggedInPeople: 0,
            totalPoints: 0,
            attentionPeople: 0,
            stuckPeople: 0,
            forecastWithheld: false
        };
        if (bucket.withheld) {
            view.withheldPeople += bucket.size;
            return group;
        }
        const part = {
            openOpportunities: 0,
            pastCloseDate: 0,
            noNextStep: 0,
            stale: 0,
            pushed: 0,
            peopleWithOpportunities: 0,
            forecastReadyPeople: 0
        };
        const rows = members.get(key) ?? [];
        let filled = 0;
        let measured = 0;
        let measuredPeople = 0;
        let notVisibleForecast = 0;
        let notVisibleKeyFields = 0;
        for (const row of rows) {
            group.activePeople += row.activeDays > 0 ? 1 : 0;
            group.loggedInPeople += row.loginDays > 0 ? 1 : 0;
            group.totalPoints += row.points;
            group.stuckPeople += onboarding.get(row.userId)?.stuck ? 1 : 0;
            summariseForecast(part, row);
            notVisibleForecast += row.opportunitiesNotVisible ? 1 : 0;
            notVisibleKeyFields += row.keyFieldsNotVisible ? 1 : 0;
            if (!row.keyFieldsNotVisible && row.keyFieldsTotal > 0) {
                filled += row.keyFieldsFilled;
                measured += row.keyFieldsTotal;
                measuredPeople++;
            }
            view.trend.forEach((week, index) => {
                week.points += row.weeklyPoints[index] ?? 0;
                week.activePeople += activeWeeks.get(row.userId)?.has(index) ? 1 : 0;
            });
        }
        group.forecastWithheld = part.peopleWithOpportunities < minimum;
        const completenessShown = measuredPeople >= minimum;
        // Only reasons whose figure the group shows (PulseWorksCouncil.attentionAmong).
        group.attentionPeople = rows.filter((row) =>
            row.reasons.some((reason) =>
                FORECAST_REASONS.has(reason.code)
                    ? !group.forecastWithheld
                    : reason.code === 'Low_Completeness'
                      ? completenessShown
                      : true
            )
        ).length;
        // The view adds up what the groups show, nothing else (PulseWorksCouncil.addToView).
        view.teamSize += group.size;
        view.activePeople += group.activePeople;
        view.loggedInPeople += group.loggedInPeople;
        view.totalPoints += group.totalPoints;
        view.attentionPeople += group.attentionPeople;
        view.stuckPeople += group.stuckPeople;
        // A group whose forecast is withheld says nothing of it, not even how many have open deals.
        if (!group.forecastWithheld) {
            Object.assign(group, part);
            for (const field of FORECAST_FIGURES) {
                view[field] += part[field];
            }
            view.notVisibleForecastPeople += notVisibleForecast;
        }
        group.completeness = completenessShown ? percent(filled, measured) : null;
        if (completenessShown) {
            keep.filled += filled;
            keep.measured += measured;
            keep.people += measuredPeople;
            view.notVisibleKeyFieldPeople += notVisibleKeyFields;
        }
        return group;
    });
    view.groups = groups;
    view.forecastWithheld = view.peopleWithOpportunities < minimum;
    if (view.forecastWithheld) {
        Object.assign(view, {
            openOpportunities: 0,
            pastCloseDate: 0,
            noNextStep: 0,
            stale: 0,
            pushed: 0,
            forecastReadyPeople: 0
        });
    }
    view.completeness = keep.people >= minimum ? percent(keep.filled, keep.measured) : null;
    view.keyFields = [];
    view.people = [];
    view.attention = [];
    view.onboarding = [];
}

/** The view as Apex sends it: a null property is left out of the JSON, not sent as null. */
export function withoutNulls<T>(value: T): T {
    return JSON.parse(JSON.stringify(value, (_key, item: unknown) => (item === null ? undefined : item))) as T;
}

/** A number from 0 to 1 fixed by a user Id and a salt: the same on every load. */
export function seeded(userId: string, salt: number): number {
    let hash = 2166136261 ^ salt;
    for (let i = 0; i < userId.length; i++) {
        hash = Math.imul(hash ^ userId.charCodeAt(i), 16777619);
    }
    return ((hash >>> 0) % 10007) / 10007;
}
