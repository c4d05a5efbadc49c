import { join } from 'path';
import { createElement } from 'lwc';
import type { ApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import Challenges from 'c/challenges';
import type { ChallengeList, ChallengeSummary, ChallengeView } from 'c/challenges';
// Deep queries: the form, list and open challenge are child components, as the browser tests see them.
import {
    deepAll as all,
    deepOne as one,
    deepRoot,
    deepTexts as texts,
    fixture as readFixture,
    flush as settle
} from 'config/jest/utils/dom';
import { iconNamesInTemplate, missingIcons } from 'config/jest/utils/icons';
import { bundleDir } from 'config/jest/utils/source';

jest.mock(
    '@salesforce/apex/ChallengesController.getChallenges',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/ChallengesController.getChallenge',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/ChallengesController.saveChallenge', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/ChallengesController.launchChallenge', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/ChallengesController.announceChallenge', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/ChallengesController.closeChallenge', () => ({ default: jest.fn() }), { virtual: true });
// The board is drawn by the real c-leaderboard, whose own wires must exist (they never answer here).
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

type Adapter<T> = ApexTestWireAdapter<T>;
const listAdapter = jest.requireMock<{ default: Adapter<ChallengeList> }>(
    '@salesforce/apex/ChallengesController.getChallenges'
).default;
const viewAdapter = jest.requireMock<{ default: Adapter<ChallengeView> }>(
    '@salesforce/apex/ChallengesController.getChallenge'
).default;
const saveChallenge = jest.requireMock<{ default: jest.Mock }>(
    '@salesforce/apex/ChallengesController.saveChallenge'
).default;
const launchChallenge = jest.requireMock<{ default: jest.Mock }>(
    '@salesforce/apex/ChallengesController.launchChallenge'
).default;
const announceChallenge = jest.requireMock<{ default: jest.Mock }>(
    '@salesforce/apex/ChallengesController.announceChallenge'
).default;
const closeChallenge = jest.requireMock<{ default: jest.Mock }>(
    '@salesforce/apex/ChallengesController.closeChallenge'
).default;
const refreshApexMock = jest.requireMock<{ refreshApex: jest.Mock }>('@salesforce/apex').refreshApex;

function fixture<T>(name: string): T {
    return readFixture<T>(__dirname, name);
}

const LIST = fixture<ChallengeList>('getChallenges');
const LIVE = fixture<ChallengeView>('getChallengeLive');
const HIDDEN = fixture<ChallengeView>('getChallengeHidden');
const DRAFT = fixture<ChallengeView>('getChallengeDraft');
const CLOSED = fixture<ChallengeView>('getChallengeClosed');
/** The tests' "now": Friday 20 November 2026, noon UTC. */
const NOW = Date.parse('2026-11-20T12:00:00.000Z');

function flush(): Promise<void> {
    return settle(8);
}

function createComponent(): HTMLElement {
    const element = createElement('c-challenges', { is: Challenges });
    document.body.appendChild(element);
    return element;
}

/** The component with the list, and `view` open (the list opens its first challenge by itself). */
async function createWithView(view: ChallengeView = LIVE, list: ChallengeList = LIST): Promise<HTMLElement> {
    const element = createComponent();
    listAdapter.emit(list);
    await flush();
    if (view.challenge.id !== list.challenges[0]?.id) {
        await open(element, view.challenge.id);
    }
    viewAdapter.emit(view);
    await flush();
    return element;
}

async function open(element: HTMLElement, id: string): Promise<void> {
    one(element, `button.challenge-button[data-id="${id}"]`).click();
    await flush();
}

/** The open challenge's detail lines, as 'term: text'. */
function details(element: HTMLElement): Record<string, string> {
    const result: Record<string, string> = {};
    for (const line of all(element, '.detail')) {
        result[line.querySelector('dt')?.textContent?.trim() ?? ''] =
            line.querySelector('dd')?.textContent?.trim() ?? '';
    }
    return result;
}

function detail(element: HTMLElement, key: string): string {
    return one(element, `.detail-${key} dd`).textContent?.trim() ?? '';
}

function summaryOf(view: ChallengeView, changes: Partial<ChallengeSummary> = {}): ChallengeSummary {
    return { ...view.challenge, ...changes };
}

/** Captures the toasts the component dispatches. */
function toasts(element: HTMLElement): { title?: string; variant?: string }[] {
    const seen: { title?: string; variant?: string }[] = [];
    element.addEventListener('lightning__showtoast', (event) => seen.push((event as CustomEvent).detail));
    return seen;
}

async function change(element: HTMLElement, selector: string, detailValue: Record<string, unknown>): Promise<void> {
    one(element, selector).dispatchEvent(new CustomEvent('change', { detail: detailValue }));
    await flush();
}

/** Base component stubs answer reportValidity with undefined: make each field answer as a browser would. */
function validity(element: HTMLElement, invalid: string[] = []): void {
    for (const field of all(element, '.form-field')) {
        const bad = invalid.some((selector) => field.matches(selector));
        Object.assign(field, { reportValidity: jest.fn(() => !bad) });
    }
}

/** Types a wall-clock time into one of the native datetime-local inputs. */
async function typeDate(element: HTMLElement, selector: string, value: string): Promise<void> {
    const input = one<HTMLInputElement>(element, selector);
    input.value = value;
    input.dispatchEvent(new CustomEvent('change'));
    await flush();
}

/** A date field's error text and whether it is marked invalid, as 'text | aria-invalid'. */
function dateError(element: HTMLElement, selector: string): string {
    const input = one(element, selector);
    const help = input.closest('.slds-form-element')?.querySelector('.slds-form-element__help');
    return `${help?.textContent ?? ''} | ${input.getAttribute('aria-invalid')}`;
}

beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
});

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
    jest.restoreAllMocks();
});

