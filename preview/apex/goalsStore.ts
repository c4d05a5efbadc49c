// Personal goals' local answers (GoalsController.*), computed from the sample data as GoalsService
// computes them in the org: the same checks in the same order with the same labels, progress from the
// rep's period score rows (Points__c, Rule_Counts__c), hygiene from their open opportunities, and the
// pace from c/goalPace, the twin of GoalPace pinned by the shared cases (AdoptionGoalCases).
// - Goals live in memory for the page's lifetime: a few are seeded around the sample's "today" (the
//   rep's agreed call goal and a month of points their manager proposed, a teammate's proposal waiting
//   for the manager, an East rep's agreed goal); what a page proposes or answers is gone on reload.
// - Who sees a goal: its rep, the rep's manager (the Manager sharing reason) and, because the sample
//   has no roles, everyone above in the reporting line stands in for the role hierarchy (a director
//   sees both teams). Only the manager (still the rep's manager) or the rep answers, never the one who
//   proposed; only the manager edits the target; only the proposer withdraws, while it is Proposed.
// - The sample's day is every rep's today (the sample has one time zone). No holidays.
import type { GoalInput, GoalPickers, GoalView, MyGoals, RepGoals, TeamGoals } from 'c/goalPace';
import { pace, periodEnd, shift } from 'c/goalPace';
import { periodKey, periodStart, weekStartDayNumber } from 'c/adoptionCore';
import type { DemoData, DemoUser } from '../data/types';
import { currentUserId, demoData } from '../runtime/demo';
import ERROR_INPUT from '@salesforce/label/c.Goal_Error_Input';
import ERROR_NOT_YOUR_REP from '@salesforce/label/c.Goal_Error_NotYourRep';
import ERROR_NO_MANAGER from '@salesforce/label/c.Goal_Error_NoManager';
import ERROR_PERIOD from '@salesforce/label/c.Goal_Error_Period';
import ERROR_PAST from '@salesforce/label/c.Goal_Error_PastPeriod';
import ERROR_MEASURE from '@salesforce/label/c.Goal_Error_Measure';
import ERROR_TARGET from '@salesforce/label/c.Goal_Error_Target';
import ERROR_PERCENT from '@salesforce/label/c.Goal_Error_TargetPercent';
import ERROR_DUPLICATE from '@salesforce/label/c.Goal_Error_Duplicate';
import ERROR_NOT_FOUND from '@salesforce/label/c.Goal_Error_NotFound';
import ERROR_NOT_OPEN from '@salesforce/label/c.Goal_Error_NotOpen';
import ERROR_NOT_YOUR_TURN from '@salesforce/label/c.Goal_Error_NotYourTurn';
import ERROR_EDIT from '@salesforce/label/c.Goal_Error_EditTarget';
import ERROR_NOT_YOUR_PROPOSAL from '@salesforce/label/c.Goal_Error_NotYourProposal';
import MEASURE_POINTS from '@salesforce/label/c.Goal_Measure_Points';
import MEASURE_NEXT_STEP from '@salesforce/label/c.Goal_Measure_NextStep';
import MEASURE_CLOSE_DATE from '@salesforce/label/c.Goal_Measure_CloseDate';

const MAX_TARGET = 100000;
const DAY_NUMBERS: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/** A stored goal (Adoption_Goal__c). */
interface StoredGoal {
    id: string;
    ownerId: string;
    managerId: string;
    proposedBy: string;
    periodType: string;
    periodStart: string;
    periodKey: string;
    kind: string;
    measure: string | null;
    target: number;
    status: string;
    message: string | null;
    lastChangedBy: string;
}

let goals: StoredGoal[] | undefined;
let counter = 0;

function newId(): string {
    counter += 1;
    return `a0G${String(counter).padStart(12, '0')}AAA`;
}

function weekStart(data: DemoData): number {
    return weekStartDayNumber(String(data.settings.Week_Start_Day__c ?? 'Monday'));
}

function startOf(data: DemoData, day: string, periodType: 'Week' | 'Month'): string {
    return periodStart(day, periodType, weekStart(data), 1) ?? day;
}

