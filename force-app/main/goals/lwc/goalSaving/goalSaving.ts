/**
 * goalSaving: the one way the goal cards (goalSection for the rep, goalTeam for the manager) propose a
 * goal and answer one: the call, the card's saving state, its status line or the refusal's words, then
 * a refresh of what the card shows. A refusal leaves the form open with the server's message.
 */
import proposeGoal from '@salesforce/apex/GoalsController.proposeGoal';
import respondToGoal from '@salesforce/apex/GoalsController.respondToGoal';
import type { GoalInput } from 'c/goalPace';
import type { GoalAnswer } from 'c/goalItem';
import { LABELS } from 'c/goalText';
import { reduceErrors } from 'c/ldsUtils';

/** What a goal card shows while it saves. */
export interface GoalCard {
    saving: boolean;
    formOpen: boolean;
    formError: string;
    answerError: string;
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    status: string;
}

/** Proposes a goal from the card's form; on success closes the form and says it was sent. */
export async function propose(card: GoalCard, input: GoalInput, refresh: () => Promise<void>): Promise<void> {
    card.saving = true;
    card.formError = '';
    try {
        await proposeGoal({ input });
        card.formOpen = false;
        card.status = LABELS.sent;
        await refresh();
    } catch (error) {
        card.formError = reduceErrors(error).join(' ') || LABELS.errorSave;
    } finally {
        card.saving = false;
    }
}

/** Accepts, edits, declines or withdraws a goal; on success says it was saved (or withdrawn). */
export async function answer(card: GoalCard, given: GoalAnswer, refresh: () => Promise<void>): Promise<void> {
    card.saving = true;
    card.answerError = '';
    try {
        await respondToGoal({ goalId: given.goalId, action: given.action, target: given.target, message: null });
        card.status = given.action === 'withdraw' ? LABELS.withdrawn : LABELS.saved;
        await refresh();
    } catch (error) {
        card.answerError = reduceErrors(error).join(' ') || LABELS.errorSave;
    } finally {
        card.saving = false;
    }
}
