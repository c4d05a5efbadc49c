// Local answer for `@salesforce/apex/PulseController.getPulse`: the adoption pulse of the caller's
// scope (pulseStore.ts says how each figure is computed here and in the org). Scopes as ScopesService
// resolves them (scopesStore.resolveScope): Team is the caller and their direct reports (a rep's:
// their manager's team, which is not theirs: managersOnly); Org is everyone below the caller in the
// reporting lines (the sample has no roles); Everyone is for admins only (Adoption_Administer in the
// page file). In works council mode (the settings' Works_Council_Mode__c, set by a page script) a
// group pulse is refused and the view holds groups only. On the 500-person page ("dataset": "benchmark") the scope is the first
// 500 users of the benchmark set, the page's manager among them; the set has no creation dates or
// rule counts, so each person's are derived from their Id: about 3% joined in the last 45 days and
// are part way through the onboarding quest, everyone else finished it long ago.
// Sharing, stood in for: in the org a manager sees what the role hierarchy and sharing rules allow,
// and a rep whose records sit outside it shows as "not visible" (PulseService). The sample has no
// sharing model, so one rep of the caller's team (fixed by their Id), and about 2% of the 500-person
// set, own opportunities the caller "cannot see".
import type { GetPulseParams, PulseView } from '@salesforce/apex/PulseController.getPulse';
import ERROR_SCOPE from '@salesforce/label/c.Adoption_Board_Error_Scope';
import ERROR_WORKS_COUNCIL_GROUP from '@salesforce/label/c.Adoption_Pulse_Error_Works_Council_Group';
import { ALL_TIME_KEY } from 'c/adoptionCore';
import type { CrmRecord, DemoUser, MetadataRecord, PeriodScore } from '../data/types';
import { benchmarkData, currentUserId, demoData, usesBenchmark } from '../runtime/demo';
import { addDays } from './promptsStore';
import { TREND_WEEKS, computePulse, seeded, withoutNulls } from './pulseStore';
import type { PulseSource, QuestConfig } from './pulseStore';
import { resolveScope } from './scopesStore';

const SCOPES = ['Team', 'Org', 'Everyone', 'Group'];
const ORG_SIZE = 500;

function managersOnly(scope: string): PulseView {
    return withoutNulls({
        managersOnly: true,
        scope,
        periodType: null,
        periodKey: null,
        periodStart: null,
        today: null,
        staleAfterDays: null,
        inactiveDays: 7,
        lowCompletenessPercent: 70,
        teamSize: 0,
        activePeople: 0,
        loggedInPeople: 0,
        totalPoints: 0,
        forecastAvailable: false,
        openOpportunities: 0,
        pastCloseDate: 0,
        noNextStep: 0,
        stale: 0,
        pushed: 0,
        activityMeasured: false,
        forecastSampled: false,
        peopleWithOpportunities: 0,
        forecastReadyPeople: 0,
        notVisibleForecastPeople: 0,
        notVisibleKeyFieldPeople: 0,
        completeness: null,
        keyFields: [],
        skippedKeyFields: [],
        keyFieldsSampled: false,
        loginsCapped: false,
        trend: [],
        people: [],
        attention: [],
        onboarding: [],
        stuckPeople: 0,
        stalledDays: 7,
        attentionPeople: 0,
        worksCouncil: false,
        minimumGroupSize: null,
        groups: [],
        withheldPeople: 0,
        forecastWithheld: false
    });
}

/** The stand-in for sharing (see the header): whose opportunities the caller cannot see. */
function hiddenOwners(users: DemoUser[], me: string, share: number | null): Set<string> {
    const others = users.filter((user) => user.Id !== me);
    if (share !== null) {
        return new Set(others.filter((user) => seeded(user.Id, 80) < share).map((user) => user.Id));
    }
    const chosen = [...others].sort((a, b) => seeded(b.Id, 81) - seeded(a.Id, 81))[0];
    return new Set(chosen ? [chosen.Id] : []);
}