describe('c-challenges', () => {
    it('lists the challenges with their status, opens the newest, and is accessible', async () => {
        const element = createComponent();
        await flush();
        expect(all(element, 'lightning-spinner')).toHaveLength(1);

        listAdapter.emit(LIST);
        await flush();

        expect(texts(element, '.challenge-button__name')).toEqual([
            'Call blitz',
            'Pipeline push',
            'December sprint',
            'October close-out'
        ]);
        expect(texts(element, '.challenge-button .status')).toEqual(['Live', 'Test run (Hidden)', 'Draft', 'Closed']);
        const buttons = all(element, 'button.challenge-button');
        expect(buttons[0].getAttribute('aria-current')).toBe('page');
        expect(buttons[1].hasAttribute('aria-current')).toBe(false);
        expect(viewAdapter.getLastConfig()).toEqual({ challengeId: 'a0X000000000001AAA' });
        expect(all(element, '.challenge-detail lightning-spinner')).toHaveLength(1);

        viewAdapter.emit(LIVE);
        await flush();

        expect(one(element, '.challenge-name').textContent?.trim()).toBe('Call blitz');
        expect(details(element)).toMatchObject({
            Prize: 'Team lunch',
            Format: 'Individual',
            'What counts': 'Log a call, Pipeline',
            Target: '150 points per participant',
            Participants: '8 participants',
            'Set up by': 'Morgan Manager'
        });
        expect(all(element, '.hidden-notice')).toHaveLength(0);
        await expect(element).toBeAccessible();
    });

    it('names only icons SLDS ships (utility:trophy is not one and rendered blank)', () => {
        const icons = iconNamesInTemplate(join(__dirname, '..', 'challenges.html'));
        expect(icons).toContain('utility:target');
        expect(missingIcons(icons)).toEqual([]);
        // The winners' icon is in the open challenge's template.
        const detailIcons = iconNamesInTemplate(join(bundleDir('challengeDetail'), 'challengeDetail.html'));
        expect(detailIcons).toContain('utility:ribbon');
        expect(missingIcons(detailIcons)).toEqual([]);
    });

    it('opens another challenge from the list and hands its board to the leaderboard', async () => {
        const element = await createWithView(LIVE);

        await open(element, 'a0X000000000002AAA');

        expect(viewAdapter.getLastConfig()).toEqual({ challengeId: 'a0X000000000002AAA' });
        expect(all(element, 'button[aria-current="page"]').map((button) => button.dataset.id)).toEqual([
            'a0X000000000002AAA'
        ]);
        expect(all(element, '.challenge-detail lightning-spinner')).toHaveLength(1);

        viewAdapter.emit(HIDDEN);
        await flush();

        expect(one(element, '.hidden-notice').textContent?.trim()).toBe('Only you and admins see this test run.');
        const leaderboard = one<HTMLElement & { board: unknown }>(element, 'c-leaderboard');
        expect(leaderboard.board).toEqual(HIDDEN.board);
        expect(texts(leaderboard, '.members')).toEqual(['4 members', '8 members']);
        expect(detail(element, 'format')).toBe('Team vs team · Teams by manager · Average points per member');
        expect(detail(element, 'counts')).toBe('Every action that scores points');
        await expect(element).toBeAccessible();

        // The one already open: nothing to ask again.
        await open(element, 'a0X000000000002AAA');
        expect(one(element, '.challenge-name').textContent?.trim()).toBe('Pipeline push');
    });

    it('says how long is left, when it starts, or that it ended', async () => {
        const element = await createWithView(LIVE);
        expect(detail(element, 'time')).toBe('2 d 22 h');

        await open(element, DRAFT.challenge.id);
        viewAdapter.emit(DRAFT);
        await flush();
        expect(detail(element, 'time')).toBe('Starts in 5 d 0 h');
        expect(detail(element, 'participants')).toBe('Fixed at launch');
        expect(one(element, '.draft-notice').textContent?.trim()).toBe(
            'A draft: nobody takes part until you start a test run or launch it.'
        );
        expect(all(element, 'c-leaderboard')).toHaveLength(0);

        viewAdapter.emit({ ...LIVE, challenge: summaryOf(LIVE, { endsAt: '2026-11-20T11:00:00.000Z' }) });
        await flush();
        expect(detail(element, 'time')).toBe('Ended');
    });

    it('moves the time left on every minute while open, and stops its clock when removed', async () => {
        // Date stays the tests' clock (mocked Date.now); only the interval is faked.
        jest.useFakeTimers({ doNotFake: ['Date'] });
        try {
            const element = await createWithView(LIVE);
            expect(detail(element, 'time')).toBe('2 d 22 h');

            jest.spyOn(Date, 'now').mockReturnValue(NOW + 3 * 3_600_000);
            jest.advanceTimersByTime(60_000);
            await flush();
            expect(detail(element, 'time')).toBe('2 d 19 h');

            const clearSpy = jest.spyOn(window, 'clearInterval');
            document.body.removeChild(element);
            expect(clearSpy).toHaveBeenCalledTimes(1);
        } finally {
            jest.useRealTimers();
        }
    });

    it('shows the progress toward the target with an accessible name', async () => {
        const element = await createWithView(LIVE);

        const bar = one<HTMLElement & { value: number; ariaLabel: string }>(element, 'lightning-progress-bar');
        expect(bar.value).toBe(60);
        expect(bar.ariaLabel).toBe('Progress toward the target: 60%');
        expect(one(element, '.progress-text').textContent).toBe('60% of the target');

        viewAdapter.emit({ ...LIVE, challenge: summaryOf(LIVE, { myProgress: 130.4 }) });
        await flush();
        expect(one<HTMLElement & { value: number }>(element, 'lightning-progress-bar').value).toBe(100);

        viewAdapter.emit({ ...LIVE, challenge: summaryOf(LIVE, { myProgress: null, target: null }) });
        await flush();
        expect(all(element, 'lightning-progress-bar')).toHaveLength(0);
        expect(detail(element, 'target')).toBe('No target');
    });

    it('names the winners of a closed challenge, and offers no actions to a non-manager', async () => {
        const element = await createWithView(CLOSED);

        expect(texts(element, '.winner')).toEqual(['East team', 'West team']);
        expect(detail(element, 'time')).toBe('Ended');
        expect(all(element, '.actions')).toHaveLength(0);
        expect(all(element, '.detail-owner')).toHaveLength(0);
        await expect(element).toBeAccessible();

        viewAdapter.emit({ ...CLOSED, challenge: summaryOf(CLOSED, { winners: [] }) });
        await flush();
        expect(texts(element, '.winners-none')).toEqual(['No winners: nobody scored.']);
    });

    it('starts a test run of a draft, says so, and asks for the list and the challenge again', async () => {
        const element = await createWithView(DRAFT);
        const seen = toasts(element);
        launchChallenge.mockResolvedValue(summaryOf(DRAFT, { status: 'Hidden' }));

        expect(all(element, 'lightning-button.action').map((button) => button.dataset.action)).toEqual([
            'test',
            'launch'
        ]);
        one(element, 'lightning-button.action-test').click();
        await flush();

        expect(launchChallenge).toHaveBeenCalledWith({ challengeId: DRAFT.challenge.id, hidden: true });
        expect(seen).toEqual([{ title: 'Test run started: December sprint', variant: 'success' }]);
        expect(one(element, '.announcer').textContent).toBe('Test run started: December sprint');
        expect(refreshApexMock).toHaveBeenCalledTimes(2);
        // The keyboard stays on the challenge, not on a button the new status may take away.
        expect(deepRoot(element).activeElement).toBe(one(element, '.challenge-name'));
    });

    it('launches a draft live', async () => {
        const element = await createWithView(DRAFT);
        const seen = toasts(element);
        launchChallenge.mockResolvedValue(summaryOf(DRAFT, { status: 'Live' }));

        one(element, 'lightning-button.action-launch').click();
        await flush();

        expect(launchChallenge).toHaveBeenCalledWith({ challengeId: DRAFT.challenge.id, hidden: false });
        expect(seen.map((toast) => toast.title)).toEqual(['December sprint is live.']);
    });

    it('announces a test run', async () => {
        const element = await createWithView(HIDDEN);
        const seen = toasts(element);
        announceChallenge.mockResolvedValue(summaryOf(HIDDEN, { status: 'Live' }));

        expect(all(element, 'lightning-button.action').map((button) => button.dataset.action)).toEqual([
            'announce',
            'end'
        ]);
        one(element, 'lightning-button.action-announce').click();
        await flush();

        expect(announceChallenge).toHaveBeenCalledWith({ challengeId: HIDDEN.challenge.id });
        expect(seen.map((toast) => toast.title)).toEqual(['Pipeline push is announced and live.']);
    });

    it('ends a live challenge only after an inline confirmation', async () => {
        const element = await createWithView(LIVE);
        const seen = toasts(element);
        closeChallenge.mockResolvedValue(summaryOf(LIVE, { status: 'Closed' }));

        one(element, 'lightning-button.action-end').click();
        await flush();
        expect(closeChallenge).not.toHaveBeenCalled();
        const confirm = one(element, '.confirm');
        expect(confirm.getAttribute('role')).toBe('alertdialog');
        expect(one(element, '.confirm-text').textContent).toBe(
            'End Call blitz now? Scoring stops and the winners are final.'
        );
        await expect(element).toBeAccessible();

        one(element, 'lightning-button.cancel-end').click();
        await flush();
        expect(all(element, '.confirm')).toHaveLength(0);
        expect(closeChallenge).not.toHaveBeenCalled();

        one(element, 'lightning-button.action-end').click();
        await flush();
        one(element, 'lightning-button.confirm-end').click();
        await flush();

        expect(closeChallenge).toHaveBeenCalledWith({ challengeId: LIVE.challenge.id });
        expect(all(element, '.confirm')).toHaveLength(0);
        expect(seen.map((toast) => toast.title)).toEqual(['Call blitz has ended.']);
        expect(refreshApexMock).toHaveBeenCalledTimes(2);
    });

    it('shows the server\u2019s message when an action is refused, and no toast', async () => {
        const element = await createWithView(HIDDEN);
        const seen = toasts(element);
        announceChallenge.mockRejectedValue({ body: { message: 'Only a hidden challenge can be announced.' } });

        one(element, 'lightning-button.action-announce').click();
        await flush();

        const panel = one<HTMLElement & { friendlyMessage: string }>(element, 'c-error-panel.action-error');
        expect(panel.friendlyMessage).toBe('Only a hidden challenge can be announced.');
        expect(seen).toEqual([]);
        expect(refreshApexMock).not.toHaveBeenCalled();
        expect(one<HTMLElement & { disabled: boolean }>(element, 'lightning-button.action-announce').disabled).toBe(
            false
        );
        await expect(element).toBeAccessible();

        // An error without a message falls back to the label.
        closeChallenge.mockRejectedValue({});
        one(element, 'lightning-button.action-end').click();
        await flush();
        one(element, 'lightning-button.confirm-end').click();
        await flush();
        expect(
            one<HTMLElement & { friendlyMessage: string }>(element, 'c-error-panel.action-error').friendlyMessage
        ).toBe('That did not work. Try again.');
    });

    it('creates a team challenge from the form and opens the new draft', async () => {
        const element = await createWithView(LIVE);
        const seen = toasts(element);
        saveChallenge.mockResolvedValue(
            summaryOf(DRAFT, { id: 'a0X000000000009AAA', name: 'Team sprint', format: 'Team' })
        );

        one(element, 'lightning-button.new-button').click();
        await flush();
        expect(all(element, 'lightning-button.new-button')).toHaveLength(0);
        expect(all(element, '.field-team-by')).toHaveLength(0);
        expect(one<HTMLElement & { options: unknown[] }>(element, '.field-participants').options).toHaveLength(3);

        await change(element, '.field-name', { value: '  Team sprint ' });
        await change(element, '.field-format', { value: 'Team' });
        expect(all(element, '.field-team-by, .field-scoring')).toHaveLength(2);
        await change(element, '.field-team-by', { value: 'Role' });
        await change(element, '.field-scoring', { value: 'PercentOfTarget' });
        expect(one<HTMLElement & { required: boolean }>(element, '.field-target').required).toBe(true);
        await change(element, '.field-target', { value: '200' });
        await change(element, '.field-prize', { value: 'Pizza' });
        await change(element, '.field-rules', { value: ['Log_Call'] });
        await change(element, '.field-categories', { value: ['Pipeline'] });
        await change(element, '.field-participants', { value: 'Group' });
        await change(element, '.field-group', { value: '00G000000000001AAA' });
        await change(element, '.field-chatter', { checked: true });
        await typeDate(element, 'input.field-start', '2026-11-13T09:00');
        await expect(element).toBeAccessible();
        validity(element);

        one(element, 'lightning-button.save-button').click();
        await flush();

        expect(saveChallenge).toHaveBeenCalledWith({
            input: {
                id: null,
                name: 'Team sprint',
                // The input's wall-clock time is the browser's.
                startsAt: new Date('2026-11-13T09:00').toISOString().replace('.000Z', 'Z'),
                endsAt: '2026-11-27T12:00:00Z',
                format: 'Team',
                teamBy: 'Role',
                teamScoring: 'PercentOfTarget',
                target: 200,
                prize: 'Pizza',
                rules: ['Log_Call'],
                categories: ['Pipeline'],
                participants: 'Group',
                groupId: '00G000000000001AAA',
                postToChatter: true
            }
        });
        expect(seen.map((toast) => toast.title)).toEqual(['Draft saved: Team sprint']);
        expect(all(element, '.challenge-form')).toHaveLength(0);
        expect(viewAdapter.getLastConfig()).toEqual({ challengeId: 'a0X000000000009AAA' });
        expect(refreshApexMock).toHaveBeenCalled();
    });

    it('sends an individual challenge without team fields, target or prize', async () => {
        const element = await createWithView(LIVE);
        saveChallenge.mockResolvedValue(summaryOf(DRAFT));
        one(element, 'lightning-button.new-button').click();
        await flush();
        await change(element, '.field-name', { value: 'Solo' });
        await change(element, '.field-format', { value: 'Team' });
        await change(element, '.field-format', { value: 'Individual' });
        validity(element);

        one(element, 'lightning-button.save-button').click();
        await flush();

        expect(saveChallenge.mock.calls[0][0].input).toMatchObject({
            name: 'Solo',
            startsAt: '2026-11-20T12:00:00Z',
            endsAt: '2026-11-27T12:00:00Z',
            format: 'Individual',
            teamBy: null,
            teamScoring: null,
            target: null,
            prize: null,
            participants: 'Team',
            groupId: null,
            postToChatter: false
        });
    });

    it('offers team challenges by manager only in works council mode', async () => {
        const element = await createWithView(LIVE, { ...LIST, worksCouncil: true });
        saveChallenge.mockResolvedValue(summaryOf(DRAFT, { format: 'Team' }));
        one(element, 'lightning-button.new-button').click();
        await flush();

        const format = one<HTMLElement & { options: { value: string }[]; value: string }>(element, '.field-format');
        expect(format.options.map((option) => option.value)).toEqual(['Team']);
        expect(format.value).toBe('Team');
        expect(all(element, '.field-team-by, .field-scoring')).toHaveLength(2);
        const teamBy = one<HTMLElement & { options: { value: string }[] }>(element, '.field-team-by');
        expect(teamBy.options.map((option) => option.value)).toEqual(['Manager']);
        await change(element, '.field-name', { value: 'Team week' });
        validity(element);
        one(element, 'lightning-button.save-button').click();
        await flush();

        expect(saveChallenge.mock.calls[0][0].input).toMatchObject({
            format: 'Team',
            teamBy: 'Manager',
            teamScoring: 'Average'
        });
    });

    it('does not save while a field is invalid or the end is not after the start', async () => {
        const element = await createWithView(LIVE);
        one(element, 'lightning-button.new-button').click();
        await flush();

        // The inputs start at now and a week later, in the browser's wall-clock time.
        expect(Date.parse(one<HTMLInputElement>(element, 'input.field-start').value)).toBe(NOW);
        expect(Date.parse(one<HTMLInputElement>(element, 'input.field-end').value)).toBe(NOW + 7 * 24 * 3600 * 1000);
        validity(element, ['.field-name']);
        one(element, 'lightning-button.save-button').click();
        await flush();
        expect(saveChallenge).not.toHaveBeenCalled();
        expect(dateError(element, 'input.field-start')).toBe(' | null');
        expect(dateError(element, 'input.field-end')).toBe(' | null');

        await typeDate(element, 'input.field-end', '2026-11-19T12:00');
        validity(element);
        one(element, 'lightning-button.save-button').click();
        await flush();
        expect(dateError(element, 'input.field-end')).toBe('End after the start. | true');
        expect(one(element, 'input.field-end').closest('.slds-form-element')?.className).toContain('slds-has-error');
        expect(saveChallenge).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();

        await typeDate(element, 'input.field-start', '');
        one(element, 'lightning-button.save-button').click();
        await flush();
        expect(dateError(element, 'input.field-start')).toBe('Complete this field. | true');
        expect(dateError(element, 'input.field-end')).toBe(' | null');
        expect(saveChallenge).not.toHaveBeenCalled();
    });

    it('shows the server\u2019s message in the form when saving is refused, and closes on cancel', async () => {
        const element = await createWithView(LIVE);
        saveChallenge.mockRejectedValue({ body: { message: 'The end must be after the start.' } });
        one(element, 'lightning-button.new-button').click();
        await flush();
        validity(element);

        one(element, 'lightning-button.save-button').click();
        await flush();

        const panel = one<HTMLElement & { friendlyMessage: string }>(element, 'c-error-panel.save-error');
        expect(panel.friendlyMessage).toBe('The end must be after the start.');
        expect(all(element, '.challenge-form')).toHaveLength(1);
        await expect(element).toBeAccessible();

        saveChallenge.mockRejectedValue(new Error(''));
        one(element, 'lightning-button.save-button').click();
        await flush();
        expect(
            one<HTMLElement & { friendlyMessage: string }>(element, 'c-error-panel.save-error').friendlyMessage
        ).toBe('We could not save the challenge.');

        one(element, 'lightning-button.cancel-form-button').click();
        await flush();
        expect(all(element, '.challenge-form')).toHaveLength(0);
        expect(all(element, 'lightning-button.new-button')).toHaveLength(1);
    });

    it('offers no form to someone who may not create, and says when there is nothing to show', async () => {
        const element = createComponent();
        listAdapter.emit({ ...LIST, challenges: [], canCreate: false });
        await flush();

        expect(all(element, 'lightning-button.new-button')).toHaveLength(0);
        expect(texts(element, '.empty-state')).toEqual(['No challenges yet.']);
        expect(viewAdapter.getLastConfig()).toEqual({ challengeId: undefined });
        await expect(element).toBeAccessible();
    });

    it('shows the server\u2019s message when the list or a challenge cannot be read', async () => {
        const element = createComponent();
        listAdapter.error({ message: 'You need the Adoption Rep permission set.' });
        await flush();
        expect(
            one<HTMLElement & { friendlyMessage: string }>(element, 'c-error-panel.list-error').friendlyMessage
        ).toBe('You need the Adoption Rep permission set.');

        listAdapter.emit(LIST);
        await flush();
        viewAdapter.error({ message: 'This challenge is not shared with you.' });
        await flush();
        expect(all(element, 'c-error-panel.list-error')).toHaveLength(0);
        expect(
            one<HTMLElement & { friendlyMessage: string }>(element, 'c-error-panel.view-error').friendlyMessage
        ).toBe('This challenge is not shared with you.');
        await expect(element).toBeAccessible();
    });

    it('refreshes what has answered', async () => {
        const element = createComponent();
        await flush();
        one(element, 'button.refresh-button').click();
        await flush();
        expect(refreshApexMock).not.toHaveBeenCalled();

        listAdapter.emit(LIST);
        await flush();
        viewAdapter.emit(LIVE);
        await flush();
        one(element, 'button.refresh-button').click();
        await flush();
        expect(refreshApexMock).toHaveBeenCalledTimes(2);
    });

    it('names the rules of a challenge that arrived before the list', async () => {
        const element = createComponent();
        viewAdapter.emit(LIVE);
        await flush();
        listAdapter.emit(LIST);
        await flush();

        expect(detail(element, 'counts')).toBe('Log a call, Pipeline');
        // Refreshed list: the open challenge stays open.
        listAdapter.emit({ ...LIST, challenges: [...LIST.challenges].reverse() });
        await flush();
        expect(viewAdapter.getLastConfig()).toEqual({ challengeId: 'a0X000000000001AAA' });
    });
});
