// Local answer for `@salesforce/apex/LeadersController.getLeaders`: LeadersService over the sample.
// Who: the caller needs Adoption_Manage or Adoption_Administer (the page's customPermissions), else
// the refusal label, as in the org. The people are everyone below the caller in the reporting lines
// (ManagerId, five levels); a manager is someone below with an active direct report, four levels
// down at most. Each manager's own figures and each team member's come from the pulse's own stand-in
// (pulseStore.computePulse over these people: score rows, opportunities), so the two pages agree.
// Login days over the last 4 weeks: the sample holds no LoginHistory, so, as on the pulse, a day with
// a scored action or the day of LastLoginDate counts as a login day. Works council mode
// (Works_Council_Mode__c): no manager's own figure, whole teams (all active direct reports, counted
// over the whole sample) of at least Minimum_Group_Size__c only, average points. Median, average and
// percents come from c/leadersFigures, the twin of LeadersService's, pinned by LeadersCases.
import type { LeaderRow, LeadersView } from '@salesforce/apex/LeadersController.getLeaders';
import type { PulseRow } from '@salesforce/apex/PulseController.getPulse';
import MANAGERS_ONLY from '@salesforce/label/c.Leaders_Error_Managers_Only';
import { average, median, percent } from 'c/leadersFigures';
import type { DemoUser } from '../data/types';
import { page } from '../runtime/context';
import { currentUserId, demoData } from '../runtime/demo';
import { minimumGroupSize, worksCouncilMode } from './privacyStore';
import { addDays } from './promptsStore';
import { TREND_WEEKS, computePulse, withoutNulls } from './pulseStore';

const LOGIN_WINDOW_DAYS = 28;
const DEEPEST_MANAGER_LEVEL = 4;

// Clean: all three figures measured and 0, as LeadersService.isClean: a figure nobody measured (null or
// left out) is no proof of a clean forecast (review leaders-minors-final M1).
function isClean(row: PulseRow): boolean {
    return row.noNextStep === 0 && row.pastCloseDate === 0 && row.stale === 0;
}

function isMeasured(row: PulseRow): boolean {
    return row.noNextStep != null && row.pastCloseDate != null && row.stale != null;
}

/** Levels below the caller (1: reports to them), five at most. */
function levelsBelow(users: DemoUser[], me: string): Map<string, number> {
    const levels = new Map<string, number>();
    for (let pass = 0; pass < 5; pass++) {
        for (const user of users) {
            if (user.Id === me) {
                continue;
            }
            if (user.ManagerId === me) {
                levels.set(user.Id, 1);
            } else if (user.ManagerId && levels.has(user.ManagerId) && (levels.get(user.ManagerId) ?? 0) < 5) {
                levels.set(user.Id, (levels.get(user.ManagerId) ?? 0) + 1);
            }
        }
    }
    return levels;
}

