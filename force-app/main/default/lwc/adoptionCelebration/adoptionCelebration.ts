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
import type { CelebrationDetail } from 'c/adoptionTypes';
import { formatLabel, sameId } from 'c/ldsUtils';
import CLOSE from '@salesforce/label/c.Adoption_Celebration_Close';
import IDLE from '@salesforce/label/c.Adoption_Celebration_Idle';
import UNAVAILABLE from '@salesforce/label/c.Adoption_Celebration_Unavailable';
import BADGE_EARNED from '@salesforce/label/c.Adoption_Celebration_Badge_Earned';
import LEVEL_UP_TITLE from '@salesforce/label/c.Adoption_Celebration_Level_Up_Title';
import LEVEL_UP from '@salesforce/label/c.Adoption_Celebration_Level_Up';
import MORE from '@salesforce/label/c.Adoption_Celebration_More';
import BUNDLE from '@salesforce/label/c.Adoption_Celebration_Bundle';
import CHALLENGE_WON from '@salesforce/label/c.Adoption_Celebration_Challenge_Won';
import CHALLENGE_NEW from '@salesforce/label/c.Adoption_Celebration_Challenge_New';
import BADGE_REVOKED_TITLE from '@salesforce/label/c.Adoption_Celebration_Badge_Revoked_Title';
import BADGE_REVOKED from '@salesforce/label/c.Adoption_Celebration_Badge_Revoked';
import TIER_BRONZE from '@salesforce/label/c.Adoption_Tier_Bronze';
import TIER_SILVER from '@salesforce/label/c.Adoption_Tier_Silver';
import TIER_GOLD from '@salesforce/label/c.Adoption_Tier_Gold';
import TIER_PLATINUM from '@salesforce/label/c.Adoption_Tier_Platinum';

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

const TIER_LABELS: Readonly<Record<string, string>> = {
    Bronze: TIER_BRONZE,
    Silver: TIER_SILVER,
    Gold: TIER_GOLD,
    Platinum: TIER_PLATINUM
};

/** Kind of a challenge's celebrations (ChallengesService): won, or a new challenge announced. */
const CHALLENGE_KINDS: ReadonlyMap<string, { label: string; icon: string }> = new Map([
    ['challenge', { label: CHALLENGE_WON, icon: 'utility:rating' }],
    ['challengenew', { label: CHALLENGE_NEW, icon: 'utility:announcement' }]
]);

interface CelebrationLine {
    key: string;
    text: string;
}

interface CelebrationView {
    key: string;
    title: string;
    tierText: string;
    icon: string;
    message: string;
    /** Several celebrations read at once, one line each; empty for a single one. */
    lines: CelebrationLine[];
    hasLines: boolean;
    announcement: string;
    cardClass: string;
}

/** One celebration in words, from this component's labels: the rep's language. */
interface Worded {
    detail: CelebrationDetail;
    title: string;
    tierText: string;
    tier: string;
    icon: string;
    message: string;
    announcement: string;
}

function text(value: string | null | undefined): string {
    return typeof value === 'string' ? value.trim() : '';
}

/**
 * A level-up is told entirely from the labels. A badge's title and message are the badge's own
 * configured text. A challenge's are its name and prize, which its manager wrote; "You won {0}" and
 * "New challenge: {0}" come from the labels.
 */
function worded(news: CelebrationNews): Worded {
    const kindName = text(news.kind).toLowerCase();
    const challenge = CHALLENGE_KINDS.get(kindName);
    if (challenge) {
        const title = formatLabel(challenge.label, text(news.title));
        const message = text(news.message);
        return {
            detail: { kind: 'Challenge', badgeName: '', level: null, title },
            title,
            tierText: '',
            tier: '',
            icon: text(news.icon) || challenge.icon,
            message,
            announcement: [title, message].filter(Boolean).join('. ')
        };
    }
    if (kindName === 'badgerevoked') {
        // Not a celebration but the rep's own news all the same: which badge, and why it went.
        const name = text(news.title) || text(news.badgeName);
        const title = formatLabel(BADGE_REVOKED_TITLE, name);
        const message = formatLabel(BADGE_REVOKED, name);
        return {
            detail: { kind: 'BadgeRevoked', badgeName: text(news.badgeName), level: null, title },
            title,
            tierText: '',
            tier: '',
            icon: 'utility:undo',
            message,
            announcement: `${title}. ${message}`
        };
    }
    const isLevel = kindName === 'level';
    const level = typeof news.level === 'number' && Number.isFinite(news.level) ? news.level : null;
    const tier = text(news.tier);
    const title = isLevel ? LEVEL_UP_TITLE : text(news.title) || text(news.badgeName);
    const message = isLevel ? formatLabel(LEVEL_UP, level) : text(news.message);
    const tierText = isLevel ? '' : (TIER_LABELS[tier] ?? tier);
    return {
        detail: { kind: isLevel ? 'Level' : 'Badge', badgeName: text(news.badgeName), level, title },
        title,
        tierText,
        tier: isLevel ? '' : tier,
        icon: text(news.icon) || (isLevel ? 'utility:ribbon' : 'utility:favorite'),
        message,
        announcement: isLevel
            ? message
            : [formatLabel(BADGE_EARNED, title), tierText, message].filter(Boolean).join('. ')
    };
}

function cardClassOf(tier: string): string {
    const tierClass = tier ? ` celebration_tier-${tier.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` : '';
    return `celebration slds-box slds-theme_default${tierClass}`;
}

/** One read's celebrations as one card: itself when alone, "3 new celebrations" listing each when several. */
function viewOf(items: Worded[], key: string): CelebrationView {
    if (items.length === 1) {
        const [only] = items;
        return {
            key,
            title: only.title,
            tierText: only.tierText,
            icon: only.icon,
            message: only.message,
            lines: [],
            hasLines: false,
            announcement: only.announcement,
            cardClass: cardClassOf(only.tierText ? only.tier : '')
        };
    }
    const title = formatLabel(BUNDLE, items.length);
    // A level's title says only "Level up!": its line says which level.
    const lines = items.map((item, index) => ({
        key: `${key}-${index}`,
        text: item.detail.kind === 'Level' ? item.message : item.title
    }));
    return {
        key,
        title,
        tierText: '',
        icon: 'utility:ribbon',
        message: '',
        lines,
        hasLines: true,
        announcement: `${title}: ${items.map((item) => item.announcement).join('; ')}`,
        cardClass: cardClassOf('')
    };
}

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
