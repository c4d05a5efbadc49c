// The daily stand-up over the sample data, as StandupService builds it in the org (its header says
// who sees what). What stands in for the org here:
// - scored actions: the person's own ledger rows (OwnerId = User__c) scored from their look-back day
//   (c/standupCore.lookBackFrom, the shared cases' rule; the sample has no holidays) to yesterday,
//   netted per rule and record by entry type (c/standupCore.actionDelta);
// - tasks: the sample's open tasks (preview/data/standup.mjs) due today or before;
// - prompts: the active prompts offered to the caller (window, audience, experiments; a team's: audience
//   Everyone and no running experiment), each condition evaluated
//   with c/adoptionConditions on the person's open records of its object (promptsStore.meets);
// - obstacles: open opportunities past their close date, without a next step, or stale. The sample has
//   no tasks or events on its deals, so "stale" is read from LastActivityDate (no activity for
//   Stale_After_Days__c days on a deal older than that); in the org PulseForecast.hasRealWork reads
//   the deal's newest tasks and events and asks for real content;
// - the order and time boxes: c/standupCore.standupOrder, pinned with Apex by StandupCases.
// Every person's today is the sample's today (the sample's people share one time zone).
import type { StandupCard, StandupItem, StandupView } from '@salesforce/apex/StandupController.getMyStandup';
import { actionDelta, lookBackFrom, standupOrder } from 'c/standupCore';
import type { CrmRecord, DemoData, DemoUser } from '../data/types';
import { page } from '../runtime/context';
import { applying } from './experimentsStore';
import { addDays, includesUser, meets } from './promptsStore';
import { text } from './values';

const ITEMS_SHOWN = 5;
const RECENT_DAYS = 90;
const DAY_NUMBERS: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/** AdoptionSettingsSelector.workingDays: Monday to Friday when blank. */
export function workingDays(data: DemoData): number[] {
    const days = text(data.settings.Working_Days__c)
        .split(/[,;\s]+/)
        .map((entry) => DAY_NUMBERS[entry.slice(0, 3).toLowerCase()])
        .filter((day): day is number => day !== undefined);
    return days.length ? days : [1, 2, 3, 4, 5];
}

function isOpen(record: CrmRecord, today: string): boolean {
    if ('IsClosed' in record) {
        return record.IsClosed !== true;
    }
    if ('IsConverted' in record) {
        return record.IsConverted !== true;
    }
    return text(record.CreatedDate).slice(0, 10) >= addDays(today, -RECENT_DAYS);
}

function emptyCard(user: DemoUser, me: string, today: string, days: number[], hidden: boolean): StandupCard {
    return {
        userId: user.Id,
        name: user.Name,
        isSelf: user.Id === me,
        today,
        lookBackFrom: lookBackFrom(today, days),
        figuresHidden: hidden,
        scored: [],
        scoredCount: 0,
        points: hidden ? null : 0,
        tasks: [],
        taskCount: 0,
        prompts: [],
        promptCount: 0,
        obstacles: [],
        obstacleCount: 0,
        timeBoxSeconds: 0
    };
}

function addScored(data: DemoData, card: StandupCard): void {
    if (card.figuresHidden) {
        return;
    }
    const groups = new Map<string, { item: StandupItem; actions: number }>();
    const rows = data.ledger
        .filter(
            (row) =>
                row.User__c === card.userId &&
                row.OwnerId === card.userId &&
                row.Scored_On__c >= card.lookBackFrom &&
                row.Scored_On__c < card.today
        )
        .sort((a, b) => (a.Occurred_At__c < b.Occurred_At__c ? 1 : -1));
    for (const row of rows) {
        const key = `${row.Rule_Name__c}|${row.Record_Id__c}`;
        if (!groups.has(key)) {
            const rule = data.rules.find((candidate) => candidate.DeveloperName === row.Rule_Name__c);
            groups.set(key, {
                item: {
                    recordId: row.Record_Id__c,
                    objectName: row.Object__c,
                    detail: rule ? rule.MasterLabel : row.Rule_Name__c,
                    points: 0,
                    overdue: false,
                    reasons: []
                },
                actions: 0
            });
        }
        const group = groups.get(key)!;
        group.item.points = (group.item.points ?? 0) + row.Points__c;
        // As PeriodScores.actionDelta (shared cases): the sample's rows carry no Actions__c, so one each.
        group.actions += actionDelta(row.Entry_Type__c, null);
    }
    for (const { item, actions } of groups.values()) {
        if (actions <= 0) {
            continue;
        }
        card.scoredCount++;
        card.points = (card.points ?? 0) + (item.points ?? 0);
        if (card.scored.length < ITEMS_SHOWN) {
            card.scored.push(item);
        }
    }
}

