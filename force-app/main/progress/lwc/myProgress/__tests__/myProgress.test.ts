import { join } from 'path';
import { createElement } from 'lwc';
import type { ApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import type { HistoryPage, NotificationsView, ProgressView, QuestView } from 'c/adoptionTypes';
import MyProgress from 'c/myProgress';
import {
    fixture as readFixture,
    flush,
    oneIn as one,
    deepRoot,
    type QueryRoot,
    shadow,
    textsIn,
    trimmed
} from 'config/jest/utils/dom';
import { iconNamesInTemplate, missingIcons } from 'config/jest/utils/icons';
import { bundleDir } from 'config/jest/utils/source';
import {
    getNavigateCalledWith,
    jestMockResetNavigation,
    jestMockSetGenerateUrl
} from 'config/jest/mocks/lightning/navigation';

jest.mock(
    '@salesforce/apex/ProgressController.getMyProgress',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/ProgressController.getPointsHistory',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/ProgressController.setHideFromBoards',
    () => ({ default: jest.fn((params: { hide: boolean }) => Promise.resolve(params.hide)) }),
    { virtual: true }
);
jest.mock('@salesforce/apex/ProgressController.setNotificationMute', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

const progressAdapter = jest.requireMock<{ default: ApexTestWireAdapter<ProgressView> }>(
    '@salesforce/apex/ProgressController.getMyProgress'
).default;
const historyAdapter = jest.requireMock<{ default: ApexTestWireAdapter<HistoryPage> }>(
    '@salesforce/apex/ProgressController.getPointsHistory'
).default;
const setHideMock = jest.requireMock<{ default: jest.Mock }>(
    '@salesforce/apex/ProgressController.setHideFromBoards'
).default;
const setMuteMock = jest.requireMock<{ default: jest.Mock }>(
    '@salesforce/apex/ProgressController.setNotificationMute'
).default;
const apexModule = jest.requireMock<{ refreshApex: jest.Mock }>('@salesforce/apex');
const refreshApexMock = apexModule.refreshApex;

function fixture<T>(name: string): T {
    return readFixture<T>(__dirname, name);
}

const PROGRESS = fixture<ProgressView>('getMyProgress');
const PROGRESS_EMPTY = fixture<ProgressView>('getMyProgressEmpty');
const PROGRESS_TOP = fixture<ProgressView>('getMyProgressTopLevel');
const QUEST = fixture<QuestView>('getMyProgressQuest');
const PAGE_1 = fixture<HistoryPage>('getPointsHistoryPage1');
const PAGE_2 = fixture<HistoryPage>('getPointsHistoryPage2');
const PAGE_EMPTY = fixture<HistoryPage>('getPointsHistoryEmpty');

function createComponent(props: Record<string, unknown> = {}): HTMLElement {
    const element = createElement('c-my-progress', { is: MyProgress });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

function textOf(root: ParentNode | QueryRoot, selector: string): string[] {
    return textsIn(root, selector, trimmed);
}

async function createWithData(
    props: Record<string, unknown> = {},
    progress: ProgressView = PROGRESS,
    page: HistoryPage = PAGE_1
): Promise<HTMLElement> {
    const element = createComponent(props);
    progressAdapter.emit(progress);
    historyAdapter.emit(page);
    await flush();
    return element;
}

describe('c-my-progress', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jestMockResetNavigation();
        jest.clearAllMocks();
    });

    describe('loading and errors', () => {
        it('shows a spinner with alternative text until the data arrives', async () => {
            const element = createComponent();
            await flush();
            const root = deepRoot(element);
            expect(Reflect.get(one(root, 'lightning-spinner'), 'alternativeText')).toBe('Loading');
            expect(one(root, '.my-progress').hasAttribute('data-ready')).toBe(false);
            await expect(element).toBeAccessible();
        });

        it('shows the error panel with the error when the progress fails to load', async () => {
            const element = createComponent();
            progressAdapter.error({ message: 'Insufficient access' }, 403, 'Forbidden');
            await flush();
            const root = deepRoot(element);
            const panel = one(root, 'c-error-panel');
            expect(Reflect.get(panel, 'friendlyMessage')).toBe(
                "We couldn't load this right now. Try again in a moment."
            );
            expect(Reflect.get(panel, 'errors')).toMatchObject({ body: { message: 'Insufficient access' } });
            expect(root.querySelector('lightning-spinner')).toBeNull();
            expect(one(root, '.my-progress').hasAttribute('data-ready')).toBe(false);
            await expect(element).toBeAccessible();
        });

        it('shows the history error in the history section only', async () => {
            const element = createComponent();
            progressAdapter.emit(PROGRESS);
            historyAdapter.error({ message: 'Query failed' });
            await flush();
            const root = deepRoot(element);
            expect(root.querySelectorAll('c-error-panel')).toHaveLength(1);
            expect(one(root, '.history c-error-panel')).toBeTruthy();
            expect(textOf(root, '.level-name')).toEqual(['Level 5']);
            expect(one(root, '.my-progress').getAttribute('data-ready')).toBe('true');
        });
    });

    describe('with progress', () => {
        it('shows points, level, streaks and the data-ready marker', async () => {
            const element = await createWithData();
            const root = deepRoot(element);
            expect(textOf(root, '.stats dt')).toEqual(['This week', 'This month', 'Current streak', 'Best streak']);
            expect(textOf(root, '.stats dd')).toEqual(['85 points', '310 points', '4-day streak', '12-day streak']);
            expect(textOf(root, '.level-name')).toEqual(['Level 5']);
            expect(textOf(root, '.all-time')).toEqual(['All time: 1,250 points']);
            expect(textOf(root, '.level-hint')).toEqual(['750 points to Level 6']);
            const bar = one(root, '.level-bar');
            expect(Reflect.get(bar, 'value')).toBe(25);
            expect(Reflect.get(bar, 'ariaLabel')).toBe('Progress to Level 6');
            expect(one(root, '.my-progress').getAttribute('data-ready')).toBe('true');
            await expect(element).toBeAccessible();
        });

        it('lists earned badges with icon, tier and date, keeping an unknown tier as it is', async () => {
            const element = await createWithData();
            const root = deepRoot(element);
            expect(textOf(root, '.badge-label')).toEqual(['Century Week', 'First Call', 'Custom Badge']);
            const icons = Array.from(root.querySelectorAll('.badge-button lightning-icon')).map((icon) =>
                Reflect.get(icon, 'iconName')
            );
            // A badge without its own icon shows the default, which must be an icon SLDS ships.
            expect(icons).toEqual(['utility:log_a_call', 'utility:ribbon', 'utility:diamond']);
            expect(missingIcons(icons)).toEqual([]);
            expect(textOf(root, '.badge-meta span:first-child')).toEqual(['Silver', 'Bronze', 'Diamond']);
            const dates = root.querySelectorAll('.badge-button lightning-relative-date-time');
            expect(dates).toHaveLength(2);
            expect(Reflect.get(dates[0], 'value')).toBe(Date.parse('2026-11-16T09:30:00.000Z'));
        });

        it("names only icons SLDS ships in its templates and its sections' (a name it lacks renders blank)", () => {
            const templates = ['myProgress', 'myProgressBadges', 'myProgressHistory'].map((name) =>
                join(bundleDir(name), `${name}.html`)
            );
            const icons = templates.flatMap((template) => iconNamesInTemplate(template));
            expect(icons.length).toBeGreaterThan(0);
            expect(missingIcons(icons)).toEqual([]);
        });

        it('shows at most three next badges with their progress and why they matter', async () => {
            const element = await createWithData();
            const root = deepRoot(element);
            expect(textOf(root, '.next-label')).toEqual(['Five-Day Streak', 'Pipeline Builder', 'Call Champion']);
            expect(textOf(root, '.next-progress')).toEqual(['4 of 5', '11 of 20', '12 of 50']);
            const bars = Array.from(root.querySelectorAll('.next-bar'));
            expect(bars.map((bar) => Reflect.get(bar, 'value'))).toEqual([80, 55, 24]);
            expect(Reflect.get(bars[0], 'ariaLabel')).toBe('Progress towards Five-Day Streak');
            expect(textOf(root, '.next-why')[0]).toBe('Daily updates keep the pipeline fresh.');
        });

        it('says when the top level is reached and when there are no badges yet', async () => {
            const element = await createWithData({}, PROGRESS_TOP);
            const root = deepRoot(element);
            expect(textOf(root, '.level-hint')).toEqual(['Top level reached. Keep your streak going!']);
            expect(Reflect.get(one(root, '.level-bar'), 'ariaLabel')).toBe('Progress to Level 8');
            expect(textOf(root, '.badges-none')).toEqual(['No badges yet. Your first one is closer than you think.']);
            expect(root.querySelector('.next-badges')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('hides the next badges and the history when the design attributes say so', async () => {
            const element = await createWithData({ showNextBadges: false, showHistory: false });
            const root = deepRoot(element);
            expect(root.querySelector('.next-badges')).toBeNull();
            expect(root.querySelector('.history')).toBeNull();
            expect(Reflect.get(element, 'showNextBadges')).toBe(false);
            expect(Reflect.get(element, 'showHistory')).toBe(false);
            expect(historyAdapter.getLastConfig()).toEqual({ pageSize: 10, pageNumber: undefined });
            expect(one(root, '.my-progress').getAttribute('data-ready')).toBe('true');
        });

        it('reads the design attributes as App Builder and markup pass them', async () => {
            const element = createComponent({ historyPageSize: 500, showHistory: 'false' });
            await flush();
            expect(historyAdapter.getLastConfig()).toEqual({ pageSize: 50, pageNumber: undefined });
            Object.assign(element, { historyPageSize: 'many', showHistory: true });
            await flush();
            expect(historyAdapter.getLastConfig()).toEqual({ pageSize: 10, pageNumber: 1 });
            Object.assign(element, { historyPageSize: 0 });
            await flush();
            expect(Reflect.get(element, 'historyPageSize')).toBe(1);
        });
        it('reads lists Apex left null as empty', async () => {
            const progress: ProgressView = JSON.parse(
                JSON.stringify({ ...PROGRESS_EMPTY, pointsAllTime: 5, badges: null, nextBadges: null })
            );
            const page: HistoryPage = JSON.parse(JSON.stringify({ ...PAGE_EMPTY, entries: null }));
            const element = await createWithData({}, progress, page);
            const root = deepRoot(element);
            expect(textOf(root, '.badges-none')).toEqual(['No badges yet. Your first one is closer than you think.']);
            expect(root.querySelector('.next-badges')).toBeNull();
            expect(textOf(root, '.history-empty')).toEqual(['No points in your history yet.']);
        });
    });

    describe('empty state', () => {
        it('encourages a rep with no points and points at the first badge', async () => {
            const element = await createWithData({}, PROGRESS_EMPTY, PAGE_EMPTY);
            const root = deepRoot(element);
            expect(textOf(root, '.empty-state p')).toEqual([
                'No points yet. Every call you log and every deal you move forward earns points.',
                'Start here: First Call. Log your first call.'
            ]);
            expect(root.querySelector('.stats')).toBeNull();
            expect(root.querySelector('.history')).toBeNull();
            expect(textOf(root, '.next-label')).toEqual(['First Call']);
            expect(one(root, '.my-progress').getAttribute('data-ready')).toBe('true');
            await expect(element).toBeAccessible();
        });

        it('shows the message alone when there is no next badge either', async () => {
            const element = await createWithData({}, { ...PROGRESS_EMPTY, nextBadges: [] }, PAGE_EMPTY);
            const root = deepRoot(element);
            expect(textOf(root, '.empty-state p')).toEqual([
                'No points yet. Every call you log and every deal you move forward earns points.'
            ]);
        });
    });

    describe('onboarding quest', () => {
        it('lists the steps with their state in words and the current step with why it matters', async () => {
            const element = await createWithData({}, { ...PROGRESS, quest: QUEST });
            const root = deepRoot(element);
            const section = one(root, '.quest');
            expect(one(section, 'h3').textContent).toBe('Getting started');
            expect(one(section, '.quest-label').textContent).toBe('New rep onboarding');
            expect(textOf(section, '.quest-step-label')).toEqual(['Log a call', 'Update a next step', 'Complete_Task']);
            expect(textOf(section, '.quest-step-count')).toEqual(['3 of 3', '1 of 2', '0 of 3']);
            expect(textOf(section, '.quest-step-state')).toEqual(['Done', 'Current step', 'To do']);
            const steps = Array.from(section.querySelectorAll('.quest-step'));
            expect(steps.map((step) => step.getAttribute('aria-current'))).toEqual([null, 'step', null]);
            expect(one(section, '.quest-steps').getAttribute('aria-label')).toBe('Steps of New rep onboarding');
            expect(one(section, '.quest-progress').textContent).toBe('1 of 3 steps done');
            const bar = one(section, '.quest-bar');
            expect(Reflect.get(bar, 'ariaLabel')).toBe('Progress of New rep onboarding');
            expect((bar as unknown as { value: number }).value).toBe(33);
            expect(one(section, '.quest-next-text').textContent).toBe('Next: Update a next step');
            expect(one(section, '.quest-next-why').textContent).toBe(
                'A clear next step tells your team what happens next.'
            );
            expect(section.querySelector('.quest-complete')).toBeNull();
            // Above the badges.
            const order = Array.from(root.querySelectorAll('.quest, .badges')).map((node) => node.className);
            expect(order[0]).toContain('quest');
            await expect(element).toBeAccessible();
        });

        it('says the quest is complete and names no next step', async () => {
            const steps = QUEST.steps.map((step) => ({ ...step, current: step.target, done: true, isCurrent: false }));
            const quest: QuestView = { ...QUEST, steps, stepsDone: 3, complete: true };
            const element = await createWithData({}, { ...PROGRESS, quest });
            const section = one(deepRoot(element), '.quest');
            expect(one(section, '.quest-complete').textContent).toBe(
                'Quest complete. Well done: you know the basics now.'
            );
            expect(section.querySelector('.quest-next')).toBeNull();
            expect(one(section, '.quest-progress').textContent).toBe('3 of 3 steps done');
            expect((one(section, '.quest-bar') as unknown as { value: number }).value).toBe(100);
            await expect(element).toBeAccessible();
        });

        it('shows the quest to a rep without points yet, under the empty state', async () => {
            const element = await createWithData({}, { ...PROGRESS_EMPTY, quest: QUEST }, PAGE_EMPTY);
            const root = deepRoot(element);
            expect(root.querySelector('.empty-state')).not.toBeNull();
            expect(textOf(root, '.quest-step-label')).toHaveLength(3);
            expect(root.querySelector('.badges')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('hides the section when no quest applies', async () => {
            const element = await createWithData({}, { ...PROGRESS, quest: null });
            expect(deepRoot(element).querySelector('.quest')).toBeNull();
            const missing = await createWithData({}, PROGRESS);
            expect(deepRoot(missing).querySelector('.quest')).toBeNull();
        });

        it('counts a quest without steps as fully done', async () => {
            const quest: QuestView = { ...QUEST, steps: [], stepCount: 0, stepsDone: 0, complete: true };
            const element = await createWithData({}, { ...PROGRESS, quest });
            const section = one(deepRoot(element), '.quest');
            expect((one(section, '.quest-bar') as unknown as { value: number }).value).toBe(100);
        });
    });

    describe('badge details', () => {
        it('opens from the badge button, takes focus and closes with Escape, returning focus', async () => {
            const element = await createWithData();
            const root = deepRoot(element);
            const button = root.querySelectorAll<HTMLButtonElement>('button.badge-button')[0];
            expect(button.getAttribute('aria-expanded')).toBe('false');
            button.click();
            await flush();

            const details = one(root, '.badge-details');
            expect(details.getAttribute('role')).toBe('region');
            expect(textOf(root, '.badge-details-heading')).toEqual(['Century Week']);
            expect(textOf(root, '.badge-description')).toEqual(['Earn 100 points in one week.']);
            expect(textOf(root, '.badge-why')).toEqual([
                'A full week in the CRM means your forecast reflects reality.'
            ]);
            expect(Reflect.get(one(root, '.badge-details lightning-formatted-date-time'), 'value')).toBe(
                '2026-11-16T09:30:00.000Z'
            );
            expect(root.activeElement).toBe(one(root, '.badge-details-heading'));
            expect(root.querySelectorAll('button.badge-button')[0].getAttribute('aria-expanded')).toBe('true');
            await expect(element).toBeAccessible();

            details.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
            await flush();
            expect(root.querySelector('.badge-details')).not.toBeNull();

            details.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
            await flush();
            expect(root.querySelector('.badge-details')).toBeNull();
            const again = root.querySelectorAll<HTMLButtonElement>('button.badge-button')[0];
            expect(root.activeElement).toBe(again);
            expect(again.getAttribute('aria-expanded')).toBe('false');
        });

        it('closes with its close button and toggles from the same badge', async () => {
            const element = await createWithData();
            const root = deepRoot(element);
            root.querySelectorAll<HTMLButtonElement>('button.badge-button')[1].click();
            await flush();
            expect(textOf(root, '.badge-details-heading')).toEqual(['First Call']);
            one(root, '.close-details').click();
            await flush();
            expect(root.querySelector('.badge-details')).toBeNull();
            expect(root.activeElement).toBe(root.querySelectorAll('button.badge-button')[1]);

            root.querySelectorAll<HTMLButtonElement>('button.badge-button')[1].click();
            await flush();
            root.querySelectorAll<HTMLButtonElement>('button.badge-button')[1].click();
            await flush();
            expect(root.querySelector('.badge-details')).toBeNull();
        });

        it('switches to another badge and keeps the open one across a refresh', async () => {
            const element = await createWithData();
            const root = deepRoot(element);
            root.querySelectorAll<HTMLButtonElement>('button.badge-button')[0].click();
            await flush();
            root.querySelectorAll<HTMLButtonElement>('button.badge-button')[2].click();
            await flush();
            expect(textOf(root, '.badge-details-heading')).toEqual(['Custom Badge']);
            progressAdapter.emit({ ...PROGRESS, pointsThisWeek: 95 });
            await flush();
            expect(textOf(root, '.badge-details-heading')).toEqual(['Custom Badge']);
            expect(textOf(root, '.stats dd')[0]).toBe('95 points');
        });
    });

    describe('points history', () => {
        it('names the rule, marks reversals, explains why and links to the record', async () => {
            const element = await createWithData();
            const root = deepRoot(element);
            expect(textOf(root, '.history-entry .points')).toEqual(['+10 points', '-5 points', '+20 points']);
            expect(textOf(root, '.rule-label')).toEqual(['Update the next step', 'Log a call', 'Add_Complete_Contact']);
            expect(textOf(root, '.entry-type')).toEqual(['Reversed', 'Backfilled']);
            expect(textOf(root, '.category')).toEqual(['Forecast', 'Activity', 'Data quality']);
            expect(textOf(root, '.entry-why')[0]).toBe("A current next step keeps the deal in Thursday's forecast.");
            const links = Array.from(root.querySelectorAll<HTMLAnchorElement>('a.record-link'));
            expect(links).toHaveLength(2);
            expect(links[0].getAttribute('aria-label')).toBe('View record: Opportunity for Update the next step');
            expect(links[0].textContent).toBe('View record');
            expect(links[1].getAttribute('aria-label')).toBe('View record: Contact for Add_Complete_Contact');
            await expect(element).toBeAccessible();
        });

        it('uses the URL GenerateUrl gives for each record', async () => {
            jestMockSetGenerateUrl((pageReference) =>
                Promise.resolve(`/console/r/${String(pageReference.attributes?.recordId)}/view`)
            );
            const element = await createWithData();
            const links = deepRoot(element).querySelectorAll<HTMLAnchorElement>('a.record-link');
            expect(links.map((link) => link.getAttribute('href'))).toEqual([
                '/console/r/006000000000001AAA/view',
                '/console/r/003000000000001AAA/view'
            ]);
        });

        it('keeps the Lightning URL when GenerateUrl fails', async () => {
            jestMockSetGenerateUrl(() => Promise.reject(new Error('no navigation context')));
            const element = await createWithData();
            const link = one<HTMLAnchorElement>(deepRoot(element), 'a.record-link');
            expect(link.getAttribute('href')).toBe('/lightning/r/006000000000001AAA/view');
        });

        it('navigates to the record page on a plain click and leaves a modified click to the browser', async () => {
            const element = await createWithData();
            const link = one<HTMLAnchorElement>(deepRoot(element), 'a.record-link');
            const plain = new MouseEvent('click', { bubbles: true, cancelable: true });
            link.dispatchEvent(plain);
            expect(plain.defaultPrevented).toBe(true);
            expect(getNavigateCalledWith().pageReference).toEqual({
                type: 'standard__recordPage',
                attributes: { recordId: '006000000000001AAA', actionName: 'view' }
            });

            jestMockResetNavigation();
            // Runs after the component's handler: records its verdict, then keeps jsdom from navigating.
            let leftToBrowser = false;
            link.addEventListener('click', (event) => {
                leftToBrowser = !event.defaultPrevented;
                event.preventDefault();
            });
            link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
            expect(leftToBrowser).toBe(true);
            expect(getNavigateCalledWith().pageReference).toBeUndefined();
        });

        it('pages forward and back, moving focus to the history heading', async () => {
            const element = await createWithData({ historyPageSize: 3 });
            const root = deepRoot(element);
            expect(historyAdapter.getLastConfig()).toEqual({ pageSize: 3, pageNumber: 1 });
            expect(textOf(root, '.page-text')).toEqual(['Page 1']);
            const previous = one(root, '.previous-page');
            expect(Reflect.get(previous, 'disabled')).toBe(true);
            expect(Reflect.get(previous, 'ariaLabel')).toBe('Previous page of points history');
            expect(Reflect.get(one(root, '.next-page'), 'ariaLabel')).toBe('Next page of points history');

            one(root, '.next-page').click();
            await flush();
            expect(historyAdapter.getLastConfig()).toEqual({ pageSize: 3, pageNumber: 2 });
            expect(root.querySelector('.history lightning-spinner')).not.toBeNull();
            // A second click while the page loads asks for nothing more.
            one(root, '.next-page').click();
            await flush();
            expect(historyAdapter.getLastConfig()).toEqual({ pageSize: 3, pageNumber: 2 });

            historyAdapter.emit(PAGE_2);
            await flush();
            expect(textOf(root, '.rule-label')).toEqual(['Close a deal']);
            expect(textOf(root, '.entry-type')).toEqual(['Re-credited']);
            expect(textOf(root, '.page-text')).toEqual(['Page 2']);
            expect(Reflect.get(one(root, '.next-page'), 'disabled')).toBe(true);
            expect(Reflect.get(one(root, '.previous-page'), 'disabled')).toBe(false);
            expect(root.activeElement).toBe(one(root, '.history-heading'));
            await expect(element).toBeAccessible();

            // Past the last page there is nothing to ask for.
            one(root, '.next-page').click();
            await flush();
            expect(historyAdapter.getLastConfig()).toEqual({ pageSize: 3, pageNumber: 2 });

            one(root, '.previous-page').click();
            await flush();
            expect(historyAdapter.getLastConfig()).toEqual({ pageSize: 3, pageNumber: 1 });
        });

        it('asks again for a page that failed to load', async () => {
            const element = await createWithData({ historyPageSize: 3 });
            const root = deepRoot(element);
            one(root, '.next-page').click();
            await flush();
            historyAdapter.error({ message: 'Timeout' });
            await flush();
            expect(one(root, '.history c-error-panel')).toBeTruthy();
            expect(textOf(root, '.page-text')).toEqual(['Page 1']);

            one(root, '.next-page').click();
            await flush();
            expect(refreshApexMock).toHaveBeenCalledWith(expect.objectContaining({ data: undefined }));
            expect(root.querySelector('.history c-error-panel')).toBeNull();
            historyAdapter.emit(PAGE_2);
            await flush();
            expect(textOf(root, '.page-text')).toEqual(['Page 2']);
        });

        it('ignores a URL answer for a page no longer shown', async () => {
            const answers: ((url: string) => void)[] = [];
            jestMockSetGenerateUrl(
                () =>
                    new Promise<string>((resolve) => {
                        answers.push(resolve);
                    })
            );
            const element = await createWithData({ historyPageSize: 3 });
            jestMockSetGenerateUrl(() => Promise.resolve('/fresh'));
            historyAdapter.emit(PAGE_2);
            await flush();
            answers.forEach((answer) => answer('/stale'));
            await flush();
            const link = one<HTMLAnchorElement>(deepRoot(element), 'a.record-link');
            expect(link.getAttribute('href')).toBe('/fresh');
        });

        it('says so when the history is empty and hides the pager', async () => {
            const element = await createWithData({}, PROGRESS, PAGE_EMPTY);
            const root = deepRoot(element);
            expect(textOf(root, '.history-empty')).toEqual(['No points in your history yet.']);
            expect(root.querySelector('.pager')).toBeNull();
        });
    });

    describe('hide me from boards', () => {
        function toggleOf(root: ParentNode | QueryRoot): HTMLElement & { checked: boolean; disabled: boolean } {
            return one(root, '.hide-toggle') as HTMLElement & { checked: boolean; disabled: boolean };
        }

        it('shows the stored choice, saves a change, says what it did and refreshes the progress', async () => {
            const element = await createWithData();
            const root = deepRoot(element);
            const toggle = toggleOf(root);
            expect(Reflect.get(toggle, 'label')).toBe('Hide me from boards');
            expect(toggle.checked).toBe(false);
            expect(textOf(root, '.hide-help')).toEqual([
                'Others do not see you on leaderboards, challenge boards or winner lists. You still see your own progress and your own place.'
            ]);

            toggle.checked = true;
            toggle.dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
            await flush();

            expect(setHideMock).toHaveBeenCalledWith({ hide: true });
            expect(textOf(root, '.hide-status')).toEqual(["You are hidden from other people's boards."]);
            expect(refreshApexMock).toHaveBeenCalledWith({ data: PROGRESS, error: undefined });
            expect(toggleOf(root).checked).toBe(true);
            expect(toggleOf(root).disabled).toBe(false);
            // The rep still sees their own progress.
            expect(textOf(root, '.stat-value').length).toBeGreaterThan(0);

            toggleOf(root).dispatchEvent(new CustomEvent('change', { detail: { checked: false } }));
            await flush();
            expect(setHideMock).toHaveBeenLastCalledWith({ hide: false });
            expect(textOf(root, '.hide-status')).toEqual(['You are shown on boards again.']);
            await expect(element).toBeAccessible();
        });

        it('sets the toggle back and shows the server message when the save fails', async () => {
            setHideMock.mockImplementationOnce(() => Promise.reject({ body: { message: 'Try again later.' } }));
            const element = await createWithData();
            const root = deepRoot(element);
            const toggle = toggleOf(root);

            toggle.checked = true;
            toggle.dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
            await flush();

            expect(toggleOf(root).checked).toBe(false);
            expect(textOf(root, '.hide-error')).toEqual(['Try again later.']);
            expect(textOf(root, '.hide-status')).toEqual(['']);
        });

        it('offers no toggle when the choice cannot be read', async () => {
            const element = await createWithData({}, { ...PROGRESS, hideFromBoards: null });
            expect(shadow(element).querySelector('.hide-toggle')).toBeNull();
        });

        it('shows a stored hide as on', async () => {
            const element = await createWithData({}, { ...PROGRESS, hideFromBoards: true });
            expect(toggleOf(shadow(element)).checked).toBe(true);
        });
    });

    describe('notifications', () => {
        const NOTIFICATIONS: NotificationsView = {
            mutes: [
                { key: 'badge', muted: false },
                { key: 'level', muted: false },
                { key: 'streak', muted: false },
                { key: 'challenge', muted: false },
                { key: 'recognition', muted: false },
                { key: 'prompt', muted: false },
                { key: 'push', muted: false }
            ],
            quietStart: 20,
            quietEnd: 7,
            dailyCap: 6,
            promptCap: 3,
            timeZone: 'America/Los_Angeles'
        };
        type Box = HTMLElement & { checked: boolean; disabled: boolean };

        function boxOf(root: ParentNode | QueryRoot, key: string): Box {
            return one(root, `.mute-option[data-key="${key}"]`) as Box;
        }

        it('shows the section, saves a mute, says so and refreshes the progress', async () => {
            const saved: NotificationsView = {
                ...NOTIFICATIONS,
                mutes: NOTIFICATIONS.mutes.map((mute) => ({ ...mute, muted: mute.key === 'streak' }))
            };
            setMuteMock.mockResolvedValueOnce(saved);
            const progress = { ...PROGRESS, notifications: NOTIFICATIONS };
            const element = await createWithData({}, progress);
            const root = deepRoot(element);
            expect(textOf(root, '.notifications h3')).toEqual(['Notifications']);
            expect(boxOf(root, 'streak').checked).toBe(true);

            boxOf(root, 'streak').checked = false;
            boxOf(root, 'streak').dispatchEvent(new CustomEvent('change', { detail: { checked: false } }));
            await flush();

            expect(setMuteMock).toHaveBeenCalledWith({ key: 'streak', muted: true });
            expect(textOf(root, '.mute-status')).toEqual(['Saved.']);
            expect(refreshApexMock).toHaveBeenCalledWith({ data: progress, error: undefined });
            expect(boxOf(root, 'streak').checked).toBe(false);
            expect(boxOf(root, 'streak').disabled).toBe(false);
            await expect(element).toBeAccessible();
        });

        it('puts the box back and shows the server message when the save fails', async () => {
            setMuteMock.mockRejectedValueOnce({ body: { message: 'Try again later.' } });
            const element = await createWithData({}, { ...PROGRESS, notifications: NOTIFICATIONS });
            const root = deepRoot(element);

            boxOf(root, 'push').checked = false;
            boxOf(root, 'push').dispatchEvent(new CustomEvent('change', { detail: { checked: false } }));
            await flush();

            expect(setMuteMock).toHaveBeenCalledWith({ key: 'push', muted: true });
            expect(boxOf(root, 'push').checked).toBe(true);
            expect(textOf(root, '.mute-error')).toEqual(['Try again later.']);
            expect(textOf(root, '.mute-status')).toEqual(['']);
        });

        it('shows no section when the preferences cannot be read', async () => {
            const element = await createWithData({}, { ...PROGRESS, notifications: null });
            expect(deepRoot(element).querySelector('c-my-progress-notifications')).toBeNull();
        });
    });

    describe('refresh', () => {
        it('refreshes both wires from the refresh button and the public method', async () => {
            const element = await createWithData();
            const root = deepRoot(element);
            const button = one(root, '.refresh-button');
            expect(Reflect.get(button, 'title')).toBe('Refresh my progress');
            button.click();
            await flush();
            expect(refreshApexMock).toHaveBeenCalledTimes(2);
            expect(refreshApexMock).toHaveBeenCalledWith({ data: PROGRESS, error: undefined });
            expect(refreshApexMock).toHaveBeenCalledWith({ data: PAGE_1, error: undefined });

            const refresh: unknown = Reflect.get(element, 'refresh');
            if (typeof refresh !== 'function') {
                throw new Error('refresh is not public');
            }
            await refresh.call(element);
            expect(refreshApexMock).toHaveBeenCalledTimes(4);
            expect(Reflect.get(one(root, '.refresh-button'), 'disabled')).toBe(false);
        });

        it('refreshes nothing before the first answer', async () => {
            const element = createComponent();
            await flush();
            one(deepRoot(element), '.refresh-button').click();
            await flush();
            expect(refreshApexMock).not.toHaveBeenCalled();
        });
    });
});