export default async function getLeaders(): Promise<LeadersView> {
    if (
        !page.customPermissions.includes('Adoption_Manage') &&
        !page.customPermissions.includes('Adoption_Administer')
    ) {
        throw new Error(MANAGERS_ONLY);
    }
    const data = await demoData();
    const me = currentUserId();
    const today = data.meta.today;
    const council = worksCouncilMode(data.settings);
    const minimum = minimumGroupSize(data.settings);
    const active = data.users.filter((user) => user.IsActive);
    const levels = levelsBelow(active, me);
    const teams = new Map<string, string[]>();
    for (const user of active) {
        const level = user.ManagerId ? levels.get(user.ManagerId) : undefined;
        if (levels.has(user.Id) && user.ManagerId && level !== undefined && level <= DEEPEST_MANAGER_LEVEL) {
            teams.set(user.ManagerId, [...(teams.get(user.ManagerId) ?? []), user.Id]);
        }
    }
    const inScope = new Set<string>([...teams.keys(), ...[...teams.values()].flat()]);
    const people = active.filter((user) => inScope.has(user.Id));
    const activeDays = new Map<string, Set<string>>();
    for (const entry of data.ledger) {
        if (inScope.has(entry.User__c)) {
            activeDays.set(entry.User__c, (activeDays.get(entry.User__c) ?? new Set<string>()).add(entry.Scored_On__c));
        }
    }
    // The pulse's per-person figures, outside works council mode (the leaders view applies its own).
    const pulse = computePulse(
        {
            today,
            settings: { ...data.settings, Works_Council_Mode__c: false },
            users: people,
            everyone: data.users,
            scores: data.periodScores.filter((row) => inScope.has(row.User__c)),
            records: data.records,
            activeDays,
            callerId: me
        },
        'Week'
    );
    const rows = new Map((pulse.people ?? []).map((row) => [row.userId, row]));
    const weekKey = pulse.trend[TREND_WEEKS - 1]?.periodKey ?? null;
    const lastWeekKey = pulse.trend[TREND_WEEKS - 2]?.periodKey ?? null;
    const weekStart = pulse.periodStart ?? today;
    const lastWeek = new Map(
        data.periodScores.filter((row) => row.Period_Key__c === lastWeekKey).map((row) => [row.User__c, row])
    );
    const windowStart = addDays(today, 1 - LOGIN_WINDOW_DAYS);
    const view: LeadersView = {
        worksCouncil: council,
        minimumGroupSize: council ? minimum : null,
        weekKey,
        lastWeekKey,
        loginWindowDays: LOGIN_WINDOW_DAYS,
        leaders: [],
        withheldTeams: 0,
        loginsCapped: false,
        forecastSampled: false
    };
    for (const manager of people.filter((user) => teams.has(user.Id))) {
        const team = teams.get(manager.Id) ?? [];
        if (council) {
            const orgWide = active.filter((user) => user.ManagerId === manager.Id).length;
            if (team.length < minimum || orgWide !== team.length) {
                view.withheldTeams++;
                continue;
            }
        }
        const members = team.map((id) => rows.get(id)).filter((row): row is PulseRow => row !== undefined);
        const withDeals = members.filter((row) => !row.opportunitiesNotVisible && (row.openOpportunities ?? 0) > 0);
        const measured = withDeals.filter(isMeasured);
        const points = members.map((row) => row.points);
        const leader: LeaderRow = {
            userId: manager.Id,
            name: manager.Name,
            level: levels.get(manager.Id),
            hygieneNotVisible: false,
            teamSize: team.length,
            teamActivePercent: team.length
                ? percent(members.filter((row) => row.activeDays > 0).length, team.length)
                : null,
            teamPoints: council ? average(points) : median(points),
            teamHygienePercent:
                measured.length < (council ? minimum : 1)
                    ? null
                    : percent(measured.filter(isClean).length, measured.length),
            teamHygieneNotVisible: council ? 0 : members.filter((row) => row.opportunitiesNotVisible).length,
            teamHygieneNotMeasured: council ? 0 : withDeals.length - measured.length,
            leadsByExample: false,
            notSeenThisWeek: false
        };
        const own = rows.get(manager.Id);
        if (!council && own) {
            const days = new Set(
                [...(activeDays.get(manager.Id) ?? [])].filter((day) => day >= windowStart && day <= today)
            );
            const lastLogin = manager.LastLoginDate?.slice(0, 10);
            if (lastLogin && lastLogin >= windowStart) {
                days.add(lastLogin);
            }
            const previous = lastWeek.get(manager.Id);
            Object.assign(leader, {
                title: manager.Title,
                loginDays: days.size,
                actionsThisWeek: own.actions,
                pointsThisWeek: own.points,
                actionsLastWeek: previous?.Actions__c ?? 0,
                pointsLastWeek: previous?.Points__c ?? 0,
                openOpportunities: own.openOpportunities,
                noNextStep: own.noNextStep,
                pastCloseDate: own.pastCloseDate,
                stale: own.stale,
                hygieneNotVisible: own.opportunitiesNotVisible
            });
            const seen = own.actions > 0 || [...days].some((day) => day >= weekStart);
            leader.notSeenThisWeek = !seen;
            leader.leadsByExample =
                own.actions > 0 &&
                leader.teamPoints != null &&
                own.points >= leader.teamPoints &&
                !own.opportunitiesNotVisible &&
                (own.openOpportunities === 0 || isClean(own));
        }
        view.leaders.push(leader);
    }
    return withoutNulls(view);
}
