/**
 * promptExperiments: the experiments section of the effectiveness page (admins). Shows each recent
 * experiment with its two arms (with the prompt, held out): qualifying records, fixed, the fix rate with
 * its 95 % Wilson interval, the median hours to fix, and the difference with Newcombe's interval and a
 * plain verdict, or "not enough data yet" below the minimum (PromptExperimentMath says why those).
 * Starts an experiment on an active prompt and ends a running one, keeping or retiring the prompt
 * (retiring asks for confirmation first); lists the retired prompts, each with a bring back button.
 *
 * A section child: it calls no Apex. The parent (c-prompt-effectiveness) loads the view and answers the
 * `start` ({ promptName, holdoutPercent }), `end` ({ experimentId, decision }) and `bringback`
 * ({ promptName }) events; the server
 * checks everything again (admin only, the share's bounds, one experiment at a time).
 */
import { LightningElement, api } from 'lwc';
import type {
    ExperimentComparison,
    ExperimentView,
    ExperimentsView
} from '@salesforce/apex/PromptExperimentsController.getExperiments';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { formatLabel } from 'c/ldsUtils';
import * as L from './promptExperimentsLabels';

const DEFAULT_SHARE = 20;
const PERCENT = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });
const NUMBER = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const POINTS = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** One arm's row of an experiment's table, as text. */
export interface ArmRow {
    key: string;
    group: string;
    records: string;
    fixed: string;
    rate: string;
    median: string;
}

/** One experiment as the template shows it. */
export interface ExperimentItem extends Record<'status', string> {
    id: string;
    title: string;
    holdout: string;
    since: string;
    running: boolean;
    keepLabel: string;
    retireLabel: string;
    /** The admin pressed retire: the confirmation shows in place of the two buttons. */
    confirming: boolean;
    confirmText: string;
    caption: string;
    arms: ArmRow[];
    verdict: string;
    difference: string;
    leftOut: string;
    /** Works council mode withheld a small group's figures: the note, or empty. */
    withheld: string;
    problem: string;
    sampled: boolean;
}

function rate(
    value: number | null | undefined,
    low: number | null | undefined,
    high: number | null | undefined
): string {
    return value == null || low == null || high == null
        ? L.NO_DATA
        : formatLabel(L.RATE, PERCENT.format(value), PERCENT.format(low), PERCENT.format(high));
}

function points(value: number): string {
    return POINTS.format(Math.round(value * 1000) / 10);
}

function dateTime(value: string | null | undefined): string {
    return value
        ? new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(
              new Date(value)
          )
        : '';
}

function verdictOf(comparison: ExperimentComparison, minimum: number, minimumReps: number): string {
    switch (comparison.verdict) {
        case 'better':
            return L.BETTER;
        case 'worse':
            return L.WORSE;
        case 'unclear':
            return L.UNCLEAR;
        default:
            return formatLabel(L.NOT_ENOUGH, NUMBER.format(minimum), NUMBER.format(minimumReps));
    }
}

/** The template's view of one experiment. */
export function experimentItem(
    experiment: ExperimentView,
    minimum: number,
    minimumReps = 0,
    confirming = ''
): ExperimentItem {
    const c = experiment.comparison;
    const hours = (value: number | null | undefined): string => (value == null ? L.NO_DATA : NUMBER.format(value));
    const status =
        experiment.status === 'Running' ? L.RUNNING : experiment.decision === 'Retire' ? L.ENDED_RETIRE : L.ENDED_KEEP;
    const showDifference = c.enoughData && c.difference != null && c.differenceLow != null && c.differenceHigh != null;
    return {
        id: experiment.id,
        title: experiment.promptTitle,
        status,
        holdout: formatLabel(L.HOLDOUT_BADGE, NUMBER.format(experiment.holdoutPercent)),
        since: formatLabel(L.SINCE, dateTime(experiment.startedAt)),
        running: experiment.status === 'Running',
        keepLabel: formatLabel(L.KEEP_ARIA, experiment.promptTitle),
        retireLabel: formatLabel(L.RETIRE_ARIA, experiment.promptTitle),
        confirming: experiment.status === 'Running' && confirming === experiment.id,
        confirmText: formatLabel(L.RETIRE_CONFIRM, experiment.promptTitle),
        caption: `${experiment.promptTitle}: ${L.TITLE}`,
        arms: [
            {
                key: 'prompted',
                group: L.WITH,
                records: NUMBER.format(experiment.promptedRecords),
                fixed: NUMBER.format(experiment.promptedFixed),
                rate: rate(c.promptedRate, c.promptedLow, c.promptedHigh),
                median: hours(experiment.promptedMedianHours)
            },
            {
                key: 'heldOut',
                group: L.WITHOUT,
                records: NUMBER.format(experiment.heldOutRecords),
                fixed: NUMBER.format(experiment.heldOutFixed),
                rate: rate(c.heldOutRate, c.heldOutLow, c.heldOutHigh),
                median: hours(experiment.heldOutMedianHours)
            }
        ],
        verdict: verdictOf(c, minimum, minimumReps),
        withheld: experiment.withheld ? L.WITHHELD : '',
        difference: showDifference
            ? formatLabel(
                  L.DIFFERENCE,
                  points(c.difference as number),
                  points(c.differenceLow as number),
                  points(c.differenceHigh as number)
              )
            : '',
        leftOut:
            experiment.mixedRecords > 0 || experiment.unreadableRecords > 0
                ? formatLabel(
                      L.LEFT_OUT,
                      NUMBER.format(experiment.mixedRecords),
                      NUMBER.format(experiment.unreadableRecords)
                  )
                : '',
        problem: experiment.problem ?? '',
        sampled: experiment.sampled
    };
}

