/**
 * challengeForm: the form for a new draft challenge: name, start and end (native datetime inputs
 * in the browser's wall-clock time), format (team by manager or role, scored by average or % of
 * target), target, prize, the rules and categories that count, participants (a group if chosen) and
 * the Chatter post. Every field reports its own problem at once and the end must follow the start;
 * a valid form sends `save` (detail: { input }, what ChallengesController.saveChallenge takes) to
 * c-challenges, which saves and shows the server's refusal here (saveError). `cancel` closes it.
 */
import { LightningElement, api } from 'lwc';
import type {
    ChallengeFormat,
    ChallengeInput,
    ChallengeParticipants,
    ChallengeTeamBy,
    ChallengeTeamScoring
} from 'c/challenges';
import FORM_HEADING from '@salesforce/label/c.Adoption_Challenges_Form_Heading';
import FIELD_NAME from '@salesforce/label/c.Adoption_Challenges_Field_Name';
import FIELD_START from '@salesforce/label/c.Adoption_Challenges_Field_Start';
import FIELD_END from '@salesforce/label/c.Adoption_Challenges_Field_End';
import FIELD_FORMAT from '@salesforce/label/c.Adoption_Challenges_Field_Format';
import FIELD_TEAM_BY from '@salesforce/label/c.Adoption_Challenges_Field_Team_By';
import FIELD_SCORING from '@salesforce/label/c.Adoption_Challenges_Field_Scoring';
import FIELD_TARGET from '@salesforce/label/c.Adoption_Challenges_Field_Target';
import FIELD_PRIZE from '@salesforce/label/c.Adoption_Challenges_Field_Prize';
import FIELD_RULES from '@salesforce/label/c.Adoption_Challenges_Field_Rules';
import FIELD_CATEGORIES from '@salesforce/label/c.Adoption_Challenges_Field_Categories';
import COUNTS_HELP from '@salesforce/label/c.Adoption_Challenges_Counts_Help';
import FIELD_PARTICIPANTS from '@salesforce/label/c.Adoption_Challenges_Field_Participants';
import FIELD_GROUP from '@salesforce/label/c.Adoption_Challenges_Field_Group';
import FIELD_CHATTER from '@salesforce/label/c.Adoption_Challenges_Field_Chatter';
import AVAILABLE from '@salesforce/label/c.Adoption_Challenges_Available';
import CHOSEN from '@salesforce/label/c.Adoption_Challenges_Chosen';
import SAVE from '@salesforce/label/c.Adoption_Challenges_Save';
import CANCEL from '@salesforce/label/c.Adoption_Challenges_Cancel';
import ERROR_END_BEFORE_START from '@salesforce/label/c.Adoption_Challenges_Error_End_Before_Start';
import ERROR_TARGET_REQUIRED from '@salesforce/label/c.Adoption_Challenges_Error_Target_Required';
import VALUE_MISSING from '@salesforce/label/c.Adoption_Challenges_Error_Required';
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const DEFAULT_LENGTH_DAYS = 7;
const GROUP: ChallengeParticipants = 'Group';
const FIELD_CLASS = 'slds-form-element';
const FIELD_ERROR_CLASS = 'slds-form-element slds-has-error';

/** A combobox, checkbox group or dual listbox option. */
export interface ComboOption {
    label: string;
    value: string;
}

/** What the form offers, from the challenge list (ChallengeList). */
export interface ChallengeFormOptions {
    rules: ComboOption[];
    categories: ComboOption[];
    scopes: ComboOption[];
    groups: ComboOption[];
}

/** The form's values, as saveChallenge takes them (strings where inputs give strings). */
interface FormValues {
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    startsAt: string;
    endsAt: string;
    format: ChallengeFormat;
    teamBy: ChallengeTeamBy;
    teamScoring: ChallengeTeamScoring;
    target: string;
    prize: string;
    rules: string[];
    categories: string[];
    participants: ChallengeParticipants;
    groupId: string;
    postToChatter: boolean;
}

/** The validity API that lightning-input, -combobox and the like share. */
interface Validatable extends HTMLElement {
    reportValidity(): boolean;
}

/** An ISO datetime string to the minute, as the form sends it. */
function isoMinute(time: number): string {
    return new Date(Math.floor(time / 60_000) * 60_000).toISOString().replace('.000Z', 'Z');
}

function twoDigits(value: number): string {
    return String(value).padStart(2, '0');
}

/** An ISO datetime as a datetime-local input shows it: the browser's wall-clock time. */
function localInputValue(iso: string): string {
    const time = Date.parse(iso);
    if (Number.isNaN(time)) {
        return '';
    }
    const date = new Date(time);
    return (
        `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}` +
        `T${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`
    );
}

/** A datetime-local input's value (wall-clock time, no zone: read as local) as ISO; '' when empty. */
function isoFromLocal(value: string): string {
    // A string of date and time without an offset is local time (ECMAScript Date.parse).
    const time = value ? Date.parse(value) : NaN;
    return Number.isNaN(time) ? '' : isoMinute(time);
}

function emptyForm(scopes: ComboOption[], teamsOnly: boolean): FormValues {
    const start = Date.now();
    return {
        name: '',
        startsAt: isoMinute(start),
        endsAt: isoMinute(start + DEFAULT_LENGTH_DAYS * DAY_MS),
        format: teamsOnly ? 'Team' : 'Individual',
        teamBy: 'Manager',
        teamScoring: 'Average',
        target: '',
        prize: '',
        rules: [],
        categories: [],
        participants: (scopes[0]?.value as ChallengeParticipants | undefined) ?? 'Team',
        groupId: '',
        postToChatter: false
    };
}

