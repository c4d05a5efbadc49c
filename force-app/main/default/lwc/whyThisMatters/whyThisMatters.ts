/**
 * whyThisMatters: "why this matters" prompts on a record page. The server (PromptsController.
 * getPrompts) says which prompts this rep may see on this record today, with their live figures
 * and the interruption budget left; the record comes from Lightning Data Service (getRecord with
 * every field the prompts need), and each prompt's condition is evaluated here, in the browser, with
 * c/adoptionConditions (the twin of the Apex condition language). The getRecord wire fires again
 * after every save of the record, so a prompt whose gap the rep fixes resolves on the spot: it says
 * thanks and records Resolved (the server re-checks the record before it counts it).
 *
 * What shows: the prompts whose condition holds, most severe first, at most min(maxPrompts, what
 * the budget allows); a prompt already shown today on this record costs no budget. A prompt stays
 * where it is once shown (a resolved one keeps its place with its thanks until closed), so the list
 * does not jump while the rep works. Each showing, dismissal, snooze, action and fix is recorded
 * (recordInteraction); showings are sent one after another so the server's budget check sees them
 * in order.
 *
 * Messages are merged with mergeFields (c/adoptionCore) from the record's display values and
 * {count}, and rendered as text: HTML in a value or a message shows as written, never as markup.
 * Every string is a custom label; severity is written out, not only coloured.
 */
import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import type { PageReference } from 'lightning/navigation';
import { getRecord, updateRecord } from 'lightning/uiRecordApi';
import type { RecordRepresentation, RecordWireResult } from 'lightning/uiRecordApi';
import { encodeDefaultFieldValues } from 'lightning/pageReferenceUtils';
import { refreshApex } from '@salesforce/apex';
import getPrompts from '@salesforce/apex/PromptsController.getPrompts';
import type { PromptView, PromptsView } from '@salesforce/apex/PromptsController.getPrompts';
import recordInteraction from '@salesforce/apex/PromptsController.recordInteraction';
import type { PromptAction } from '@salesforce/apex/PromptsController.recordInteraction';
import reportProblems from '@salesforce/apex/PromptsController.reportProblems';
import timeZone from '@salesforce/i18n/timeZone';
import type { ApexWireResult } from 'c/adoptionTypes';
import { mergeFields } from 'c/adoptionCore';
import type { FieldKind, PlainRecord } from 'c/adoptionConditions';
import { kindOfDataType, matches, recordFromUi } from 'c/adoptionConditions';
import { formatLabel } from 'c/ldsUtils';
import TITLE from '@salesforce/label/c.Adoption_Prompts_Title';
import SEVERITY_CRITICAL from '@salesforce/label/c.Adoption_Prompt_Severity_Critical';
import SEVERITY_WARNING from '@salesforce/label/c.Adoption_Prompt_Severity_Warning';
import SEVERITY_INFO from '@salesforce/label/c.Adoption_Prompt_Severity_Info';
import BUTTON_ARIA from '@salesforce/label/c.Adoption_Prompt_Button_Aria';
import DISMISS from '@salesforce/label/c.Adoption_Prompt_Dismiss';
import SNOOZE from '@salesforce/label/c.Adoption_Prompt_Snooze';
import SNOOZE_ONE from '@salesforce/label/c.Adoption_Prompt_Snooze_One';
import CLOSE from '@salesforce/label/c.Adoption_Prompt_Close';
import ACTION_EDIT from '@salesforce/label/c.Adoption_Prompt_Action_Edit';
import ACTION_URL from '@salesforce/label/c.Adoption_Prompt_Action_Url';
import ACTION_LOG_CALL from '@salesforce/label/c.Adoption_Prompt_Action_Log_Call';
import SAVE from '@salesforce/label/c.Adoption_Prompt_Save';
import CANCEL from '@salesforce/label/c.Adoption_Prompt_Cancel';
import THANKS from '@salesforce/label/c.Adoption_Prompt_Thanks';
import STATUS_RESOLVED from '@salesforce/label/c.Adoption_Prompt_Status_Resolved';
import STATUS_DISMISSED from '@salesforce/label/c.Adoption_Prompt_Status_Dismissed';
import STATUS_SNOOZED from '@salesforce/label/c.Adoption_Prompt_Status_Snoozed';
import COUNT_CAPPED from '@salesforce/label/c.Adoption_Prompt_Count_Capped';
import CALL_SUBJECT from '@salesforce/label/c.Adoption_Prompt_Call_Subject';
import LOAD_ERROR from '@salesforce/label/c.Adoption_Prompts_Load_Error';
import SAVE_ERROR from '@salesforce/label/c.Adoption_Prompt_Save_Error';