export default class PromptExperiments extends LightningElement {
    /** The experiments and the prompts one can start on (PromptExperimentsController.getExperiments). */
    @api view?: ExperimentsView;
    /** A start or end is in flight: the buttons wait. */
    @api busy = false;

    labels = {
        title: L.TITLE,
        intro: L.INTRO,
        define: L.DEFINE,
        prompt: L.PROMPT,
        share: L.SHARE,
        start: L.START,
        noneStartable: L.NONE_STARTABLE,
        empty: L.EMPTY,
        colGroup: L.COL_GROUP,
        colRecords: L.COL_RECORDS,
        colFixed: L.COL_FIXED,
        colRate: L.COL_RATE,
        colMedian: L.COL_MEDIAN,
        keep: L.KEEP,
        retire: L.RETIRE,
        retireNote: L.RETIRE_NOTE,
        retireYes: L.RETIRE_YES,
        cancel: L.CANCEL,
        retiredTitle: L.RETIRED_TITLE,
        bringBack: L.BRING_BACK,
        sampled: L.SAMPLED
    };

    promptName = '';
    share: string = String(DEFAULT_SHARE);
    /** The experiment whose retire awaits confirmation (review m7: retiring hides the prompt from all). */
    confirming = '';
    /** After the next render, focus this button (the confirmation's, or retire's again on cancel). */
    private focusNext = '';

    get items(): ExperimentItem[] {
        const minimum = this.view?.minimumRecords ?? 0;
        const minimumReps = this.view?.minimumReps ?? 0;
        return (this.view?.experiments ?? []).map((experiment) =>
            experimentItem(experiment, minimum, minimumReps, this.confirming)
        );
    }

    /** The retired prompts, each with a bring back button named after it. */
    get retired(): { value: string; label: string; ariaLabel: string }[] {
        return (this.view?.retired ?? []).map((option) => ({
            ...option,
            ariaLabel: formatLabel(L.BRING_BACK_ARIA, option.label)
        }));
    }

    get hasRetired(): boolean {
        return (this.view?.retired ?? []).length > 0;
    }

    override renderedCallback(): void {
        if (this.focusNext) {
            this.template?.querySelector<HTMLButtonElement>(this.focusNext)?.focus();
            this.focusNext = '';
        }
    }

    get hasItems(): boolean {
        return (this.view?.experiments ?? []).length > 0;
    }

    get options(): { value: string; label: string; selected: boolean }[] {
        const chosen = this.chosenPrompt;
        return (this.view?.startable ?? []).map((option) => ({ ...option, selected: option.value === chosen }));
    }

    get canStart(): boolean {
        return (this.view?.startable ?? []).length > 0;
    }

    get startDisabled(): boolean {
        return this.busy || !this.canStart;
    }

    get shareHelp(): string {
        return formatLabel(L.SHARE_HELP, this.view?.holdoutMin ?? '', this.view?.holdoutMax ?? '');
    }

    /** The chosen prompt: the admin's choice while it can still start, else the first that can. */
    private get chosenPrompt(): string {
        const startable = this.view?.startable ?? [];
        return startable.some((option) => option.value === this.promptName)
            ? this.promptName
            : (startable[0]?.value ?? '');
    }

    handlePrompt(event: Event): void {
        this.promptName = (event.target as HTMLSelectElement).value;
    }

    handleShare(event: Event): void {
        this.share = (event.target as HTMLInputElement).value;
    }

    handleStart(): void {
        const parsed = this.share.trim() === '' ? null : Number(this.share);
        this.dispatchEvent(
            new CustomEvent('start', {
                detail: { promptName: this.chosenPrompt, holdoutPercent: Number.isFinite(parsed) ? parsed : null }
            })
        );
    }

    handleKeep(event: Event): void {
        this.end(event, 'Keep');
    }

    /** Retire asks first: the prompt would stop showing to everyone at once. */
    handleRetire(event: Event): void {
        this.confirming = (event.currentTarget as HTMLElement).dataset.id ?? '';
        this.focusNext = `article[data-id="${this.confirming}"] .retire-yes`;
    }

    handleConfirmRetire(event: Event): void {
        this.confirming = '';
        this.end(event, 'Retire');
    }

    handleCancelRetire(event: Event): void {
        this.confirming = '';
        this.focusNext = `article[data-id="${(event.currentTarget as HTMLElement).dataset.id ?? ''}"] .retire`;
    }

    handleBringBack(event: Event): void {
        const promptName = (event.currentTarget as HTMLElement).dataset.name ?? '';
        this.dispatchEvent(new CustomEvent('bringback', { detail: { promptName } }));
    }

    private end(event: Event, decision: 'Keep' | 'Retire'): void {
        const experimentId = (event.currentTarget as HTMLElement).dataset.id ?? '';
        this.dispatchEvent(new CustomEvent('end', { detail: { experimentId, decision } }));
    }
}
