import { createElement } from 'lwc';
import ChallengeDetail from 'c/challengeDetail';
import type { ChallengeScreen } from 'c/challengeDetail';
import { all, flush, one, shadow, texts } from 'config/jest/utils/dom';

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

const VIEW: ChallengeScreen = {
    id: 'a0X000000000001AAA',
    name: 'Call blitz',
    statusText: 'Live',
    badgeClass: 'status slds-badge slds-theme_success',
    details: [
        { key: 'prize', className: 'detail detail-prize', term: 'Prize', text: 'Team lunch' },
        { key: 'time', className: 'detail detail-time', term: 'Time left', text: '2 d 22 h' }
    ],
    isHidden: false,
    isDraft: false,
    hasProgress: true,
    progress: 60,
    progressLabel: 'Progress toward the target: 60%',
    progressText: '60% of the target',
    isClosed: false,
    winners: [],
    hasWinners: false,
    board: null,
    actions: [{ key: 'end', className: 'action action-end', label: 'End now', variant: 'destructive-text' }],
    hasActions: true,
    confirmText: 'End Call blitz now? Scoring stops and the winners are final.'
};

function createDetail(props: Record<string, unknown> = {}): HTMLElement {
    const element = createElement('c-challenge-detail', { is: ChallengeDetail });
    Object.assign(element, { view: VIEW, ...props });
    document.body.appendChild(element);
    return element;
}

function actionsSent(element: HTMLElement): string[] {
    const sent: string[] = [];
    element.addEventListener('action', (event) => sent.push((event as CustomEvent<{ action: string }>).detail.action));
    return sent;
}

describe('c-challenge-detail', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows the challenge, its details and its labelled progress', async () => {
        const element = createDetail();
        await flush();
        expect(texts(element, '.challenge-name')).toEqual(['Call blitz']);
        expect(texts(element, '.detail-prize dd')).toEqual(['Team lunch']);
        const bar = one(element, '.progress-bar');
        expect(Reflect.get(bar, 'ariaLabel')).toBe('Progress toward the target: 60%');
        expect(shadow(element).querySelector('c-leaderboard')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('asks before ending, in place with the keyboard on the question, and sends end only when confirmed', async () => {
        const element = createDetail();
        const sent = actionsSent(element);
        // lightning-button's focus() is its own (the jest stub has none): see which element is asked.
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        await flush();
        one(element, 'lightning-button.action-end').click();
        await flush();
        expect(sent).toEqual([]);
        expect(one(element, '.confirm').getAttribute('role')).toBe('alertdialog');
        expect(focus.mock.contexts.at(-1)).toBe(one(element, '.confirm-end'));
        await expect(element).toBeAccessible();

        one(element, 'lightning-button.cancel-end').click();
        await flush();
        expect(all(element, '.confirm')).toHaveLength(0);
        expect(focus.mock.contexts.at(-1)).toBe(one(element, '.action-end'));
        focus.mockRestore();

        one(element, 'lightning-button.action-end').click();
        await flush();
        one(element, 'lightning-button.confirm-end').click();
        await flush();
        expect(sent).toEqual(['end']);
        expect(all(element, '.confirm')).toHaveLength(0);
    });

    it('sends the other actions at once, disables them while busy and shows a refusal', async () => {
        const element = createDetail({
            view: {
                ...VIEW,
                actions: [
                    { key: 'test', className: 'action action-test', label: 'Start a test run', variant: 'neutral' },
                    { key: 'launch', className: 'action action-launch', label: 'Launch', variant: 'brand' }
                ]
            }
        });
        const sent = actionsSent(element);
        await flush();
        one(element, 'lightning-button.action-test').click();
        one(element, 'lightning-button.action-launch').click();
        expect(sent).toEqual(['test', 'launch']);
        Object.assign(element, { busy: true, actionError: { body: {} }, actionErrorMessage: 'Only a draft.' });
        await flush();
        expect(all(element, 'lightning-button.action').map((button) => Reflect.get(button, 'disabled'))).toEqual([
            true,
            true
        ]);
        expect(Reflect.get(one(element, 'c-error-panel.action-error'), 'friendlyMessage')).toBe('Only a draft.');
    });

    it('names the winners once closed, and puts the keyboard on the name when the parent asks', async () => {
        const element = createDetail({
            view: { ...VIEW, isClosed: true, hasWinners: true, winners: [{ key: '0', text: 'East team' }] }
        });
        await flush();
        expect(texts(element, '.winner')).toEqual(['East team']);
        expect((element as HTMLElement & { focusName(): boolean }).focusName()).toBe(true);
        expect(shadow(element).activeElement).toBe(one(element, '.challenge-name'));
        await expect(element).toBeAccessible();
    });
});
