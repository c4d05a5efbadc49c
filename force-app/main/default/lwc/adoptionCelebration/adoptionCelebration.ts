/**
 * adoptionCelebration: shows the signed-in rep each badge and level-up the moment it lands. Listens
 * to the Adoption_Celebration__e platform event through lightning/empApi; the channel carries every
 * user's celebrations, so only those whose User_Id__c is the current user's are shown.
 *
 * Celebrations queue and show one after another. Each one is announced politely to screen readers,
 * closes with its button or Escape, and dismisses itself after `dismissAfterSeconds` unless the
 * pointer or the keyboard focus is on it. The entrance animation is off under
 * prefers-reduced-motion. Each own celebration also fires a bubbling, composed `celebration` event,
 * so a page can refresh c-my-progress.
 *
 * Put it in the utility bar with "Load in background when app opens", or it only listens while
 * its panel has been opened.
 */
import { LightningElement, api } from 'lwc';
import { isEmpEnabled, onError, subscribe, unsubscribe } from 'lightning/empApi';
import type { EmpSubscription } from 'lightning/empApi';
import USER_ID from '@salesforce/user/Id';
import type { CelebrationDetail, CelebrationMessage, CelebrationPayload } from 'c/adoptionTypes';
import { formatLabel, sameId } from 'c/ldsUtils';
import CLOSE from '@salesforce/label/c.Adoption_Celebration_Close';
import IDLE from '@salesforce/label/c.Adoption_Celebration_Idle';
import UNAVAILABLE from '@salesforce/label/c.Adoption_Celebration_Unavailable';
import BADGE_EARNED from '@salesforce/label/c.Adoption_Celebration_Badge_Earned';
import LEVEL_UP_TITLE from '@salesforce/label/c.Adoption_Celebration_Level_Up_Title';
import LEVEL_UP from '@salesforce/label/c.Adoption_Celebration_Level_Up';
import MORE from '@salesforce/label/c.Adoption_Celebration_More';
import CHALLENGE_WON from '@salesforce/label/c.Adoption_Celebration_Challenge_Won';
import CHALLENGE_NEW from '@salesforce/label/c.Adoption_Celebration_Challenge_New';
import TIER_BRONZE from '@salesforce/label/c.Adoption_Tier_Bronze';
import TIER_SILVER from '@salesforce/label/c.Adoption_Tier_Silver';
import TIER_GOLD from '@salesforce/label/c.Adoption_Tier_Gold';
import TIER_PLATINUM from '@salesforce/label/c.Adoption_Tier_Platinum';

const CHANNEL = '/event/Adoption_Celebration__e';
/** -1: only events published from now on; older ones were celebrated when they happened. */
const REPLAY_NEW_EVENTS = -1;
const DEFAULT_SECONDS = 8;
const MAX_SECONDS = 120;
/**
 * A burst (a rebuilt history awarding many badges at once) must not keep the rep busy for minutes:
 * beyond this many waiting, later celebrations are not queued (the `celebration` event still fires).
 */
const MAX_QUEUED = 10;

const TIER_LABELS: Readonly<Record<string, string>> = {
    Bronze: TIER_BRONZE,
    Silver: TIER_SILVER,
    Gold: TIER_GOLD,
    Platinum: TIER_PLATINUM
};

interface CelebrationView {
    key: string;
    detail: CelebrationDetail;
    title: string;
    tierText: string;
    icon: string;
    message: string;
    announcement: string;
    cardClass: string;
}

function isBag(value: unknown): value is Record<string, unknown> {
    return value !== null && typeof value === 'object';
}

function text(value: string | null | undefined): string {
    return typeof value === 'string' ? value.trim() : '';
}

/** Kind__c of a challenge's celebrations (ChallengesService): won, or a new challenge announced. */
const CHALLENGE_KINDS: ReadonlyMap<string, { label: string; icon: string }> = new Map([
    ['challenge', { label: CHALLENGE_WON, icon: 'utility:trophy' }],
    ['challengenew', { label: CHALLENGE_NEW, icon: 'utility:flag' }]
]);

