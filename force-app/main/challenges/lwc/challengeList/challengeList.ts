/**
 * challengeList: the challenges the caller may see, newest first, each a button with its name,
 * status and dates; the open one marked as the current page. A press sends `open` (detail: { id })
 * to c-challenges, which opens it; this list asks the server nothing.
 */
import { LightningElement, api } from 'lwc';
import LIST_HEADING from '@salesforce/label/c.Adoption_Challenges_List_Heading';
import LIST_LABEL from '@salesforce/label/c.Adoption_Challenges_List_Label';
import EMPTY from '@salesforce/label/c.Adoption_Challenges_Empty';
/** One challenge in the list, as the list shows it (c/challenges builds it from a ChallengeSummary). */
export interface ChallengeListItem {
    id: string;
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    statusText: string;
    badgeClass: string;
    datesText: string;
    itemClass: string;
    /** 'page' on the open challenge; null leaves the attribute off. */
    ariaCurrent: string | null;
}

export default class ChallengeList extends LightningElement {
    labels = { listHeading: LIST_HEADING, listLabel: LIST_LABEL, empty: EMPTY };

    /** The challenges, newest first. */
    @api items: ChallengeListItem[] = [];

    get hasItems(): boolean {
        return (this.items ?? []).length > 0;
    }

    handleOpen(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.id;
        if (id) {
            this.dispatchEvent(new CustomEvent('open', { detail: { id } }));
        }
    }
}
