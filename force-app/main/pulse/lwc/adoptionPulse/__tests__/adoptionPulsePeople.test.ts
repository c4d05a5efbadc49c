// The pulse's people, called directly: sort keys on arrival, a row's text once it is shown, the order.
import type { PulseRow, PulseView } from '@salesforce/apex/PulseController.getPulse';
import { fixture as readFixture } from 'config/jest/utils/dom';
import {
    DEFAULT_SORT,
    ROWS_SHOWN,
    categoriesText,
    columnViews,
    nextSort,
    personEntry,
    personView,
    shownRows,
    sortPeople
} from '../adoptionPulsePeople';

const PULSE = readFixture<PulseView>(__dirname, 'getPulse');
const [ANA, BEN, CHLOE] = PULSE.people;

function names(rows: { row: PulseRow }[]): string[] {
    return rows.map((entry) => entry.row.name);
}

describe('adoptionPulsePeople', () => {
    it('gives a person their sort keys on arrival and writes their row only when it is shown, once', () => {
        const entry = personEntry(CHLOE);
        expect(entry.view).toBeUndefined();
        expect(entry.sort.lastLogin).toBeNull();
        expect(entry.sort.completeness).toBeNull();
        const view = personView(entry);
        expect(view.lastLogin).toBe('Never');
        expect(view.completeness).toBe('—');
        expect(personView(entry)).toBe(view);
        const ana = personView(personEntry(ANA));
        expect([ana.you, ana.rowClass, ana.categories]).toEqual(['(you)', 'person', 'Activity 10 · Pipeline 5']);
        expect(personView(personEntry(BEN)).rowClass).toBe('person needs-attention');
    });

    it('shows figures the viewer cannot see as Not visible', () => {
        const hidden = personView(
            personEntry({ ...BEN, opportunitiesNotVisible: true, keyFieldsNotVisible: true, stale: undefined })
        );
        expect([hidden.openOpportunities, hidden.stale, hidden.pushed, hidden.completeness]).toEqual([
            'Not visible',
            'Not visible',
            'Not visible',
            'Not visible'
        ]);
    });

    it('sorts most first on a new numeric column, reverses on the same one, and puts blanks last either way', () => {
        const people = [ANA, BEN, CHLOE].map(personEntry);
        expect(names(sortPeople(people, DEFAULT_SORT))).toEqual(['Ana Lopez', 'Ben Okafor', 'Chloe Martin']);
        const byPoints = nextSort(DEFAULT_SORT, 'points');
        expect(byPoints).toEqual({ key: 'points', direction: 'descending' });
        expect(names(sortPeople(people, byPoints!))).toEqual(['Ben Okafor', 'Ana Lopez', 'Chloe Martin']);
        expect(nextSort(byPoints!, 'points')).toEqual({ key: 'points', direction: 'ascending' });
        const byLogin = { key: 'lastLogin', direction: 'ascending' } as const;
        expect(names(sortPeople(people, byLogin)).pop()).toBe('Chloe Martin');
        expect(names(sortPeople(people, { ...byLogin, direction: 'descending' })).pop()).toBe('Chloe Martin');
        expect(nextSort(byPoints!, 'name')).toEqual({ key: 'name', direction: 'ascending' });
        expect(nextSort(DEFAULT_SORT, 'nothing')).toBeUndefined();
    });

    it('shows the first rows of the order, everyone on request, and says which header sorts which way', () => {
        const people = Array.from({ length: ROWS_SHOWN + 5 }, (_, index) =>
            personEntry({ ...BEN, userId: `005${index}`, name: `Person ${index}` })
        );
        expect(shownRows(people, false)).toHaveLength(ROWS_SHOWN);
        // Only the rows shown are written.
        expect(people[ROWS_SHOWN].view).toBeUndefined();
        expect(shownRows(people, true)).toHaveLength(ROWS_SHOWN + 5);
        expect(people[ROWS_SHOWN].view).toBeDefined();

        const headers = columnViews({ key: 'points', direction: 'descending' });
        const points = headers.find((column) => column.key === 'points');
        expect([points?.ariaSort, points?.arrow, points?.sortHint]).toEqual(['descending', '▼', 'Sort by Points']);
        expect(headers.find((column) => column.key === 'name')?.ariaSort).toBe('none');
        expect(headers[0].headerClass).toBe('sortable slds-is-sortable');
        expect(headers[1].headerClass).toContain('slds-text-align_right');
    });

    it('writes points by category most first, leaving out zeros and keeping an unknown category by its name', () => {
        expect(categoriesText({ Pipeline: 5, Activity: 10, Service: 0, Custom: 2 })).toBe(
            'Activity 10 · Pipeline 5 · Custom 2'
        );
        expect(categoriesText(undefined)).toBe('');
    });
});