/**
 * A level-up is told entirely from this component's labels, in the rep's language: the event's own
 * Title__c and Message__c were written in the publishing user's language (the Automated Process
 * user's). A badge's title and message come from the event (the badge's own configured text). A
 * challenge's event carries the challenge's name (Title__c) and prize (Message__c), which its
 * manager wrote; "You won {0}" and "New challenge: {0}" come from the labels.
 */
function celebrationView(payload: CelebrationPayload, key: string): CelebrationView {
    const kindName = text(payload.Kind__c).toLowerCase();
    const challenge = CHALLENGE_KINDS.get(kindName);
    if (challenge) {
        const title = formatLabel(challenge.label, text(payload.Title__c));
        const message = text(payload.Message__c);
        return {
            key,
            detail: { kind: 'Challenge', badgeName: '', level: null, title },
            title,
            tierText: '',
            icon: text(payload.Icon__c) || challenge.icon,
            message,
            announcement: [title, message].filter(Boolean).join('. '),
            cardClass: 'celebration slds-box slds-theme_default'
        };
    }
    const isLevel = kindName === 'level';
    const level = typeof payload.Level__c === 'number' && Number.isFinite(payload.Level__c) ? payload.Level__c : null;
    const tier = text(payload.Tier__c);
    const title = isLevel ? LEVEL_UP_TITLE : text(payload.Title__c) || text(payload.Badge_Name__c);
    const message = isLevel ? formatLabel(LEVEL_UP, level) : text(payload.Message__c);
    const tierText = isLevel ? '' : (TIER_LABELS[tier] ?? tier);
    const announcement = isLevel
        ? message
        : [formatLabel(BADGE_EARNED, title), tierText, message].filter(Boolean).join('. ');
    const tierClass = tierText ? ` celebration_tier-${tier.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` : '';
    return {
        key,
        detail: {
            kind: isLevel ? 'Level' : 'Badge',
            badgeName: text(payload.Badge_Name__c),
            level,
            title
        },
        title,
        tierText,
        icon: text(payload.Icon__c) || (isLevel ? 'utility:ribbon' : 'utility:favorite'),
        message,
        announcement,
        cardClass: `celebration slds-box slds-theme_default${tierClass}`
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

    private seconds = DEFAULT_SECONDS;
    private subscription?: EmpSubscription;
    private connected = false;
    private serial = 0;
    private timer?: ReturnType<typeof setTimeout>;
    private timerStartedAt = 0;
    private remainingMs = 0;
    private hovered = false;
    private focused = false;
    private focusIdleAfterRender = false;
    private listeningForErrors = false;

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
        this.listen();
    }

    override disconnectedCallback(): void {
        this.connected = false;
        this.clearTimer();
        if (this.subscription) {
            unsubscribe(this.subscription);
            this.subscription = undefined;
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

    private async listen(): Promise<void> {
        try {
            if (!(await isEmpEnabled())) {
                this.unavailable = true;
                return;
            }
            if (!this.connected) {
                return;
            }
            if (!this.listeningForErrors) {
                // empApi keeps every listener for the page's life: one per component, even if it reconnects.
                this.listeningForErrors = true;
                onError((error: unknown) => this.handleStreamError(error));
            }
            const subscription = await subscribe<CelebrationMessage>(CHANNEL, REPLAY_NEW_EVENTS, (message) =>
                this.receive(message)
            );
            if (this.connected) {
                this.subscription = subscription;
            } else {
                // Removed from the page while the subscription was on its way.
                unsubscribe(subscription);
            }
        } catch {
            this.unavailable = true;
        }
    }

    /** empApi reports every channel's errors to every listener: only ours, or a failed handshake, count. */
    private handleStreamError(error: unknown): void {
        if (isBag(error) && (error.subscription === CHANNEL || error.channel === '/meta/handshake')) {
            this.unavailable = true;
        }
    }

    private receive(message: CelebrationMessage): void {
        const payload = message?.data?.payload;
        if (!payload || !sameId(payload.User_Id__c, USER_ID)) {
            return;
        }
        const view = celebrationView(payload, `celebration-${++this.serial}`);
        this.dispatchEvent(new CustomEvent('celebration', { detail: view.detail, bubbles: true, composed: true }));
        if (this.queue.length > MAX_QUEUED) {
            return;
        }
        const wasIdle = this.queue.length === 0;
        this.queue = [...this.queue, view];
        if (wasIdle) {
            this.show();
        }
    }

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
