/**
 * promptEffectiveness: for admins, whether the "why this matters" prompts work. One plain SLDS
 * table, a row per prompt: what reps saw and did (records, not page views), the median time to fix,
 * and the two comparisons PromptEffectivenessService defines (prompted records that stopped
 * matching; never-prompted records that match now). The definitions are printed above the table.
 * Admins only: the server refuses anyone without Adoption_Administer, and the error panel says so.
 * Below the table, the prompt experiments (c-prompt-experiments, a section child that calls no Apex):
 * this parent loads them (PromptExperimentsController.getExperiments), starts and ends them, then
 * reloads and says what happened in a toast; a refusal shows in an error panel with the server's label.
 */
import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getEffectiveness from '@salesforce/apex/PromptsController.getEffectiveness';
import type { EffectivenessRow, EffectivenessView } from '@salesforce/apex/PromptsController.getEffectiveness';
import getExperiments from '@salesforce/apex/PromptExperimentsController.getExperiments';
import type { ExperimentsView } from '@salesforce/apex/PromptExperimentsController.getExperiments';
import startExperiment from '@salesforce/apex/PromptExperimentsController.startExperiment';
import endExperiment from '@salesforce/apex/PromptExperimentsController.endExperiment';
import bringBackPrompt from '@salesforce/apex/PromptExperimentsController.bringBackPrompt';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import type { ApexWireResult } from 'c/adoptionTypes';
import { formatLabel, reduceErrors } from 'c/ldsUtils';
import TITLE from '@salesforce/label/c.Adoption_Effectiveness_Title';
import CAPTION from '@salesforce/label/c.Adoption_Effectiveness_Caption';
import REFRESH from '@salesforce/label/c.Adoption_Effectiveness_Refresh';
import COL_PROMPT from '@salesforce/label/c.Adoption_Effectiveness_Col_Prompt';
import COL_OBJECT from '@salesforce/label/c.Adoption_Effectiveness_Col_Object';
import COL_SHOWN from '@salesforce/label/c.Adoption_Effectiveness_Col_Shown';
import COL_ACTED from '@salesforce/label/c.Adoption_Effectiveness_Col_Acted';
import COL_DISMISSED from '@salesforce/label/c.Adoption_Effectiveness_Col_Dismissed';
import COL_SNOOZED from '@salesforce/label/c.Adoption_Effectiveness_Col_Snoozed';
import COL_RESOLVED from '@salesforce/label/c.Adoption_Effectiveness_Col_Resolved';
import COL_MEDIAN from '@salesforce/label/c.Adoption_Effectiveness_Col_Median';
import COL_STOPPED from '@salesforce/label/c.Adoption_Effectiveness_Col_Stopped';
import COL_BASELINE from '@salesforce/label/c.Adoption_Effectiveness_Col_Baseline';
import COL_PROBLEM from '@salesforce/label/c.Adoption_Effectiveness_Col_Problem';
import SHARE from '@salesforce/label/c.Adoption_Effectiveness_Share';
import NO_DATA from '@salesforce/label/c.Adoption_Effectiveness_No_Data';
import INACTIVE from '@salesforce/label/c.Adoption_Effectiveness_Inactive';
import SAMPLED from '@salesforce/label/c.Adoption_Effectiveness_Sampled';
import EMPTY from '@salesforce/label/c.Adoption_Effectiveness_Empty';
import DEFINE_COUNTS from '@salesforce/label/c.Adoption_Effectiveness_Define_Counts';
import DEFINE_RESOLVED from '@salesforce/label/c.Adoption_Effectiveness_Define_Resolved';
import DEFINE_STOPPED from '@salesforce/label/c.Adoption_Effectiveness_Define_Stopped';
import DEFINE_BASELINE from '@salesforce/label/c.Adoption_Effectiveness_Define_Baseline';
import DEFINE_CAVEAT from '@salesforce/label/c.Adoption_Effectiveness_Define_Caveat';
import LOADING from '@salesforce/label/c.Adoption_Loading';
import LOAD_ERROR from '@salesforce/label/c.Adoption_Error_Load';
import LOCALE from '@salesforce/i18n/locale';
import STARTED from '@salesforce/label/c.Experiment_Started';
import ENDED from '@salesforce/label/c.Experiment_Ended';
import BROUGHT_BACK from '@salesforce/label/c.Experiment_Brought_Back';
import SAVE_ERROR from '@salesforce/label/c.Adoption_Error_Generic';

const DEFAULT_DAYS = 30;

/**
 * One table row, as text. Written with Record<'name', ...> because the lint's
 * no-restricted-globals misreads a property called `name` in an interface as the browser global.
 */
interface TableRow extends Record<'name', string> {
    title: string;
    objectApiName: string;
    inactive: boolean;
    sampled: boolean;
    shown: string;
    acted: string;
    dismissed: string;
    snoozed: string;
    resolved: string;
    median: string;
    stopped: string;
    baseline: string;
    problem: string;
}

const NUMBER = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/** A percent Apex may leave out (null is not sent): absent or null reads "no data". */
function share(percent: number | null | undefined, part: number, whole: number): string {
    return percent == null
        ? NO_DATA
        : formatLabel(SHARE, NUMBER.format(percent), NUMBER.format(part), NUMBER.format(whole));
}