const DEFAULT_MAX_PROMPTS = 3;

/**
 * The inline editor of an Edit Field action, by Schema.DisplayType: a lightning-input of this type
 * saved with updateRecord (works wherever Lightning Data Service does); TEXTAREA gets a
 * lightning-textarea. Any other type (a picklist, a lookup) opens the record's own edit page, which
 * knows its values, record types and dependencies; the record page's getRecord fires after that save
 * too.
 */
const INPUT_TYPES: Readonly<Record<string, string>> = {
    STRING: 'text',
    EMAIL: 'email',
    PHONE: 'tel',
    URL: 'url',
    DATE: 'date',
    DATETIME: 'datetime',
    CURRENCY: 'number',
    DOUBLE: 'number',
    PERCENT: 'number',
    INTEGER: 'number',
    LONG: 'number',
    BOOLEAN: 'checkbox'
};
const WHOLE_NUMBERS: ReadonlySet<string> = new Set(['INTEGER', 'LONG']);

/** Objects whose records a Task names in WhoId (people); every other object goes in WhatId. */
const WHO_OBJECTS: ReadonlySet<string> = new Set(['contact', 'lead']);

interface Severity {
    label: string;
    icon: string;
    variant: string;
    className: string;
}

const SEVERITIES: Readonly<Record<string, Severity>> = {
    Critical: {
        label: SEVERITY_CRITICAL,
        icon: 'utility:error',
        variant: 'error',
        className: 'prompt prompt_critical'
    },
    Warning: {
        label: SEVERITY_WARNING,
        icon: 'utility:warning',
        variant: 'warning',
        className: 'prompt prompt_warning'
    },
    Info: { label: SEVERITY_INFO, icon: 'utility:info', variant: '', className: 'prompt prompt_info' }
};

/** A prompt on screen. */
interface Displayed {
    prompt: PromptView;
    resolved: boolean;
}

/**
 * What the template renders for one prompt. Written with Record<'name', ...> because the lint's
 * no-restricted-globals misreads a property called `name` in an interface as the browser global.
 */
interface PromptItem extends Record<'name', string> {
    title: string;
    message: string;
    severityLabel: string;
    iconName: string;
    iconVariant: string;
    itemClass: string;
    resolved: boolean;
    hasAction: boolean;
    actionLabel: string;
    actionAria: string;
    snoozeLabel: string;
    snoozeAria: string;
    dismissAria: string;
    closeAria: string;
    isEditing: boolean;
    actionField: string | null;
    /** Edit with lightning-input, or lightning-textarea when editTextarea. */
    editTextarea: boolean;
    inputType: string;
    inputStep: string | null;
    fieldLabel: string;
    fieldValue: unknown;
    fieldChecked: boolean;
}

/** What a lightning-input or lightning-textarea offers the save handler. */
interface EditorElement extends HTMLElement {
    value?: unknown;
    checked?: boolean;
    reportValidity?: () => boolean;
}

/** A web address or a path inside Salesforce; the server accepts nothing else either. */
function isSafeUrl(url: string): boolean {
    const lower = url.trim().toLowerCase();
    return (
        lower.startsWith('https://') ||
        lower.startsWith('http://') ||
        (lower.startsWith('/') && !lower.startsWith('//'))
    );
}

/** The record's display values (formatted dates, picklist labels), else its values, as a plain object. */
function displayValuesOf(
    record: RecordRepresentation | { fields?: RecordRepresentation['fields'] }
): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(record.fields ?? {})) {
        const value = field?.value;
        if (value !== null && typeof value === 'object' && 'fields' in (value as object)) {
            values[name] = displayValuesOf(value as RecordRepresentation);
        } else {
            values[name] = field?.displayValue ?? value ?? null;
        }
    }
    return values;
}

