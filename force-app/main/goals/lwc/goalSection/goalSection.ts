/**
 * goalSection: My Progress's Goals section (issue 18): the rep's goals of this month (and the week
 * that began in the month before), each with progress and pace, the manager's proposals to accept or
 * decline, and a form to propose a goal to their manager. Reads GoalsController.getMyGoals; writes
 * through proposeGoal and respondToGoal, then refreshes. A refusal (a negative target, a period that
 * is over) shows in the form's alert; nothing is lost from the form.
 */
import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getMyGoals from '@salesforce/apex/GoalsController.getMyGoals';
import type { ApexWireResult } from 'c/adoptionTypes';
import type { GoalInput, MyGoals } from 'c/goalPace';
import type { GoalAnswer } from 'c/goalItem';
import { answer, propose } from 'c/goalSaving';
import { LABELS, line } from 'c/goalText';
import type { GoalLine } from 'c/goalText';

export default class GoalSection extends LightningElement {
    labels = LABELS;

    view?: MyGoals;
    loadError: unknown;
    formOpen = false;
    saving = false;
    formError = '';
    status = '';
    answerError = '';
    private wired?: ApexWireResult<MyGoals>;

    @wire(getMyGoals)
    wiredGoals(result: ApexWireResult<MyGoals>): void {
        this.wired = result;
        this.view = result.data;
        this.loadError = result.error;
    }

    get loaded(): boolean {
        return this.view != null;
    }

    get lines(): GoalLine[] {
        return (this.view?.goals ?? []).map((goal) => line(goal, true));
    }

    get hasGoals(): boolean {
        return this.lines.length > 0;
    }

    get hasManager(): boolean {
        return this.view?.managerName != null;
    }

    get loadErrorText(): string {
        return this.loadError ? LABELS.errorLoad : '';
    }

    handleOpen(): void {
        this.formOpen = true;
        this.formError = '';
        this.status = '';
    }

    handleCancel(): void {
        this.formOpen = false;
        this.formError = '';
    }

    handlePropose(event: CustomEvent<{ input: GoalInput }>): Promise<void> {
        return propose(this, event.detail.input, () => this.refresh());
    }

    handleAnswer(event: CustomEvent<GoalAnswer>): Promise<void> {
        return answer(this, event.detail, () => this.refresh());
    }

    private async refresh(): Promise<void> {
        if (this.wired) {
            await refreshApex(this.wired);
        }
    }
}
