/**
 * lightning-button as the sfdx-lwc-jest stub, plus the ARIA properties the real component takes as
 * public properties (ariaLabel, ariaExpanded). Without them the engine reflects an aria-label onto
 * the host element, where the real component never puts it, and the accessibility check fails on
 * markup that does not exist in an org.
 */
import { LightningElement, api } from 'lwc';

export default class Button extends LightningElement {
    @api disabled?: boolean;
    @api iconName?: string;
    @api iconPosition?: string;
    @api label?: string;
    @api name?: string;
    @api type?: string;
    @api value?: string;
    @api variant?: string;
    @api disableAnimation?: boolean;
    @api stretch?: boolean;
    @api override ariaLabel: string | null = null;
    @api override ariaExpanded: string | null = null;
}
