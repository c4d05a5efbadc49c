// Local answer for `@salesforce/apex/PromptsController.getPrompts`, as PromptsService.getPrompts
// answers in the org (keep the two together): the object's active prompts in their window whose
// audience includes the page's user, not snoozed, dismissed today, too frequent or shown too often on
// this record, most severe first, each with its live figure over the user's own records; and the
// daily interruption budget left; none for a user who muted prompts on My Progress (notificationsStore).
// Experiments (experimentsStore): a retired prompt shows to nobody; a running experiment that holds this
// user out moves its prompt to heldOut, which the page never shows.
// The daily cap across celebrations, which needs the rep's day, is the org's alone. The browser
// decides which prompts' conditions hold.
import type { GetPromptsParams, PromptsView } from '@salesforce/apex/PromptsController.getPrompts';
import INVALID from '@salesforce/label/c.Adoption_Prompt_Error_Invalid';
import { currentUserId, demoData, findRecord } from '../runtime/demo';
import { page } from '../runtime/context';
import { mutesOf } from './notificationsStore';
import { applying } from './experimentsStore';
import {
    activePrompts,
    budgetOf,
    bySeverity,
    emptyView,
    historyOf,
    includesUser,
    interactionRows,
    isEligible,
    shownOn,
    viewOf
} from './promptsStore';

export default async function getPrompts(params: GetPromptsParams): Promise<PromptsView> {
    const data = await demoData();
    const found = params?.recordId ? await findRecord(params.recordId) : undefined;
    if (!found) {
        throw new Error(INVALID);
    }
    const today = data.meta.today;
    const budget = budgetOf(data);
    const userId = currentUserId();
    const view = emptyView(found.objectApiName, found.record.Id, today, budget);
    if (data.settings.Enabled__c === false || mutesOf(userId, data.personas).has('prompt')) {
        return view;
    }
    const rows = interactionRows(data);
    view.shownToday = shownOn(rows, userId, today);
    view.remainingBudget = Math.max(0, budget - view.shownToday);
    const owned = (data.records[found.objectApiName] ?? []).filter((record) => record.OwnerId === userId);
    const experiments = applying(data, userId);
    const offered = activePrompts(data, found.objectApiName, today)
        .filter((prompt) => includesUser(prompt, page.customPermissions))
        .filter((prompt) => !experiments.retired.has(prompt.DeveloperName))
        .map((prompt) => ({ prompt, history: historyOf(rows, userId, prompt.DeveloperName, found.record.Id, today) }))
        .filter(({ prompt, history }) => isEligible(prompt, history, today))
        .sort((a, b) => bySeverity(a.prompt, b.prompt));
    view.prompts = offered
        .filter(({ prompt }) => !experiments.heldOut.has(prompt.DeveloperName))
        .map(({ prompt, history }) => viewOf(prompt, owned, today, history.shownToday));
    view.heldOut = offered
        .filter(({ prompt }) => experiments.heldOut.has(prompt.DeveloperName))
        // shownToday: HeldOut already recorded today on this record (it took its slot then).
        .map(({ prompt }) =>
            viewOf(
                prompt,
                owned,
                today,
                rows.some(
                    (row) =>
                        row.User__c === userId &&
                        row.Prompt_Name__c === prompt.DeveloperName &&
                        row.Record_Id__c === found.record.Id &&
                        row.Day__c === today &&
                        Boolean(row.Held_Out_At__c)
                )
            )
        );
    return view;
}
