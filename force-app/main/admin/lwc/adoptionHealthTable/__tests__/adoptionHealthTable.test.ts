import { createElement } from 'lwc';
import AdoptionHealthTable from 'c/adoptionHealthTable';
import type { HealthTable } from 'c/adoptionHealthTable';
import { all, flush, one, shadow, texts } from 'config/jest/utils/dom';

const TABLE: HealthTable = {
    tableClass: 'objects-table slds-table',
    caption: 'Tracked objects',
    columns: [
        { key: 'object', label: 'Object' },
        { key: 'trigger', label: 'Trigger' },
        { key: 'rules', label: 'Active rules', className: 'slds-text-align_right' }
    ],
    rows: [
        {
            key: 'Opportunity',
            className: 'object-row',
            name: 'Opportunity',
            header: 'Opportunity',
            cells: [
                { key: '0', text: 'Active', className: 'slds-text-color_success' },
                { key: '1', text: '2', className: 'slds-text-align_right' }
            ]
        },
        {
            key: 'e1',
            className: 'error-row',
            cells: [
                { key: '0', text: 'Nov 20' },
                { key: '1', text: 'No header cell' }
            ]
        }
    ]
};

function createTable(table: HealthTable | undefined): HTMLElement {
    const element = createElement('c-adoption-health-table', { is: AdoptionHealthTable });
    Object.assign(element, { table });
    document.body.appendChild(element);
    return element;
}

describe('c-adoption-health-table', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows the caption, the column headers, and each row with its header cell, classes and name', async () => {
        const element = createTable(TABLE);
        await flush();
        expect(one(element, 'table').className).toBe('objects-table slds-table');
        expect(texts(element, 'caption')).toEqual(['Tracked objects']);
        expect(all(element, 'thead th').map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
            ['Object', 'col'],
            ['Trigger', 'col'],
            ['Active rules', 'col']
        ]);
        const [first, second] = all(element, 'tbody tr');
        expect(first.className).toBe('object-row');
        expect(first.dataset.name).toBe('Opportunity');
        expect(first.querySelector('th')?.getAttribute('scope')).toBe('row');
        expect(Array.from(first.children).map((cell) => cell.textContent)).toEqual(['Opportunity', 'Active', '2']);
        expect(first.querySelector('td')?.className).toBe('slds-text-color_success');
        expect(second.querySelector('th')).toBeNull();
        expect(second.hasAttribute('data-name')).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('shows no caption when none is given, and nothing without a table', async () => {
        const element = createTable({ ...TABLE, caption: undefined });
        await flush();
        expect(all(element, 'caption')).toHaveLength(0);
        const empty = createTable(undefined);
        await flush();
        expect(shadow(empty).querySelector('table')).toBeNull();
    });
});
