/**
 * goalSummary: the monthly goal summary per rep for a performance review (issue 18), on its own tab:
 * every goal of the people the caller may see whose period lies in the month (a manager's team; a
 * director's managers' teams, through the role hierarchy), with target, what was done, status and
 * pace, and each rep's attainment. Previous and next month; Print prints the tables alone (print
 * CSS hides the buttons). Reads GoalsController.getTeamGoals; writes nothing.
 */
import { LightningElement, wire } from 'lwc';
import getTeamGoals from '@salesforce/apex/GoalsController.getTeamGoals';
import type { ApexWireResult } from 'c/adoptionTypes';
import { shift } from 'c/goalPace';
import type { TeamGoals } from 'c/goalPace';
import { LABELS, line, monthName } from 'c/goalText';
import type { GoalLine } from 'c/goalText';
import { formatLabel } from 'c/ldsUtils';

interface SummaryRep {
    key: string;
    repName: string;
    managerName: string;
    reachedText: string;
    goals: GoalLine[];
}

export default class GoalSummary extends LightningElement {
    labels = LABELS;

    /** Any day of the month shown; null: the caller's current month (the server's answer). */
    monthStart: string | null = null;
    view?: TeamGoals;
    loadError: unknown;

    @wire(getTeamGoals, { monthStart: '$monthStart' })
    wiredGoals(result: ApexWireResult<TeamGoals>): void {
        this.view = result.data;
        this.loadError = result.error;
    }

    get loaded(): boolean {
        return this.view != null;
    }

    get heading(): string {
        return this.view ? formatLabel(LABELS.summaryHeading, monthName(this.view.monthStart)) : '';
    }

    get reps(): SummaryRep[] {
        const withheld = this.view?.attainmentWithheld === true;
        return (this.view?.reps ?? []).map((rep) => ({
            key: rep.repId,
            repName: rep.repName ?? '',
            managerName: rep.managerName ?? '',
            reachedText: withheld ? '' : formatLabel(LABELS.teamReached, rep.reached, rep.agreed),
            goals: rep.goals.map((goal) => line(goal, false))
        }));
    }

    get isEmpty(): boolean {
        return this.reps.length === 0;
    }

    get loadErrorText(): string {
        return this.loadError ? LABELS.errorLoad : '';
    }

    handlePrevious(): void {
        if (this.view) {
            this.monthStart = shift(this.view.monthStart, -1).slice(0, 8) + '01';
        }
    }

    handleNext(): void {
        if (this.view) {
            this.monthStart = shift(this.view.monthEnd, 1);
        }
    }

    handlePrint(): void {
        window.print();
    }
}
