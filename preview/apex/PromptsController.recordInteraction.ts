// Local answer for `@salesforce/apex/PromptsController.recordInteraction`, as
// PromptsService.recordInteraction does it in the org (keep the two together): one row per user,
// prompt, record and day; a new Shown is refused when the prompt is not offered on the record or the
// daily budget is spent; Resolved is recorded only after a showing and once the record no longer
// meets the condition. Experiments: a retired prompt is never shown; a Shown under a running experiment
// is recorded only on a record meeting the condition; a held-out user is never shown it
// and is the only one who may record HeldOut, once a day per record, when the record meets the condition.
import type { InteractionResult, RecordInteractionParams } from '@salesforce/apex/PromptsController.recordInteraction';
import INVALID from '@salesforce/label/c.Adoption_Prompt_Error_Invalid';
import UNAVAILABLE from '@salesforce/label/c.Adoption_Prompt_Error_Unavailable';
import BUDGET from '@salesforce/label/c.Adoption_Prompt_Error_Budget';
import { currentUserId, demoData, findRecord } from '../runtime/demo';
import { page } from '../runtime/context';
import { mutesOf } from './notificationsStore';
import { applying } from './experimentsStore';
import {
    activePrompts,
    addDays,
    budgetOf,
    historyOf,
    includesUser,
    interactionRows,
    isEligible,
    meets,
    shownOn,
    uniqueKey
} from './promptsStore';

const ACTIONS = ['Shown', 'Dismissed', 'Snoozed', 'Acted', 'Resolved', 'HeldOut'];

export default async function recordInteraction(params: RecordInteractionParams): Promise<InteractionResult> {
    const action = ACTIONS.find((known) => known.toLowerCase() === String(params?.action ?? '').toLowerCase());
    const data = await demoData();
    const found = params?.recordId ? await findRecord(params.recordId) : undefined;
    if (!action || !found) {
        throw new Error(INVALID);
    }
    const prompt = data.prompts.find((candidate) => candidate.DeveloperName === params.promptName);
    if (!prompt || String(prompt.Object__c).toLowerCase() !== found.objectApiName.toLowerCase()) {
        throw new Error(UNAVAILABLE);
    }
    const today = data.meta.today;
    const userId = currentUserId();
    const experiments = applying(data, userId);
    const heldOut = experiments.heldOut.has(prompt.DeveloperName);
    if (
        (action === 'Shown' || action === 'HeldOut') &&
        (experiments.retired.has(prompt.DeveloperName) || heldOut !== (action === 'HeldOut'))
    ) {
        throw new Error(UNAVAILABLE);
    }
    const budget = budgetOf(data);
    const rows = interactionRows(data);
    const history = historyOf(rows, userId, prompt.DeveloperName, found.record.Id, today);
    let shown = shownOn(rows, userId, today);
    const row = history.todayRow ?? {
        User__c: userId,
        Prompt_Name__c: prompt.DeveloperName,
        Record_Id__c: found.record.Id,
        Object__c: found.objectApiName,
        Day__c: today,
        Unique_Key__c: uniqueKey(userId, prompt.DeveloperName, found.record.Id, today),
        Shown_Count__c: 0,
        First_Shown_At__c: null,
        Dismissed__c: false,
        Snoozed_Until__c: null,
        Acted__c: false,
        Resolved__c: false,
        Resolved_At__c: null,
        Held_Out_At__c: null
    };
    const result: InteractionResult = {
        action: action as InteractionResult['action'],
        recorded: false,
        remainingBudget: 0,
        snoozedUntil: null
    };
    if (action === 'Shown') {
        if (!history.shownToday) {
            const offered =
                data.settings.Enabled__c !== false &&
                activePrompts(data, found.objectApiName, today).includes(prompt) &&
                includesUser(prompt, page.customPermissions) &&
                isEligible(prompt, history, today);
            if (!offered) {
                throw new Error(UNAVAILABLE);
            }
            if (shown >= budget) {
                throw new Error(BUDGET.replace('{0}', String(budget)));
            }
            // Under a running experiment a Shown enters the prompted arm: only on a record meeting the
            // condition now, like a HeldOut (review m1).
            if (experiments.running.has(prompt.DeveloperName) && !meets(prompt.Condition__c, found.record, today)) {
                result.remainingBudget = Math.max(0, budget - shown);
                return result;
            }
            row.First_Shown_At__c = new Date().toISOString();
            shown++;
        }
        row.Shown_Count__c++;
    } else if (action === 'Dismissed') {
        row.Dismissed__c = true;
    } else if (action === 'Snoozed') {
        row.Snoozed_Until__c = addDays(today, Math.max(1, Number(prompt.Snooze_Days__c) || 1));
        result.snoozedUntil = row.Snoozed_Until__c;
    } else if (action === 'Acted') {
        row.Acted__c = true;
    } else if (action === 'HeldOut') {
        const offered =
            data.settings.Enabled__c !== false &&
            !mutesOf(userId, data.personas).has('prompt') &&
            activePrompts(data, found.objectApiName, today).includes(prompt) &&
            includesUser(prompt, page.customPermissions) &&
            isEligible(prompt, history, today);
        // Counted against the day's budget like a showing, so both arms are selected alike (M3).
        if (row.Held_Out_At__c || shown >= budget || !offered || !meets(prompt.Condition__c, found.record, today)) {
            result.remainingBudget = Math.max(0, budget - shown);
            return result;
        }
        row.Held_Out_At__c = new Date().toISOString();
        shown++;
    } else if (!row.Resolved__c) {
        if (!history.lastShown || meets(prompt.Condition__c, found.record, today)) {
            result.remainingBudget = Math.max(0, budget - shown);
            return result;
        }
        row.Resolved__c = true;
        row.Resolved_At__c = new Date().toISOString();
    }
    if (!history.todayRow) {
        rows.push(row);
    }
    result.recorded = true;
    result.remainingBudget = Math.max(0, budget - shown);
    return result;
}