function keyOf(data: DemoData, day: string, periodType: 'Week' | 'Month'): string {
    return periodKey(day, periodType, weekStart(data), 1, true);
}

function workingDays(data: DemoData): number[] {
    const days = String(data.settings.Working_Days__c ?? '')
        .split(/[,;\s]+/)
        .map((entry) => DAY_NUMBERS[entry.slice(0, 3).toLowerCase()])
        .filter((day): day is number => day !== undefined);
    return days.length ? days : [1, 2, 3, 4, 5];
}

function activeRules(data: DemoData): DemoData['rules'] {
    return data.rules.filter((rule) => rule.Active__c !== false);
}

function seed(data: DemoData): StoredGoal[] {
    const today = data.meta.today;
    const manager = data.personas.manager;
    const rep = data.personas.rep;
    const rule = activeRules(data)[0];
    const category = String(rule?.Category__c ?? 'Activity');
    const teammate = data.users.find((user) => user.ManagerId === manager && user.Id !== rep && user.IsActive);
    const eastRep = data.users.find((user) => user.ManagerId === data.personas.eastManager && user.IsActive);
    const week = startOf(data, today, 'Week');
    const month = startOf(data, today, 'Month');
    const make = (
        owner: string,
        proposedBy: string,
        periodType: 'Week' | 'Month',
        kind: string,
        measure: string | null,
        target: number,
        status: string
    ): StoredGoal => ({
        id: newId(),
        ownerId: owner,
        managerId: data.users.find((user) => user.Id === owner)?.ManagerId ?? '',
        proposedBy,
        periodType,
        periodStart: periodType === 'Week' ? week : month,
        periodKey: keyOf(data, today, periodType),
        kind,
        measure,
        target,
        status,
        message: null,
        lastChangedBy: proposedBy
    });
    const seeded = [
        make(rep, rep, 'Week', 'Rule', rule?.DeveloperName ?? null, 15, 'Agreed'),
        make(rep, rep, 'Week', 'Hygiene', 'NextStep', 80, 'Agreed'),
        make(rep, manager, 'Month', 'Points', null, 600, 'Proposed')
    ];
    if (teammate) {
        seeded.push(make(teammate.Id, teammate.Id, 'Week', 'Category', category, 20, 'Proposed'));
        seeded.push(make(teammate.Id, teammate.Id, 'Month', 'Points', null, 400, 'Agreed'));
    }
    if (eastRep) {
        seeded.push(make(eastRep.Id, eastRep.Id, 'Week', 'Points', null, 150, 'Agreed'));
    }
    return seeded;
}

async function store(): Promise<{ data: DemoData; goals: StoredGoal[] }> {
    const data = await demoData();
    goals ??= seed(data);
    return { data, goals };
}

function userOf(data: DemoData, id: string): DemoUser | undefined {
    return data.users.find((user) => user.Id === id);
}

/** Whether the caller sees a goal: its rep, their manager, or above in the reporting line. */
function canSee(data: DemoData, goal: StoredGoal, callerId: string): boolean {
    if (goal.ownerId === callerId || goal.managerId === callerId) {
        return true;
    }
    let boss = userOf(data, goal.managerId)?.ManagerId ?? null;
    for (let depth = 0; boss && depth < 10; depth++) {
        if (boss === callerId) {
            return true;
        }
        boss = userOf(data, boss)?.ManagerId ?? null;
    }
    return false;
}

function mayAnswer(data: DemoData, goal: StoredGoal, callerId: string): boolean {
    const isManager = goal.managerId === callerId && userOf(data, goal.ownerId)?.ManagerId === callerId;
    return goal.proposedBy === goal.ownerId ? isManager && goal.ownerId !== callerId : goal.ownerId === callerId;
}

/** As GoalRules.mayWithdraw: the proposer, still the rep or the rep's manager. */
function mayWithdraw(data: DemoData, goal: StoredGoal, callerId: string): boolean {
    const isManager = goal.managerId === callerId && userOf(data, goal.ownerId)?.ManagerId === callerId;
    return goal.proposedBy === callerId && (goal.ownerId === callerId || isManager);
}

/** As GoalsService.readBack: in works council mode only the rep reads their progress in an answer. */
function mayReadProgress(data: DemoData, goal: StoredGoal, callerId: string): boolean {
    return goal.ownerId === callerId || data.settings.Works_Council_Mode__c !== true;
}