function inputOf(form: FormValues): ChallengeInput {
    const target = form.target === '' ? null : Number(form.target);
    const isTeam = form.format === 'Team';
    return {
        id: null,
        name: form.name.trim(),
        startsAt: form.startsAt,
        endsAt: form.endsAt,
        format: form.format,
        teamBy: isTeam ? form.teamBy : null,
        teamScoring: isTeam ? form.teamScoring : null,
        target: target !== null && Number.isFinite(target) ? target : null,
        prize: form.prize.trim() || null,
        rules: form.rules,
        categories: form.categories,
        participants: form.participants,
        groupId: form.participants === GROUP ? form.groupId || null : null,
        postToChatter: form.postToChatter
    };
}

export default class ChallengeForm extends LightningElement {
    labels = {
        cancel: CANCEL,
        formHeading: FORM_HEADING,
        fieldName: FIELD_NAME,
        fieldStart: FIELD_START,
        fieldEnd: FIELD_END,
        fieldFormat: FIELD_FORMAT,
        fieldTeamBy: FIELD_TEAM_BY,
        fieldScoring: FIELD_SCORING,
        fieldTarget: FIELD_TARGET,
        fieldPrize: FIELD_PRIZE,
        fieldRules: FIELD_RULES,
        fieldCategories: FIELD_CATEGORIES,
        countsHelp: COUNTS_HELP,
        fieldParticipants: FIELD_PARTICIPANTS,
        fieldGroup: FIELD_GROUP,
        fieldChatter: FIELD_CHATTER,
        available: AVAILABLE,
        chosen: CHOSEN,
        save: SAVE,
        targetRequired: ERROR_TARGET_REQUIRED
    };

    /** Rules, categories, scopes and groups to choose from. */
    @api options: ChallengeFormOptions = { rules: [], categories: [], scopes: [], groups: [] };
    /** Works council mode: team challenges only, and the form starts on Team. */
    @api teamsOnly = false;
    @api formatOptions: ComboOption[] = [];
    @api teamByOptions: ComboOption[] = [];
    @api scoringOptions: ComboOption[] = [];
    /** True while the parent saves: Save is disabled. */
    @api busy = false;
    /** Why the server refused the last save, and the sentence to show for it. */
    @api saveError: unknown;
    @api saveErrorMessage = '';

    form: FormValues = emptyForm([], false);
    formIsTeam = false;
    formIsGroup = false;
    targetRequired = false;
    startsLocal = '';
    endsLocal = '';
    startError = '';
    endError = '';
    startClass = FIELD_CLASS;
    endClass = FIELD_CLASS;
    startInvalid: string | null = null;
    endInvalid: string | null = null;

    private focused = false;

    override connectedCallback(): void {
        this.form = emptyForm(this.options?.scopes ?? [], this.teamsOnly);
        this.formIsTeam = this.teamsOnly;
        this.formIsGroup = this.form.participants === GROUP;
        this.startsLocal = localInputValue(this.form.startsAt);
        this.endsLocal = localInputValue(this.form.endsAt);
    }

    override renderedCallback(): void {
        // A new form takes the keyboard at its first field.
        if (!this.focused) {
            const name = this.template?.querySelector<HTMLElement>('.field-name');
            if (name) {
                name.focus();
                this.focused = true;
            }
        }
    }

    handleFieldChange(event: CustomEvent<{ value?: unknown; checked?: boolean }>): void {
        const target = event.target as HTMLElement & { checked?: boolean };
        const field = target.dataset.field as keyof FormValues | undefined;
        if (!field) {
            return;
        }
        const value =
            field === 'postToChatter' ? (event.detail.checked ?? target.checked) === true : event.detail.value;
        this.form = { ...this.form, [field]: value } as FormValues;
        this.formIsTeam = this.form.format === 'Team';
        this.formIsGroup = this.form.participants === GROUP;
        this.targetRequired = this.formIsTeam && this.form.teamScoring === 'PercentOfTarget';
    }

    handleDateChange(event: Event): void {
        const input = event.target as HTMLInputElement;
        const field = input.dataset.field === 'endsAt' ? 'endsAt' : 'startsAt';
        this.form = { ...this.form, [field]: isoFromLocal(input.value) };
        if (field === 'startsAt') {
            this.startsLocal = input.value;
        } else {
            this.endsLocal = input.value;
        }
    }

    handleSave(): void {
        if (this.validate()) {
            this.dispatchEvent(new CustomEvent('save', { detail: { input: inputOf(this.form) } }));
        }
    }

    handleCancelForm(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    /** Every field reports its own problem; the end must follow the start. */
    private validate(): boolean {
        const { startsAt, endsAt } = this.form;
        const startError = startsAt ? '' : VALUE_MISSING;
        let endError = endsAt ? '' : VALUE_MISSING;
        if (startsAt && endsAt && !(Date.parse(endsAt) > Date.parse(startsAt))) {
            endError = ERROR_END_BEFORE_START;
        }
        this.showDateErrors(startError, endError);
        const fields = Array.from(this.template?.querySelectorAll<Validatable>('.form-field') ?? []);
        // Every field, not the first failing one: all problems show at once.
        const valid = fields.reduce((ok, field) => field.reportValidity() && ok, true);
        return valid && !startError && !endError;
    }

    private showDateErrors(startError: string, endError: string): void {
        this.startError = startError;
        this.endError = endError;
        this.startClass = startError ? FIELD_ERROR_CLASS : FIELD_CLASS;
        this.endClass = endError ? FIELD_ERROR_CLASS : FIELD_CLASS;
        this.startInvalid = startError ? 'true' : null;
        this.endInvalid = endError ? 'true' : null;
    }
}
