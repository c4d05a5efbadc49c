/**
 * adoptionBuilder: the builder on the Adoption Setup page. The admin picks a kind of record (rule,
 * badge, prompt, quest, quest step, settings) and a record or New, edits it in one generic editor
 * driven by the type's field description (BuilderController.getSetup; conditions in
 * c-builder-condition), reads it in plain words, dry-runs a Create rule over recent records, and
 * saves it with a required note: the server checks it and deploys it as custom metadata, and the
 * change history (c-builder-history) follows the deployment until it succeeds or fails; a success
 * is told to the page with a `deployed` event.
 * Only this component calls Apex; its children show what they are given.
 */
import { LightningElement } from 'lwc';
import getSetup from '@salesforce/apex/BuilderController.getSetup';
import type { SetupView, TypeView } from '@salesforce/apex/BuilderController.getSetup';
import getObjectFields from '@salesforce/apex/BuilderController.getObjectFields';
import type { ObjectField } from '@salesforce/apex/BuilderController.getObjectFields';
import startDryRun from '@salesforce/apex/BuilderController.startDryRun';
import getDryRun from '@salesforce/apex/BuilderController.getDryRun';
import type { DryRunView } from '@salesforce/apex/BuilderController.getDryRun';
import save from '@salesforce/apex/BuilderController.save';
import getChanges from '@salesforce/apex/BuilderController.getChanges';
import { formatLabel, reduceErrors } from 'c/ldsUtils';
import { LABELS, draftSentence } from 'c/builderModel';
import type { Draft, DryRunScreen, FieldRow, Option } from './adoptionBuilderScreen';
import * as screen from './adoptionBuilderScreen';

const POLL_MS = 2000;
/** How long the page follows a deployment; then it says where to look (review builder-final m3). */
const DEPLOY_WAIT_MINUTES = 10;
const NEW_RECORD = '';
const RULE_TYPE = 'Adoption_Rule__mdt';

export default class AdoptionBuilder extends LightningElement {
    labels = LABELS;

    setup?: SetupView;
    loadError: unknown;
    typeName = RULE_TYPE;
    recordName = NEW_RECORD;
    draft?: Draft;
    objectFields: ObjectField[] = [];
    invalidConditions: string[] = [];
    note = '';
    saving = false;
    saveMessage = '';
    saveFailed = false;
    dryRunDays = 30;
    dryRun?: DryRunView;
    dryRunError = '';
    private savedChangeId = '';
    private waitSince = 0;
    private pollTimer?: ReturnType<typeof setTimeout>;

    override connectedCallback(): void {
        this.load().catch(() => undefined);
    }

    override disconnectedCallback(): void {
        this.stopPolling();
    }

    get loaded(): boolean {
        return this.setup !== undefined;
    }

    get type(): TypeView | undefined {
        return this.setup?.types.find((type) => type.apiName === this.typeName);
    }

    get typeOptions(): Option[] {
        return (this.setup?.types ?? []).map((type) => ({ label: type.label, value: type.apiName }));
    }

    get recordOptions(): Option[] {
        return screen.recordOptionsOf(this.type, LABELS.newRecord);
    }

    get records(): { key: string; name: string; label: string }[] {
        return (this.type?.records ?? []).map(({ name, label }) => ({ key: name, name, label }));
    }

    get recordsTitle(): string {
        return formatLabel(LABELS.recordsTitle, this.type?.label ?? '');
    }

    get missingPermissionsText(): string {
        const missing = this.setup?.missingPermissions ?? [];
        return missing.length === 0 ? '' : formatLabel(LABELS.permissionMissing, missing.join(', '));
    }

    get rows(): FieldRow[] {
        const type = this.type;
        if (!type || !this.draft) {
            return [];
        }
        const rules = this.setup?.types.find((candidate) => candidate.apiName === RULE_TYPE)?.records ?? [];
        return screen.fieldRows(type, this.draft, {
            objects: this.setup?.objects ?? [],
            objectFields: this.objectFields,
            ruleNames: rules.map((rule) => rule.name),
            none: LABELS.none
        });
    }

    get draftName(): string {
        return this.draft?.name ?? '';
    }

    get draftLabel(): string {
        return this.draft?.label ?? '';
    }

    get isEditing(): boolean {
        return this.draft !== undefined && !this.draft.isNew;
    }