function measureLabel(data: DemoData, kind: string, measure: string | null): string {
    if (kind === 'Points') {
        return MEASURE_POINTS;
    }
    if (kind === 'Hygiene') {
        return measure === 'CloseDate' ? MEASURE_CLOSE_DATE : MEASURE_NEXT_STEP;
    }
    if (kind === 'Rule') {
        const rule = data.rules.find((candidate) => candidate.DeveloperName === measure);
        return rule ? String(rule.MasterLabel) : (measure ?? '');
    }
    return measure ?? '';
}

function hygieneShare(data: DemoData, ownerId: string, measure: string | null, today: string): number {
    const open = (data.records.Opportunity ?? []).filter((deal) => deal.OwnerId === ownerId && deal.IsClosed !== true);
    if (open.length === 0) {
        return 100;
    }
    const fine = open.filter((deal) =>
        measure === 'CloseDate' ? String(deal.CloseDate ?? '') >= today : deal.NextStep != null && deal.NextStep !== ''
    ).length;
    return Math.floor((fine * 100) / open.length);
}

function doneOf(data: DemoData, goal: StoredGoal): number {
    const row = data.periodScores.find(
        (score) => score.User__c === goal.ownerId && score.Period_Key__c === goal.periodKey
    );
    if (!row) {
        return 0;
    }
    if (goal.kind === 'Points') {
        return Math.max(0, Math.trunc(row.Points__c));
    }
    const counts = JSON.parse(row.Rule_Counts__c || '{}') as Record<string, number>;
    let done = 0;
    for (const [ruleName, count] of Object.entries(counts)) {
        const rule = data.rules.find((candidate) => candidate.DeveloperName === ruleName);
        const counted = goal.kind === 'Rule' ? ruleName === goal.measure : rule?.Category__c === goal.measure;
        done += counted ? count : 0;
    }
    return Math.max(0, done);
}

function view(data: DemoData, goal: StoredGoal, callerId: string, withProgress: boolean): GoalView {
    const today = data.meta.today;
    const end = periodEnd(goal.periodStart, goal.periodType);
    const waitingForMe = goal.status === 'Proposed' && mayAnswer(data, goal, callerId);
    const shown: GoalView = {
        id: goal.id,
        repId: goal.ownerId,
        repName: userOf(data, goal.ownerId)?.Name ?? '',
        periodType: goal.periodType,
        periodStart: goal.periodStart,
        periodEnd: end,
        kind: goal.kind,
        measure: goal.measure,
        measureLabel: measureLabel(data, goal.kind, goal.measure),
        target: goal.target,
        status: goal.status,
        proposedByRep: goal.proposedBy === goal.ownerId,
        waitingForMe,
        canEditTarget: waitingForMe && goal.managerId === callerId,
        canWithdraw: goal.status === 'Proposed' && mayWithdraw(data, goal, callerId),
        message: goal.message,
        lastChangedByName: userOf(data, goal.lastChangedBy)?.Name ?? null,
        today
    };
    if (!withProgress || goal.status === 'Declined' || goal.status === 'Withdrawn') {
        return shown;
    }
    if (goal.kind === 'Hygiene') {
        if (today <= end) {
            shown.done = hygieneShare(data, goal.ownerId, goal.measure, today);
            shown.state = shown.done >= goal.target ? 'met' : 'notMet';
        }
        return shown;
    }
    shown.done = doneOf(data, goal);
    const result = pace(goal.target, shown.done, goal.periodStart, end, today, workingDays(data), []);
    shown.expected = result.expected;
    shown.state = result.state;
    return shown;
}

