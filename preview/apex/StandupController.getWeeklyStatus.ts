// Local answer for `@salesforce/apex/StandupController.getWeeklyStatus`: this week's KPIs beside last
// week's, as StandupWeekly builds them, for the page user (Mine) or the team they lead (Team). The
// sample keeps score rows for the current periods only, so both weeks are counted from the ledger
// (actions, points, people with a scored action); login days stand in as in pulseStore (a day with a
// scored action, or the day of LastLoginDate); forecast hygiene is measured now on the sample's deals
// and has no last week. Works council mode: only the team the caller leads, at least the minimum group
// size, per-person averages.
import type { StandupKpi, WeeklyStatus } from '@salesforce/apex/StandupController.getWeeklyStatus';
import { periodKey, periodStart, weekStartDayNumber } from 'c/adoptionCore';
import type { DemoUser } from '../data/types';
import { currentUserId, demoData } from '../runtime/demo';
import { minimumGroupSize, worksCouncilMode } from './privacyStore';
import { addDays } from './promptsStore';
import { resolveScope } from './scopesStore';
import { text } from './values';

function average(total: number, count: number, perPerson: boolean): number {
    return perPerson ? Math.round((total / count) * 10) / 10 : total;
}

export default async function getWeeklyStatus({ scope }: { scope: string }): Promise<WeeklyStatus> {
    const data = await demoData();
    const me = currentUserId();
    const isTeam = text(scope).toLowerCase() === 'team';
    const status: WeeklyStatus = {
        scope: isTeam ? 'Team' : 'Mine',
        people: 0,
        kpis: [],
        managersOnly: false,
        withheld: false,
        loginsCapped: false
    };
    let people: DemoUser[] = data.users.filter((user) => user.Id === me);
    let perPerson = false;
    if (isTeam) {
        const team = resolveScope({ users: data.users, settings: data.settings, me }, 'Team', null);
        if (!team.isManager) {
            return { ...status, managersOnly: true };
        }
        people = team.users;
        if (worksCouncilMode(data.settings)) {
            people = team.users.filter(
                (user) => user.ManagerId === team.teamManagerId && user.Id !== team.teamManagerId
            );
            if (people.length < minimumGroupSize(data.settings)) {
                return { ...status, withheld: true };
            }
            perPerson = true;
        }
    }
    const today = data.meta.today;
    const weekStartDay = weekStartDayNumber(text(data.settings.Week_Start_Day__c) || 'Monday');
    const fiscalMonth = Number(data.settings.Fiscal_Year_Start_Month__c ?? 1) || 1;
    const weekStart = periodStart(today, 'Week', weekStartDay, fiscalMonth) ?? today;
    const lastWeekStart = addDays(weekStart, -7);
    const ids = new Set(people.map((person) => person.Id));
    const rows = data.ledger.filter((row) => ids.has(row.User__c) && row.OwnerId === row.User__c);
    const week = (from: string, to: string) => rows.filter((row) => row.Scored_On__c >= from && row.Scored_On__c < to);
    const thisWeek = week(weekStart, addDays(today, 1));
    const lastWeek = week(lastWeekStart, weekStart);
    const actions = (list: typeof rows) => list.reduce((sum, row) => sum + (row.Points__c < 0 ? -1 : 1), 0);
    const points = (list: typeof rows) => list.reduce((sum, row) => sum + row.Points__c, 0);
    const active = (list: typeof rows) => new Set(list.map((row) => row.User__c)).size;
    const loginDays = (list: typeof rows, from: string, to: string) => {
        let days = 0;
        for (const person of people) {
            const set = new Set(list.filter((row) => row.User__c === person.Id).map((row) => row.Scored_On__c));
            const login = text(person.LastLoginDate).slice(0, 10);
            if (login >= from && login < to) {
                set.add(login);
            }
            days += set.size;
        }
        return days;
    };
    const deals = (data.records.Opportunity ?? []).filter(
        (deal) => ids.has(text(deal.OwnerId)) && deal.IsClosed !== true
    );
    const withNextStep = deals.filter((deal) => text(deal.NextStep) !== '').length;
    const pastClose = deals.filter((deal) => text(deal.CloseDate) < today).length;
    const n = people.length;
    const kpis: StandupKpi[] = [
        {
            code: 'Scored_Actions',
            thisWeek: average(actions(thisWeek), n, perPerson),
            lastWeek: average(actions(lastWeek), n, perPerson),
            perPerson
        },
        {
            code: 'Points',
            thisWeek: average(points(thisWeek), n, perPerson),
            lastWeek: average(points(lastWeek), n, perPerson),
            perPerson
        },
        { code: 'Active_Reps', thisWeek: active(thisWeek), lastWeek: active(lastWeek), perPerson: false },
        {
            code: 'Login_Days',
            thisWeek: average(loginDays(thisWeek, weekStart, addDays(today, 1)), n, perPerson),
            lastWeek: average(loginDays(lastWeek, lastWeekStart, weekStart), n, perPerson),
            perPerson
        },
        {
            code: 'Next_Step_Share',
            thisWeek: deals.length ? Math.round((100 * withNextStep) / deals.length) : null,
            lastWeek: null,
            perPerson: false
        },
        { code: 'Past_Close', thisWeek: average(pastClose, n, perPerson), lastWeek: null, perPerson }
    ];
    return {
        ...status,
        people: n,
        weekKey: periodKey(today, 'Week', weekStartDay, fiscalMonth, true),
        lastWeekKey: periodKey(lastWeekStart, 'Week', weekStartDay, fiscalMonth, true),
        kpis
    };
}
