import { createElement } from 'lwc';
import PulsePeople, { FIRST_ROWS } from 'c/pulsePeople';
import type { PulseColumn, PulsePersonView } from 'c/pulsePeople';
import { all, flush, one, shadow, texts } from 'config/jest/utils/dom';

function person(index: number): PulsePersonView {
    return {
        key: `005${String(index).padStart(3, '0')}`,
        name: `Person ${index}`,
        title: 'Account Executive',
        you: index === 0 ? '(you)' : '',
        rowClass: index === 1 ? 'person needs-attention' : 'person',
        lastLogin: 'Nov 18, 2026',
        loginDays: '3',
        activeDays: '2',
        points: String(index),
        openOpportunities: '2',
        pastCloseDate: '0',
        noNextStep: '1',
        stale: '0',
        pushed: '0',
        completeness: '100%',
        categories: 'Activity 10 · Pipeline 5'
    };
}

const COLUMNS: PulseColumn[] = [
    {
        key: 'name',
        label: 'Name',
        ariaSort: 'ascending',
        sortHint: 'Sort by Name',
        headerClass: 'sortable slds-is-sortable',
        arrow: '▲'
    },
    {
        key: 'points',
        label: 'Points',
        ariaSort: 'none',
        sortHint: 'Sort by Points',
        headerClass: 'sortable slds-is-sortable slds-text-align_right',
        arrow: ''
    }
];

function rows(count: number): PulsePersonView[] {
    return Array.from({ length: count }, (_, index) => person(index));
}

function createSection(shown: PulsePersonView[], total = shown.length): HTMLElement {
    const element = createElement('c-pulse-people', { is: PulsePeople });
    Object.assign(element, {
        rows: shown,
        total,
        columns: COLUMNS,
        staleDefinition: 'Stale: older than 14 days.',
        notes: [{ key: 'logins', text: 'Days logged in may be undercounted.' }]
    });
    document.body.appendChild(element);
    return element;
}

/** Two animation frames (fake timers): the rest of a long first screen comes in the frame after the first paint. */
async function afterFrames(): Promise<void> {
    jest.advanceTimersByTime(50);
    await flush();
}

describe('c-pulse-people', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.restoreAllMocks();
        jest.useRealTimers();
    });

    it('shows one row per person with the headers, the definitions and the notes', async () => {
        const element = createSection(rows(3));
        await flush();
        expect(texts(element, 'tbody tr.person .person-label')).toEqual(['Person 0', 'Person 1', 'Person 2']);
        expect(texts(element, 'tr[data-key="005000"] .you')).toEqual(['(you)']);
        expect(one(element, 'tr[data-key="005001"]').className).toContain('needs-attention');
        expect(texts(element, 'tr[data-key="005002"] td')).toEqual([
            'Nov 18, 2026',
            '3',
            '2',
            '2',
            '2',
            '0',
            '1',
            '0',
            '0',
            '100%',
            'Activity 10 · Pipeline 5'
        ]);
        expect(one(element, 'button.sort-button[data-key="name"]').closest('th')?.getAttribute('aria-sort')).toBe(
            'ascending'
        );
        expect(texts(element, '.definitions')).toEqual(['Stale: older than 14 days.']);
        expect(texts(element, '.note')).toEqual(['Days logged in may be undercounted.']);
        // A short table is laid out with the page; only a long one waits for the viewport.
        expect(one(element, '.table-scroll').className).toBe('table-scroll');
        expect(shadow(element).querySelector('.more-rows')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('sends sort with the column of a header click, and showall from the show-all button', async () => {
        const element = createSection(rows(3), 500);
        const heard: string[] = [];
        element.addEventListener('sort', (event) =>
            heard.push(`sort ${(event as CustomEvent<{ key: string }>).detail.key}`)
        );
        element.addEventListener('showall', () => heard.push('showall'));
        await flush();
        one<HTMLButtonElement>(element, 'button.sort-button[data-key="points"]').click();
        expect(texts(element, '.showing')).toEqual(['Showing 3 of 500 people']);
        const showAll = one<HTMLElement & { label: string }>(element, 'lightning-button.show-all');
        expect(showAll.label).toBe('Show all 500');
        showAll.click();
        expect(heard).toEqual(['sort points', 'showall']);
        await expect(element).toBeAccessible();
    });

    it('renders the first rows with the page and the rest of a long first screen after the first paint; later rows at once', async () => {
        jest.useFakeTimers();
        const element = createSection(rows(100), 500);
        await flush();
        expect(all(element, 'tbody tr.person')).toHaveLength(FIRST_ROWS);
        // The count says what is on its way, not what is painted so far.
        expect(texts(element, '.showing')).toEqual(['Showing 100 of 500 people']);
        expect(one(element, '.table-scroll').className).toBe('table-scroll deferred');
        await afterFrames();
        expect(all(element, 'tbody tr.person')).toHaveLength(100);

        Object.assign(element, { rows: rows(500) });
        await flush();
        expect(all(element, 'tbody tr.person')).toHaveLength(500);
        expect(shadow(element).querySelector('.more-rows')).toBeNull();
    });

    it('marks the section while the table is wider than its box, measured when the box resizes', async () => {
        const callbacks: (() => void)[] = [];
        const observed: Element[] = [];
        class FakeResizeObserver {
            constructor(callback: () => void) {
                callbacks.push(callback);
            }
            observe(target: Element): void {
                observed.push(target);
            }
            disconnect(): void {
                observed.length = 0;
            }
        }
        Object.defineProperty(window, 'ResizeObserver', { value: FakeResizeObserver, configurable: true });
        let boxWidth = 800;
        jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
            return this.classList.contains('table-scroll') ? boxWidth : 0;
        });
        // The table's width is read from the box's CSS, never from a laid-out row.
        const scrollWidth = jest.spyOn(HTMLElement.prototype, 'scrollWidth', 'get');
        jest.spyOn(window, 'getComputedStyle').mockImplementation(
            () =>
                ({
                    fontSize: '16px',
                    getPropertyValue: (name: string) => (name === '--people-table-width' ? '97rem' : '')
                }) as unknown as CSSStyleDeclaration
        );
        try {
            const element = createSection(rows(3));
            await flush();
            const section = one(element, 'section.people');
            expect(observed).toEqual([one(element, '.table-scroll')]);
            callbacks[0]();
            expect(section.hasAttribute('data-overflows')).toBe(true);
            boxWidth = 2000;
            callbacks[0]();
            expect(section.hasAttribute('data-overflows')).toBe(false);
            expect(scrollWidth).not.toHaveBeenCalled();
            document.body.removeChild(element);
            expect(observed).toEqual([]);
        } finally {
            Reflect.deleteProperty(window, 'ResizeObserver');
        }
    });
});