/** Values for a URL template: each encoded as a URI component. */
function encodedValuesOf(record: PlainRecord): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(record)) {
        values[name] =
            value !== null && typeof value === 'object'
                ? encodedValuesOf(value as PlainRecord)
                : value === null || value === undefined
                  ? value
                  : encodeURIComponent(String(value));
    }
    return values;
}

export default class WhyThisMatters extends NavigationMixin(LightningElement) {
    private currentRecordId?: string;

    /** The record, from the record page. Another record starts afresh (a console tab may reuse the component). */
    @api
    get recordId(): string | undefined {
        return this.currentRecordId;
    }
    set recordId(value: string | undefined) {
        if (value !== this.currentRecordId) {
            this.currentRecordId = value;
            this.reset();
        }
    }

    /** The record's object, from the record page. */
    @api objectApiName?: string;
    /** The most prompts shown at once (the daily budget may allow fewer). */
    @api maxPrompts: number = DEFAULT_MAX_PROMPTS;

    labels = { title: TITLE, save: SAVE, cancel: CANCEL, thanks: THANKS };

    /** The rendered prompts, rebuilt whenever the prompts, the record or the rep's actions change. */
    items: PromptItem[] = [];
    /** Announced politely to screen readers (role="status"). */
    statusMessage = '';
    /** An error to show: loading failed, or an action could not be saved. */
    errors: unknown = null;
    errorMessage: string = LOAD_ERROR;
    /** Loaded by getRecord: every field the prompts need, once the prompts are known. */
    optionalFields?: string[];
    /** The record getRecord loads: set with optionalFields, so nothing loads before it is needed. */
    recordToLoad?: string;

    private view?: PromptsView;
    private wiredPromptsResult?: ApexWireResult<PromptsView>;
    private record?: RecordRepresentation;
    private readonly displayed = new Map<string, Displayed>();
    private readonly hiddenNames = new Set<string>();
    private readonly shownRecorded = new Set<string>();
    private readonly kinds = new Map<string, Record<string, FieldKind>>();
    private editing: string | null = null;
    private focusEditor = false;
    /** A save through updateRecord is in flight. */
    saving = false;
    private problemsReported = false;
    private showQueue: Promise<unknown> = Promise.resolve();

    @wire(getPrompts, { objectApiName: '$objectApiName', recordId: '$recordId' })
    wiredPrompts(result: ApexWireResult<PromptsView>): void {
        this.wiredPromptsResult = result;
        if (result.data) {
            this.view = result.data;
            this.errors = null;
            this.loadFields(result.data);
            this.reportProblemsOnce(result.data);
            this.refresh();
        } else if (result.error) {
            this.view = undefined;
            this.errorMessage = LOAD_ERROR;
            this.errors = result.error;
            this.refresh();
        }
    }

    @wire(getRecord, { recordId: '$recordToLoad', optionalFields: '$optionalFields' })
    wiredRecord(result: RecordWireResult): void {
        if (result.data) {
            this.record = result.data;
            this.refresh();
        } else if (result.error) {
            this.errorMessage = LOAD_ERROR;
            this.errors = result.error;
        }
    }

    private reset(): void {
        this.view = undefined;
        this.record = undefined;
        this.displayed.clear();
        this.hiddenNames.clear();
        this.shownRecorded.clear();
        this.editing = null;
        this.problemsReported = false;
        this.optionalFields = undefined;
        this.recordToLoad = undefined;
        this.items = [];
        this.errors = null;
        this.statusMessage = '';
    }

    /** Whether there is anything to show: prompts, or an error. */
    get hasContent(): boolean {
        return this.items.length > 0 || this.errors !== null;
    }

    get hasErrors(): boolean {
        return this.errors !== null;
    }

    /** The record's object for the inline edit form: the server's answer, else the page's. */
    get recordObjectApiName(): string | undefined {
        return this.view?.objectApiName ?? this.objectApiName;
    }

    // ------------------------------------------------------------ what shows

    private loadFields(view: PromptsView): void {
        const fields = new Set<string>();
        for (const prompt of view.prompts) {
            for (const field of prompt.fields ?? []) {
                fields.add(`${view.objectApiName}.${field}`);
            }
        }
        const list = [...fields].sort();
        // Only a new list re-fires getRecord; the same fields keep the wire as it is.
        if (list.length > 0 && list.join(',') !== (this.optionalFields ?? []).join(',')) {
            this.optionalFields = list;
            this.recordToLoad = view.recordId;
        }
    }