function tableRow(row: EffectivenessRow): TableRow {
    return {
        name: row.name,
        title: row.title,
        objectApiName: row.objectApiName,
        inactive: !row.active,
        sampled: row.sampled,
        shown: NUMBER.format(row.shown),
        acted: NUMBER.format(row.acted),
        dismissed: NUMBER.format(row.dismissed),
        snoozed: NUMBER.format(row.snoozed),
        resolved: NUMBER.format(row.resolved),
        median: row.medianHoursToResolve == null ? NO_DATA : NUMBER.format(row.medianHoursToResolve),
        stopped: share(row.stoppedMatchingPercent, row.promptedStoppedMatching, row.promptedChecked),
        baseline: share(row.baselineMatchingPercent, row.baselineMatching, row.baselineChecked),
        problem: row.problem ?? ''
    };
}

export default class PromptEffectiveness extends LightningElement {
    /** The window, in days, ending today. */
    @api days: number = DEFAULT_DAYS;

    labels = {
        title: TITLE,
        refresh: REFRESH,
        loading: LOADING,
        loadError: LOAD_ERROR,
        empty: EMPTY,
        inactive: INACTIVE,
        sampled: SAMPLED,
        defineCounts: DEFINE_COUNTS,
        defineResolved: DEFINE_RESOLVED,
        defineStopped: DEFINE_STOPPED,
        defineBaseline: DEFINE_BASELINE,
        defineCaveat: DEFINE_CAVEAT,
        colPrompt: COL_PROMPT,
        colObject: COL_OBJECT,
        colShown: COL_SHOWN,
        colActed: COL_ACTED,
        colDismissed: COL_DISMISSED,
        colSnoozed: COL_SNOOZED,
        colResolved: COL_RESOLVED,
        colMedian: COL_MEDIAN,
        colStopped: COL_STOPPED,
        colBaseline: COL_BASELINE,
        colProblem: COL_PROBLEM
    };

    rows: TableRow[] = [];
    caption = '';
    error: unknown = null;
    loading = true;
    private loaded = false;
    private wiredResult?: ApexWireResult<EffectivenessView>;

    @wire(getEffectiveness, { days: '$days' })
    wiredEffectiveness(result: ApexWireResult<EffectivenessView>): void {
        this.wiredResult = result;
        if (result.data) {
            this.rows = result.data.rows.map(tableRow);
            this.caption = formatLabel(CAPTION, result.data.days, result.data.since);
            this.error = null;
            this.loaded = true;
            this.loading = false;
        } else if (result.error) {
            this.rows = [];
            this.error = result.error;
            this.loaded = true;
            this.loading = false;
        }
    }

    /** The experiments section's view; its load error; a refused start or end. */
    experiments?: ExperimentsView;
    experimentsError: unknown = null;
    actionError: unknown = null;
    /** The server's refusal (a custom label written for the admin), else the generic label. */
    actionErrorMessage: string = SAVE_ERROR;
    busy = false;
    private wiredExperiments?: ApexWireResult<ExperimentsView>;

    @wire(getExperiments)
    wiredExperimentsResult(result: ApexWireResult<ExperimentsView>): void {
        this.wiredExperiments = result;
        if (result.data) {
            this.experiments = result.data;
            this.experimentsError = null;
        } else if (result.error) {
            this.experiments = undefined;
            this.experimentsError = result.error;
        }
    }

    get hasExperimentsError(): boolean {
        return this.experimentsError !== null;
    }

    get hasActionError(): boolean {
        return this.actionError !== null;
    }

    async handleStart(event: CustomEvent<{ promptName: string; holdoutPercent: number | null }>): Promise<void> {
        await this.run(() => startExperiment(event.detail), STARTED);
    }

    async handleEnd(event: CustomEvent<{ experimentId: string; decision: 'Keep' | 'Retire' }>): Promise<void> {
        await this.run(() => endExperiment(event.detail), ENDED);
    }

    async handleBringBack(event: CustomEvent<{ promptName: string }>): Promise<void> {
        await this.run(() => bringBackPrompt(event.detail), BROUGHT_BACK);
    }

    /** One start or end: the server decides; then both tables reload and a toast says what happened. */
    private async run(call: () => Promise<unknown>, done: string): Promise<void> {
        this.busy = true;
        this.actionError = null;
        try {
            await call();
            this.dispatchEvent(new ShowToastEvent({ title: done, variant: 'success' }));
            await this.refresh();
        } catch (error) {
            this.actionError = error;
            this.actionErrorMessage = reduceErrors(error)[0] ?? SAVE_ERROR;
        } finally {
            this.busy = false;
        }
    }

    get hasRows(): boolean {
        return this.rows.length > 0;
    }

    get isEmpty(): boolean {
        return !this.loading && this.error === null && this.rows.length === 0;
    }

    get hasError(): boolean {
        return this.error !== null;
    }

    /**
     * Reads the prompts and experiments again: the admin page calls it when the builder deployed a
     * record, so that a prompt saved a moment ago can be put under experiment without a reload.
     */
    @api
    async refresh(): Promise<void> {
        await Promise.all(
            [this.wiredExperiments, this.wiredResult].map((wired) => (wired ? refreshApex(wired) : undefined))
        );
    }

    async handleRefresh(): Promise<void> {
        if (this.wiredResult) {
            this.loading = true;
            try {
                await refreshApex(this.wiredResult);
            } finally {
                // Before the first answer there is still nothing to show: keep the spinner.
                this.loading = !this.loaded;
            }
        }
    }
}
