/**
 * pulseAttention: who needs attention and why, most reasons first (the server's order). A large team
 * can have hundreds of people on it, so the first ATTENTION_SHOWN are listed and everyone on request:
 * whether all are shown is this section's own state, kept across new data. It asks the server nothing.
 */
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/ldsUtils';
import ATTENTION_TITLE from '@salesforce/label/c.Adoption_Pulse_Attention_Title';
import ATTENTION_NONE from '@salesforce/label/c.Adoption_Pulse_Attention_None';
import SHOW_ALL from '@salesforce/label/c.Adoption_Pulse_Show_All';

/** People listed until the manager asks for all: those with the most reasons. */
export const ATTENTION_SHOWN = 10;

/** Someone who needs attention, with every reason in words. */
export interface PulseAttentionView extends Record<'name', string> {
    key: string;
    reasons: { key: string; text: string }[];
}

export default class PulseAttention extends LightningElement {
    labels = { title: ATTENTION_TITLE, none: ATTENTION_NONE };

    shown: PulseAttentionView[] = [];
    showAllLabel = '';
    private all: PulseAttentionView[] = [];
    private showAll = false;

    /** Everyone who needs attention, most reasons first. */
    @api
    get items(): PulseAttentionView[] {
        return this.all;
    }
    set items(value: PulseAttentionView[]) {
        this.all = value ?? [];
        this.update();
    }

    get hasItems(): boolean {
        return this.all.length > 0;
    }

    get hasMore(): boolean {
        return this.shown.length < this.all.length;
    }

    handleShowAll(): void {
        this.showAll = true;
        this.update();
    }

    private update(): void {
        this.shown = this.showAll ? this.all : this.all.slice(0, ATTENTION_SHOWN);
        this.showAllLabel = formatLabel(SHOW_ALL, this.all.length);
    }
}
