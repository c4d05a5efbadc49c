import { createElement } from 'lwc';
import type { ApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import type { PulseView } from '@salesforce/apex/PulseController.getPulse';
import AdoptionPulse from 'c/adoptionPulse';
import { fixture as readFixture, flush, one, shadow, texts } from '../../../../../test/jest-utils/dom';

jest.mock(
    '@salesforce/apex/PulseController.getPulse',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

// Labels with placeholders, and those the tests read, get their real text.
jest.mock('@salesforce/label/c.Adoption_Pulse_Of', () => ({ default: '{0} of {1}' }), { virtual: true });
jest.mock('@salesforce/label/c.Adoption_Pulse_Percent', () => ({ default: '{0}%' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.Adoption_Pulse_Forecast_Detail',
    () => ({ default: '{0} past close date, {1} without next step, {2} stale, {3} pushed out' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Adoption_Pulse_Reason_Pushed_One',
    () => ({ default: '1 open opportunity pushed out' }),
    {
        virtual: true
    }
);
jest.mock(
    '@salesforce/label/c.Adoption_Pulse_Works_Council_Note',
    () => ({ default: 'Works council mode: groups of at least {0} people only.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Adoption_Pulse_Works_Council_Withheld',
    () => ({ default: '{0} people are in teams smaller than {1}.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Adoption_Pulse_Works_Council_None',
    () => ({ default: 'Fewer than {0} people besides you: no figures.' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Adoption_Pulse_Group_Your_Team', () => ({ default: 'Your team' }), { virtual: true });
jest.mock('@salesforce/label/c.Adoption_Pulse_Group_Team_Of', () => ({ default: 'Team of {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Adoption_Pulse_Group_No_Lead', () => ({ default: 'People without a team lead' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_Group_Merged', () => ({ default: '{0} and {1} smaller teams' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_Group_Merged_One', () => ({ default: '{0} and 1 smaller team' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_Group_Withheld', () => ({ default: 'Fewer than {0}: not shown' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_Forecast_Withheld', () => ({ default: 'Fewer than {0} with deals.' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_Forecast_Sampled', () => ({ default: 'Some deals not checked.' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_Trend_Bar', () => ({ default: '{0}: {1} points, {2} active' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_Sort_Hint', () => ({ default: 'Sort by {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Adoption_Pulse_Skipped_Fields', () => ({ default: 'Not measured: {0}' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Adoption_Pulse_Stale_Definition',
    () => ({ default: 'Stale: no activity for {0} days.' }),
    {
        virtual: true
    }
);
jest.mock(
    '@salesforce/label/c.Adoption_Pulse_Reason_Past_Close',
    () => ({ default: '{0} open opportunities past their close date' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Adoption_Pulse_Reason_Past_Close_One',
    () => ({ default: '1 open opportunity past its close date' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Adoption_Pulse_Reason_Stale_One',
    () => ({ default: '1 open opportunity without activity for {1} days' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Adoption_Pulse_Reason_No_Next_Step_One',
    () => ({ default: '1 open opportunity without a next step' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Adoption_Pulse_Not_Visible', () => ({ default: 'Not visible' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.Adoption_Pulse_Not_Visible_Forecast',
    () => ({ default: 'People with open opportunities you cannot see: {0}.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Adoption_Pulse_Not_Visible_Key_Fields',
    () => ({ default: 'People with records you cannot see: {0}.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Adoption_Pulse_Table_Scroll_Hint',
    () => ({ default: 'Scroll sideways for more columns.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Adoption_Pulse_Quest_Summary_One',
    () => ({ default: '1 person onboarding, {1} stuck' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Adoption_Pulse_Quest_Joined_One', () => ({ default: 'Joined 1 day ago' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Adoption_Pulse_Reason_Stale',
    () => ({ default: '{0} open opportunities without activity for {1} days' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Adoption_Pulse_Reason_No_Next_Step',
    () => ({ default: '{0} open opportunities without a next step' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Adoption_Pulse_Reason_Low_Completeness', () => ({ default: 'Key fields {0}% filled' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_Reason_Never_Active', () => ({ default: 'No CRM activity yet' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_Reason_Never_Logged_In', () => ({ default: 'Never logged in' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_No_Opportunities', () => ({ default: 'No open opportunities' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_Not_Measured', () => ({ default: 'Not measured' }), { virtual: true });
jest.mock('@salesforce/label/c.Adoption_Pulse_Showing', () => ({ default: 'Showing {0} of {1} people' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_Show_All', () => ({ default: 'Show all {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Adoption_Pulse_You', () => ({ default: '(you)' }), { virtual: true });
jest.mock('@salesforce/label/c.Adoption_Pulse_Never', () => ({ default: 'Never' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.Adoption_Pulse_Managers_Only',
    () => ({ default: 'The adoption pulse is for managers.' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Adoption_Pulse_Empty', () => ({ default: 'No one is in this scope yet.' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_Attention_None', () => ({ default: 'Everyone is on track.' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_Trend_Show_Table', () => ({ default: 'Show as table' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_Trend_Hide_Table', () => ({ default: 'Hide table' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_Col_Points', () => ({ default: 'Points' }), { virtual: true });
jest.mock('@salesforce/label/c.Adoption_Pulse_Col_Name', () => ({ default: 'Name' }), { virtual: true });
jest.mock('@salesforce/label/c.Adoption_Pulse_Logins_Capped', () => ({ default: 'Logins capped' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_Sampled', () => ({ default: 'Sampled' }), { virtual: true });
jest.mock('@salesforce/label/c.Adoption_Error_Load', () => ({ default: 'We could not load this.' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_Quest_Title', () => ({ default: 'Getting started' }), { virtual: true });
jest.mock('@salesforce/label/c.Adoption_Pulse_Quest_Summary', () => ({ default: '{0} people onboarding, {1} stuck' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_Quest_Step', () => ({ default: 'Step {0} of {1}: {2} ({3} of {4})' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_Quest_Steps_Done', () => ({ default: '{0} of {1} steps done' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_Quest_Stuck', () => ({ default: 'Stuck' }), { virtual: true });
jest.mock('@salesforce/label/c.Adoption_Pulse_Quest_On_Track', () => ({ default: 'On track' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.Adoption_Pulse_Quest_Overdue',
    () => ({ default: 'Joined {0} days ago; the quest takes {1} days' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Adoption_Pulse_Quest_Joined', () => ({ default: 'Joined {0} days ago' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_Quest_Stalled', () => ({ default: 'No scored action for {0} days' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Pulse_Quest_Never_Active', () => ({ default: 'No scored action yet' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Adoption_Pulse_Quest_Definition',
    () => ({ default: 'Stuck: the quest is overdue, or no scored action for {0} days.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Adoption_Pulse_Reason_Quest_Stuck',
    () => ({ default: 'Stuck on onboarding: step {0} of {1}' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Adoption_Category_Forecast', () => ({ default: 'Forecast' }), { virtual: true });
jest.mock('@salesforce/label/c.Adoption_Category_Activity', () => ({ default: 'Activity' }), { virtual: true });
jest.mock('@salesforce/label/c.Adoption_Category_Pipeline', () => ({ default: 'Pipeline' }), { virtual: true });

const adapter = jest.requireMock<{ default: ApexTestWireAdapter<PulseView> }>(
    '@salesforce/apex/PulseController.getPulse'
).default;
const refreshApexMock = jest.requireMock<{ refreshApex: jest.Mock }>('@salesforce/apex').refreshApex;

function fixture(name: string): PulseView {
    return readFixture<PulseView>(__dirname, name);
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
    });

    it('shows a spinner until the pulse arrives, and asks for the team this week', async () => {
        const element = await create();
        expect(shadow(element).querySelector('lightning-spinner')).not.toBeNull();
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
        expect(texts(element, '.note')).toEqual(['Logins capped', 'Sampled', 'Not measured: Opportunity.Nope__c']);
        expect(texts(element, '.definitions')).toEqual(['Stale: no activity for 14 days.']);
        await expect(element).toBeAccessible();
    });

    it('draws the 8-week trend with a table alternative for screen readers', async () => {
        const element = await create(fixture('getPulse'));
        const chart = one(element, '.chart');
        expect(chart.getAttribute('aria-hidden')).toBe('true');
        expect(shadow(element).querySelectorAll('.chart-bar')).toHaveLength(8);
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
        expect(shadow(element).querySelector('tr[data-key="005000000000002AAA"]')?.className).toContain(
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
            '1 open opportunity without activity for 14 days',
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
        expect(shadow(element).querySelector('li[data-key="005000000000003AAA"]')?.className).toContain('stuck');
        expect(texts(element, '.onboarding-definition')).toEqual([
            'Stuck: the quest is overdue, or no scored action for 7 days.'
        ]);
        expect(shadow(element).querySelector('.onboarding-show-all')).toBeNull();
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
        expect(shadow(element).querySelectorAll('.onboarding-item')).toHaveLength(10);
        const showAll = one<HTMLElement & { label: string }>(element, 'lightning-button.onboarding-show-all');
        expect(showAll.label).toBe('Show all 25');
        showAll.click();
        await flush();
        expect(shadow(element).querySelectorAll('.onboarding-item')).toHaveLength(25);
        expect(shadow(element).querySelector('.onboarding-show-all')).toBeNull();
        await expect(element).toBeAccessible();

        const nobody = fixture('getPulse');
        nobody.onboarding = [];
        adapter.emit(nobody);
        await flush();
        expect(shadow(element).querySelector('section.onboarding')).toBeNull();
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
        expect(shadow(element).querySelector('table.people-table')).toBeNull();
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
        expect(texts(element, '.managers-only')).toEqual(['The adoption pulse is for managers.']);
        expect(shadow(element).querySelector('.tiles')).toBeNull();
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
        one(element, 'lightning-button-icon.refresh-button').click();
        await flush();
        expect(refreshApexMock).not.toHaveBeenCalled();

        adapter.emit(fixture('getPulse'));
        await flush();
        one(element, 'lightning-button-icon.refresh-button').click();
        await flush();
        expect(refreshApexMock).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });

    it('shows the first 100 of a 500-person team in the sort order, and everyone on request', async () => {
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
        expect(shadow(element).querySelectorAll('tbody tr.person')).toHaveLength(100);
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
        expect(shadow(element).querySelectorAll('tbody tr.person')).toHaveLength(500);
        expect(shadow(element).querySelector('.more-rows')).toBeNull();
        expect(rowNames(element)[499]).toBe('Person 000');
        sortButton(element, 'name').click();
        await flush();
        expect(shadow(element).querySelectorAll('tbody tr.person')).toHaveLength(500);
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
        expect(texts(element, '.note')).toContain('People with open opportunities you cannot see: 1.');
        expect(texts(element, '.note')).toContain('People with records you cannot see: 1.');

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
        expect(shadow(element).querySelector('section.people')).toBeNull();
        expect(shadow(element).querySelector('section.attention')).toBeNull();
        expect(shadow(element).querySelector('section.onboarding')).toBeNull();
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
        expect(texts(element, 'tr[data-key="none"] .group-status')).toEqual(['Fewer than 5: not shown']);
        expect(texts(element, '.note')).toEqual([
            'Works council mode: groups of at least 5 people only.',
            '2 people are in teams smaller than 5.'
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
        expect(texts(element, '.works-council-none')).toEqual(['Fewer than 5 people besides you: no figures.']);
        expect(shadow(element).querySelector('.tiles')).toBeNull();
        expect(shadow(element).querySelector('table.groups-table')).toBeNull();
        expect(texts(element, '.note')).toContain('3 people are in teams smaller than 5.');
        await expect(element).toBeAccessible();
    });

    it('in works council mode says when too few people have deals for forecast figures', async () => {
        const view = { ...fixture('getPulseWorksCouncil'), forecastWithheld: true, forecastSampled: true };
        const element = await create(view);
        expect(texts(element, '.tile[data-key="forecast"] .tile-value')).toEqual(['—']);
        expect(texts(element, '.tile[data-key="forecast"] .tile-detail')).toEqual(['Fewer than 5 with deals.']);
        expect(texts(element, '.note')).toContain('Some deals not checked.');
    });

    it('says pushed-out deals need attention in the singular', async () => {
        const view = fixture('getPulse');
        view.attention = [
            { userId: '005000000000002AAA', name: 'Ben Okafor', reasons: [{ code: 'Pushed', values: [1] }] }
        ];
        const element = await create(view);
        expect(texts(element, '.attention-reason')).toEqual(['1 open opportunity pushed out']);
    });
});
