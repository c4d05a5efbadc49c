/**
 * recognise: on a record page (desktop and phone), recognise a colleague's good use of the system on
 * this record: pick a colleague of your team, say what they did and why it mattered, optionally the
 * value it protected or won; a manager may add points for someone who reports to them, within the
 * points left this week. Every rule is the server's (RecognitionService): a peer's points are 0
 * whatever is sent, a refusal comes back as its own sentence and is shown in an alert; nothing typed
 * is lost on a refusal. Success is announced in a polite live region.
 *
 * From a leaderboard row (c-leaderboard) there is no page record: the row names the colleague
 * (presetRecipientId, presetRecipientName) and the giver picks one of the colleague's recent records
 * they can open (RecognitionController.getRecentRecords; RecognitionRecords says which).
 */
import { LightningElement, api } from 'lwc';
import give from '@salesforce/apex/RecognitionController.give';
import getContext from '@salesforce/apex/RecognitionController.getContext';
import type { RecognitionContext } from '@salesforce/apex/RecognitionController.getContext';
import getRecentRecords from '@salesforce/apex/RecognitionController.getRecentRecords';
import type { RecognitionRecordOption } from '@salesforce/apex/RecognitionController.getRecentRecords';
import { formatLabel, reduceErrors } from 'c/ldsUtils';
import * as L from './recogniseLabels';

interface Option {
    label: string;
    value: string;
}

const MESSAGE_LENGTH = 500;

export default class Recognise extends LightningElement {
    /** The record page's record. */
    @api recordId?: string;

    /**
     * A colleague chosen before the form opens (a Recognise action on a leaderboard row). Whoever it
     * names, the server checks it: the caller's own row is refused like any self-recognition.
     */
    @api
    get presetRecipientId(): string {
        return this.recipientId;
    }
    set presetRecipientId(value: string) {
        const recipientId = typeof value === 'string' ? value : '';
        if (recipientId !== this.recipientId) {
            // Another colleague: what was typed for the last one is not theirs to send.
            this.clearDraft();
            this.status = '';
            this.errorMessage = '';
        }
        this.recipientId = recipientId;
        this.pickedRecordId = '';
        if (this.isConnected) {
            this.loadRecords().catch(() => undefined);
        }
    }

    /** The preset colleague's name, shown in place of the colleague picker (the row already chose). */
    @api presetRecipientName = '';

    /** Whether something typed is not sent yet (a panel asks before it discards it). */
    @api
    get hasDraft(): boolean {
        return this.message.trim() !== '' || this.value !== null || this.points !== null;
    }

    labels = L;
    messageLength = MESSAGE_LENGTH;
    context?: RecognitionContext;
    recipientId = '';
    message = '';
    value: number | null = null;
    points: number | null = null;
    saving = false;
    status = '';
    errorMessage = '';
    /** The colleague's recent records, when there is no page record; undefined until read. */
    records?: RecognitionRecordOption[];
    recordsError = '';
    pickedRecordId = '';

    override connectedCallback(): void {
        // load() and loadRecords() catch their own errors into what the form shows.
        this.load().catch(() => undefined);
        this.loadRecords().catch(() => undefined);
    }

    /** Without a page record the giver picks one of the colleague's: read them for the colleague chosen. */
    private async loadRecords(): Promise<void> {
        if (this.recordId) {
            return;
        }
        const recipientId = this.recipientId;
        this.records = undefined;
        this.recordsError = '';
        if (recipientId === '') {
            return;
        }
        try {
            const records = await getRecentRecords({ recipientId });
            if (recipientId === this.recipientId) {
                this.records = records;
            }
        } catch (error) {
            if (recipientId === this.recipientId) {
                this.records = [];
                this.recordsError = reduceErrors(error)[0] ?? L.RECORDS_FAILED;
            }
        }
    }

    get hasPresetName(): boolean {
        return this.presetRecipientName !== '' && this.recipientId !== '';
    }

