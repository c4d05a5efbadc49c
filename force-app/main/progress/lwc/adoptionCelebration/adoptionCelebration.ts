/**
 * adoptionCelebration: shows the signed-in rep their own new badges, level-ups and challenge results.
 * It reads them per user: CelebrationsController.getNew() takes no parameter and returns only the
 * running user's unseen celebrations (rows the rep owns), stamping them seen, so nothing about another
 * rep ever reaches this browser and a celebration shows in one window only. Nothing is broadcast: no
 * streaming subscription, no platform event. The bell and the phone hear of each celebration at once
 * through a custom notification; this component is the in-app moment.
 *
 * When it reads (README, "Delivery to each rep", argues the cost):
 * - on load;
 * - when the window gets focus or the page becomes visible again, at most once per MIN_GAP_MS;
 * - SAVE_DELAY_MS after the rep saves the record in front of them: in the utility bar the current
 *   page (CurrentPageReference) names the record, and getRecord hands its LastModifiedDate and
 *   LastModifiedById again when Lightning Data Service saves it; scoring runs a few seconds after the
 *   save, asynchronously;
 * - every POLL_MS while the page is visible, never while it is hidden: a rep's background tabs cost
 *   nothing.
 * Several celebrations in one read show together ("3 new celebrations", each listed).
 *
 * Each celebration shown is announced politely to screen readers, closes with its button or Escape,
 * and dismisses itself after `dismissAfterSeconds` unless the pointer or the keyboard focus is on it.
 * The entrance animation is off under prefers-reduced-motion. Each celebration also fires a bubbling,
 * composed `celebration` event, so a page can refresh c-my-progress.
 *
 * Put it in the utility bar with "Start automatically", or it only reads while its panel is open.
 */
import { LightningElement, api, wire } from 'lwc';
import { CurrentPageReference } from 'lightning/navigation';
import type { PageReference } from 'lightning/navigation';
import { getRecord } from 'lightning/uiRecordApi';
import type { RecordWireResult } from 'lightning/uiRecordApi';
import getNew from '@salesforce/apex/CelebrationsController.getNew';
import type { CelebrationNews } from '@salesforce/apex/CelebrationsController.getNew';
import USER_ID from '@salesforce/user/Id';
import { formatLabel, sameId } from 'c/ldsUtils';
import { CLOSE, IDLE, MORE, UNAVAILABLE } from './adoptionCelebrationLabels';
import type { CelebrationView } from './adoptionCelebrationScreen';
import { viewOf, worded } from './adoptionCelebrationScreen';

/** Read every five minutes while the page is visible: 12 calls per rep-hour (README). */
const POLL_MS = 5 * 60 * 1000;
/** Focus and visibility read at most this often: switching windows back and forth costs one read. */
const MIN_GAP_MS = 30 * 1000;
/** After the rep's own save: scoring runs asynchronously, seconds later. */
const SAVE_DELAY_MS = 15 * 1000;
const DEFAULT_SECONDS = 8;
const MAX_SECONDS = 120;
/**
 * A burst must not keep the rep busy for minutes: beyond this many waiting, later reads are not
 * queued (the `celebration` event still fires). The server hands at most 20 per read.
 */
const MAX_QUEUED = 10;

export default class AdoptionCelebration extends LightningElement {
    labels = { close: CLOSE };

    /** Waiting celebrations; the first is on screen. */
    queue: CelebrationView[] = [];
    /** The polite live region's text: set when a celebration shows, cleared when it goes. */
    announcement = '';
    /** The card's classes, with the tier of the celebration on screen (its accent colour). */
    cardClass = '';
    unavailable = false;

    /** The record in front of the rep (utility bar on a record page), for the save signal. */
    recordId: string | undefined;
    /** Its LastModifiedDate and LastModifiedById, which change when the rep saves it. */
    recordFields: string[] | undefined;

