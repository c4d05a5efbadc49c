/**
 * errorPanel: the one way components show an error (the lwc-recipes pattern). A friendly sentence
 * first; the technical messages, reduced by ldsUtils.reduceErrors, only when the user asks.
 */
import { LightningElement, api } from 'lwc';
import { reduceErrors } from 'c/ldsUtils';
import LOAD_ERROR from '@salesforce/label/c.Adoption_Error_Load';
import SHOW_DETAILS from '@salesforce/label/c.Adoption_Error_Show_Details';
import HIDE_DETAILS from '@salesforce/label/c.Adoption_Error_Hide_Details';

export default class ErrorPanel extends LightningElement {
    /** The sentence users read; the default suits a component that failed to load. */
    @api friendlyMessage: string = LOAD_ERROR;

    details: { key: string; text: string }[] = [];
    showDetails = false;
    private currentErrors: unknown;

    /** One error or a list, of any shape reduceErrors understands. */
    @api
    get errors(): unknown {
        return this.currentErrors;
    }
    set errors(value: unknown) {
        this.currentErrors = value;
        // Reduced once here, not in a getter, so a re-render does not rebuild the list.
        // Keyed by position: two errors may carry the same message.
        this.details = reduceErrors(value).map((text, index) => ({ key: String(index), text }));
    }

    get hasDetails(): boolean {
        return this.details.length > 0;
    }

    get toggleLabel(): string {
        return this.showDetails ? HIDE_DETAILS : SHOW_DETAILS;
    }

    get detailsExpanded(): string {
        return String(this.showDetails);
    }

    handleToggle(): void {
        this.showDetails = !this.showDetails;
    }
}
