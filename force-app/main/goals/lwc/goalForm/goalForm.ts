/**
 * goalForm: a proposal: (for a manager) the rep, the period (this or next week, this or next month),
 * what counts (a rule, a category, points or pipeline hygiene), which rule, category or measure, the
 * target (a percent for hygiene) and a note. Sends `propose` (detail: { input }, what
 * GoalsController.proposeGoal takes) to its parent, which saves and shows the server's refusal here
 * (errorMessage) in an alert; `cancel` closes it. A manager's form sends nothing until a rep is picked.
 * The server checks everything again.
 */
import { LightningElement, api } from 'lwc';
import type { GoalInput, GoalPickers } from 'c/goalPace';
import { LABELS, periodOptions, targetError } from 'c/goalText';

interface Option {
    label: string;
    value: string;
}

export default class GoalForm extends LightningElement {
    labels = LABELS;

    /** What the proposal may name. */
    @api pickers?: GoalPickers;
    /** A manager's form: pick the rep. */
    @api showRep = false;
    /** The proposal is being saved. */
    @api saving = false;
    /** The server's refusal, shown in an alert. */
    @api errorMessage = '';

    repId = '';
    period = '';
    kind = 'Rule';
    measure = '';
    target = '';
    message = '';
    /** A target that is not a whole number, refused here before anything is sent. */
    localError = '';

    /** The local refusal, else the server's. */
    get shownError(): string {
        return this.localError || this.errorMessage;
    }

    get repOptions(): Option[] {
        return this.pickers?.reps ?? [];
    }

    get periodChoices(): Option[] {
        return this.pickers ? periodOptions(this.pickers) : [];
    }

    get kindOptions(): Option[] {
        return [
            { label: LABELS.kindRule, value: 'Rule' },
            { label: LABELS.kindCategory, value: 'Category' },
            { label: LABELS.kindPoints, value: 'Points' },
            { label: LABELS.kindHygiene, value: 'Hygiene' }
        ];
    }

    get measureOptions(): Option[] {
        if (!this.pickers) {
            return [];
        }
        if (this.kind === 'Rule') {
            return this.pickers.rules;
        }
        if (this.kind === 'Category') {
            return this.pickers.categories;
        }
        return this.kind === 'Hygiene' ? this.pickers.hygiene : [];
    }

    get showMeasure(): boolean {
        return this.kind !== 'Points';
    }

    get targetLabel(): string {
        return this.kind === 'Hygiene' ? LABELS.fieldTargetPercent : LABELS.fieldTarget;
    }

    handleChange(event: CustomEvent<{ value: string }>): void {
        const field = (event.target as HTMLElement).dataset.field ?? '';
        const value = event.detail.value ?? '';
        if (field === 'kind') {
            this.kind = value;
            this.measure = '';
        } else if (
            field === 'repId' ||
            field === 'period' ||
            field === 'measure' ||
            field === 'target' ||
            field === 'message'
        ) {
            this[field] = value;
        }
    }

    handleSubmit(event: Event): void {
        event.preventDefault();
        // A manager's form names the rep: without one the server would take the manager's own goal
        // (repId null) and propose it to their manager (review goals-final M5). The required field
        // says so in the user's language ("Complete this field.") and nothing is sent.
        if (this.showRep && !this.repId) {
            const rep = this.template?.querySelector<HTMLElement & { reportValidity?: () => boolean }>('.field-rep');
            rep?.reportValidity?.();
            rep?.focus();
            return;
        }
        const target = this.target === '' ? null : Number(this.target);
        this.localError = targetError(this.kind, target);
        if (this.localError) {
            return;
        }
        const [periodType, periodStart] = (this.period || this.periodChoices[0]?.value || '|').split('|');
        const input: GoalInput = {
            repId: this.showRep ? this.repId || null : null,
            periodType,
            periodStart,
            kind: this.kind,
            measure: this.kind === 'Points' ? null : this.measure || this.measureOptions[0]?.value || null,
            target,
            message: this.message || null
        };
        this.dispatchEvent(new CustomEvent('propose', { detail: { input } }));
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }
}
