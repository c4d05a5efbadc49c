/**
 * myProgressHistory: My Progress's points history: one page of scored actions, each with its points,
 * rule, kind of entry, category, when, a link to its record and why it matters, and the pager. Shows
 * what c-my-progress hands it: the parent reads the pages and follows the links, this section sends
 * `previous`, `next` and `openrecord` (detail: { recordId }) up.
 */
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/ldsUtils';
import LOADING from '@salesforce/label/c.Adoption_Loading';
import LOAD_ERROR from '@salesforce/label/c.Adoption_Error_Load';
import HISTORY_TITLE from '@salesforce/label/c.Adoption_History_Title';
import HISTORY_EMPTY from '@salesforce/label/c.Adoption_History_Empty';
import HISTORY_PREVIOUS from '@salesforce/label/c.Adoption_History_Previous';
import HISTORY_PREVIOUS_ARIA from '@salesforce/label/c.Adoption_History_Previous_Aria';
import HISTORY_NEXT from '@salesforce/label/c.Adoption_History_Next';
import HISTORY_NEXT_ARIA from '@salesforce/label/c.Adoption_History_Next_Aria';
import HISTORY_PAGE from '@salesforce/label/c.Adoption_History_Page';
import VIEW_RECORD from '@salesforce/label/c.Adoption_History_View_Record';

/** One points history entry as the section shows it (c/myProgress builds it from a HistoryEntry). */
export interface EntryView {
    key: string;
    pointsText: string;
    pointsClass: string;
    ruleLabel: string;
    categoryText: string;
    entryTypeText: string;
    occurredAt: string;
    whyItMatters: string;
    hasRecord: boolean;
    recordId: string;
    url: string;
    linkLabel: string;
}

export default class MyProgressHistory extends LightningElement {
    labels = {
        loading: LOADING,
        loadError: LOAD_ERROR,
        historyTitle: HISTORY_TITLE,
        historyEmpty: HISTORY_EMPTY,
        previous: HISTORY_PREVIOUS,
        previousAria: HISTORY_PREVIOUS_ARIA,
        next: HISTORY_NEXT,
        nextAria: HISTORY_NEXT_ARIA,
        viewRecord: VIEW_RECORD
    };

    /** The entries of the page on screen. */
    @api entries: EntryView[] = [];
    /** True while a page is on its way: a spinner instead of the list. */
    @api loading = false;
    /** Why the page could not be read: the error panel instead of the list. */
    @api errors: unknown;
    /** The page on screen, from 1. */
    @api pageNumber = 1;
    /** True when a later page exists. */
    @api hasMore = false;

    get hasEntries(): boolean {
        return (this.entries ?? []).length > 0;
    }

    get showPager(): boolean {
        return this.pageNumber > 1 || this.hasMore;
    }

    get isFirstPage(): boolean {
        return this.pageNumber <= 1;
    }

    get isLastPage(): boolean {
        return !this.hasMore;
    }

    get pageText(): string {
        return formatLabel(HISTORY_PAGE, this.pageNumber);
    }

    /** Puts the keyboard on the section's heading: a new page is read from the top. */
    @api
    focusHeading(): void {
        (this.refs?.heading as HTMLElement | undefined)?.focus();
    }

    handlePrevious(): void {
        this.dispatchEvent(new CustomEvent('previous'));
    }

    handleNext(): void {
        this.dispatchEvent(new CustomEvent('next'));
    }

    handleOpenRecord(event: MouseEvent): void {
        const recordId = event.currentTarget instanceof HTMLElement ? event.currentTarget.dataset.recordId : undefined;
        // A modified click (new tab, new window) is left to the browser and the href.
        if (!recordId || event.ctrlKey || event.metaKey || event.shiftKey) {
            return;
        }
        event.preventDefault();
        this.dispatchEvent(new CustomEvent('openrecord', { detail: { recordId } }));
    }
}