function pickers(data: DemoData, reps: DemoUser[]): GoalPickers {
    const today = data.meta.today;
    const periods = (['Week', 'Month'] as const).flatMap((periodType) => {
        const current = startOf(data, today, periodType);
        const next = shift(periodEnd(current, periodType), 1);
        return [current, next].map((start) => ({
            periodType,
            periodStart: start,
            periodEnd: periodEnd(start, periodType)
        }));
    });
    const rules = activeRules(data);
    const categories = [...new Set(rules.map((rule) => String(rule.Category__c ?? '')).filter(Boolean))].sort();
    return {
        periods,
        rules: rules
            .map((rule) => ({ value: rule.DeveloperName, label: String(rule.MasterLabel) }))
            .sort((a, b) => a.label.localeCompare(b.label)),
        categories: categories.map((category) => ({ value: category, label: category })),
        hygiene: [
            { value: 'NextStep', label: MEASURE_NEXT_STEP },
            { value: 'CloseDate', label: MEASURE_CLOSE_DATE }
        ],
        reps: reps.map((rep) => ({ value: rep.Id, label: rep.Name })).sort((a, b) => a.label.localeCompare(b.label))
    };
}

/** GoalsController.getMyGoals. */
export async function myGoals(): Promise<MyGoals> {
    const { data, goals: all } = await store();
    const callerId = currentUserId();
    const me = userOf(data, callerId);
    const fromDay = shift(startOf(data, data.meta.today, 'Month'), -6);
    return {
        goals: all
            .filter((goal) => goal.ownerId === callerId && goal.periodStart >= fromDay)
            .sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.kind.localeCompare(b.kind))
            .map((goal) => view(data, goal, callerId, true)),
        managerName: me?.ManagerId ? (userOf(data, me.ManagerId)?.Name ?? null) : null,
        pickers: pickers(data, [])
    };
}

/** GoalsController.getTeamGoals. */
export async function teamGoals(monthStart: string | null): Promise<TeamGoals> {
    const { data, goals: all } = await store();
    const callerId = currentUserId();
    const first = `${(monthStart ?? data.meta.today).slice(0, 8)}01`;
    const last = periodEnd(first, 'Month');
    const withheld = data.settings.Works_Council_Mode__c === true;
    const byRep = new Map<string, RepGoals>();
    for (const goal of all) {
        if (
            goal.ownerId === callerId ||
            !canSee(data, goal, callerId) ||
            goal.periodStart < shift(first, -6) ||
            goal.periodStart > last
        ) {
            continue;
        }
        const shown = view(data, goal, callerId, !withheld);
        const rep = byRep.get(goal.ownerId) ?? {
            repId: goal.ownerId,
            repName: shown.repName,
            managerName: userOf(data, goal.managerId)?.Name ?? null,
            goals: [],
            agreed: 0,
            reached: 0,
            waiting: 0
        };
        rep.goals.push(shown);
        // As GoalsService: a week is counted in the month it began in (shown in the next one too).
        const counted = goal.status === 'Agreed' && goal.periodStart >= first;
        rep.agreed += counted ? 1 : 0;
        rep.reached += counted && (shown.state === 'done' || shown.state === 'met') ? 1 : 0;
        rep.waiting += shown.waitingForMe ? 1 : 0;
        byRep.set(goal.ownerId, rep);
    }
    const reports = data.users.filter((user) => user.ManagerId === callerId && user.IsActive);
    return {
        monthStart: first,
        monthEnd: last,
        reps: [...byRep.values()].sort((a, b) => (a.repName ?? '').localeCompare(b.repName ?? '')),
        attainmentWithheld: withheld,
        truncated: false,
        pickers: reports.length
            ? pickers(data, reports)
            : { periods: [], rules: [], categories: [], hygiene: [], reps: [] }
    };
}

function checkTarget(kind: string, target: number | null | undefined): number {
    if (kind === 'Hygiene' && (target == null || !Number.isInteger(target) || target < 1 || target > 100)) {
        throw new Error(ERROR_PERCENT);
    }
    if (target == null || !Number.isInteger(target) || target < 1 || target > MAX_TARGET) {
        throw new Error(ERROR_TARGET);
    }
    return target;
}

