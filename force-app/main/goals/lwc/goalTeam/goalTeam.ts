/**
 * goalTeam: the pulse's Goals section (issue 18): this month's goals of each person the manager may
 * see, with attainment ("2 of 3 agreed goals reached"), progress and pace, the reps' proposals to
 * accept, edit (a new target) or decline, and a form to propose a goal to a direct report. In works
 * council mode the server sends goals and status only, and the section says so. Reads
 * GoalsController.getTeamGoals; writes through proposeGoal and respondToGoal, then refreshes.
 */
import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getTeamGoals from '@salesforce/apex/GoalsController.getTeamGoals';
import type { ApexWireResult } from 'c/adoptionTypes';
import type { GoalInput, TeamGoals } from 'c/goalPace';
import type { GoalAnswer } from 'c/goalItem';
import { answer, propose } from 'c/goalSaving';
import { LABELS, line } from 'c/goalText';
import type { GoalLine } from 'c/goalText';
import { formatLabel } from 'c/ldsUtils';

/** One rep's block. */
interface RepBlock {
    key: string;
    repName: string;
    reachedText: string;
    goals: GoalLine[];
}

export default class GoalTeam extends LightningElement {
    labels = LABELS;

    view?: TeamGoals;
    loadError: unknown;
    formOpen = false;
    saving = false;
    formError = '';
    answerError = '';
    status = '';
    private wired?: ApexWireResult<TeamGoals>;

    @wire(getTeamGoals, { monthStart: null })
    wiredGoals(result: ApexWireResult<TeamGoals>): void {
        this.wired = result;
        this.view = result.data;
        this.loadError = result.error;
    }

    get loaded(): boolean {
        return this.view != null;
    }

    get reps(): RepBlock[] {
        const withheld = this.view?.attainmentWithheld === true;
        return (this.view?.reps ?? []).map((rep) => ({
            key: rep.repId,
            repName: rep.repName ?? '',
            reachedText: withheld || rep.agreed === 0 ? '' : formatLabel(LABELS.teamReached, rep.reached, rep.agreed),
            goals: rep.goals.map((goal) => line(goal, false))
        }));
    }

    get isEmpty(): boolean {
        return this.reps.length === 0;
    }

    get canPropose(): boolean {
        return (this.view?.pickers?.reps ?? []).length > 0;
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