    private reportProblemsOnce(view: PromptsView): void {
        if (view.hasUnreportedProblems && !this.problemsReported) {
            this.problemsReported = true;
            // Admin-side bookkeeping: a failure here must never reach the rep.
            reportProblems({ objectApiName: view.objectApiName }).catch(() => undefined);
        }
    }

    private kindsOf(prompt: PromptView): Record<string, FieldKind> {
        let kinds = this.kinds.get(prompt.name);
        if (!kinds) {
            kinds = {};
            for (const [field, type] of Object.entries(prompt.fieldTypes ?? {})) {
                kinds[field] = kindOfDataType(type);
            }
            this.kinds.set(prompt.name, kinds);
        }
        return kinds;
    }

    private meets(prompt: PromptView, record: PlainRecord, today: string): boolean {
        try {
            return matches(prompt.condition, { record, today, kinds: this.kindsOf(prompt), timeZone });
        } catch {
            // A condition this side cannot read shows nothing (the server checked it parses).
            return false;
        }
    }

    /** New prompts the budget still allows, counting showings sent but not yet in the view. */
    private budgetLeft(view: PromptsView): number {
        const pending = view.prompts.filter((prompt) => !prompt.shownToday && this.shownRecorded.has(prompt.name));
        return view.remainingBudget - pending.length;
    }

    /** Re-evaluates every prompt against the record and decides what shows. */
    private refresh(): void {
        const view = this.view;
        if (!view || !this.record) {
            this.buildItems();
            return;
        }
        const record = recordFromUi(this.record);
        const latest = new Map(view.prompts.map((prompt) => [prompt.name, prompt]));
        for (const [name, shown] of this.displayed) {
            shown.prompt = latest.get(name) ?? shown.prompt;
            const meets = this.meets(shown.prompt, record, view.today);
            if (!meets && !shown.resolved) {
                shown.resolved = true;
                this.statusMessage = formatLabel(STATUS_RESOLVED, shown.prompt.title);
                this.send(name, 'Resolved');
            } else if (meets && shown.resolved) {
                shown.resolved = false;
            }
        }
        let slots = Math.max(0, Number(this.maxPrompts) || 0) - this.displayed.size;
        let budget = this.budgetLeft(view);
        let queued = false;
        for (const prompt of view.prompts) {
            if (slots <= 0) {
                break;
            }
            if (
                this.displayed.has(prompt.name) ||
                this.hiddenNames.has(prompt.name) ||
                !this.meets(prompt, record, view.today)
            ) {
                continue;
            }
            const free = prompt.shownToday || this.shownRecorded.has(prompt.name);
            if (!free) {
                if (budget <= 0) {
                    continue;
                }
                budget--;
            }
            this.displayed.set(prompt.name, { prompt, resolved: false });
            slots--;
            if (!this.shownRecorded.has(prompt.name)) {
                this.shownRecorded.add(prompt.name);
                this.queueShown(prompt.name);
                queued = true;
            }
        }
        if (queued) {
            // Once the showings are in, the cached answer of getPrompts is refreshed: its budget and
            // "shown today" flags are then right the next time this record opens.
            this.showQueue = this.showQueue.then(() => this.refreshPrompts());
        }
        this.buildItems();
    }

    /** Builds the items the template shows, in severity order (the server's order). */
    private buildItems(): void {
        const order = new Map((this.view?.prompts ?? []).map((prompt, index) => [prompt.name, index]));
        const values = this.record ? displayValuesOf(this.record) : {};
        this.items = [...this.displayed.values()]
            .sort((a, b) => (order.get(a.prompt.name) ?? 0) - (order.get(b.prompt.name) ?? 0))
            .map((shown) => this.itemOf(shown, values));
    }