/** GoalsController.proposeGoal. */
export async function proposeGoal(input: GoalInput | null): Promise<GoalView> {
    const { data, goals: all } = await store();
    if (!input) {
        throw new Error(ERROR_INPUT);
    }
    const callerId = currentUserId();
    const repId = input.repId || callerId;
    const rep = userOf(data, repId);
    if (!rep || !rep.IsActive || (repId !== callerId && rep.ManagerId !== callerId)) {
        throw new Error(ERROR_NOT_YOUR_REP);
    }
    if (!rep.ManagerId) {
        throw new Error(ERROR_NO_MANAGER);
    }
    const periodType = input.periodType;
    const start = input.periodStart;
    const today = data.meta.today;
    if (
        (periodType !== 'Week' && periodType !== 'Month') ||
        !/^\d{4}-\d{2}-\d{2}$/.test(start ?? '') ||
        startOf(data, start, periodType) !== start
    ) {
        throw new Error(ERROR_PERIOD);
    }
    if (periodEnd(start, periodType) < today) {
        throw new Error(ERROR_PAST);
    }
    if (start > shift(periodEnd(startOf(data, today, periodType), periodType), 1)) {
        throw new Error(ERROR_PERIOD);
    }
    const measure = input.kind === 'Points' ? null : (input.measure ?? null);
    const rules = activeRules(data);
    const known =
        input.kind === 'Points' ||
        (input.kind === 'Hygiene' && (measure === 'NextStep' || measure === 'CloseDate')) ||
        (input.kind === 'Rule' && rules.some((rule) => rule.DeveloperName === measure)) ||
        (input.kind === 'Category' && rules.some((rule) => rule.Category__c === measure && measure));
    if (!known) {
        throw new Error(ERROR_MEASURE);
    }
    const target = checkTarget(input.kind, input.target);
    const key = keyOf(data, start, periodType);
    if (
        all.some(
            (goal) =>
                goal.ownerId === repId &&
                goal.periodKey === key &&
                goal.kind === input.kind &&
                goal.measure === measure &&
                goal.status !== 'Declined' &&
                goal.status !== 'Withdrawn'
        )
    ) {
        throw new Error(ERROR_DUPLICATE);
    }
    const goal: StoredGoal = {
        id: newId(),
        ownerId: repId,
        managerId: rep.ManagerId,
        proposedBy: callerId,
        periodType,
        periodStart: start,
        periodKey: key,
        kind: input.kind,
        measure,
        target,
        status: 'Proposed',
        message: input.message ? input.message.trim().slice(0, 255) : null,
        lastChangedBy: callerId
    };
    all.push(goal);
    return view(data, goal, callerId, mayReadProgress(data, goal, callerId));
}

/** GoalsController.respondToGoal. */
export async function respondToGoal(
    goalId: string,
    action: string,
    target: number | null,
    message: string | null
): Promise<GoalView> {
    const { data, goals: all } = await store();
    const callerId = currentUserId();
    const goal = all.find((candidate) => candidate.id === goalId);
    if (!goal || !canSee(data, goal, callerId)) {
        throw new Error(ERROR_NOT_FOUND);
    }
    const isManager = goal.managerId === callerId && userOf(data, goal.ownerId)?.ManagerId === callerId;
    if (goal.status !== 'Proposed') {
        throw new Error(ERROR_NOT_OPEN);
    }
    if (action === 'withdraw') {
        if (!mayWithdraw(data, goal, callerId)) {
            throw new Error(ERROR_NOT_YOUR_PROPOSAL);
        }
        goal.status = 'Withdrawn';
        goal.message = message ? message.trim().slice(0, 255) : null;
        goal.lastChangedBy = callerId;
        return view(data, goal, callerId, mayReadProgress(data, goal, callerId));
    }
    if (!mayAnswer(data, goal, callerId)) {
        throw new Error(ERROR_NOT_YOUR_TURN);
    }
    if (periodEnd(goal.periodStart, goal.periodType) < data.meta.today) {
        throw new Error(ERROR_PAST);
    }
    if (action === 'accept') {
        goal.status = 'Agreed';
    } else if (action === 'edit') {
        if (!isManager) {
            throw new Error(ERROR_EDIT);
        }
        goal.target = checkTarget(goal.kind, target);
        goal.status = 'Agreed';
    } else if (action === 'decline') {
        goal.status = 'Declined';
    } else {
        throw new Error(ERROR_INPUT);
    }
    goal.message = message ? message.trim().slice(0, 255) : null;
    goal.lastChangedBy = callerId;
    return view(data, goal, callerId, mayReadProgress(data, goal, callerId));
}