    get objectName(): string {
        const value = this.draft?.values.Object__c;
        return typeof value === 'string' ? value : '';
    }

    get operation(): string {
        const value = this.draft?.values.Operation__c;
        return typeof value === 'string' ? value : '';
    }

    get sentence(): string {
        return this.draft ? draftSentence(this.draft.typeName, this.draft.values, this.objectFields) : '';
    }

    get isRule(): boolean {
        return this.typeName === RULE_TYPE;
    }

    get dryRunDisabled(): boolean {
        return this.saving || this.invalidConditions.length > 0 || this.dryRun?.inProgress === true;
    }

    get dryRunView(): DryRunScreen {
        return screen.dryRunScreen(this.dryRun, this.dryRunDays, this.isRule ? this.draft?.values : undefined);
    }

    get saveDisabled(): boolean {
        return (
            this.saving ||
            this.invalidConditions.length > 0 ||
            this.note.trim() === '' ||
            this.missingPermissionsText !== ''
        );
    }

    get saveMessageClass(): string {
        return this.saveFailed ? 'save-message slds-text-color_error' : 'save-message';
    }

    get changes() {
        return this.setup?.changes ?? [];
    }

    get types(): TypeView[] {
        return this.setup?.types ?? [];
    }

    async load(): Promise<void> {
        try {
            this.setup = await getSetup();
            this.loadError = undefined;
            this.startDraft();
        } catch (error) {
            this.loadError = error;
        }
    }

    handleType(event: CustomEvent<{ value: string }>): void {
        this.typeName = event.detail.value;
        this.recordName =
            this.typeName === 'Adoption_Settings__mdt' ? (this.type?.records[0]?.name ?? NEW_RECORD) : NEW_RECORD;
        this.startDraft();
    }

    handleRecord(event: CustomEvent<{ value: string }>): void {
        this.recordName = event.detail.value;
        this.startDraft();
    }

    handleEdit(event: Event): void {
        this.recordName = (event.currentTarget as HTMLElement).dataset.name ?? NEW_RECORD;
        this.startDraft();
    }

    handleName(event: CustomEvent<{ value: string }>): void {
        this.changeDraft({ name: String(event.detail.value ?? '') });
    }

    handleLabel(event: CustomEvent<{ value: string }>): void {
        this.changeDraft({ label: String(event.detail.value ?? '') });
    }

    handleFieldChange(event: CustomEvent<{ value?: unknown; checked?: boolean }>): void {
        const target = event.currentTarget as HTMLElement;
        const field = target.dataset.field ?? '';
        const value = target.dataset.kind === 'boolean' ? event.detail.checked === true : event.detail.value;
        this.setValue(field, value);
        if (field === 'Object__c') {
            this.loadObjectFields().catch(() => undefined);
        }
    }

    handleConditionChange(event: CustomEvent<{ fieldName: string; value: string; ok: boolean }>): void {
        const { fieldName, value, ok } = event.detail;
        this.setValue(fieldName, value);
        const others = this.invalidConditions.filter((name) => name !== fieldName);
        this.invalidConditions = ok ? others : [...others, fieldName];
    }

    handleNote(event: CustomEvent<{ value: string }>): void {
        this.note = String(event.detail.value ?? '');
    }

    handleDays(event: CustomEvent<{ value: string }>): void {
        this.dryRunDays = Number(event.detail.value);
    }

    async handleDryRun(): Promise<void> {
        if (!this.draft) {
            return;
        }
        this.dryRunError = '';
        try {
            const jobId = await startDryRun({ draftJson: screen.draftJson(this.draft), days: this.dryRunDays });
            this.dryRun = screen.queuedDryRun(jobId);
            this.schedulePoll();
        } catch (error) {
            this.dryRun = undefined;
            this.dryRunError = reduceErrors(error)[0] ?? LABELS.startFailed;
        }
    }

    async handleSave(): Promise<void> {
        if (!this.draft || this.saveDisabled) {
            return;
        }
        this.saving = true;
        this.saveMessage = LABELS.saving;
        this.saveFailed = false;
        try {
            const result = await save({ draftJson: screen.draftJson(this.draft), note: this.note });
            this.saveFailed = result.status === 'Failed';
            this.saveMessage = result.message;
            this.savedChangeId = result.changeId;
            this.waitSince = Date.now();
            if (!this.saveFailed) {
                this.note = '';
            }
            await this.refreshChanges();
        } catch (error) {
            this.saveFailed = true;
            this.saveMessage = reduceErrors(error)[0] ?? LABELS.saveFailed;
        } finally {
            this.saving = false;
        }
    }

