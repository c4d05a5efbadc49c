// lightning/platformShowToastEvent, which @salesforce/lightning-types does not declare (c/challenges).

declare module 'lightning/platformShowToastEvent' {
    export interface ShowToastEventInit {
        title?: string;
        message?: string;
        messageData?: (string | { url?: string; label?: string })[];
        variant?: 'info' | 'success' | 'warning' | 'error';
        mode?: 'dismissible' | 'pester' | 'sticky';
    }

    /** Dispatched from a component, the Lightning container shows it as a toast. */
    export class ShowToastEvent extends CustomEvent<ShowToastEventInit> {
        constructor(toast: ShowToastEventInit);
    }
}
