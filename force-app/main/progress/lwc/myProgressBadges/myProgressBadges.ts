/**
 * myProgressBadges: My Progress's earned badges: one button per badge (icon, tier, when), and the
 * details of the one opened (what it is for and why it matters). Escape or the close button closes
 * them and puts the keyboard back on the badge's button. Which badge is open is this section's own
 * state, kept across new data while that badge is still listed; it asks the server nothing.
 */
import { LightningElement, api } from 'lwc';
import BADGES_EARNED from '@salesforce/label/c.Adoption_Badges_Earned';
import BADGES_NONE from '@salesforce/label/c.Adoption_Badges_None';
import BADGE_EARNED_ON from '@salesforce/label/c.Adoption_Badge_Earned_On';
import BADGE_CLOSE from '@salesforce/label/c.Adoption_Badge_Details_Close';
import WHY_IT_MATTERS from '@salesforce/label/c.Adoption_Why_It_Matters';

/** An earned badge as the section shows it (c/myProgress builds it from an EarnedBadge). */
export interface BadgeView {
    key: string;
    label: string;
    tierText: string;
    icon: string;
    description: string;
    whyItMatters: string;
    awardedAt: string;
    /** For lightning-relative-date-time; null when the date does not parse. */
    awardedAtMs: number | null;
    /** aria-expanded of the badge's button: 'true' while its details are open. */
    expanded: string;
}

export default class MyProgressBadges extends LightningElement {
    labels = {
        badgesEarned: BADGES_EARNED,
        badgesNone: BADGES_NONE,
        earnedOn: BADGE_EARNED_ON,
        closeDetails: BADGE_CLOSE,
        whyItMatters: WHY_IT_MATTERS
    };

    shown: BadgeView[] = [];
    selectedBadge: BadgeView | null = null;

    private focusAfterRender: 'details' | 'badge' | null = null;
    private returnFocusTo = '';

    /** The badges earned, in the order to show them. */
    @api
    get badges(): BadgeView[] {
        return this.shown;
    }
    set badges(value: BadgeView[]) {
        const selected = this.selectedBadge?.key;
        this.shown = value ?? [];
        this.select(selected);
    }

    get hasBadges(): boolean {
        return this.shown.length > 0;
    }

    override renderedCallback(): void {
        const target = this.focusAfterRender;
        if (target === 'details') {
            this.focusElement(this.template?.querySelector('.badge-details-heading'));
        } else if (target === 'badge') {
            const buttons = this.template?.querySelectorAll<HTMLElement>('button.badge-button') ?? [];
            this.focusElement(Array.from(buttons).find((button) => button.dataset.key === this.returnFocusTo));
        }
    }

    handleBadgeClick(event: Event): void {
        const key = event.currentTarget instanceof HTMLElement ? event.currentTarget.dataset.key : undefined;
        if (key !== undefined && key === this.selectedBadge?.key) {
            this.closeDetails();
        } else {
            this.select(key);
            this.focusAfterRender = 'details';
        }
    }

    handleDetailsKeydown(event: KeyboardEvent): void {
        if (event.key === 'Escape' || event.key === 'Esc') {
            // Handled here: a surrounding modal or utility panel must not close as well.
            event.stopPropagation();
            this.closeDetails();
        }
    }

    handleCloseDetails(): void {
        this.closeDetails();
    }

    /** Opens the badge with this key (none for an unknown key): its button says it is expanded. */
    private select(key: string | undefined): void {
        this.shown = this.shown.map((candidate) => {
            const expanded = String(candidate.key === key);
            return candidate.expanded === expanded ? candidate : { ...candidate, expanded };
        });
        this.selectedBadge = this.shown.find((candidate) => candidate.key === key) ?? null;
    }

    private closeDetails(): void {
        this.returnFocusTo = this.selectedBadge?.key ?? '';
        this.select(undefined);
        this.focusAfterRender = 'badge';
    }

    private focusElement(element: Element | null | undefined): void {
        if (element instanceof HTMLElement) {
            element.focus();
            this.focusAfterRender = null;
        }
    }
}
