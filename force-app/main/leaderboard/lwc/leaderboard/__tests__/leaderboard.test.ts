import { createElement } from 'lwc';
import type { ApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import Leaderboard from 'c/leaderboard';
import type { Board, BoardOptions } from 'c/leaderboard';
// Deep queries: the card's spinner and error panel sit in c-adoption-card, as the browser tests see them.
import {
    deepAll as all,
    deepOne as one,
    deepTexts as texts,
    fixture as readFixture,
    flush as settle,
    shadow,
    trimmed
} from 'config/jest/utils/dom';

jest.mock(
    '@salesforce/apex/LeaderboardController.getBoard',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/LeaderboardController.getBoardOptions',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
// The Recognise panel's form (c-recognise has its own tests): what it reads when it opens.
jest.mock(
    '@salesforce/apex/RecognitionController.getContext',
    () => ({ default: jest.fn(() => Promise.resolve({ colleagues: [], pointsLeft: 0, maxPoints: 0, reportIds: [] })) }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/RecognitionController.getRecentRecords',
    () => ({ default: jest.fn(() => Promise.resolve([])) }),
    {
        virtual: true
    }
);

const boardAdapter = jest.requireMock<{ default: ApexTestWireAdapter<Board> }>(
    '@salesforce/apex/LeaderboardController.getBoard'
).default;
const optionsAdapter = jest.requireMock<{ default: ApexTestWireAdapter<BoardOptions> }>(
    '@salesforce/apex/LeaderboardController.getBoardOptions'
).default;
const refreshApexMock = jest.requireMock<{ refreshApex: jest.Mock }>('@salesforce/apex').refreshApex;

function fixture<T>(name: string): T {
    return readFixture<T>(__dirname, name);
}

const OPTIONS = fixture<BoardOptions>('getBoardOptions');
const OPTIONS_TEAM_ONLY = fixture<BoardOptions>('getBoardOptionsTeamOnly');
const TEAM = fixture<Board>('getBoardTeam');
const BANDS = fixture<Board>('getBoardBands');
const EMPTY = fixture<Board>('getBoardEmpty');
const MOST_IMPROVED = fixture<Board>('getBoardMostImproved');
const PERSONAL_BEST = fixture<Board>('getBoardPersonalBest');
const ALL_TIME = fixture<Board>('getBoardAllTime');
const CHALLENGE_INDIVIDUAL = fixture<Board>('challengeBoardIndividual');
const CHALLENGE_TEAM = fixture<Board>('challengeBoardTeam');
const BANDS_SMALL = fixture<Board>('getBoardBandsSmall');
const WORKS_COUNCIL = fixture<Board>('getBoardWorksCouncil');
const WORKS_COUNCIL_NO_TEAMS = fixture<Board>('getBoardWorksCouncilNoTeams');

/** Lets the wire handlers and renders settle. */
function flush(): Promise<void> {
    return settle(5);
}

function textsOf(element: HTMLElement, selector: string): string[] {
    return texts(element, selector, trimmed);
}

function createComponent(props: Record<string, unknown> = {}): HTMLElement {
    const element = createElement('c-leaderboard', { is: Leaderboard });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

async function createWithBoard(
    board: Board = TEAM,
    options: BoardOptions = OPTIONS,
    props: Record<string, unknown> = {}
): Promise<HTMLElement> {
    const element = createComponent(props);
    optionsAdapter.emit(options);
    await flush();
    boardAdapter.emit(board);
    await flush();
    return element;
}

async function choose(element: HTMLElement, filter: string, value: string): Promise<void> {
    one(element, `lightning-combobox.filter-${filter}`).dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flush();
}

/** Rows of the list itself, not the pinned row below it. */
const LISTED = 'tbody:not(.pinned) tr.board-row';

/** A cell's visible text and what a screen reader reads, as 'visible | read'. */
function cell(row: HTMLElement, selector: string): string {
    const found = row.querySelector(selector);
    const visible = found?.querySelector('[aria-hidden="true"]')?.textContent ?? '';
    const read = found?.querySelector('.slds-assistive-text')?.textContent ?? '';
    return `${visible.trim()} | ${read.trim()}`;
}

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
});

describe('c-leaderboard', () => {
    it('asks for the default board once the options arrive, and is accessible', async () => {
        const element = createComponent();
        await flush();
        expect(all(element, 'lightning-spinner')).toHaveLength(1);

        optionsAdapter.emit(OPTIONS);
        await flush();

        expect(boardAdapter.getLastConfig()).toEqual({
            period: 'ThisWeek',
            scope: 'Team',
            groupId: null,
            metric: 'Points',
            mode: 'Total'
        });
        boardAdapter.emit(TEAM);
        await flush();
        expect(all(element, LISTED)).toHaveLength(25);
        await expect(element).toBeAccessible();
    });

    it('starts from the design attributes, within what the caller is offered', async () => {
        const element = createComponent({
            defaultPeriod: 'LastMonth',
            defaultScope: 'Everyone',
            defaultMetric: 'ActiveDays'
        });
        optionsAdapter.emit(OPTIONS_TEAM_ONLY);
        await flush();

        expect(boardAdapter.getLastConfig()).toEqual({
            period: 'LastMonth',
            scope: 'Team',
            groupId: null,
            metric: 'ActiveDays',
            mode: 'Total'
        });
        expect(one<HTMLElement & { options: unknown[] }>(element, 'lightning-combobox.filter-scope').options).toEqual([
            { label: 'My team', value: 'Team' }
        ]);
    });

    it('falls back to offered values when the design attributes name something unknown', async () => {
        createComponent({ defaultPeriod: 'NextDecade', defaultScope: 'Group', defaultMetric: 'Rule:Gone' });
        optionsAdapter.emit(OPTIONS);
        await flush();

        expect(boardAdapter.getLastConfig()).toEqual({
            period: 'ThisWeek',
            scope: 'Team',
            groupId: null,
            metric: 'Points',
            mode: 'Total'
        });
    });

    it('asks again when a filter changes', async () => {
        const element = await createWithBoard();

        await choose(element, 'period', 'LastWeek');
        expect(boardAdapter.getLastConfig()).toMatchObject({ period: 'LastWeek' });
        expect(one(element, '.board').getAttribute('aria-busy')).toBe('true');

        await choose(element, 'metric', 'Category:Pipeline');
        expect(boardAdapter.getLastConfig()).toMatchObject({ period: 'LastWeek', metric: 'Category:Pipeline' });

        await choose(element, 'mode', 'MostImproved');
        expect(boardAdapter.getLastConfig()).toMatchObject({ mode: 'MostImproved' });

        await choose(element, 'scope', 'Everyone');
        expect(boardAdapter.getLastConfig()).toMatchObject({ scope: 'Everyone', groupId: null });

        boardAdapter.emit(TEAM);
        await flush();
        expect(one(element, '.board').getAttribute('aria-busy')).toBe('false');
    });

    it('ignores a filter set to the value it already has', async () => {
        const element = await createWithBoard();
        const before = boardAdapter.getLastConfig();

        await choose(element, 'period', 'ThisWeek');
        await choose(element, 'scope', 'Team');
        await choose(element, 'metric', 'Points');
        await choose(element, 'mode', 'Total');

        expect(boardAdapter.getLastConfig()).toEqual(before);
        expect(one(element, '.board').getAttribute('aria-busy')).toBe('false');
    });

    it('ranks all time by total only', async () => {
        const element = await createWithBoard();
        await choose(element, 'mode', 'PersonalBest');

        await choose(element, 'period', 'AllTime');

        expect(boardAdapter.getLastConfig()).toMatchObject({ period: 'AllTime', mode: 'Total' });
        expect(one<HTMLElement & { options: unknown[] }>(element, 'lightning-combobox.filter-mode').options).toEqual([
            { label: 'Total', value: 'Total' }
        ]);
    });

    it('waits for a group before asking for a group board', async () => {
        const element = await createWithBoard();
        expect(all(element, 'lightning-combobox.filter-group')).toHaveLength(0);

        await choose(element, 'scope', 'Group');

        expect(all(element, 'lightning-combobox.filter-group')).toHaveLength(1);
        expect(boardAdapter.getLastConfig()).toMatchObject({ scope: 'Group', groupId: undefined });
        expect(one(element, '.group-required').textContent).toBe('Choose a group to see its board.');
        expect(all(element, 'table')).toHaveLength(0);

        await choose(element, 'group', '00G000000000002AAA');
        expect(boardAdapter.getLastConfig()).toMatchObject({ scope: 'Group', groupId: '00G000000000002AAA' });
        await choose(element, 'group', '');
        expect(boardAdapter.getLastConfig()).toMatchObject({ groupId: '00G000000000002AAA' });
    });

    it('pins and highlights the signed-in user outside the rows shown', async () => {
        const element = await createWithBoard();

        const pinned = one(element, 'tbody.pinned tr.board-row');
        expect(pinned.dataset.userId).toBe(TEAM.rows[30].userId);
        expect(pinned.className).toContain('board-row_current');
        expect(pinned.getAttribute('aria-current')).toBe('true');
        expect(pinned.querySelector('.tag-you')).not.toBeNull();
        expect(one(element, '.pinned-heading').textContent?.trim()).toBe('Your place');
        expect(textsOf(element, '.showing')).toEqual(['Showing 25 of 40']);
        await expect(element).toBeAccessible();
    });

    it('shows more rows and moves focus to the first one added', async () => {
        const element = await createWithBoard(TEAM, OPTIONS, { rowsShown: 25 });
        const button = one(element, 'lightning-button.show-more') as HTMLElement & { label: string };
        expect(button.label).toBe('Show 15 more');

        button.click();
        await flush();

        expect(all(element, LISTED)).toHaveLength(40);
        expect(all(element, 'tbody.pinned')).toHaveLength(0);
        expect(all(element, 'lightning-button.show-more')).toHaveLength(0);
        const firstAdded = one(element, 'tr[data-index="25"]');
        expect(firstAdded.getAttribute('tabindex')).toBe('-1');
        expect(shadow(element).activeElement).toBe(firstAdded);
        const current = one(element, `tr[data-user-id="${TEAM.rows[30].userId}"]`);
        expect(current.className).toContain('board-row_current');
        expect(textsOf(element, '.showing')).toEqual(['Showing 40 of 40']);
    });

    it('keeps rowsShown within its bounds', async () => {
        const element = await createWithBoard(TEAM, OPTIONS, { rowsShown: 0 });
        expect((element as HTMLElement & { rowsShown: number }).rowsShown).toBe(25);

        Object.assign(element, { rowsShown: 10000 });
        await flush();
        expect((element as HTMLElement & { rowsShown: number }).rowsShown).toBe(500);
        expect(all(element, LISTED)).toHaveLength(40);

        Object.assign(element, { rowsShown: '5' });
        await flush();
        expect(all(element, LISTED)).toHaveLength(5);
    });

    it('reads ranks, ties, trends, badges and streaks', async () => {
        const element = await createWithBoard();
        const rows = all(element, LISTED);

        expect(cell(rows[0], '.col-rank')).toBe('1 | #1 of 40');
        expect(cell(rows[1], '.col-rank')).toBe('2 | #2 of 40, tied');
        expect(cell(rows[2], '.col-rank')).toBe('2 | #2 of 40, tied');
        expect(cell(rows[3], '.col-rank')).toBe('4 | #4 of 40');
        expect(cell(rows[0], '.col-value')).toBe('400 | 400');
        expect(cell(rows[0], '.col-second')).toBe('↑20 | Up 20 on the previous period');
        expect(cell(rows[1], '.col-second')).toBe('↓15 | Down 15 on the previous period');
        expect(cell(rows[2], '.col-second')).toBe('0 | Same as the previous period');
        expect(cell(rows[1], '.col-badges')).toBe('10+ | 10+ badges in this period');
        expect(cell(rows[3], '.col-streak')).toBe('3 | 3-day streak');
        expect(rows[0].querySelector('.tag-manager')).not.toBeNull();
        expect(rows[0].querySelector('img')?.getAttribute('alt')).toBe('');
        expect(rows[1].querySelector('.slds-avatar')?.textContent).toBe('AM');
        expect(textsOf(element, 'thead th')).toEqual([
            'Rank',
            'Name',
            'Points',
            'Trend',
            'Badges',
            'Streak',
            'Recognise'
        ]);
    });

    it('shows bands and withholds others\u2019 figures when the board says so', async () => {
        const element = await createWithBoard(BANDS, OPTIONS_TEAM_ONLY);
        const rows = all(element, LISTED);
        const mine = rows.find((row) => row.className.includes('board-row_current')) as HTMLElement;
        const others = rows.filter((row) => !row.className.includes('board-row_current'));

        expect(textsOf(element, '.notice')).toEqual([
            'You see your own figures and your place as a band of at least 5 places. Managers see exact ranks for their own team.'
        ]);
        expect(cell(mine, '.col-rank')).toBe('Top 50% | Top 50%');
        expect(mine.querySelector('.col-value')?.textContent).toContain(String(BANDS.me?.value));
        expect(cell(mine, '.col-badges')).toBe('1 | 1 badges in this period');
        expect(cell(mine, '.col-streak')).toBe('5 | 5-day streak');
        // Every other row: a name, and nothing that orders it (no band, figure, badges or streak).
        expect(others).toHaveLength(11);
        for (const other of others) {
            expect(cell(other, '.col-rank')).toBe('– | Not shown');
            expect(other.querySelector('.col-value')?.textContent).toContain('Not shown');
            expect(other.querySelector('.col-second')?.textContent).toContain('Not shown');
            expect(cell(other, '.col-badges')).toBe('– | Not shown');
            expect(cell(other, '.col-streak')).toBe('– | Not shown');
        }
        expect(all(element, '.col-rank').some((rank) => /#\d/.test(rank.textContent ?? ''))).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('tells the caller their place is not shown on a board too small for a band', async () => {
        const element = await createWithBoard(BANDS_SMALL, OPTIONS_TEAM_ONLY);
        const mine = all(element, LISTED).find((row) => row.className.includes('board-row_current')) as HTMLElement;

        expect(cell(mine, '.col-rank')).toBe('– | Place not shown on boards of fewer than 5 people');
        expect(mine.querySelector('.col-value')?.textContent).toContain('350');
    });

    it('shows the caller\u2019s own figures and team averages in works council mode', async () => {
        const element = await createWithBoard(WORKS_COUNCIL, OPTIONS_TEAM_ONLY);
        const rows = all(element, LISTED);
        const groups = all(element, 'tr.group-row');

        expect(textsOf(element, '.notice')).toEqual([
            "Works council mode: you see your own figures and the averages of whole teams (everyone with the same manager) of at least 5 people. Nobody sees anyone else's figures."
        ]);
        expect(textsOf(element, '.your-figures')).toEqual(['Your figures']);
        expect(rows).toHaveLength(1);
        expect(rows[0].className).toContain('board-row_current');
        expect(cell(rows[0], '.col-rank')).toBe('– | Not shown');
        expect(rows[0].querySelector('.col-value')?.textContent).toContain('350');
        expect(groups.map((row) => row.getAttribute('data-group'))).toEqual(['005000000000010AAA', 'Others']);
        expect(groups[0].querySelector('.group-name')?.textContent).toBe('Team of Morgan Manager');
        expect(groups[0].querySelector('.tag-you')).not.toBeNull();
        expect(groups[0].querySelector('.col-value')?.textContent).toBe('212.5');
        expect(groups[0].querySelector('.col-members')?.textContent).toBe('6');
        expect(groups[1].querySelector('.group-name')?.textContent).toBe('Other teams');
        expect(groups[1].querySelector('.tag-you')).toBeNull();
        expect(cell(groups[1], '.col-rank')).toBe('2 | #2 of 2');
        expect(textsOf(element, '.teams-table thead th')[2]).toBe('Points per person');
        expect(element.shadowRoot?.querySelector('.show-more')).toBeNull();
        expect(element.shadowRoot?.querySelector('.showing')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says so when no team is large enough in works council mode', async () => {
        const element = await createWithBoard(WORKS_COUNCIL_NO_TEAMS, OPTIONS_TEAM_ONLY);

        expect(textsOf(element, '.notice')).toEqual([
            "Works council mode: you see your own figures and the averages of whole teams (everyone with the same manager) of at least 5 people. Nobody sees anyone else's figures.",
            '3 people are in no team shown: a team is everyone with the same manager, shown when all of it is on this board and it has at least 5 people.'
        ]);
        expect(textsOf(element, '.no-teams')).toEqual(['No team on this board is large enough to show.']);
        expect(all(element, 'tr.group-row')).toHaveLength(0);
    });

    it('labels most improved and personal best boards', async () => {
        const element = await createWithBoard(MOST_IMPROVED);
        const firstRow = (): HTMLElement => all(element, LISTED)[0];

        expect(textsOf(element, 'thead th')[2]).toBe('Improvement');
        expect(textsOf(element, 'thead th')[3]).toBe('Points');
        expect(cell(firstRow(), '.col-value')).toBe('↑+80 | Up 80 on the previous period');
        expect(all(element, LISTED)[3].querySelector('.col-value')?.textContent).toContain('↓-50');
        expect(textsOf(element, '.notice')).toEqual(['Most improved: the change since the previous period.']);

        boardAdapter.emit(PERSONAL_BEST);
        await flush();

        expect(textsOf(element, 'thead th')[2]).toBe('% of best');
        expect(firstRow().querySelector('.col-value')?.textContent).toContain('200%');
        const rows = all(element, LISTED);
        expect(rows[1].querySelector('.col-second')?.textContent).toContain('25 below their best');
        expect(rows[2].querySelector('.col-value')?.textContent).toContain('No earlier best to compare with');
        expect(textsOf(element, '.notice')).toEqual([
            'Personal best: this period as a percentage of the best of the previous 4 periods.'
        ]);
    });

    it('leaves the trend out for all time and tells a hidden user', async () => {
        const element = await createWithBoard(ALL_TIME);

        expect(all(element, '.col-second')).toHaveLength(0);
        expect(textsOf(element, '.notice')).toEqual([
            "You are hidden from other people's boards. Only you see your row."
        ]);
        expect(all(element, 'lightning-button.show-more')).toHaveLength(0);
    });

    it('says so when nobody is on the board', async () => {
        const element = await createWithBoard(EMPTY);

        expect(textsOf(element, '.empty-state')).toEqual(['Nobody to rank here yet. Try another board or period.']);
        expect(all(element, 'table')).toHaveLength(0);
        await expect(element).toBeAccessible();
    });

    it('shows the server\u2019s message when a parameter is refused', async () => {
        const element = await createWithBoard();

        boardAdapter.error({ message: 'Unknown period: NextWeek. Choose a period from the list.' });
        await flush();

        const panel = one<HTMLElement & { friendlyMessage: string }>(element, 'c-error-panel');
        expect(panel.friendlyMessage).toBe('Unknown period: NextWeek. Choose a period from the list.');
        expect(all(element, 'table')).toHaveLength(0);
        await expect(element).toBeAccessible();

        boardAdapter.emit(TEAM);
        await flush();
        expect(all(element, 'c-error-panel')).toHaveLength(0);
        expect(all(element, 'table')).toHaveLength(1);
    });

    it('falls back to the generic message when an error has no text', async () => {
        const element = createComponent();
        optionsAdapter.error();
        await flush();

        const panel = one<HTMLElement & { friendlyMessage: string }>(element, 'c-error-panel');
        expect(panel.friendlyMessage).toBeTruthy();
        expect(all(element, 'lightning-combobox')).toHaveLength(0);
        expect(all(element, 'lightning-spinner')).toHaveLength(0);
    });

    it('refreshes the options and the board', async () => {
        const element = await createWithBoard();

        one(element, 'button.refresh-button').click();
        await flush();

        expect(refreshApexMock).toHaveBeenCalledTimes(2);
    });

    it('refreshes nothing that has not answered', async () => {
        const element = createComponent();
        await flush();

        await (element as HTMLElement & { refresh(): Promise<void> }).refresh();

        expect(refreshApexMock).not.toHaveBeenCalled();
    });

    it('keeps the filters the user picked when the options are refreshed', async () => {
        const element = await createWithBoard();
        await choose(element, 'scope', 'Org');
        await choose(element, 'period', 'LastMonth');

        optionsAdapter.emit({ ...OPTIONS, metrics: [...OPTIONS.metrics] });
        await flush();

        expect(boardAdapter.getLastConfig()).toMatchObject({ scope: 'Org', period: 'LastMonth' });
        await choose(element, 'scope', 'Group');
        await choose(element, 'group', '00G000000000001AAA');
        optionsAdapter.emit(OPTIONS);
        await flush();
        expect(boardAdapter.getLastConfig()).toMatchObject({ scope: 'Group', groupId: '00G000000000001AAA' });
    });

    it('marks the root once a board is on screen, and again for each new board', async () => {
        const element = createComponent();
        optionsAdapter.emit(OPTIONS);
        await flush();
        const root = one(element, '.leaderboard');
        expect(root.hasAttribute('data-ready')).toBe(false);

        boardAdapter.emit(TEAM);
        await flush();
        expect(root.getAttribute('data-ready')).toBe('true');
        expect(root.getAttribute('data-board')).toBe('ThisWeek|Team|Points|Total');
        expect(element.getAttribute('data-board')).toBe('ThisWeek|Team|Points|Total');

        await choose(element, 'mode', 'MostImproved');
        boardAdapter.emit(MOST_IMPROVED);
        await flush();
        expect(root.getAttribute('data-board')).toBe('ThisWeek|Team|Points|MostImproved');
    });
});

describe('c-leaderboard Recognise', () => {
    const getRecentRecords = jest.requireMock<{ default: jest.Mock }>(
        '@salesforce/apex/RecognitionController.getRecentRecords'
    ).default;

    it('offers Recognise on a colleague\u2019s row, never on the caller\u2019s own, and opens the form for that colleague', async () => {
        const element = await createWithBoard();
        const rows = all(element, LISTED);
        const first = rows[0].querySelector<HTMLButtonElement>('.recognise-button')!;
        expect(first.textContent?.trim()).toBe('Recognise');
        expect(first.getAttribute('aria-label')).toBe(`Recognise ${TEAM.rows[0].name}`);
        expect(all(element, 'tbody.pinned .recognise-button')).toHaveLength(0);
        expect(all(element, 'tbody.pinned td.col-recognise')).toHaveLength(1);
        expect(all(element, '.recognise-panel')).toHaveLength(0);

        first.click();
        await flush();
        expect(textsOf(element, '.recognise-heading')).toEqual([
            `Recognise ${TEAM.rows[0].name}'s good use of the system`
        ]);
        const form = one(element, '.recognise-panel c-recognise') as HTMLElement & {
            presetRecipientId: string;
            presetRecipientName: string;
        };
        expect(form.presetRecipientId).toBe(TEAM.rows[0].userId);
        expect(form.presetRecipientName).toBe(TEAM.rows[0].name);
        expect(getRecentRecords).toHaveBeenCalledWith({ recipientId: TEAM.rows[0].userId });
        expect(element.shadowRoot?.activeElement).toBe(one(element, '.recognise-heading'));
        await expect(element).toBeAccessible();

        // Escape closes the panel and gives the focus back to the row's button.
        one(element, '.recognise-panel').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        await flush();
        expect(all(element, '.recognise-panel')).toHaveLength(0);
        expect(element.shadowRoot?.activeElement).toBe(all(element, LISTED)[0].querySelector('.recognise-button'));

        all(element, LISTED)[1].querySelector<HTMLButtonElement>('.recognise-button')!.click();
        await flush();
        // With a message typed and not sent, Escape keeps the panel; Close is the deliberate way out.
        one(element, 'lightning-textarea.message').dispatchEvent(
            new CustomEvent('change', { detail: { value: 'Thanks for the next step.' } })
        );
        await flush();
        one(element, '.recognise-panel').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        await flush();
        expect(all(element, '.recognise-panel')).toHaveLength(1);
        one<HTMLButtonElement>(element, '.recognise-close').click();
        await flush();
        expect(all(element, '.recognise-panel')).toHaveLength(0);
        expect(element.shadowRoot?.activeElement).toBe(all(element, LISTED)[1].querySelector('.recognise-button'));
    });

    it('has no Recognise column in works council mode, where no one else\u2019s row is shown', async () => {
        const element = await createWithBoard(WORKS_COUNCIL, OPTIONS_TEAM_ONLY);
        expect(all(element, '.col-recognise')).toHaveLength(0);
        expect(all(element, '.recognise-button')).toHaveLength(0);
    });
});

describe('c-leaderboard given a board', () => {
    /** getBoard's parameters stay undefined: the platform never calls Apex for them. */
    function boardParamsUnset(): boolean {
        const config = boardAdapter.getLastConfig() as Record<string, unknown> | undefined;
        return Object.values(config ?? {}).every((value) => value === undefined);
    }

    it('renders an individual challenge board without filters and never asks for a board', async () => {
        const element = createComponent({ board: CHALLENGE_INDIVIDUAL });
        optionsAdapter.emit(OPTIONS);
        await flush();

        expect(boardParamsUnset()).toBe(true);
        expect(all(element, 'lightning-combobox')).toHaveLength(0);
        expect(all(element, 'button.refresh-button')).toHaveLength(0);
        expect(all(element, 'lightning-spinner')).toHaveLength(0);
        expect(textsOf(element, 'thead th')).toEqual(['Rank', 'Name', 'Points', '% of target']);
        const rows = all(element, LISTED);
        expect(rows).toHaveLength(3);
        expect(cell(rows[0], '.col-value')).toBe('120 | 120');
        expect(cell(rows[0], '.col-second')).toBe('80% | 80%');
        expect(all(element, '.col-badges, .col-streak')).toHaveLength(0);
        expect(all(element, '.col-recognise')).toHaveLength(0);
        expect(rows[1].getAttribute('aria-current')).toBe('true');
        expect(rows[1].querySelector('.tag-you')?.textContent).toBe('You');
        expect(all(element, '.members')).toHaveLength(0);
        expect(one(element, '.leaderboard').getAttribute('data-board')).toBe(
            'Challenge|a0X000000000001AAA|Individual|Total'
        );
        await expect(element).toBeAccessible();
    });

    it('leaves % of target out when the challenge has no target', async () => {
        const rows = CHALLENGE_INDIVIDUAL.rows.map((row) => ({ ...row, currentValue: null }));
        const element = createComponent({ board: { ...CHALLENGE_INDIVIDUAL, rows } });
        await flush();

        expect(textsOf(element, 'thead th')).toHaveLength(3);
        expect(all(element, '.col-second')).toHaveLength(0);
    });

    it('shows teams with their size, fair figure and points', async () => {
        const element = createComponent({ board: CHALLENGE_TEAM });
        await flush();

        expect(textsOf(element, 'thead th').slice(2)).toEqual(['Points per member', 'Team points']);
        const rows = all(element, LISTED);
        expect(rows[0].querySelector('.person-name')?.textContent).toBe("Morgan Manager's team");
        expect(textsOf(element, '.members')).toEqual(['4 members', '1 member']);
        expect(cell(rows[0], '.col-value')).toBe('42.5 | 42.5');
        expect(cell(rows[0], '.col-second')).toBe('170 | 170');
        expect(rows[0].querySelector('.tag-you')?.textContent).toBe('Your team');
        await expect(element).toBeAccessible();
    });

    it('shows a percent-of-target team figure as a percentage', async () => {
        const element = createComponent({ board: { ...CHALLENGE_TEAM, challengeScoring: 'PercentOfTarget' } });
        await flush();

        expect(textsOf(element, 'thead th')[2]).toBe('% of target (team average)');
        expect(cell(all(element, LISTED)[0], '.col-value')).toBe('42.5% | 42.5%');
    });

    it('pins the caller below the rows shown, across every column', async () => {
        const element = createComponent({ board: CHALLENGE_INDIVIDUAL, rowsShown: 1 });
        await flush();

        expect(one(element, 'tbody.pinned tr.board-row').dataset.userId).toBe('005000000000002AAA');
        expect(one(element, '.pinned-heading th').getAttribute('colspan')).toBe('4');
    });

    it('keeps the given board when the options or a wired board arrive, and refreshes nothing itself', async () => {
        const element = createComponent({ board: CHALLENGE_INDIVIDUAL });
        optionsAdapter.error({ message: 'No options for you.' });
        boardAdapter.emit(TEAM);
        await flush();

        expect(all(element, 'c-error-panel')).toHaveLength(0);
        expect(all(element, LISTED)).toHaveLength(3);
        await (element as HTMLElement & { refresh(): Promise<void> }).refresh();
        expect(refreshApexMock).not.toHaveBeenCalled();
    });

    it('names the measure of a given plain board once the options arrive', async () => {
        const element = createComponent({ board: { ...TEAM, metric: 'Category:Pipeline' } });
        await flush();
        expect(textsOf(element, 'thead th')[2]).toBe('Category:Pipeline');

        optionsAdapter.emit(OPTIONS);
        await flush();

        expect(textsOf(element, 'thead th')[2]).toBe(
            OPTIONS.metrics.find((option) => option.value === 'Category:Pipeline')?.label
        );
        expect(all(element, 'lightning-combobox')).toHaveLength(0);
        expect(boardParamsUnset()).toBe(true);
    });

    it('goes back to its own board when the given one is taken away', async () => {
        const element = createComponent({ board: CHALLENGE_INDIVIDUAL });
        optionsAdapter.emit(OPTIONS);
        await flush();
        expect(boardParamsUnset()).toBe(true);

        Object.assign(element, { board: null });
        await flush();

        expect(boardAdapter.getLastConfig()).toMatchObject({ period: 'ThisWeek', scope: 'Team', mode: 'Total' });
        expect(all(element, 'lightning-combobox').length).toBeGreaterThan(0);
        boardAdapter.emit(TEAM);
        await flush();
        expect(all(element, LISTED)).toHaveLength(25);
        expect(all(element, '.col-badges').length).toBeGreaterThan(0);
    });
});
