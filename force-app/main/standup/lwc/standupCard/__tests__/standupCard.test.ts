import { createElement } from 'lwc';
import StandupCard from 'c/standupCard';
import { fixture, flush } from 'config/jest/utils/dom';
import type { StandupView } from '@salesforce/apex/StandupController.getMyStandup';
import type { WeeklyStatus } from '@salesforce/apex/StandupController.getWeeklyStatus';

jest.mock('@salesforce/apex/StandupController.getMyStandup', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/StandupController.getTeamStandup', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/StandupController.getWeeklyStatus', () => ({ default: jest.fn() }), { virtual: true });

const getMyStandup = jest.requireMock<{ default: jest.Mock }>(
    '@salesforce/apex/StandupController.getMyStandup'
).default;
const getTeamStandup = jest.requireMock<{ default: jest.Mock }>(
    '@salesforce/apex/StandupController.getTeamStandup'
).default;
const getWeeklyStatus = jest.requireMock<{ default: jest.Mock }>(
    '@salesforce/apex/StandupController.getWeeklyStatus'
).default;

const WEEK: WeeklyStatus = {
    weekKey: '2026-W02',
    lastWeekKey: '2026-W01',
    scope: 'Mine',
    people: 1,
    kpis: [
        { code: 'Scored_Actions', thisWeek: 6, lastWeek: 4, perPerson: false },
        { code: 'Next_Step_Share', thisWeek: 50, perPerson: false }
    ],
    managersOnly: false,
    withheld: false,
    loginsCapped: false
};

async function create(view: 'mine' | 'team'): Promise<HTMLElement> {
    const element = createElement('c-standup-card', { is: StandupCard });
    Object.assign(element, { view });
    document.body.appendChild(element);
    await flush(6);
    return element;
}

function texts(element: HTMLElement, selector: string): string[] {
    return Array.from(element.shadowRoot!.querySelectorAll(selector)).map((node) => (node.textContent ?? '').trim());
}

describe('c-standup-card', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it("shows a rep's own card with every item linking to its record, and is accessible", async () => {
        getMyStandup.mockResolvedValue(fixture<StandupView>(__dirname, 'getMyStandup'));
        const element = await create('mine');
        expect(getMyStandup).toHaveBeenCalledTimes(1);
        expect(getTeamStandup).not.toHaveBeenCalled();
        const links = Array.from(element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.item-link'));
        expect(links.map((link) => link.getAttribute('href'))).toEqual([
            '/lightning/r/00T000000000001AAA/view',
            '/lightning/r/00T000000000002AAA/view',
            '/lightning/r/006000000000001AAA/view'
        ]);
        expect(links[2].textContent).toContain('Acme renewal');
        expect(links[2].getAttribute('aria-label')).toBeNull();
        expect(texts(element, '.item-detail')).toEqual([
            '5 pts',
            'Overdue Sun, Jan 4',
            'Close date passed · No next step'
        ]);
        expect(texts(element, '.section-more')).toEqual(['and 6 more']);
        expect(texts(element, '.section-none')).toEqual(['Nothing here.']);
        await expect(element).toBeAccessible();
    });

    it('loads the weekly status only on request, with last week beside it', async () => {
        getMyStandup.mockResolvedValue(fixture<StandupView>(__dirname, 'getMyStandup'));
        getWeeklyStatus.mockResolvedValue(WEEK);
        const element = await create('mine');
        expect(getWeeklyStatus).not.toHaveBeenCalled();
        const toggle = element.shadowRoot!.querySelector<HTMLButtonElement>('button.weekly-toggle')!;
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        toggle.click();
        await flush(6);
        expect(getWeeklyStatus).toHaveBeenCalledWith({ scope: 'Mine' });
        expect(toggle.getAttribute('aria-expanded')).toBe('true');
        expect(texts(element, 'tr.kpi .kpi-this')).toEqual(['6', '50']);
        expect(texts(element, 'tr.kpi .kpi-last')).toEqual(['4', 'now']);
        expect(element.shadowRoot!.querySelector('.weekly-notice')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says so when the login read hit its cap', async () => {
        getMyStandup.mockResolvedValue(fixture<StandupView>(__dirname, 'getMyStandup'));
        getWeeklyStatus.mockResolvedValue({ ...WEEK, loginsCapped: true });
        const element = await create('mine');
        element.shadowRoot!.querySelector<HTMLButtonElement>('button.weekly-toggle')!.click();
        await flush(6);
        expect(texts(element, '.weekly-notice')).toEqual(['Some lists were cut: the figures are at least these.']);
        await expect(element).toBeAccessible();
    });

    it("shows a manager's team in the server's order, without a hidden rep's figures", async () => {
        getTeamStandup.mockResolvedValue(fixture<StandupView>(__dirname, 'getTeamStandup'));
        const element = await create('team');
        expect(getMyStandup).not.toHaveBeenCalled();
        expect(texts(element, '.person-group')).toEqual(['Needs help', 'Quiet since the last working day']);
        expect(texts(element, '.person-time')).toEqual(['240 s', '180 s']);
        expect(texts(element, '.person-hidden')).toEqual(['Hides from boards: points not shown']);
        const first = element.shadowRoot!.querySelector('li.person')!;
        expect(first.querySelector('[data-section="scored"]')).toBeNull();
        expect(texts(element, '.total')).toEqual(['7 min for 2 people']);
        await expect(element).toBeAccessible();
    });

    it("says the team view is for managers, and shows only the team's averages in works council mode", async () => {
        getTeamStandup.mockResolvedValueOnce({
            ...fixture<StandupView>(__dirname, 'getTeamStandup'),
            people: [],
            managersOnly: true
        });
        const refused = await create('team');
        expect(texts(refused, '.notice')).toEqual(['The team stand-up is for people who lead a team.']);
        expect(refused.shadowRoot!.querySelectorAll('li.person')).toHaveLength(0);

        getTeamStandup.mockResolvedValueOnce({
            ...fixture<StandupView>(__dirname, 'getTeamStandup'),
            people: [],
            worksCouncil: true,
            totals: { people: 6, scoredActions: 1.5, tasks: 0.7, prompts: 0.3, obstacles: 0.2 }
        });
        const council = await create('team');
        expect(texts(council, '.notice')).toEqual(["Works council mode: team averages only, no one's own figures."]);
        expect(texts(council, '.totals-value')).toEqual(['1.5', '0.7', '0.3', '0.2']);
        expect(texts(council, '.totals-heading')[0]).toBe('6 people');
        expect(texts(council, '.totals-heading')[1]).toBe('Scored actions (per person)');
        expect(council.shadowRoot!.querySelectorAll('li.person')).toHaveLength(0);
        await expect(council).toBeAccessible();

        // Too few contribute to the prompts and the forecast: withheld (Aura leaves a null out), a dash, not 0.
        getTeamStandup.mockResolvedValueOnce({
            ...fixture<StandupView>(__dirname, 'getTeamStandup'),
            people: [],
            worksCouncil: true,
            totals: { people: 5, scoredActions: 1.5, tasks: 0.7 }
        });
        const withheld = await create('team');
        expect(texts(withheld, '.totals-value')).toEqual(['1.5', '0.7', '–', '–']);
        await expect(withheld).toBeAccessible();
    });

    it('shows the error panel when the server refuses', async () => {
        getMyStandup.mockRejectedValue({ body: { message: 'Could not load.' } });
        const element = await create('mine');
        expect(element.shadowRoot!.querySelector('c-error-panel')).not.toBeNull();
    });
});
