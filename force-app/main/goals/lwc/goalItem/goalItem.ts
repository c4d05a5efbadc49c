/**
 * goalItem: one goal: what it counts and its period, its status (and whose turn it is), a labelled
 * progress bar with "9 of 15 done", the pace ("On track: 9 of 15 expected by Wednesday"), the last
 * note, and, when the caller is the one to answer, Accept and Decline (and for the manager a new
 * target); for the proposer, while it waits, Withdraw. Sends `answer` (detail: { goalId, action, target }) to its parent, which calls Apex.
 */
import { LightningElement, api } from 'lwc';
import { LABELS, targetError } from 'c/goalText';
import type { GoalLine } from 'c/goalText';

/** What `answer` carries. */
export interface GoalAnswer {
    goalId: string;
    action: 'accept' | 'edit' | 'decline' | 'withdraw';
    target: number | null;
}

export default class GoalItem extends LightningElement {
    labels = LABELS;

    /** The goal to show. */
    @api goal?: GoalLine;
    /** An answer is being saved: the buttons wait. */
    @api busy = false;

    newTarget: number | null = null;
    /** A new target that is not a whole number, refused here before anything is sent. */
    targetError = '';

    get hasProgress(): boolean {
        return this.goal?.progressValue != null;
    }

    get targetValue(): number | null {
        return this.newTarget ?? this.goal?.target ?? null;
    }

    handleTargetChange(event: CustomEvent<{ value: string }>): void {
        const value = event.detail.value;
        this.newTarget = value === '' || value == null ? null : Number(value);
    }

    handleAccept(): void {
        this.send('accept', null);
    }

    handleDecline(): void {
        this.send('decline', null);
    }

    handleWithdraw(): void {
        this.send('withdraw', null);
    }

    handleSaveTarget(): void {
        this.targetError = targetError(this.goal?.isHygiene ? 'Hygiene' : '', this.targetValue);
        if (this.targetError) {
            return;
        }
        this.send('edit', this.targetValue);
    }

    private send(action: GoalAnswer['action'], target: number | null): void {
        if (!this.goal) {
            return;
        }
        const detail: GoalAnswer = { goalId: this.goal.id, action, target };
        this.dispatchEvent(new CustomEvent('answer', { detail }));
    }
}