function addTasks(data: DemoData, card: StandupCard): void {
    const due = (data.tasks ?? [])
        .filter(
            (task) => task.OwnerId === card.userId && task.IsClosed !== true && text(task.ActivityDate) <= card.today
        )
        // Latest due first, as StandupSelector.dueTasks: today's before old overdue ones.
        .sort((a, b) =>
            text(a.ActivityDate) === text(b.ActivityDate)
                ? text(a.Id).localeCompare(text(b.Id))
                : text(a.ActivityDate) > text(b.ActivityDate)
                  ? -1
                  : 1
        );
    card.taskCount = due.length;
    card.tasks = due.slice(0, ITEMS_SHOWN).map((task) => ({
        recordId: task.Id,
        title: text(task.Subject),
        objectName: 'Task',
        dueDate: text(task.ActivityDate),
        overdue: text(task.ActivityDate) < card.today,
        reasons: []
    }));
}

function addObstacles(data: DemoData, card: StandupCard, staleAfterDays: number): void {
    const cutoff = addDays(card.today, -staleAfterDays);
    const deals = (data.records.Opportunity ?? [])
        .filter((deal) => deal.OwnerId === card.userId && deal.IsClosed !== true)
        .sort((a, b) => (text(a.CloseDate) < text(b.CloseDate) ? -1 : 1));
    for (const deal of deals) {
        const reasons: string[] = [];
        if (text(deal.CloseDate) < card.today) {
            reasons.push('Past_Close');
        }
        if (text(deal.NextStep) === '') {
            reasons.push('No_Next_Step');
        }
        if (text(deal.CreatedDate).slice(0, 10) < cutoff && text(deal.LastActivityDate) < cutoff) {
            reasons.push('Stale');
        }
        if (reasons.length === 0) {
            continue;
        }
        card.obstacleCount++;
        if (card.obstacles.length < ITEMS_SHOWN) {
            card.obstacles.push({
                recordId: deal.Id,
                title: deal.Name,
                objectName: 'Opportunity',
                overdue: false,
                reasons
            });
        }
    }
}

// As StandupItems.addPrompts over PromptsService.offeredTo: the prompts offered to the caller (in their
// window, audience, no retired experiment, not held out by a running one; experimentsStore.applying for
// the caller, as forRunningUser), and on a team's stand-up only audience Everyone and no running experiment.
function addPrompts(data: DemoData, card: StandupCard, isTeam: boolean, me: string): void {
    const experiments = applying(data, me);
    const prompts = data.prompts.filter(
        (prompt) =>
            prompt.Active__c === true &&
            (!prompt.Start_Date__c || text(prompt.Start_Date__c) <= card.today) &&
            (!prompt.End_Date__c || card.today <= text(prompt.End_Date__c)) &&
            includesUser(prompt, page.customPermissions) &&
            !experiments.retired.has(prompt.DeveloperName) &&
            !experiments.heldOut.has(prompt.DeveloperName) &&
            (!isTeam ||
                (['', 'everyone'].includes(text(prompt.Audience_Type__c).toLowerCase()) &&
                    !experiments.running.has(prompt.DeveloperName)))
    );
    for (const prompt of prompts) {
        const records = data.records[text(prompt.Object__c)] ?? [];
        for (const record of records) {
            if (
                record.OwnerId !== card.userId ||
                !isOpen(record, card.today) ||
                !meets(prompt.Condition__c, record, card.today)
            ) {
                continue;
            }
            card.promptCount++;
            if (card.prompts.length < ITEMS_SHOWN) {
                card.prompts.push({
                    recordId: record.Id,
                    title: record.Name,
                    objectName: text(prompt.Object__c),
                    detail: text(prompt.Title__c) || prompt.MasterLabel,
                    overdue: false,
                    reasons: []
                });
            }
        }
    }
}

/** The cards of some people, as StandupService.cards builds them. */
export function cardsOf(
    data: DemoData,
    people: readonly DemoUser[],
    me: string,
    isTeam: boolean,
    hidden: ReadonlySet<string>
): StandupCard[] {
    const today = data.meta.today;
    const days = workingDays(data);
    const staleAfterDays = Number(data.settings.Stale_After_Days__c ?? 14);
    return people.map((person) => {
        const card = emptyCard(person, me, today, days, isTeam && person.Id !== me && hidden.has(person.Id));
        addScored(data, card);
        addTasks(data, card);
        addObstacles(data, card, staleAfterDays);
        if (data.settings.Enabled__c !== false) {
            addPrompts(data, card, isTeam, me);
        }
        return card;
    });
}

/** StandupService.order: the shared rule, then the DTO's field names. */
export function ordered(cards: StandupCard[]): StandupCard[] {
    return standupOrder(cards).map(({ group, ...card }) => ({ ...card, standupGroup: group }));
}

/** An empty stand-up: the flags StandupViews.Standup starts with. */
export function emptyStandup(): StandupView {
    return {
        people: [],
        managersOnly: false,
        worksCouncil: false,
        withheld: false,
        totalSeconds: 0,
        capped: false,
        obstaclesUnavailable: false
    };
}
