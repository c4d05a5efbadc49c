/**
 * lightning-progress-bar as the sfdx-lwc-jest stub, plus ariaLabel, a public property of the real
 * component (see ../button/button.ts for why it matters to the accessibility check).
 */
import { LightningElement, api } from 'lwc';

export default class ProgressBar extends LightningElement {
    @api size?: string;
    @api value?: number;
    @api variant?: string;
    @api override ariaLabel: string | null = null;
}
