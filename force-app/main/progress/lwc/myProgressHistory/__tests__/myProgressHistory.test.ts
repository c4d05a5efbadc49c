import { createElement } from 'lwc';
import MyProgressHistory from 'c/myProgressHistory';
import type { EntryView } from 'c/myProgressHistory';
import { all, flush, one, shadow, texts } from 'config/jest/utils/dom';

const ENTRY: EntryView = {
    key: 'a01000000000001AAA',
    pointsText: '+10 points',
    pointsClass: 'points slds-text-color_success',
    ruleLabel: 'Update the next step',
    categoryText: 'Forecast',
    entryTypeText: '',
    occurredAt: '2026-11-20T14:05:00.000Z',
    whyItMatters: "A current next step keeps the deal in Thursday's forecast.",
    hasRecord: true,
    recordId: '006000000000001AAA',
    url: '/lightning/r/006000000000001AAA/view',
    linkLabel: 'View record: Opportunity for Update the next step'
};
const REVERSAL: EntryView = {
    ...ENTRY,
    key: 'a01000000000002AAA',
    pointsText: '-10 points',
    pointsClass: 'points slds-text-color_error',
    entryTypeText: 'Reversed',
    hasRecord: false,
    recordId: '',
    url: ''
};

function createSection(props: Record<string, unknown>): HTMLElement {
    const element = createElement('c-my-progress-history', { is: MyProgressHistory });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

describe('c-my-progress-history', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('lists the entries with points, rule, kind, category, a record link and why, and the pager', async () => {
        const element = createSection({ entries: [ENTRY, REVERSAL], pageNumber: 1, hasMore: true });
        await flush();
        expect(texts(element, '.rule-label')).toEqual(['Update the next step', 'Update the next step']);
        expect(texts(element, '.entry-type')).toEqual(['Reversed']);
        expect(texts(element, '.category')).toEqual(['Forecast', 'Forecast']);
        const links = all(element, 'a.record-link');
        expect(links.map((link) => [link.getAttribute('href'), link.getAttribute('aria-label')])).toEqual([
            ['/lightning/r/006000000000001AAA/view', 'View record: Opportunity for Update the next step']
        ]);
        expect(texts(element, '.page-text')).toEqual(['Page 1']);
        expect(Reflect.get(one(element, '.previous-page'), 'disabled')).toBe(true);
        expect(Reflect.get(one(element, '.next-page'), 'disabled')).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('sends previous, next and the record to open up; a modified click is left to the browser', async () => {
        const element = createSection({ entries: [ENTRY], pageNumber: 2, hasMore: false });
        const heard: string[] = [];
        element.addEventListener('previous', () => heard.push('previous'));
        element.addEventListener('next', () => heard.push('next'));
        element.addEventListener('openrecord', (event) =>
            heard.push(`open ${(event as CustomEvent<{ recordId: string }>).detail.recordId}`)
        );
        await flush();
        expect(Reflect.get(one(element, '.next-page'), 'disabled')).toBe(true);
        one(element, '.previous-page').click();
        one(element, '.next-page').click();
        const link = one(element, 'a.record-link');
        const plain = new MouseEvent('click', { bubbles: true, cancelable: true });
        link.dispatchEvent(plain);
        const modified = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
        link.dispatchEvent(modified);
        expect(plain.defaultPrevented).toBe(true);
        expect(modified.defaultPrevented).toBe(false);
        expect(heard).toEqual(['previous', 'next', 'open 006000000000001AAA']);
    });

    it('shows a spinner while a page loads, the error panel when it failed, and says so when empty', async () => {
        const element = createSection({ entries: [ENTRY], loading: true });
        await flush();
        expect(Reflect.get(one(element, 'lightning-spinner'), 'alternativeText')).toBe('Loading');
        expect(shadow(element).querySelector('.history-list')).toBeNull();
        await expect(element).toBeAccessible();

        Object.assign(element, { loading: false, errors: { body: { message: 'Query failed' } } });
        await flush();
        expect(Reflect.get(one(element, 'c-error-panel'), 'friendlyMessage')).toBe(
            "We couldn't load this right now. Try again in a moment."
        );

        Object.assign(element, { errors: undefined, entries: [] });
        await flush();
        expect(texts(element, '.history-empty')).toHaveLength(1);
        expect(shadow(element).querySelector('.pager')).toBeNull();
    });

    it('puts the keyboard on its heading when the parent asks', async () => {
        const element = createSection({ entries: [ENTRY] });
        await flush();
        (element as HTMLElement & { focusHeading(): void }).focusHeading();
        expect(shadow(element).activeElement).toBe(one(element, '.history-heading'));
    });
});