/** A benchmark person's all-time counts: every quest step done, or for a newcomer the first few. */
function derivedRuleCounts(userId: string, newcomer: boolean, steps: MetadataRecord[]): string {
    const doneSteps = newcomer ? Math.floor(seeded(userId, 71) * steps.length) : steps.length;
    const counts: Record<string, number> = {};
    steps.forEach((step, index) => {
        const target = typeof step.Count__c === 'number' ? step.Count__c : 1;
        counts[String(step.Rule_Name__c)] = index < doneSteps ? target + 5 : Math.floor(seeded(userId, 72) * target);
    });
    return JSON.stringify(counts);
}

/** The 500-person org: benchmark users and their current rows, with what the set lacks derived from each Id. */
async function orgSource(
    today: string,
    questSteps: MetadataRecord[]
): Promise<Omit<PulseSource, 'settings' | 'callerId'>> {
    const bench = await benchmarkData();
    const newcomers = new Set<string>();
    const users: DemoUser[] = bench.users.slice(0, ORG_SIZE).map((user, index) => {
        const never = index > 0 && seeded(user.Id, 1) < 0.03;
        const daysAgo = Math.floor(seeded(user.Id, 2) * (seeded(user.Id, 3) < 0.1 ? 30 : 6));
        const newcomer = index > 0 && seeded(user.Id, 70) < 0.03;
        if (newcomer) {
            newcomers.add(user.Id);
        }
        const joined = newcomer
            ? 3 + Math.floor(seeded(user.Id, 73) * 42)
            : 200 + Math.floor(seeded(user.Id, 74) * 900);
        return {
            ...user,
            CreatedDate: `${addDays(today, -joined)}T09:00:00.000Z`,
            LastLoginDate: never ? undefined : `${addDays(today, -daysAgo)}T14:00:00.000Z`
        };
    });
    const ids = new Set(users.map((user) => user.Id));
    const steps = [...questSteps].sort((a, b) => Number(a.Step_Number__c) - Number(b.Step_Number__c));
    // Copies: the benchmark set is shared with the other answers on the page.
    const scores: PeriodScore[] = bench.periodScores
        .filter((row) => ids.has(row.User__c))
        .map((row) =>
            row.Period_Key__c === ALL_TIME_KEY
                ? { ...row, Rule_Counts__c: derivedRuleCounts(row.User__c, newcomers.has(row.User__c), steps) }
                : row
        );
    const current = bench.meta.currentPeriods.Week;
    const activeDays = new Map<string, Set<string>>();
    const records: Record<string, CrmRecord[]> = { Opportunity: [], Contact: [] };
    for (const user of users) {
        const week = scores.find((row) => row.User__c === user.Id && row.Period_Key__c === current);
        const points = week?.Points__c ?? 0;
        // Older weeks: around this week's points, so the trend has a shape.
        for (let back = 1; back < TREND_WEEKS; back++) {
            const start = addDays(week?.Period_Start__c ?? today, -7 * back);
            const weekPoints = Math.round(points * (0.4 + seeded(user.Id, 10 + back)));
            scores.push({
                Id: `${user.Id}-w${back}`,
                User__c: user.Id,
                Period_Type__c: 'Week',
                Period_Key__c: '',
                Period_Start__c: start,
                Unique_Key__c: '',
                Points__c: weekPoints,
                Actions__c: Math.round(weekPoints / 5),
                Active_Days__c: weekPoints > 0 ? 1 + Math.floor(seeded(user.Id, 20 + back) * 4) : 0,
                Last_Active_On__c: null,
                Current_Streak__c: 0,
                Best_Streak__c: 0,
                Level__c: 1
            });
        }
        const days = new Set<string>();
        for (let day = 0; day < (week?.Active_Days__c ?? 0); day++) {
            days.add(addDays(today, -day));
        }
        activeDays.set(user.Id, days);
        const deals = Math.floor(seeded(user.Id, 30) * 6);
        for (let i = 0; i < deals; i++) {
            const roll = seeded(user.Id, 40 + i);
            records.Opportunity.push({
                Id: `006${user.Id.slice(3, 15)}${i}`,
                Name: `Deal ${i + 1}`,
                OwnerId: user.Id,
                IsClosed: false,
                StageName: 'Prospecting',
                Amount: roll < 0.2 ? null : 10000 + Math.round(roll * 90000),
                CloseDate: addDays(today, roll < 0.15 ? -5 : 20 + i),
                NextStep: roll > 0.7 ? null : 'Call the buyer',
                PushCount: roll > 0.6 && roll < 0.8 ? 1 + Math.floor(seeded(user.Id, 50 + i) * 3) : 0,
                LastActivityDate: addDays(today, roll > 0.85 ? -30 : -2),
                CreatedDate: `${addDays(today, -60)}T09:00:00.000Z`
            });
        }
        for (let i = 0; i < 2; i++) {
            const roll = seeded(user.Id, 60 + i);
            records.Contact.push({
                Id: `003${user.Id.slice(3, 15)}${i}`,
                Name: `Contact ${i + 1}`,
                OwnerId: user.Id,
                Email: roll < 0.25 ? null : 'buyer@example.com',
                Phone: roll < 0.5 ? null : '+1 555 0100',
                CreatedDate: `${addDays(today, -10)}T09:00:00.000Z`
            });
        }
    }
    // The derived weeks carry their start day only: give them their keys in the store's calendar.
    return { today, users, scores: withWeekKeys(scores, bench.meta.currentPeriods.Week), records, activeDays };
}

