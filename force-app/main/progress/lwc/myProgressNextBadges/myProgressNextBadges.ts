/**
 * myProgressNextBadges: My Progress's "next badges" section: the badges closest to being earned, each
 * with its tier, what it asks, a labelled progress bar, how far along it is and why it matters. Shows
 * what c-my-progress hands it; asks the server nothing.
 */
import { LightningElement, api } from 'lwc';
import NEXT_BADGES from '@salesforce/label/c.Adoption_Badges_Next';

/** One badge still to earn, as the section shows it (c/myProgress builds it from a NextBadge). */
export interface NextBadgeView {
    key: string;
    label: string;
    tierText: string;
    icon: string;
    description: string;
    whyItMatters: string;
    progress: number;
    progressText: string;
    progressLabel: string;
}

export default class MyProgressNextBadges extends LightningElement {
    labels = { nextBadges: NEXT_BADGES };

    /** The badges to show, closest first. */
    @api badges: NextBadgeView[] = [];
}
