/**
 * adoptionCard: the card every page-level component of the package sits in (My Progress, the
 * leaderboard, the admin page): the title and icon, an optional refresh button, header actions, the
 * content, and the load state in one place: a spinner while the first answer is on its way, or the
 * error panel (c-error-panel) when it failed.
 *
 * The content (the default slot) comes first and the load state after it: a parent keeps its own
 * controls above a failed load (the leaderboard's filters, so the user can choose again), and shows
 * nothing of its own while loading or after an error. The card calls nothing: a press on refresh is
 * a `refresh` event for the parent, which owns the data.
 */
import { LightningElement, api } from 'lwc';
import LOADING from '@salesforce/label/c.Adoption_Loading';
import LOAD_ERROR from '@salesforce/label/c.Adoption_Error_Load';

export default class AdoptionCard extends LightningElement {
    /** The card's title. */
    @api heading = '';
    /** An SLDS icon name, e.g. 'utility:ribbon'. */
    @api iconName = '';
    /** The refresh button's alternative text; without it the card has no refresh button. */
    @api refreshLabel = '';
    /** True while a refresh is under way: the button is disabled. */
    @api refreshing = false;
    /** True until the first answer: a spinner after the content. */
    @api loading = false;
    /** The load error, of any shape reduceErrors reads; the error panel shows instead of the spinner. */
    @api errors: unknown;
    /** The sentence above the error's details; the default says the content could not load. */
    @api errorMessage: string = LOAD_ERROR;

    loadingLabel = LOADING;

    get hasErrors(): boolean {
        return this.errors !== undefined && this.errors !== null;
    }

    handleRefresh(): void {
        this.dispatchEvent(new CustomEvent('refresh'));
    }
}
