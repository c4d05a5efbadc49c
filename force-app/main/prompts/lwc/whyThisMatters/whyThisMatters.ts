/**
 * whyThisMatters: "why this matters" prompts on a record page. getPrompts says which prompts this rep
 * may see here today (live figures, budget left); getRecord loads every field they need, and each
 * condition is evaluated here with c/adoptionConditions. getRecord fires again after every save, so a
 * gap the rep fixes resolves on the spot: thanks, and Resolved is recorded (the server re-checks it).
 * What shows: prompts whose condition holds, most severe first, at most min(maxPrompts, budget left);
 * one already shown today costs no budget; a shown prompt keeps its place. Showings go one after
 * another so the server's budget check sees them in order. Prompts of an experiment that holds this
 * rep out (view.heldOut) never show: ranked with the others, one that would have taken a slot takes
 * it and HeldOut is recorded once (it costs budget like a showing, so both arms are selected alike);
 * the server checks the arm, the offer, the budget and the record. Messages are merged (c/adoptionCore mergeFields)
 * and rendered as text, never markup; every string is a custom label; severity is written out.
 */
import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { getRecord, updateRecord } from 'lightning/uiRecordApi';
import type { RecordRepresentation, RecordWireResult } from 'lightning/uiRecordApi';
import { refreshApex } from '@salesforce/apex';
import getPrompts from '@salesforce/apex/PromptsController.getPrompts';
import type { PromptView, PromptsView } from '@salesforce/apex/PromptsController.getPrompts';
import recordInteraction from '@salesforce/apex/PromptsController.recordInteraction';
import type { PromptAction } from '@salesforce/apex/PromptsController.recordInteraction';
import reportProblems from '@salesforce/apex/PromptsController.reportProblems';
import timeZone from '@salesforce/i18n/timeZone';
import type { ApexWireResult } from 'c/adoptionTypes';
import type { FieldKinds, PlainRecord } from 'c/adoptionConditions';
import { matches, recordFromUi } from 'c/adoptionConditions';
import { formatLabel } from 'c/ldsUtils';
import * as L from './whyThisMattersLabels';
import type { Displayed, EditorElement, PromptItem } from './whyThisMattersScreen';
import {
    actionPage,
    budgetLeft,
    displayValuesOf,
    editorValue,
    editsInline,
    fieldsToLoad,
    kindsOf,
    noop,
    promptItem,
    ranked
} from './whyThisMattersScreen';

const DEFAULT_MAX_PROMPTS = 3;

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

    labels = { title: L.TITLE, save: L.SAVE, cancel: L.CANCEL, thanks: L.THANKS, dismiss: L.DISMISS, close: L.CLOSE };

    /** The rendered prompts, rebuilt whenever the prompts, the record or the rep's actions change. */
    items: PromptItem[] = [];
    /** Announced politely to screen readers (role="status"). */
    statusMessage = '';
    /** An error to show: loading failed, or an action could not be saved. */
    errors: unknown = null;
    errorMessage: string = L.LOAD_ERROR;
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
    private readonly heldOutRecorded = new Set<string>();
    private readonly kinds = new Map<string, FieldKinds>();
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
            this.errorMessage = L.LOAD_ERROR;
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
            this.errorMessage = L.LOAD_ERROR;
            this.errors = result.error;
        }
    }

    private reset(): void {
        this.view = undefined;
        this.record = undefined;
        this.displayed.clear();
        this.hiddenNames.clear();
        this.shownRecorded.clear();
        this.heldOutRecorded.clear();
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
        const list = fieldsToLoad(view);
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

    private kindsOf(prompt: PromptView): FieldKinds {
        let kinds = this.kinds.get(prompt.name);
        if (!kinds) {
            kinds = kindsOf(prompt);
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
                this.statusMessage = formatLabel(L.STATUS_RESOLVED, shown.prompt.title);
                this.send(name, 'Resolved');
            } else if (meets && shown.resolved) {
                shown.resolved = false;
            }
        }
        // A recorded held-out qualification keeps its slot like a shown prompt; its refusals stay silent.
        let slots = Math.max(0, Number(this.maxPrompts) || 0) - this.displayed.size - this.heldOutRecorded.size;
        let budget = budgetLeft(view, new Set([...this.shownRecorded, ...this.heldOutRecorded]));
        let queued = false;
        for (const { prompt, heldOut } of ranked(view)) {
            if (slots <= 0) {
                break;
            }
            const taken = heldOut
                ? this.heldOutRecorded.has(prompt.name)
                : this.displayed.has(prompt.name) || this.hiddenNames.has(prompt.name);
            if (taken || !this.meets(prompt, record, view.today)) {
                continue;
            }
            const free = prompt.shownToday || this.shownRecorded.has(prompt.name);
            if (!free) {
                if (budget <= 0) {
                    continue;
                }
                budget--;
            }
            slots--;
            if (heldOut) {
                this.heldOutRecorded.add(prompt.name);
                recordInteraction({
                    promptName: prompt.name,
                    recordId: String(this.recordId),
                    action: 'HeldOut'
                }).catch(noop);
                continue;
            }
            this.displayed.set(prompt.name, { prompt, resolved: false });
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
        const record = this.record ? recordFromUi(this.record) : null;
        this.items = [...this.displayed.values()]
            .sort((a, b) => (order.get(a.prompt.name) ?? 0) - (order.get(b.prompt.name) ?? 0))
            .map((shown) => promptItem(shown, values, record, this.editing));
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
            this.errorMessage = L.SAVE_ERROR;
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
        this.remove(name, formatLabel(L.STATUS_DISMISSED, title));
        if (await this.send(name, 'Dismissed')) {
            this.refreshPrompts();
        }
    }

    async handleSnooze(event: Event): Promise<void> {
        const name = this.nameOf(event);
        const prompt = this.displayed.get(name)?.prompt;
        this.remove(name, formatLabel(L.STATUS_SNOOZED, prompt?.title ?? '', prompt?.snoozeDays ?? 1));
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
        if (prompt.actionType === 'Edit Field' && editsInline(prompt)) {
            this.editing = name;
            this.focusEditor = true;
            this.buildItems();
            return;
        }
        const record = this.record ? recordFromUi(this.record) : {};
        const pageReference = actionPage(prompt, this.recordId, this.recordObjectApiName, record);
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
        const value = editorValue(prompt, editor);
        this.saving = true;
        try {
            await updateRecord({ fields: { Id: this.recordId, [prompt.actionField]: value } });
            this.editing = null;
            this.errors = null;
            this.buildItems();
            await this.send(name, 'Acted');
        } catch (error) {
            this.errorMessage = L.SAVE_ERROR;
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
}