    private seconds = DEFAULT_SECONDS;
    private connected = false;
    private serial = 0;
    private reading = false;
    private lastReadAt = 0;
    private lastModified: string | undefined;
    private pollTimer?: ReturnType<typeof setTimeout>;
    private saveTimer?: ReturnType<typeof setTimeout>;
    private timer?: ReturnType<typeof setTimeout>;
    private timerStartedAt = 0;
    private remainingMs = 0;
    private hovered = false;
    private focused = false;
    private focusIdleAfterRender = false;
    private readonly onFocus = (): void => this.readIfQuiet();
    private readonly onVisibility = (): void => this.handleVisibility();

    /** Seconds before a celebration dismisses itself (0 = stays until closed); design attribute. */
    @api
    get dismissAfterSeconds(): number {
        return this.seconds;
    }
    set dismissAfterSeconds(value: number) {
        const seconds = Number(value);
        this.seconds = Number.isFinite(seconds)
            ? Math.min(MAX_SECONDS, Math.max(0, Math.round(seconds)))
            : DEFAULT_SECONDS;
    }

    @wire(CurrentPageReference)
    handlePageReference(pageReference: PageReference | undefined): void {
        const attributes = pageReference?.type === 'standard__recordPage' ? pageReference.attributes : undefined;
        const recordId = typeof attributes?.recordId === 'string' ? attributes.recordId : undefined;
        const objectApiName = typeof attributes?.objectApiName === 'string' ? attributes.objectApiName : undefined;
        if (recordId !== this.recordId) {
            this.lastModified = undefined;
        }
        this.recordId = recordId;
        this.recordFields =
            recordId && objectApiName
                ? [`${objectApiName}.LastModifiedDate`, `${objectApiName}.LastModifiedById`]
                : undefined;
    }

    @wire(getRecord, { recordId: '$recordId', optionalFields: '$recordFields' })
    handleRecord(result: RecordWireResult | undefined): void {
        const fields = result?.data?.fields;
        const modified = fields?.LastModifiedDate?.value;
        if (typeof modified !== 'string') {
            return;
        }
        const saved = this.lastModified !== undefined && modified !== this.lastModified;
        this.lastModified = modified;
        if (saved && sameId(fields?.LastModifiedById?.value, USER_ID)) {
            this.readAfterSave();
        }
    }

    get current(): CelebrationView | null {
        return this.queue[0] ?? null;
    }

    /** The one shown celebration as a list, so each new one renders afresh and its entrance replays. */
    get shown(): CelebrationView[] {
        return this.queue.slice(0, 1);
    }

    get moreText(): string {
        return this.queue.length > 1 ? formatLabel(MORE, this.queue.length - 1) : '';
    }

    get idleText(): string {
        return this.unavailable ? UNAVAILABLE : IDLE;
    }

    override connectedCallback(): void {
        this.connected = true;
        window.addEventListener('focus', this.onFocus);
        document.addEventListener('visibilitychange', this.onVisibility);
        this.read();
    }

    override disconnectedCallback(): void {
        this.connected = false;
        window.removeEventListener('focus', this.onFocus);
        document.removeEventListener('visibilitychange', this.onVisibility);
        this.clearTimer();
        this.clearPoll();
        if (this.saveTimer !== undefined) {
            clearTimeout(this.saveTimer);
            this.saveTimer = undefined;
        }
    }

    override renderedCallback(): void {
        if (this.focusIdleAfterRender) {
            this.focusIdleAfterRender = false;
            const idle = this.template?.querySelector('.idle');
            if (idle instanceof HTMLElement) {
                idle.focus();
            }
        }
    }

    handleClose(): void {
        this.dismiss(true);
    }

    handleKeydown(event: KeyboardEvent): void {
        if (event.key === 'Escape' || event.key === 'Esc') {
            event.stopPropagation();
            this.dismiss(true);
        }
    }

    handleMouseEnter(): void {
        this.hovered = true;
        this.pauseTimer();
    }

    handleMouseLeave(): void {
        this.hovered = false;
        this.resumeTimer();
    }

    handleFocusIn(): void {
        this.focused = true;
        this.pauseTimer();
    }

    handleFocusOut(): void {
        this.focused = false;
        this.resumeTimer();
    }

    // ------------------------------------------------------------------ reading the rep's own news

    private isVisible(): boolean {
        return document.visibilityState !== 'hidden';
    }