    private itemOf(shown: Displayed, values: Record<string, unknown>): PromptItem {
        const prompt = shown.prompt;
        const fieldType = prompt.actionField ? (prompt.fieldTypes?.[prompt.actionField] ?? '').toUpperCase() : '';
        const inputType = INPUT_TYPES[fieldType] ?? '';
        const current = prompt.actionField && this.record ? recordFromUi(this.record)[prompt.actionField] : null;
        const severity = SEVERITIES[prompt.severity] ?? SEVERITIES.Info;
        // Figures read as the user's locale writes numbers (1,250), as labels do.
        const count =
            prompt.count == null ? null : formatLabel(prompt.countCapped ? COUNT_CAPPED : '{0}', prompt.count);
        const actionLabel = prompt.actionLabel || this.defaultActionLabel(prompt);
        const snoozeLabel = prompt.snoozeDays === 1 ? SNOOZE_ONE : formatLabel(SNOOZE, prompt.snoozeDays);
        return {
            name: prompt.name,
            title: prompt.title,
            message: mergeFields(prompt.message, { ...values, count }),
            severityLabel: severity.label,
            iconName: severity.icon,
            iconVariant: severity.variant,
            itemClass: shown.resolved ? `${severity.className} prompt_resolved` : severity.className,
            resolved: shown.resolved,
            hasAction: prompt.actionType !== 'None' && !shown.resolved,
            actionLabel,
            actionAria: formatLabel(BUTTON_ARIA, actionLabel, prompt.title),
            snoozeLabel,
            snoozeAria: formatLabel(BUTTON_ARIA, snoozeLabel, prompt.title),
            dismissAria: formatLabel(BUTTON_ARIA, DISMISS, prompt.title),
            closeAria: formatLabel(BUTTON_ARIA, CLOSE, prompt.title),
            isEditing: this.editing === prompt.name && !shown.resolved,
            actionField: prompt.actionField ?? null,
            editTextarea: fieldType === 'TEXTAREA',
            inputType,
            inputStep: inputType === 'number' ? (WHOLE_NUMBERS.has(fieldType) ? '1' : 'any') : null,
            fieldLabel: prompt.actionFieldLabel || prompt.actionField || '',
            fieldValue: current ?? null,
            fieldChecked: current === true
        };
    }

    private defaultActionLabel(prompt: PromptView): string {
        switch (prompt.actionType) {
            case 'Edit Field':
                return ACTION_EDIT;
            case 'Open URL':
                return ACTION_URL;
            default:
                return ACTION_LOG_CALL;
        }
    }

    get dismissLabel(): string {
        return DISMISS;
    }

    get closeLabel(): string {
        return CLOSE;
    }

    // ------------------------------------------------------------ recording

    /** Showings go one after another: the server's budget check must see each before the next. */
    private queueShown(name: string): void {
        this.showQueue = this.showQueue.then(async () => {
            try {
                await recordInteraction({ promptName: name, recordId: this.recordId as string, action: 'Shown' });
            } catch {
                // Refused (budget spent in another tab, prompt no longer offered): take it away.
                this.displayed.delete(name);
                this.hiddenNames.add(name);
                this.buildItems();
            }
        });
    }

    private async send(name: string, action: PromptAction): Promise<boolean> {
        try {
            await recordInteraction({ promptName: name, recordId: this.recordId as string, action });
            return true;
        } catch (error) {
            this.errorMessage = SAVE_ERROR;
            this.errors = error;
            return false;
        }
    }

    private refreshPrompts(): void {
        if (this.wiredPromptsResult) {
            refreshApex(this.wiredPromptsResult).catch(() => undefined);
        }
    }

    private nameOf(event: Event): string {
        return (event.currentTarget as HTMLElement).dataset.name ?? '';
    }

    /** Takes a prompt away for this visit; the next one in line may take its place (budget allowing). */
    private remove(name: string, status: string): void {
        this.displayed.delete(name);
        this.hiddenNames.add(name);
        this.editing = this.editing === name ? null : this.editing;
        this.statusMessage = status;
        this.refresh();
        this.focusHeading();
    }

    private focusHeading(): void {
        const heading = this.template?.querySelector<HTMLElement>('.heading');
        heading?.focus();
    }

    // ------------------------------------------------------------ handlers

    async handleDismiss(event: Event): Promise<void> {
        const name = this.nameOf(event);
        const title = this.displayed.get(name)?.prompt.title ?? '';
        this.remove(name, formatLabel(STATUS_DISMISSED, title));
        if (await this.send(name, 'Dismissed')) {
            this.refreshPrompts();
        }
    }

    async handleSnooze(event: Event): Promise<void> {
        const name = this.nameOf(event);
        const prompt = this.displayed.get(name)?.prompt;
        this.remove(name, formatLabel(STATUS_SNOOZED, prompt?.title ?? '', prompt?.snoozeDays ?? 1));
        if (await this.send(name, 'Snoozed')) {
            this.refreshPrompts();
        }
    }

