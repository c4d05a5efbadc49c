/**
 * previewShell: a preview-only placeholder (it never deploys) that exercises the preview pipeline
 * the way the package's components will: a wired Apex call with a reactive parameter, labels from
 * the real labels file, base components (a combobox among them), getRecord and a toast. Persona
 * pages list it until the real components exist.
 *
 * It marks its host with data-rendered="<period key>" once the summary for that period is on
 * screen: the browser tests measure "interactive after data arrival" against that marker.
 */
import { LightningElement, api, wire } from 'lwc';
import { getRecord, type RecordWireResult } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getTeamSummary from '@salesforce/apex/PreviewDemoController.getTeamSummary';
import LOADING from '@salesforce/label/c.Adoption_Loading';
import WEEK from '@salesforce/label/c.Adoption_Period_Week';
import MONTH from '@salesforce/label/c.Adoption_Period_Month';
import QUARTER from '@salesforce/label/c.Adoption_Period_Quarter';
import YEAR from '@salesforce/label/c.Adoption_Period_Year';
import ALL_TIME from '@salesforce/label/c.Adoption_Period_All_Time';
import type { ApexWireResult } from 'c/adoptionTypes';
import type { TeamSummary } from '../../apex/PreviewDemoController.getTeamSummary';

const RECORD_NAME_FIELDS = ['Opportunity.Name', 'Contact.Name', 'Lead.Name', 'Account.Name'];

export default class PreviewShell extends LightningElement {
    @api heading = 'Preview';
    @api description = '';
    /** Set on record pages: the shell then shows the record's name through getRecord. */
    @api recordId: string | undefined;

    periodType = 'Week';
    labels = { loading: LOADING };
    periodOptions = [
        { label: WEEK, value: 'Week' },
        { label: MONTH, value: 'Month' },
        { label: QUARTER, value: 'Quarter' },
        { label: YEAR, value: 'Year' },
        { label: ALL_TIME, value: 'All Time' }
    ];

    @wire(getTeamSummary, { periodType: '$periodType' })
    summary: ApexWireResult<TeamSummary> | undefined;

    @wire(getRecord, { recordId: '$recordId', optionalFields: RECORD_NAME_FIELDS })
    record: RecordWireResult | undefined;

    get recordName(): string | undefined {
        const name = this.record?.data?.fields?.Name?.value;
        return typeof name === 'string' ? name : undefined;
    }

    get summaryData(): TeamSummary | undefined {
        return this.summary?.data;
    }

    get errorMessage(): string | undefined {
        const error = this.summary?.error as { body?: { message?: string } } | undefined;
        return error ? (error.body?.message ?? 'The summary could not be loaded.') : undefined;
    }

    get rows(): (TeamSummary['topPerformers'][number] & { rowClass: string })[] {
        return (this.summary?.data?.topPerformers ?? []).map((row) => ({
            ...row,
            rowClass: row.isMe ? 'slds-hint-parent preview-shell__me' : 'slds-hint-parent'
        }));
    }

    override renderedCallback(): void {
        const key = this.summary?.data?.periodKey;
        if (key && this.getAttribute('data-rendered') !== key) {
            this.setAttribute('data-rendered', key);
        }
    }

    handlePeriodChange(event: CustomEvent<{ value: string }>): void {
        this.periodType = event.detail.value;
    }

    handleToast(): void {
        this.dispatchEvent(
            new ShowToastEvent({
                title: 'Toasts work',
                message: 'A component toast reached the preview page.',
                variant: 'success'
            })
        );
    }
}