    private startDraft(): void {
        const type = this.type;
        if (!type) {
            return;
        }
        const record = type.records.find((candidate) => candidate.name === this.recordName);
        this.draft = screen.draftOf(type, record);
        this.invalidConditions = [];
        this.dryRun = undefined;
        this.dryRunError = '';
        this.saveMessage = '';
        this.loadObjectFields().catch(() => undefined);
    }

    private changeDraft(change: Partial<Draft>): void {
        if (this.draft) {
            this.draft = { ...this.draft, ...change };
        }
    }

    private setValue(field: string, value: unknown): void {
        if (this.draft) {
            this.changeDraft({ values: { ...this.draft.values, [field]: value } });
        }
    }

    private async loadObjectFields(): Promise<void> {
        const objectName = this.objectName;
        if (objectName === '') {
            this.objectFields = [];
            return;
        }
        try {
            const fields = await getObjectFields({ objectName });
            if (objectName === this.objectName) {
                this.objectFields = fields;
            }
        } catch (error) {
            this.objectFields = [];
            this.saveFailed = true;
            this.saveMessage = reduceErrors(error)[0] ?? LABELS.loadFailed;
        }
    }

    private async refreshChanges(): Promise<void> {
        const changes = await getChanges();
        const ended = screen.endedSince(this.setup?.changes, changes);
        if (this.setup) {
            this.setup = { ...this.setup, changes };
        }
        const saved = changes.find((change) => change.id === this.savedChangeId);
        if (saved && saved.status !== 'Queued') {
            this.savedChangeId = '';
            this.saveFailed = saved.status === 'Failed';
            this.saveMessage = saved.result ?? saved.status;
        }
        if (ended.length > 0) {
            // A deployment ended: the records changed (or stayed, if it failed). A new record that now
            // exists is edited from here on, so that a second save changes it.
            this.setup = await getSetup();
            // The page hears which records are now in force (the admin page re-reads its tables).
            const records = screen.deployedRecords(ended);
            if (records.length > 0) {
                this.dispatchEvent(new CustomEvent('deployed', { detail: { records } }));
            }
            const draft = this.draft;
            if (saved?.status === 'Succeeded' && draft && !draft.isNew && saved.recordName === draft.name) {
                this.draft = screen.rebased(draft, this.type);
            }
            if (draft?.isNew && this.type?.records.some((record) => record.name === draft.name)) {
                const message = this.saveMessage;
                const failed = this.saveFailed;
                this.recordName = draft.name;
                this.startDraft();
                this.saveMessage = message;
                this.saveFailed = failed;
            }
        }
        if (!changes.some((change) => change.status === 'Queued')) {
            return;
        }
        if (Date.now() - this.waitSince < DEPLOY_WAIT_MINUTES * 60_000) {
            this.schedulePoll();
        } else if (saved?.status === 'Queued') {
            // The callback failed or never ran: the row may stay Queued for good; Setup knows the outcome.
            this.savedChangeId = '';
            this.saveMessage = formatLabel(LABELS.deployUnknown, DEPLOY_WAIT_MINUTES, saved.deployId ?? '');
        }
    }

    private schedulePoll(): void {
        this.stopPolling();
        // A timer is the only way to follow a batch or a deployment: neither sends the page an event.
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.pollTimer = setTimeout(() => {
            this.pollTimer = undefined;
            this.poll().catch((error: unknown) => {
                this.dryRunError = reduceErrors(error)[0] ?? LABELS.loadFailed;
            });
        }, POLL_MS);
    }

    private async poll(): Promise<void> {
        if (this.dryRun?.inProgress) {
            const view = await getDryRun({ jobId: this.dryRun.jobId });
            this.dryRun = view ?? undefined;
        }
        await this.refreshChanges();
        if (this.dryRun?.inProgress && this.pollTimer === undefined) {
            this.schedulePoll();
        }
    }

    private stopPolling(): void {
        if (this.pollTimer !== undefined) {
            clearTimeout(this.pollTimer);
            this.pollTimer = undefined;
        }
    }
}
