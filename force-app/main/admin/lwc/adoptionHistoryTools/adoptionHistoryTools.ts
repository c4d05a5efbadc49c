/**
 * adoptionHistoryTools: the admin page's history tools: how many days, and Dry run, Backfill,
 * Rebuild and Purge; the confirmation a tool asks for; the followed job's progress and results by
 * rule; the recent jobs. A press sends `tool` (detail: { tool }), `confirm`, `cancel` or
 * `dayschange` (detail: { days }) to c-adoption-admin, which decides, starts the job and follows it;
 * this section shows what it is given.
 */
import { LightningElement, api } from 'lwc';
import type { HealthTable } from 'c/adoptionHealthTable';
import HISTORY_TITLE from '@salesforce/label/c.Adoption_Admin_History_Title';
import DAYS from '@salesforce/label/c.Adoption_Admin_Days';
import DRY_RUN from '@salesforce/label/c.Adoption_Admin_Dry_Run';
import BACKFILL from '@salesforce/label/c.Adoption_Admin_Backfill';
import REBUILD from '@salesforce/label/c.Adoption_Admin_Rebuild';
import PURGE from '@salesforce/label/c.Adoption_Admin_Purge';
import CONFIRM from '@salesforce/label/c.Adoption_Admin_Confirm';
import CANCEL from '@salesforce/label/c.Adoption_Admin_Cancel';
import JOBS_TITLE from '@salesforce/label/c.Adoption_Admin_Jobs_Title';
import JOBS_NONE from '@salesforce/label/c.Adoption_Admin_Jobs_None';

/** A history tool. */
export type HistoryTool = 'dryRun' | 'backfill' | 'rebuild' | 'purge';

/** The followed job as the section shows it (adoptionAdminScreen.ts builds it from a JobView). */
export interface JobScreen {
    heading: string;
    counters: string;
    message: string;
    inProgress: boolean;
    failed: boolean;
    results: HealthTable;
    hasResults: boolean;
}

export default class AdoptionHistoryTools extends LightningElement {
    labels = {
        historyTitle: HISTORY_TITLE,
        days: DAYS,
        dryRun: DRY_RUN,
        backfill: BACKFILL,
        rebuild: REBUILD,
        purge: PURGE,
        confirm: CONFIRM,
        cancel: CANCEL,
        jobsTitle: JOBS_TITLE,
        jobsNone: JOBS_NONE
    };

    /** What the tools do, with the retention days. */
    @api helpText = '';
    /** The days entered. */
    @api days?: number;
    /** The tools are disabled (a job runs, a question is open, or the parent is busy). */
    @api disabled = false;
    /** The question a tool asks before it starts; none when blank. */
    @api confirmText = '';
    /** Why the last action was refused, and the sentence to show for it. */
    @api actionError: unknown;
    @api actionErrorMessage = '';
    /** The job being followed, if any. */
    @api job?: JobScreen;
    /** The recent jobs. */
    @api jobs?: HealthTable;

    get hasJobs(): boolean {
        return (this.jobs?.rows ?? []).length > 0;
    }

    handleDaysChange(event: Event): void {
        const target = event.target as HTMLInputElement | null;
        this.dispatchEvent(new CustomEvent('dayschange', { detail: { days: Number(target?.value) } }));
    }

    handleTool(event: Event): void {
        const tool = (event.currentTarget as HTMLElement).dataset.tool as HistoryTool | undefined;
        if (tool) {
            this.dispatchEvent(new CustomEvent('tool', { detail: { tool } }));
        }
    }

    handleConfirm(): void {
        this.dispatchEvent(new CustomEvent('confirm'));
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }
}