    handleClose(event: Event): void {
        const name = this.nameOf(event);
        this.remove(name, '');
    }

    async handleAct(event: Event): Promise<void> {
        const name = this.nameOf(event);
        const prompt = this.displayed.get(name)?.prompt;
        if (!prompt) {
            return;
        }
        if (prompt.actionType === 'Edit Field' && this.editsInline(prompt)) {
            this.editing = name;
            this.focusEditor = true;
            this.buildItems();
            return;
        }
        const pageReference =
            prompt.actionType === 'Edit Field'
                ? this.editPage()
                : prompt.actionType === 'Open URL'
                  ? this.urlPage(prompt)
                  : this.logCallPage();
        if (!pageReference) {
            return;
        }
        await this.send(name, 'Acted');
        this[NavigationMixin.Navigate](pageReference);
    }

    override renderedCallback(): void {
        if (this.focusEditor) {
            this.focusEditor = false;
            this.template?.querySelector<HTMLElement>('.edit-input')?.focus();
        }
    }

    /** Saves the inline editor's value with updateRecord; the getRecord wire then fires again. */
    async handleSave(event: Event): Promise<void> {
        const name = this.nameOf(event);
        const prompt = this.displayed.get(name)?.prompt;
        const editor = this.template?.querySelector<EditorElement>('.edit-input');
        if (!prompt?.actionField || !editor || editor.reportValidity?.() === false) {
            return;
        }
        const fieldType = (prompt.fieldTypes?.[prompt.actionField] ?? '').toUpperCase();
        let value: unknown = INPUT_TYPES[fieldType] === 'checkbox' ? editor.checked === true : editor.value;
        if (value === '' || value === undefined) {
            value = null;
        } else if (INPUT_TYPES[fieldType] === 'number') {
            value = Number(value);
        }
        this.saving = true;
        try {
            await updateRecord({ fields: { Id: this.recordId, [prompt.actionField]: value } });
            this.editing = null;
            this.errors = null;
            this.buildItems();
            await this.send(name, 'Acted');
        } catch (error) {
            this.errorMessage = SAVE_ERROR;
            this.errors = error;
        } finally {
            this.saving = false;
        }
    }

    handleCancelEdit(): void {
        this.editing = null;
        this.buildItems();
        this.focusHeading();
    }

    private editsInline(prompt: PromptView): boolean {
        const fieldType = prompt.actionField ? (prompt.fieldTypes?.[prompt.actionField] ?? '').toUpperCase() : '';
        return INPUT_TYPES[fieldType] !== undefined || fieldType === 'TEXTAREA';
    }

    /** Edit Field on a picklist or lookup: the record's standard edit page. */
    private editPage(): PageReference {
        return {
            type: 'standard__recordPage',
            attributes: { recordId: this.recordId, objectApiName: this.recordObjectApiName, actionName: 'edit' }
        };
    }

    /** Open URL: the template with the record's values, URI-encoded; only http(s) or a path. */
    private urlPage(prompt: PromptView): PageReference | null {
        const record = this.record ? recordFromUi(this.record) : {};
        const url = mergeFields(prompt.actionUrl, { ...encodedValuesOf(record), count: prompt.count });
        return isSafeUrl(url) ? { type: 'standard__webPage', attributes: { url } } : null;
    }

    /**
     * Log Call: the new-Task page with the record filled in. Lightning Web Components cannot open a
     * record page's quick actions (the quick action API is Aura only), while the standard new-record
     * page takes default field values and works on any record page: WhoId for a lead or contact,
     * WhatId for everything else.
     */
    private logCallPage(): PageReference {
        const objectName = (this.view?.objectApiName ?? this.objectApiName ?? '').toLowerCase();
        const relation = WHO_OBJECTS.has(objectName) ? 'WhoId' : 'WhatId';
        return {
            type: 'standard__objectPage',
            attributes: { objectApiName: 'Task', actionName: 'new' },
            state: {
                defaultFieldValues: encodeDefaultFieldValues({
                    [relation]: this.recordId ?? null,
                    Subject: CALL_SUBJECT
                }),
                navigationLocation: 'RELATED_LIST'
            }
        };
    }
}