/** Week keys for the derived rows, counted back from the current week's key ('2026-W47'). */
function withWeekKeys(scores: PeriodScore[], currentWeek: string): PeriodScore[] {
    const [year, week] = currentWeek.split('-W').map(Number);
    return scores.map((row) => {
        if (row.Period_Key__c !== '') {
            return row;
        }
        const back = Number(row.Id.split('-w')[1]);
        let number = week - back;
        let inYear = year;
        if (number < 1) {
            inYear -= 1;
            number += 52;
        }
        return { ...row, Period_Key__c: `${inYear}-W${String(number).padStart(2, '0')}` };
    });
}

export default async function getPulse(params: GetPulseParams): Promise<PulseView> {
    const requested = String(params?.scope ?? 'Team');
    const scope = SCOPES.find((candidate) => candidate.toLowerCase() === requested.trim().toLowerCase());
    if (!scope) {
        throw new Error(ERROR_SCOPE.replace('{0}', requested));
    }
    const periodType = params?.periodType === 'Month' ? 'Month' : 'Week';
    const data = await demoData();
    const me = currentUserId();
    const today = data.meta.today;
    const questConfig: QuestConfig = {
        quests: data.quests ?? [],
        questSteps: data.questSteps ?? [],
        rules: data.rules
    };
    if (usesBenchmark()) {
        const active = questConfig.quests.find((quest) => quest.Active__c === true);
        const org = await orgSource(
            today,
            questConfig.questSteps.filter((step) => step.Quest__c === active?.DeveloperName)
        );
        const hidden = hiddenOwners(org.users, me, 0.02);
        const view = computePulse(
            {
                ...org,
                settings: data.settings,
                callerId: me,
                questConfig,
                hidden: (record) => record.Id.startsWith('006') && hidden.has(String(record.OwnerId))
            },
            periodType
        );
        return { ...view, scope };
    }
    if (data.settings.Works_Council_Mode__c === true && scope === 'Group') {
        throw new Error(ERROR_WORKS_COUNCIL_GROUP);
    }
    const active = data.users.filter((user) => user.IsActive && (user.Team !== null || user.Id === me));
    const resolved = resolveScope({ settings: data.settings, users: active, me }, scope, params?.groupId ?? null);
    if (!resolved.isManager) {
        return managersOnly(scope);
    }
    const users = resolved.users;
    const ids = new Set(users.map((user) => user.Id));
    const hidden = hiddenOwners(users, me, null);
    const activeDays = new Map<string, Set<string>>();
    for (const entry of data.ledger) {
        if (ids.has(entry.User__c)) {
            const days = activeDays.get(entry.User__c) ?? new Set<string>();
            days.add(entry.Scored_On__c);
            activeDays.set(entry.User__c, days);
        }
    }
    const view = computePulse(
        {
            today,
            settings: data.settings,
            users,
            everyone: data.users,
            scores: data.periodScores.filter((row) => ids.has(row.User__c)),
            records: data.records,
            activeDays,
            callerId: me,
            questConfig,
            hidden: (record) =>
                data.records.Opportunity?.includes(record) === true && hidden.has(String(record.OwnerId))
        },
        periodType
    );
    return { ...view, scope };
}
