// The condition editor: fields from describe, operators that fit the field, picklist values from the
// field, the same condition as text, checked as the admin types, with errors in words.
import { createElement } from 'lwc';
import BuilderCondition from 'c/builderCondition';
import type { ObjectField } from '@salesforce/apex/BuilderController.getObjectFields';
import { flush, one, shadow } from 'config/jest/utils/dom';

const FIELDS: ObjectField[] = [
    { apiName: 'Subject', label: 'Subject', kind: 'text', options: [] },
    { apiName: 'TaskSubtype', label: 'Task Subtype', kind: 'text', options: ['Task', 'Call'] },
    { apiName: 'IsClosed', label: 'Closed', kind: 'boolean', options: [] },
    { apiName: 'ActivityDate', label: 'Due Date', kind: 'date', options: [] }
];

type Editor = HTMLElement & {
    fieldName: string;
    label: string;
    fields: ObjectField[];
    objectName: string;
    operation: string;
    value: string;
};

function create(value = '', operation = 'Create'): { element: Editor; events: CustomEvent[] } {
    const element = createElement('c-builder-condition', { is: BuilderCondition }) as Editor;
    element.fieldName = 'Condition__c';
    element.label = 'Condition';
    element.fields = FIELDS;
    element.objectName = 'Task';
    element.operation = operation;
    element.value = value;
    const events: CustomEvent[] = [];
    element.addEventListener('conditionchange', (event) => events.push(event as CustomEvent));
    document.body.appendChild(element);
    return { element, events };
}

function pick(element: HTMLElement, selector: string, value: string): void {
    one(element, selector).dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

type Combobox = HTMLElement & { options: { value: string }[]; disabled: boolean };

describe('c-builder-condition', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('builds a clause with the pickers and shows it as text', async () => {
        const { element, events } = create();
        await flush();
        expect(one<Combobox>(element, '.operator-picker').disabled).toBe(true);
        pick(element, '.field-picker', 'TaskSubtype');
        await flush();
        const operators = one<Combobox>(element, '.operator-picker').options.map((option) => option.value);
        expect(operators).toEqual(['=', '!=', 'IS BLANK', 'IS NOT BLANK']);
        pick(element, '.operator-picker', '=');
        await flush();
        expect(one<Combobox>(element, '.value-picker').options.map((option) => option.value)).toEqual(['Task', 'Call']);
        pick(element, '.value-picker', 'Call');
        await flush();
        one(element, '.add-button').click();
        await flush();
        expect(element.value).toBe("TaskSubtype = 'Call'");
        expect(events.at(-1)?.detail).toEqual({ fieldName: 'Condition__c', value: "TaskSubtype = 'Call'", ok: true });
        expect(one(element, '.condition-message').textContent).toBe('The condition reads well.');

        pick(element, '.field-picker', 'Subject');
        await flush();
        pick(element, '.operator-picker', 'IS NOT BLANK');
        await flush();
        expect(shadow(element).querySelector('.value-input')).toBeNull();
        pick(element, '.join-picker', 'OR');
        one(element, '.add-button').click();
        await flush();
        expect(element.value).toBe("(TaskSubtype = 'Call') OR Subject IS NOT BLANK");
        await expect(element).toBeAccessible();
    });

    it('offers TRUE and FALSE for a checkbox and a free value for text', async () => {
        const { element } = create('', 'Update');
        pick(element, '.field-picker', 'IsClosed');
        await flush();
        expect(one<Combobox>(element, '.operator-picker').options.map((option) => option.value)).toEqual([
            '=',
            'CHANGED',
            'CHANGED TO'
        ]);
        pick(element, '.operator-picker', 'CHANGED TO');
        await flush();
        expect(one<Combobox>(element, '.value-picker').options.map((option) => option.value)).toEqual([
            'TRUE',
            'FALSE'
        ]);
        pick(element, '.field-picker', 'ActivityDate');
        await flush();
        pick(element, '.operator-picker', '<');
        await flush();
        const input = one<HTMLElement & { placeholder: string }>(element, '.value-input');
        expect(input.placeholder).toMatch(/TODAY/);
        expect(one<HTMLButtonElement & { disabled: boolean }>(element, '.add-button').disabled).toBe(true);
        pick(element, '.value-input', 'DAYS_AGO(3)');
        await flush();
        one(element, '.add-button').click();
        await flush();
        expect(element.value).toBe('ActivityDate < DAYS_AGO(3)');
    });

    it('checks typed text at once and says what is wrong in words', async () => {
        const { element, events } = create("Subject = 'x'");
        await flush();
        expect(one(element, '.condition-message').textContent).toBe('The condition reads well.');
        one(element, '.condition-text').dispatchEvent(
            new CustomEvent('change', { detail: { value: 'Subject CONTAINS' } })
        );
        await flush();
        expect(events.at(-1)?.detail.ok).toBe(false);
        expect(one(element, '.condition-message').textContent).toMatch(/^Not yet: Expected/);
        expect(one(element, '.condition-message').className).toContain('slds-text-color_error');

        one(element, '.condition-text').dispatchEvent(
            new CustomEvent('change', { detail: { value: 'Secret__c = 1' } })
        );
        await flush();
        expect(one(element, '.condition-message').textContent).toBe('Secret__c is not a field of Task you can read.');

        one(element, '.condition-text').dispatchEvent(
            new CustomEvent('change', { detail: { value: `Subject = '${'x'.repeat(300)}'` } })
        );
        await flush();
        expect(one(element, '.condition-message').textContent).toBe(
            'Too long: the engine reads only the first 254 characters.'
        );
        one(element, '.condition-text').dispatchEvent(new CustomEvent('change', { detail: { value: '' } }));
        await flush();
        expect(events.at(-1)?.detail.ok).toBe(true);
        expect(one(element, '.condition-message').textContent).toBe('');
        await expect(element).toBeAccessible();
    });
});