    /** The record picker shows when no page gives the record and a colleague is chosen. */
    get showRecordPicker(): boolean {
        return !this.recordId && this.recipientId !== '';
    }

    get recordOptions(): Option[] {
        return (this.records ?? []).map((record) => ({
            label: formatLabel(L.RECORD_OPTION, record.name, record.objectLabel),
            value: record.id
        }));
    }

    /** None of the colleague's records is open to the giver: say where else to recognise them. */
    get recordNone(): string {
        if (this.recordsError !== '' || this.records === undefined || this.records.length > 0) {
            return '';
        }
        const name =
            this.presetRecipientName ||
            (this.context?.colleagues ?? []).find((person) => person.id === this.recipientId)?.name ||
            '';
        return formatLabel(L.RECORD_NONE, name);
    }

    private clearDraft(): void {
        this.message = '';
        this.value = null;
        this.points = null;
    }

    private get chosenRecordId(): string {
        return this.recordId ?? this.pickedRecordId;
    }

    private async load(): Promise<void> {
        try {
            this.context = await getContext();
        } catch (error) {
            this.errorMessage = reduceErrors(error)[0] ?? L.LOAD_FAILED;
        }
    }

    get colleagueOptions(): Option[] {
        return (this.context?.colleagues ?? []).map((person) => ({ label: person.name, value: person.id }));
    }

    /** The points field: only for someone who reports to the caller, while points are left. */
    get showPoints(): boolean {
        const context = this.context;
        return (
            !!context &&
            context.maxPoints > 0 &&
            context.pointsLeft > 0 &&
            this.recipientId !== '' &&
            context.reportIds.includes(this.recipientId)
        );
    }

    get showPeerNote(): boolean {
        return this.recipientId !== '' && !this.showPoints;
    }

    get maxPoints(): number {
        return Math.min(this.context?.maxPoints ?? 0, this.context?.pointsLeft ?? 0);
    }

    get pointsHelp(): string {
        return formatLabel(L.POINTS_HELP, this.context?.pointsLeft ?? 0, this.context?.maxPoints ?? 0);
    }

    get submitDisabled(): boolean {
        return this.saving || !this.chosenRecordId || this.recipientId === '' || this.message.trim() === '';
    }

    handleRecipient(event: CustomEvent<{ value: string }>): void {
        this.recipientId = event.detail.value ?? '';
        this.points = null;
        this.pickedRecordId = '';
        this.loadRecords().catch(() => undefined);
    }

    handleRecord(event: CustomEvent<{ value: string }>): void {
        this.pickedRecordId = event.detail.value ?? '';
    }

    handleMessage(event: CustomEvent<{ value: string }>): void {
        this.message = event.detail.value ?? '';
    }

    handleValue(event: CustomEvent<{ value: string }>): void {
        this.value = toNumber(event.detail.value);
    }

    handlePoints(event: CustomEvent<{ value: string }>): void {
        this.points = toNumber(event.detail.value);
    }

    async handleSubmit(event: Event): Promise<void> {
        event.preventDefault();
        if (this.submitDisabled) {
            return;
        }
        this.saving = true;
        this.status = '';
        this.errorMessage = '';
        try {
            const given = await give({
                input: {
                    recipientId: this.recipientId,
                    recordId: this.chosenRecordId || null,
                    message: this.message,
                    value: this.value,
                    points: this.showPoints ? this.points : 0
                }
            });
            this.status =
                given.points > 0
                    ? formatLabel(L.SENT_POINTS, given.recipientName, given.points)
                    : formatLabel(L.SENT, given.recipientName);
            this.clearDraft();
            await this.load();
        } catch (error) {
            // What was typed stays: the rep fixes what the sentence says and sends again.
            this.errorMessage = reduceErrors(error)[0] ?? L.FAILED;
        } finally {
            this.saving = false;
        }
    }
}

function toNumber(text: string | null | undefined): number | null {
    if (text === null || text === undefined || String(text).trim() === '') {
        return null;
    }
    const parsed = Number(text);
    return Number.isFinite(parsed) ? parsed : null;
}
