import { createElement } from 'lwc';
import type { ApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import type { PulseView } from '@salesforce/apex/PulseController.getPulse';
import AdoptionPulse from 'c/adoptionPulse';
// Deep queries: the sections are child components (and the spinner c-adoption-card's), as the browser tests see them.
import {
    deepOne as one,
    deepRoot,
    deepTexts as texts,
    fixture as readFixture,
    flush as settle
} from 'config/jest/utils/dom';

jest.mock(
    '@salesforce/apex/PulseController.getPulse',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

const adapter = jest.requireMock<{ default: ApexTestWireAdapter<PulseView> }>(
    '@salesforce/apex/PulseController.getPulse'
).default;
const refreshApexMock = jest.requireMock<{ refreshApex: jest.Mock }>('@salesforce/apex').refreshApex;

function fixture(name: string): PulseView {
    return readFixture<PulseView>(__dirname, name);
}

function flush(): Promise<void> {
    return settle(8);
}

/** Two animation frames (fake timers): the rest of a long first screen comes in the frame after the first paint. */
async function afterFrames(): Promise<void> {
    jest.advanceTimersByTime(50);
    await flush();
}

function rowNames(element: HTMLElement): string[] {
    return texts(element, 'tbody tr.person .person-label');
}

function sortButton(element: HTMLElement, key: string): HTMLButtonElement {
    return one<HTMLButtonElement>(element, `button.sort-button[data-key="${key}"]`);
}

function headerOf(element: HTMLElement, key: string): HTMLElement {
    const header = sortButton(element, key).closest('th');
    if (!header) {
        throw new Error(`no header for ${key}`);
    }
    return header;
}

async function create(view?: PulseView, props: Record<string, unknown> = {}): Promise<HTMLElement> {
    const element = createElement('c-adoption-pulse', { is: AdoptionPulse });
    Object.assign(element, props);
    document.body.appendChild(element);
    if (view) {
        adapter.emit(view);
    }
    await flush();
    return element;
}

describe('c-adoption-pulse', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
        jest.useRealTimers();
    });

    it('shows a spinner until the pulse arrives, and asks for the team this week', async () => {
        const element = await create();
        expect(deepRoot(element).querySelector('lightning-spinner')).not.toBeNull();
        expect(adapter.getLastConfig()).toEqual({ scope: 'Team', periodType: 'Week' });
        await expect(element).toBeAccessible();
    });

    it('shows the summary tiles and marks itself ready', async () => {
        const element = await create(fixture('getPulse'));
        expect(texts(element, '.tile .tile-value')).toEqual(['2 of 3', '2 of 3', '35', '1 of 2', '70%', '2 of 3']);
        expect(texts(element, '.tile[data-key="forecast"] .tile-detail')).toEqual([
            '1 past close date, 2 without next step, 1 stale, 1 pushed out'
        ]);
        expect(one(element, '.adoption-pulse').getAttribute('data-ready')).toBe('true');
        expect(texts(element, '.note')).toEqual([
            'Days logged in may be undercounted: the team has more logins than the pulse reads at once.',
            'Key fields were measured on the newest records only: the team has more than the pulse reads.',
            'Not measured: Opportunity.Nope__c'
        ]);
        expect(texts(element, '.definitions')).toEqual([
            'Stale: an open opportunity older than 14 days with no task or event logged in that time with a note of a few words, a call of at least a minute or someone met. Pushed out: its close date was moved later at least once. Key fields: as your admin set them.'
        ]);
        await expect(element).toBeAccessible();
    });

    it('draws the 8-week trend with a table alternative for screen readers', async () => {
        const element = await create(fixture('getPulse'));
        const chart = one(element, '.chart');
        expect(chart.getAttribute('aria-hidden')).toBe('true');
        expect(deepRoot(element).querySelectorAll('.chart-bar')).toHaveLength(8);
        expect(one(element, '.chart-column:last-child .chart-bar').getAttribute('style')).toContain('height: 39%');
        expect(one(element, '.chart-column:nth-child(3) .chart-bar').getAttribute('style')).toContain('height: 2%');
        expect(chart.getAttribute('title')).toContain('2026-W47: 35 points, 2 active');

        const table = one(element, 'table.trend-table');
        expect(table.className).toContain('assistive');
        expect(texts(element, 'tr.trend-row th')).toEqual([
            '2026-W40',
            '2026-W41',
            '2026-W42',
            '2026-W43',
            '2026-W44',
            '2026-W45',
            '2026-W46',
            '2026-W47'
        ]);
        expect(texts(element, 'tr.trend-row:last-child td')).toEqual(['Nov 16', '35', '2']);

        const toggle = one<HTMLButtonElement>(element, 'button.trend-toggle');
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        toggle.click();
        await flush();
        expect(one(element, 'table.trend-table').className).not.toContain('assistive');
        expect(toggle.getAttribute('aria-expanded')).toBe('true');
        expect(toggle.textContent?.trim()).toBe('Hide table');
        await expect(element).toBeAccessible();
    });

    it('lists everyone by name, with what each column says', async () => {
        const element = await create(fixture('getPulse'));
        expect(rowNames(element)).toEqual(['Ana Lopez', 'Ben Okafor', 'Chloe Martin']);
        const ben = texts(element, 'tr[data-key="005000000000002AAA"] td');
        expect(ben.slice(1)).toEqual(['2', '3', '20', '3', '1', '2', '1', '1', '50%', 'Forecast 20']);
        const chloe = texts(element, 'tr[data-key="005000000000003AAA"] td');
        expect(chloe[0]).toBe('Never');
        expect(chloe.slice(4, 10)).toEqual(['—', '—', '—', '—', '—', '—']);
        expect(texts(element, 'tr[data-key="005000000000001AAA"] td').pop()).toBe('Activity 10 · Pipeline 5');
        expect(texts(element, 'tr[data-key="005000000000001AAA"] .you')).toEqual(['(you)']);
        expect(deepRoot(element).querySelector('tr[data-key="005000000000002AAA"]')?.className).toContain(
            'needs-attention'
        );
        expect(headerOf(element, 'name').getAttribute('aria-sort')).toBe('ascending');
        expect(headerOf(element, 'points').getAttribute('aria-sort')).toBe('none');
        await expect(element).toBeAccessible();
    });

    it('sorts by a column when its header is clicked, and reverses on a second click', async () => {
        const element = await create(fixture('getPulse'));
        sortButton(element, 'points').click();
        await flush();
        expect(rowNames(element)).toEqual(['Ben Okafor', 'Ana Lopez', 'Chloe Martin']);
        expect(headerOf(element, 'points').getAttribute('aria-sort')).toBe('descending');
        expect(headerOf(element, 'name').getAttribute('aria-sort')).toBe('none');

        sortButton(element, 'points').click();
        await flush();
        expect(rowNames(element)).toEqual(['Chloe Martin', 'Ana Lopez', 'Ben Okafor']);
        expect(headerOf(element, 'points').getAttribute('aria-sort')).toBe('ascending');

        // Blank values (never logged in) go last, whichever the direction.
        sortButton(element, 'lastLogin').click();
        await flush();
        expect(rowNames(element)).toEqual(['Ana Lopez', 'Ben Okafor', 'Chloe Martin']);
        sortButton(element, 'lastLogin').click();
        await flush();
        expect(rowNames(element)).toEqual(['Ben Okafor', 'Ana Lopez', 'Chloe Martin']);

        sortButton(element, 'stale').click();
        await flush();
        expect(rowNames(element)).toEqual(['Ben Okafor', 'Ana Lopez', 'Chloe Martin']);

        sortButton(element, 'name').click();
        await flush();
        expect(rowNames(element)).toEqual(['Ana Lopez', 'Ben Okafor', 'Chloe Martin']);
        sortButton(element, 'name').click();
        await flush();
        expect(rowNames(element)).toEqual(['Chloe Martin', 'Ben Okafor', 'Ana Lopez']);
        expect(headerOf(element, 'name').getAttribute('aria-sort')).toBe('descending');
        await expect(element).toBeAccessible();
    });

    it('keeps the sort when the pulse is refreshed with new data', async () => {
        const element = await create(fixture('getPulse'));
        sortButton(element, 'points').click();
        await flush();
        adapter.emit(fixture('getPulse'));
        await flush();
        expect(rowNames(element)).toEqual(['Ben Okafor', 'Ana Lopez', 'Chloe Martin']);
        await expect(element).toBeAccessible();
    });

    it('says who needs attention and why', async () => {
        const element = await create(fixture('getPulse'));
        expect(texts(element, '.attention-name')).toEqual(['Ben Okafor', 'Chloe Martin']);
        // One is singular, more are plural: each count has its own label.
        expect(texts(element, '.attention-item:first-child .attention-reason')).toEqual([
            '1 open opportunity past its close date',
            '1 open opportunity without real work logged for 14 days',
            '2 open opportunities without a next step',
            'Key fields 50% filled'
        ]);
        expect(texts(element, '.attention-item:last-child .attention-reason')).toEqual([
            'No CRM activity yet',
            'Never logged in'
        ]);
        await expect(element).toBeAccessible();
    });

    it('lists who is getting started, stuck ones first, with their current step and why', async () => {
        const element = await create(fixture('getPulse'));
        const section = one(element, 'section.onboarding');
        expect(section.querySelector('h3')?.textContent).toBe('Getting started');
        expect(texts(element, '.onboarding-summary')).toEqual(['2 people onboarding, 1 stuck']);
        expect(texts(element, '.onboarding-name')).toEqual(['Chloe Martin', 'Ben Okafor']);
        // The state is said in words, not only by the coloured bar.
        expect(texts(element, '.onboarding-status')).toEqual(['Stuck', 'On track']);
        expect(texts(element, '.onboarding-step')).toEqual([
            'Step 1 of 4: Log a call (0 of 3)',
            'Step 2 of 4: Update next step (1 of 2)'
        ]);
        expect(texts(element, '.onboarding-done')).toEqual(['0 of 4 steps done', '1 of 4 steps done']);
        expect(texts(element, '.onboarding-detail')).toEqual(['No scored action yet', 'Joined 9 days ago']);
        expect(deepRoot(element).querySelector('li[data-key="005000000000003AAA"]')?.className).toContain('stuck');
        expect(texts(element, '.onboarding-definition')).toEqual([
            "Stuck: the quest's days since joining have passed, or no scored action for 7 days."
        ]);
        expect(deepRoot(element).querySelector('.onboarding-show-all')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says why someone is stuck: overdue before stalled, and how long since their last action', async () => {
        const view = fixture('getPulse');
        view.onboarding[0] = { ...view.onboarding[0], overdue: true, daysSinceCreated: 41, daysSinceActive: 3 };
        view.onboarding[1] = { ...view.onboarding[1], stalled: true, stuck: true, daysSinceActive: 9 };
        view.attention[1].reasons.push({ code: 'Quest_Stuck', values: [1, 4] });
        const element = await create(view);
        expect(texts(element, '.onboarding-detail')).toEqual([
            'Joined 41 days ago; the quest takes 30 days',
            'No scored action for 9 days'
        ]);
        expect(texts(element, '.onboarding-status')).toEqual(['Stuck', 'Stuck']);
        expect(texts(element, '.attention-item:last-child .attention-reason')).toContain(
            'Stuck on onboarding: step 1 of 4'
        );
        await expect(element).toBeAccessible();
    });

    it('shows the first 10 people getting started, everyone on request, and no section without any', async () => {
        const view = fixture('getPulse');
        const template = view.onboarding[0];
        view.onboarding = Array.from({ length: 25 }, (_, index) => ({
            ...template,
            userId: `005${String(index).padStart(12, '0')}AAA`,
            name: `Newcomer ${String(index).padStart(2, '0')}`
        }));
        const element = await create(view);
        expect(deepRoot(element).querySelectorAll('.onboarding-item')).toHaveLength(10);
        const showAll = one<HTMLElement & { label: string }>(element, 'lightning-button.onboarding-show-all');
        expect(showAll.label).toBe('Show all 25');
        showAll.click();
        await flush();
        expect(deepRoot(element).querySelectorAll('.onboarding-item')).toHaveLength(25);
        expect(deepRoot(element).querySelector('.onboarding-show-all')).toBeNull();
        await expect(element).toBeAccessible();

        const nobody = fixture('getPulse');
        nobody.onboarding = [];
        adapter.emit(nobody);
        await flush();
        expect(deepRoot(element).querySelector('section.onboarding')).toBeNull();
    });

    it('shows a reason the page does not know by its code', async () => {
        const view = fixture('getPulse');
        view.attention[0].reasons = [{ code: 'Something_New', values: [] }];
        const element = await create(view);
        expect(texts(element, '.attention-item:first-child .attention-reason')).toEqual(['Something_New']);
        await expect(element).toBeAccessible();
    });

    it('says so when nobody needs attention or nobody is in scope', async () => {
        const element = await create(fixture('getPulseEmpty'));
        expect(texts(element, '.empty')).toEqual(['No one is in this scope yet.']);
        expect(deepRoot(element).querySelector('table.people-table')).toBeNull();
        expect(texts(element, '.tile[data-key="completeness"] .tile-value')).toEqual(['Not measured']);
        await expect(element).toBeAccessible();

        const view = fixture('getPulse');
        view.attention = [];
        adapter.emit(view);
        await flush();
        expect(texts(element, '.attention-none')).toEqual(['Everyone is on track.']);
    });

    it('shows no opportunities or an unmeasured forecast on the forecast tile', async () => {
        const view = fixture('getPulseEmpty');
        view.forecastAvailable = true;
        const element = await create(view);
        expect(texts(element, '.tile[data-key="forecast"] .tile-value')).toEqual(['No open opportunities']);
        view.forecastAvailable = false;
        adapter.emit(view);
        await flush();
        expect(texts(element, '.tile[data-key="forecast"] .tile-value')).toEqual(['Not measured']);
        await expect(element).toBeAccessible();
    });

    it('tells someone who is no manager that the pulse is for managers', async () => {
        const element = await create(fixture('getPulseManagersOnly'));
        expect(texts(element, '.managers-only')).toEqual([
            'The adoption pulse is for managers. Leading a team? Ask your admin for Adoption Manager.'
        ]);
        expect(deepRoot(element).querySelector('.tiles')).toBeNull();
        expect(one(element, '.adoption-pulse').getAttribute('data-ready')).toBe('true');
        await expect(element).toBeAccessible();
    });

    it('shows the server message in the error panel', async () => {
        const element = await create();
        adapter.error({ message: 'You may not open this board.' });
        await flush();
        const panel = one<HTMLElement & { friendlyMessage: string }>(element, 'c-error-panel');
        expect(panel.friendlyMessage).toBe('You may not open this board.');
        await expect(element).toBeAccessible();
    });

    it('asks for the month, and for the scope App Builder sets', async () => {
        const element = await create(fixture('getPulse'), { scope: 'org' });
        expect(adapter.getLastConfig()).toEqual({ scope: 'Org', periodType: 'Week' });
        expect(one(element, 'button.period-week').getAttribute('aria-pressed')).toBe('true');
        one<HTMLButtonElement>(element, 'button.period-month').click();
        await flush();
        expect(adapter.getLastConfig()).toEqual({ scope: 'Org', periodType: 'Month' });
        expect(one(element, 'button.period-month').getAttribute('aria-pressed')).toBe('true');
        expect(one(element, 'button.period-week').getAttribute('aria-pressed')).toBe('false');
        one<HTMLButtonElement>(element, 'button.period-week').click();
        await flush();
        expect(adapter.getLastConfig()).toEqual({ scope: 'Org', periodType: 'Week' });

        (element as HTMLElement & { scope: string }).scope = 'Galaxy';
        await flush();
        expect((element as HTMLElement & { scope: string }).scope).toBe('Team');
        await expect(element).toBeAccessible();
    });

    it('refreshes the wired pulse, and not before it has answered', async () => {
        const element = await create();
        one(element, 'button.refresh-button').click();
        await flush();
        expect(refreshApexMock).not.toHaveBeenCalled();

        adapter.emit(fixture('getPulse'));
        await flush();
        one(element, 'button.refresh-button').click();
        await flush();
        expect(refreshApexMock).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });

    it('shows the first 100 of a 500-person team in the sort order, and everyone on request', async () => {
        jest.useFakeTimers();
        const view = fixture('getPulse');
        const template = view.people[1];
        view.people = Array.from({ length: 500 }, (_, index) => ({
            ...template,
            userId: `005${String(index).padStart(12, '0')}AAA`,
            name: `Person ${String(index).padStart(3, '0')}`,
            points: index
        }));
        view.teamSize = 500;
        const element = await create(view);
        // The first 25 come with the page, the rest of the 100 in the frame after its first paint.
        expect(deepRoot(element).querySelectorAll('tbody tr.person')).toHaveLength(25);
        await afterFrames();
        jest.useRealTimers();
        expect(deepRoot(element).querySelectorAll('tbody tr.person')).toHaveLength(100);
        expect(texts(element, '.showing')).toEqual(['Showing 100 of 500 people']);
        sortButton(element, 'points').click();
        await flush();
        expect(rowNames(element)[0]).toBe('Person 499');
        expect(rowNames(element)[99]).toBe('Person 400');
        await expect(element).toBeAccessible();

        const showAll = one<HTMLElement & { label: string }>(element, 'lightning-button.show-all');
        expect(showAll.label).toBe('Show all 500');
        showAll.click();
        await flush();
        expect(deepRoot(element).querySelectorAll('tbody tr.person')).toHaveLength(500);
        expect(deepRoot(element).querySelector('.more-rows')).toBeNull();
        expect(rowNames(element)[499]).toBe('Person 000');
        sortButton(element, 'name').click();
        await flush();
        expect(deepRoot(element).querySelectorAll('tbody tr.person')).toHaveLength(500);
        // 500 rows in jsdom take about 3 s alone, more under coverage on a busy machine.
    }, 20_000);

    it('reads a person without a login, a title or figures as Apex sends them: the properties left out', async () => {
        const view = fixture('getPulse');
        // Apex leaves null properties out of the JSON: nothing below may read as "undefined" or "%".
        const chloe = view.people[2];
        expect('completeness' in chloe).toBe(false);
        expect('lastLogin' in chloe).toBe(false);
        const element = await create(view);
        const cells = texts(element, 'tr[data-key="005000000000003AAA"] td');
        expect(cells[0]).toBe('Never');
        expect(cells[8]).toBe('—');
        expect(cells.join(' ')).not.toMatch(/undefined|null|NaN/);
        delete view.completeness;
        adapter.emit(view);
        await flush();
        expect(texts(element, '.tile[data-key="completeness"] .tile-value')).toEqual(['Not measured']);
        await expect(element).toBeAccessible();
    });

    it('shows figures the manager cannot see as Not visible, never as 0, and says how many people', async () => {
        const view = fixture('getPulse');
        const ben = view.people[1];
        ben.opportunitiesNotVisible = true;
        ben.keyFieldsNotVisible = true;
        delete ben.openOpportunities;
        delete ben.pastCloseDate;
        delete ben.noNextStep;
        delete ben.stale;
        delete ben.completeness;
        view.notVisibleForecastPeople = 1;
        view.notVisibleKeyFieldPeople = 1;
        const element = await create(view);
        const cells = texts(element, 'tr[data-key="005000000000002AAA"] td');
        expect(cells.slice(4, 9)).toEqual(['Not visible', 'Not visible', 'Not visible', 'Not visible', 'Not visible']);
        expect(texts(element, '.note')).toContain(
            'People with open opportunities you cannot see: 1. Their forecast figures show as Not visible and are left out of the totals.'
        );
        expect(texts(element, '.note')).toContain(
            'People with records you cannot see: 1. Their key field completeness shows as Not visible and is left out of the team figure.'
        );

        // Sorted most first, a not-visible figure goes last like a blank one.
        sortButton(element, 'openOpportunities').click();
        await flush();
        expect(rowNames(element)[0]).toBe('Ana Lopez');
        expect(rowNames(element)).toContain('Ben Okafor');
        expect(rowNames(element).indexOf('Ben Okafor')).toBeGreaterThan(rowNames(element).indexOf('Ana Lopez'));
        await expect(element).toBeAccessible();
    });

    it('says one person onboarding and one day since joining in the singular', async () => {
        const view = fixture('getPulse');
        view.onboarding = [{ ...view.onboarding[1], daysSinceCreated: 1 }];
        view.stuckPeople = 0;
        const element = await create(view);
        expect(texts(element, '.onboarding-summary')).toEqual(['1 person onboarding, 0 stuck']);
        expect(texts(element, '.onboarding-detail')).toEqual(['Joined 1 day ago']);
    });

    it('says the people table scrolls sideways when it is wider than the card, and keeps names in place', async () => {
        const widths = jest.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(function (
            this: HTMLElement
        ) {
            return this.classList.contains('table-scroll') ? 1440 : 0;
        });
        const visible = jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (
            this: HTMLElement
        ) {
            return this.classList.contains('table-scroll') ? 480 : 0;
        });
        try {
            const element = await create(fixture('getPulse'));
            await flush();
            // The CSS shows the hint (and a shadow on the right edge) while the section is marked.
            expect(one(element, 'section.people').hasAttribute('data-overflows')).toBe(true);
            expect(texts(element, '.scroll-hint')).toEqual(['Scroll sideways for more columns.']);
            const box = one(element, '.table-scroll');
            expect(box.getAttribute('tabindex')).toBe('0');
            expect(box.getAttribute('role')).toBe('region');

            // Wide enough again (a window resize): no longer marked.
            visible.mockImplementation(() => 2000);
            window.dispatchEvent(new CustomEvent('resize'));
            await flush();
            expect(one(element, 'section.people').hasAttribute('data-overflows')).toBe(false);
            await expect(element).toBeAccessible();
        } finally {
            widths.mockRestore();
            visible.mockRestore();
        }
    });

    it('in works council mode shows teams of at least the minimum, never a person, and says what is left out', async () => {
        const element = await create(fixture('getPulseWorksCouncil'));
        expect(deepRoot(element).querySelector('section.people')).toBeNull();
        expect(deepRoot(element).querySelector('section.attention')).toBeNull();
        expect(deepRoot(element).querySelector('section.onboarding')).toBeNull();
        expect(texts(element, 'tr.group .group-label')).toEqual([
            'Your team',
            'Team of Dev Patel and 2 smaller teams',
            'People without a team lead'
        ]);
        expect(texts(element, 'tr[data-key="005000000000001AAA"] td')).toEqual([
            '6',
            '5',
            '6',
            '210',
            '2',
            '0',
            '3',
            '2',
            '1',
            '1',
            '2',
            '80%'
        ]);
        // A group whose forecast is withheld shows no forecast figure, its other figures stay.
        expect(texts(element, 'tr[data-key="005000000000009AAA"] td').slice(3, 11)).toEqual([
            '322',
            '2',
            '1',
            '—',
            '—',
            '—',
            '—',
            '—'
        ]);
        const withheld = texts(element, 'tr[data-key="none"] td');
        expect(withheld[0]).toBe('2');
        expect(withheld.slice(1).every((cell) => cell === '—')).toBe(true);
        expect(texts(element, 'tr[data-key="none"] .group-status')).toEqual([
            'Fewer than 5 people, or not all of the team here: not shown'
        ]);
        expect(texts(element, '.note')).toEqual([
            "Works council mode: only figures of whole teams (everyone with the same manager) of at least 5 people, never one person's, and never including yours.",
            '2 people are in no team shown (a team is everyone with the same manager, shown when all of it is here and it has at least 5 people besides you): their figures are left out.',
            'Forecast and key field figures add up only the teams that show their own: a team where fewer than 5 people have open opportunities, or records to measure, shows none and counts in none.'
        ]);
        expect(texts(element, '.tile .tile-value')).toEqual([
            '11 of 13',
            '12 of 13',
            '532',
            '3 of 5',
            '80%',
            '4 of 13'
        ]);
        expect(one(element, '.adoption-pulse').getAttribute('data-ready')).toBe('true');
        await expect(element).toBeAccessible();
    });

    it('in works council mode shows no figure at all when the whole team is too small', async () => {
        const element = await create(fixture('getPulseWorksCouncilWithheld'));
        expect(texts(element, '.works-council-none')).toEqual([
            'Your team has fewer than 5 people besides you, so works council mode shows no figures.'
        ]);
        expect(deepRoot(element).querySelector('.tiles')).toBeNull();
        expect(deepRoot(element).querySelector('table.groups-table')).toBeNull();
        expect(texts(element, '.note')).toContain(
            '3 people are in no team shown (a team is everyone with the same manager, shown when all of it is here and it has at least 5 people besides you): their figures are left out.'
        );
        await expect(element).toBeAccessible();
    });

    it("in works council mode shows the server's totals and never adds up the teams itself (security review 3, H1)", async () => {
        // Team B shows activity but withholds its forecast and completeness: the tiles must not add any
        // of B into them. Figures chosen so that a sum of the groups differs from the view's totals.
        const view = fixture('getPulseWorksCouncil');
        view.groups[1] = {
            ...view.groups[1],
            forecastWithheld: true,
            forecastReadyPeople: 1,
            openOpportunities: 4,
            pastCloseDate: 3,
            noNextStep: 2,
            completeness: 10
        };
        const element = await create(view);
        expect(texts(element, '.tile[data-key="forecast"] .tile-value')).toEqual(['3 of 5']);
        expect(texts(element, '.tile[data-key="forecast"] .tile-detail')).toEqual([
            '2 past close date, 1 without next step, 1 stale, 2 pushed out'
        ]);
        expect(texts(element, '.tile[data-key="completeness"] .tile-value')).toEqual(['80%']);
        // The withheld forecast of B stays withheld in its row, whatever the answer carried.
        expect(texts(element, 'tr[data-key="005000000000009AAA"] td').slice(6, 11)).toEqual(['—', '—', '—', '—', '—']);
        expect(texts(element, '.note')).toContain(
            'Forecast and key field figures add up only the teams that show their own: a team where fewer than 5 people have open opportunities, or records to measure, shows none and counts in none.'
        );
        await expect(element).toBeAccessible();
    });

    it('in works council mode says when too few people have deals for forecast figures', async () => {
        const view = { ...fixture('getPulseWorksCouncil'), forecastWithheld: true, forecastSampled: true };
        const element = await create(view);
        expect(texts(element, '.tile[data-key="forecast"] .tile-value')).toEqual(['—']);
        expect(texts(element, '.tile[data-key="forecast"] .tile-detail')).toEqual([
            'Fewer than 5 people have open opportunities: no forecast figures.'
        ]);
        expect(texts(element, '.note')).toContain(
            'Some people have too many open opportunities to check them all: their stale and pushed-out figures are left blank.'
        );
    });

    it('says pushed-out deals need attention in the singular', async () => {
        const view = fixture('getPulse');
        view.attention = [
            { userId: '005000000000002AAA', name: 'Ben Okafor', reasons: [{ code: 'Pushed', values: [1] }] }
        ];
        const element = await create(view);
        expect(texts(element, '.attention-reason')).toEqual(['1 open opportunity with a close date pushed out']);
    });
});