    private handleVisibility(): void {
        if (this.isVisible()) {
            this.readIfQuiet();
        } else {
            // Hidden: no timer runs; the next read comes when the rep looks again.
            this.clearPoll();
        }
    }

    /** Focus and visibility: a read unless one happened within MIN_GAP_MS; the timer runs on either way. */
    private readIfQuiet(): void {
        if (!this.isVisible()) {
            return;
        }
        if (Date.now() - this.lastReadAt >= MIN_GAP_MS) {
            this.read();
        } else if (this.pollTimer === undefined && !this.reading) {
            this.schedulePoll();
        }
    }

    private readAfterSave(): void {
        if (this.saveTimer !== undefined) {
            clearTimeout(this.saveTimer);
        }
        // Scoring runs after the save commits, asynchronously: read once it has had time to.
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.saveTimer = setTimeout(() => {
            this.saveTimer = undefined;
            this.read();
        }, SAVE_DELAY_MS);
    }

    private async read(): Promise<void> {
        if (this.reading || !this.connected) {
            return;
        }
        this.reading = true;
        this.lastReadAt = Date.now();
        this.clearPoll();
        try {
            const news = await getNew();
            if (this.connected) {
                this.unavailable = false;
                this.receive(Array.isArray(news) ? news : []);
            }
        } catch {
            // Said only while nothing is on screen; the next read tries again.
            this.unavailable = this.connected;
        } finally {
            this.reading = false;
            this.schedulePoll();
        }
    }

    private schedulePoll(): void {
        this.clearPoll();
        if (this.connected && this.isVisible()) {
            // The fallback for news no signal reaches here (a call logged from a composer, a challenge
            // the hourly job closed): the bell has told the rep already.
            // eslint-disable-next-line @lwc/lwc/no-async-operation
            this.pollTimer = setTimeout(() => this.read(), POLL_MS);
        }
    }

    private clearPoll(): void {
        if (this.pollTimer !== undefined) {
            clearTimeout(this.pollTimer);
            this.pollTimer = undefined;
        }
    }

    private receive(news: CelebrationNews[]): void {
        if (news.length === 0) {
            return;
        }
        const items = news.map(worded);
        for (const item of items) {
            this.dispatchEvent(new CustomEvent('celebration', { detail: item.detail, bubbles: true, composed: true }));
        }
        if (this.queue.length > MAX_QUEUED) {
            return;
        }
        const wasIdle = this.queue.length === 0;
        this.queue = [...this.queue, viewOf(items, `celebration-${++this.serial}`)];
        if (wasIdle) {
            this.show();
        }
    }

    // ------------------------------------------------------------------ showing

    private show(): void {
        const current = this.current;
        this.announcement = current ? current.announcement : '';
        if (current) {
            this.cardClass = current.cardClass;
            this.startTimer(this.seconds * 1000);
        }
    }

    private dismiss(byUser: boolean): void {
        this.clearTimer();
        this.queue = this.queue.slice(1);
        if (this.queue.length === 0) {
            // The close button is gone with the card: keep keyboard focus in the component.
            this.focusIdleAfterRender = byUser;
            this.hovered = false;
            this.focused = false;
        }
        this.show();
    }

    private startTimer(ms: number): void {
        this.clearTimer();
        this.remainingMs = ms;
        if (ms <= 0 || this.hovered || this.focused) {
            return;
        }
        this.timerStartedAt = Date.now();
        // A celebration is a toast-like notice: it must go away on its own after a while.
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.timer = setTimeout(() => this.dismiss(false), ms);
    }

    private pauseTimer(): void {
        if (this.timer !== undefined) {
            this.clearTimer();
            this.remainingMs = Math.max(0, this.remainingMs - (Date.now() - this.timerStartedAt));
        }
    }

    private resumeTimer(): void {
        if (this.timer === undefined && !this.hovered && !this.focused && this.current && this.seconds > 0) {
            // Never less than two seconds after the rep looks away: enough to read the last words.
            this.startTimer(Math.max(this.remainingMs, 2000));
        }
    }

    private clearTimer(): void {
        if (this.timer !== undefined) {
            clearTimeout(this.timer);
            this.timer = undefined;
        }
    }
}
