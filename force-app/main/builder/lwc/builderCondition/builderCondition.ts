/**
 * builderCondition: one condition of a draft rule or prompt, built with pickers (a field of the
 * record's object the admin can read, an operator that fits its type, a value, or a picklist value
 * from the field) and shown as text in the package's condition language, which the admin may also
 * type. Each change is checked at once with the package's own parser (c/adoptionConditions) and
 * explained in plain words; the text and whether it is valid go to c-adoption-builder as
 * `conditionchange` (detail: { fieldName, value, ok }). No Apex: the parent hands in the fields.
 */
import { LightningElement, api } from 'lwc';
import type { ObjectField } from '@salesforce/apex/BuilderController.getObjectFields';
import { formatLabel } from 'c/ldsUtils';
import { LABELS, appendClause, checkCondition, clauseText, needsValue, operatorsFor } from 'c/builderModel';

interface Option {
    label: string;
    value: string;
}

export default class BuilderCondition extends LightningElement {
    labels = LABELS;

    /** The API name of the draft's field this condition fills (Condition__c, Undo_Condition__c, ...). */
    @api fieldName = '';
    /** That field's label. */
    @api label = '';
    /** The readable fields of the record's object. */
    @api fields: ObjectField[] = [];
    /** The object's API name, for messages. */
    @api objectName = '';
    /** The draft's operation ('' for a prompt): CHANGED and its kin are offered for Update only. */
    @api operation = '';

    text = '';
    pickedField = '';
    pickedOperator = '';
    pickedValue = '';
    join: 'AND' | 'OR' = 'AND';

    /** The condition text. */
    @api
    get value(): string {
        return this.text;
    }
    set value(value: string) {
        this.text = value ?? '';
    }

    get fieldOptions(): Option[] {
        return this.fields.map((field) => ({ label: `${field.label} (${field.apiName})`, value: field.apiName }));
    }

    get field(): ObjectField | undefined {
        return this.fields.find((field) => field.apiName === this.pickedField);
    }

    get operatorOptions(): Option[] {
        const field = this.field;
        return field
            ? operatorsFor(field, this.operation).map((operator) => ({ label: operator, value: operator }))
            : [];
    }

    get noField(): boolean {
        return this.field === undefined;
    }

    get showValue(): boolean {
        return this.pickedOperator !== '' && needsValue(this.pickedOperator);
    }

    get valueOptions(): Option[] {
        const field = this.field;
        if (!field) {
            return [];
        }
        if (field.kind === 'boolean') {
            return [
                { label: 'TRUE', value: 'TRUE' },
                { label: 'FALSE', value: 'FALSE' }
            ];
        }
        return field.options.map((option) => ({ label: option, value: option }));
    }

    get hasValueOptions(): boolean {
        return this.valueOptions.length > 0;
    }

    get valuePlaceholder(): string {
        return this.field?.kind === 'date' ? 'TODAY, DAYS_AGO(7), DAYS_AHEAD(7)' : '';
    }

    get joinOptions(): Option[] {
        return [
            { label: 'AND', value: 'AND' },
            { label: 'OR', value: 'OR' }
        ];
    }

    get hasText(): boolean {
        return this.text.trim() !== '';
    }

    get addDisabled(): boolean {
        return (
            this.field === undefined || this.pickedOperator === '' || (this.showValue && this.pickedValue.trim() === '')
        );
    }

    get check(): { ok: boolean; message: string } {
        const result = checkCondition(this.text, this.fields);
        if (result.ok) {
            return { ok: true, message: this.hasText ? LABELS.conditionOk : '' };
        }
        if (result.reason === 'length') {
            return { ok: false, message: formatLabel(LABELS.conditionTooLong, result.problem) };
        }
        if (result.reason === 'field') {
            return { ok: false, message: formatLabel(LABELS.conditionFieldMissing, result.problem, this.objectName) };
        }
        return { ok: false, message: formatLabel(LABELS.conditionError, result.problem) };
    }

    get messageClass(): string {
        return this.check.ok ? 'condition-message slds-text-color_success' : 'condition-message slds-text-color_error';
    }

    handleField(event: CustomEvent<{ value: string }>): void {
        this.pickedField = event.detail.value;
        this.pickedOperator = '';
        this.pickedValue = '';
    }

    handleOperator(event: CustomEvent<{ value: string }>): void {
        this.pickedOperator = event.detail.value;
    }

    handleValue(event: CustomEvent<{ value: string }>): void {
        this.pickedValue = String(event.detail.value ?? '');
    }

    handleJoin(event: CustomEvent<{ value: 'AND' | 'OR' }>): void {
        this.join = event.detail.value;
    }

    handleAdd(): void {
        const field = this.field;
        if (!field || this.addDisabled) {
            return;
        }
        const clause = clauseText({ field, operator: this.pickedOperator, value: this.pickedValue });
        this.text = appendClause(this.text, clause, this.join);
        this.pickedValue = '';
        this.notify();
    }

    handleText(event: CustomEvent<{ value: string }>): void {
        this.text = event.detail.value ?? '';
        this.notify();
    }

    private notify(): void {
        this.dispatchEvent(
            new CustomEvent('conditionchange', {
                detail: { fieldName: this.fieldName, value: this.text, ok: this.check.ok }
            })
        );
    }
}
