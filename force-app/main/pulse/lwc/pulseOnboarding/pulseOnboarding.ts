/**
 * pulseOnboarding: "Getting started": whoever has not finished the onboarding quest, stuck ones first
 * (the server decides who is stuck), with their current step and why they are stuck, in words and not
 * only by colour. The first ONBOARDING_SHOWN are listed and everyone on request: whether all are shown
 * is this section's own state, kept across new data. It asks the server nothing.
 */
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/ldsUtils';
import QUEST_TITLE from '@salesforce/label/c.Adoption_Pulse_Quest_Title';
import SHOW_ALL from '@salesforce/label/c.Adoption_Pulse_Show_All';

/** People listed until the manager asks for all: the stuck ones come first. */
export const ONBOARDING_SHOWN = 10;

/** Someone getting started: their step and, for the stuck, why. */
export interface PulseOnboardingView extends Record<'name', string> {
    key: string;
    itemClass: string;
    statusText: string;
    statusClass: string;
    stepText: string;
    doneText: string;
    detailText: string;
}

/** The section's content (adoptionPulseScreen.ts builds it). */
export interface PulseOnboarding {
    items: PulseOnboardingView[];
    /** How many are onboarding and how many are stuck. */
    summary: string;
    /** What "stuck" means. */
    definition: string;
}

const EMPTY: PulseOnboarding = { items: [], summary: '', definition: '' };

export default class PulseOnboardingSection extends LightningElement {
    labels = { title: QUEST_TITLE };

    shown: PulseOnboardingView[] = [];
    showAllLabel = '';
    private content: PulseOnboarding = EMPTY;
    private showAll = false;

    /** Who is getting started (the onboarding quest), stuck ones first. */
    @api
    get quest(): PulseOnboarding {
        return this.content;
    }
    set quest(value: PulseOnboarding) {
        this.content = value ?? EMPTY;
        this.update();
    }

    get hasMore(): boolean {
        return this.shown.length < this.content.items.length;
    }

    handleShowAll(): void {
        this.showAll = true;
        this.update();
    }

    private update(): void {
        const items = this.content.items;
        this.shown = this.showAll ? items : items.slice(0, ONBOARDING_SHOWN);
        this.showAllLabel = formatLabel(SHOW_ALL, items.length);
    }
}
