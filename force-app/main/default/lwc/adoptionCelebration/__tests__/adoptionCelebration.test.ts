import { createElement } from 'lwc';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { CelebrationDetail, CelebrationPayload } from 'c/adoptionTypes';
import AdoptionCelebration from 'c/adoptionCelebration';
import { flush, oneIn as one, shadow } from '../../../../../test/jest-utils/dom';
import type { MockSubscription } from '../../../../../test/jest-mocks/lightning/empApi';
import {
    isEmpEnabled,
    jestMockError,
    jestMockPublish,
    jestMockReset,
    jestMockSetEnabled,
    jestMockSubscriberCount,
    onError,
    subscribe,
    unsubscribe
} from '../../../../../test/jest-mocks/lightning/empApi';

jest.mock('@salesforce/label/c.Adoption_Celebration_Badge_Earned', () => ({ default: 'Badge earned: {0}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Celebration_Level_Up', () => ({ default: 'You reached Level {0}!' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Celebration_Challenge_Won', () => ({ default: 'You won {0}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Celebration_Challenge_New', () => ({ default: 'New challenge: {0}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Celebration_Level_Up_Title', () => ({ default: 'Level up!' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Celebration_More', () => ({ default: '{0} more to celebrate' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Adoption_Tier_Gold', () => ({ default: 'Gold' }), { virtual: true });

const CHANNEL = '/event/Adoption_Celebration__e';
/** The jest transformer's @salesforce/user/Id is '005000000000000000'; events may carry 15 characters. */
const ME_15 = '005000000000000';
const SOMEONE_ELSE = '005000000000001AAA';

function badge(overrides: Partial<CelebrationPayload> = {}): CelebrationPayload {
    return {
        User_Id__c: ME_15,
        Kind__c: 'Badge',
        Badge_Name__c: 'Century_Week',
        Title__c: 'Century Week',
        Tier__c: 'Gold',
        Icon__c: 'utility:trophy',
        Message__c: '100 points in one week: your forecast reflects reality.',
        Level__c: null,
        ...overrides
    };
}

async function createComponent(props: Record<string, unknown> = {}): Promise<HTMLElement> {
    const element = createElement('c-adoption-celebration', { is: AdoptionCelebration });
    Object.assign(element, props);
    document.body.appendChild(element);
    await flush();
    return element;
}

function textOf(root: ParentNode, selector: string): string {
    return (root.querySelector(selector)?.textContent ?? '').trim();
}

async function publish(payload: CelebrationPayload): Promise<void> {
    jestMockPublish(CHANNEL, payload);
    await flush();
}

describe('c-adoption-celebration', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jestMockReset();
        jest.useRealTimers();
    });

    it('subscribes to new celebration events only', async () => {
        const element = await createComponent();
        expect(isEmpEnabled).toHaveBeenCalled();
        expect(subscribe).toHaveBeenCalledWith(CHANNEL, -1, expect.any(Function));
        expect(jestMockSubscriberCount(CHANNEL)).toBe(1);
        expect(textOf(shadow(element), '.idle')).toBe('c.Adoption_Celebration_Idle');
        await expect(element).toBeAccessible();
    });

    it("shows and announces the current user's badge, and tells the page", async () => {
        const element = await createComponent();
        const heard: CelebrationDetail[] = [];
        document.body.addEventListener('celebration', (event) => {
            if (event instanceof CustomEvent) {
                heard.push(event.detail);
            }
        });
        await publish(badge());
        const root = shadow(element);
        expect(textOf(root, '.celebration-title')).toBe('Century Week');
        expect(textOf(root, '.celebration-tier')).toBe('Gold');
        expect(textOf(root, '.celebration-message')).toBe('100 points in one week: your forecast reflects reality.');
        expect(Reflect.get(one(root, '.celebration-icon'), 'iconName')).toBe('utility:trophy');
        expect(one(root, '.celebration').classList.contains('celebration_tier-gold')).toBe(true);
        const status = one(root, '[role="status"]');
        expect(status.getAttribute('aria-live')).toBe('polite');
        expect(status.textContent?.trim()).toBe(
            'Badge earned: Century Week. Gold. 100 points in one week: your forecast reflects reality.'
        );
        expect(heard).toEqual([{ kind: 'Badge', badgeName: 'Century_Week', level: null, title: 'Century Week' }]);
        await expect(element).toBeAccessible();
    });

    it("does not show another user's celebration, nor a message without a payload", async () => {
        const element = await createComponent();
        const listener = jest.fn();
        element.addEventListener('celebration', listener);
        await publish(badge({ User_Id__c: SOMEONE_ELSE }));
        await publish(badge({ User_Id__c: null }));
        jestMockPublish(CHANNEL, undefined);
        await flush();
        const root = shadow(element);
        expect(root.querySelector('.celebration')).toBeNull();
        expect(textOf(root, '[role="status"]')).toBe('');
        expect(listener).not.toHaveBeenCalled();
    });

    it('matches the 18-character form of the user Id too', async () => {
        const element = await createComponent();
        await publish(badge({ User_Id__c: '005000000000000XYZ' }));
        expect(shadow(element).querySelector('.celebration')).not.toBeNull();
    });

    it('tells a level-up with its own label, in the rep language', async () => {
        const element = await createComponent();
        await publish({
            User_Id__c: ME_15,
            Kind__c: 'Level',
            Level__c: 4,
            Title__c: 'Level 4',
            Message__c: 'Written in the publisher language',
            Icon__c: null
        });
        const root = shadow(element);
        expect(textOf(root, '.celebration-title')).toBe('Level up!');
        expect(textOf(root, '.celebration-message')).toBe('You reached Level 4!');
        expect(root.querySelector('.celebration-tier')).toBeNull();
        expect(Reflect.get(one(root, '.celebration-icon'), 'iconName')).toBe('utility:ribbon');
        expect(textOf(root, '[role="status"]')).toBe('You reached Level 4!');
    });

    it('tells a won challenge with its name and prize, and says so in its event', async () => {
        const element = await createComponent();
        const listener = jest.fn();
        element.addEventListener('celebration', listener);
        await publish({
            User_Id__c: ME_15,
            Kind__c: 'Challenge',
            Title__c: 'November call sprint',
            Message__c: 'Team lunch on Friday',
            Icon__c: null
        });
        const root = shadow(element);
        expect(textOf(root, '.celebration-title')).toBe('You won November call sprint');
        expect(textOf(root, '.celebration-message')).toBe('Team lunch on Friday');
        expect(root.querySelector('.celebration-tier')).toBeNull();
        expect(Reflect.get(one(root, '.celebration-icon'), 'iconName')).toBe('utility:trophy');
        expect(textOf(root, '[role="status"]')).toBe('You won November call sprint. Team lunch on Friday');
        expect(listener).toHaveBeenCalledTimes(1);
        expect(listener.mock.calls[0][0].detail).toEqual({
            kind: 'Challenge',
            badgeName: '',
            level: null,
            title: 'You won November call sprint'
        });
        await expect(element).toBeAccessible();
    });

    it('announces a new challenge without a prize', async () => {
        const element = await createComponent();
        await publish({ User_Id__c: ME_15, Kind__c: 'ChallengeNew', Title__c: 'Clean pipeline week', Message__c: '' });
        const root = shadow(element);
        expect(textOf(root, '.celebration-title')).toBe('New challenge: Clean pipeline week');
        expect(Reflect.get(one(root, '.celebration-icon'), 'iconName')).toBe('utility:flag');
        expect(textOf(root, '[role="status"]')).toBe('New challenge: Clean pipeline week');
    });

    it('treats an unknown kind such as "constructor" as a badge', async () => {
        const element = await createComponent();
        await publish(badge({ Kind__c: 'constructor', Title__c: 'Odd kind' }));
        expect(textOf(shadow(element), '[role="status"]')).toContain('Badge earned: Odd kind');
    });

    it('falls back to the badge name, the star icon and the raw tier', async () => {
        const element = await createComponent();
        await publish(badge({ Title__c: '  ', Icon__c: '', Tier__c: 'Diamond', Message__c: null }));
        const root = shadow(element);
        expect(textOf(root, '.celebration-title')).toBe('Century_Week');
        expect(textOf(root, '.celebration-tier')).toBe('Diamond');
        expect(Reflect.get(one(root, '.celebration-icon'), 'iconName')).toBe('utility:favorite');
        expect(textOf(root, '[role="status"]')).toBe('Badge earned: Century_Week. Diamond');
    });

    it('queues celebrations and shows them one after another', async () => {
        const element = await createComponent({ dismissAfterSeconds: 0 });
        await publish(badge({ Title__c: 'First' }));
        await publish(badge({ Title__c: 'Second' }));
        await publish(badge({ Title__c: 'Third', Tier__c: null }));
        const root = shadow(element);
        expect(textOf(root, '.celebration-title')).toBe('First');
        expect(textOf(root, '.celebration-more')).toBe('2 more to celebrate');

        one(root, '.close-button').click();
        await flush();
        expect(textOf(root, '.celebration-title')).toBe('Second');
        expect(textOf(root, '[role="status"]')).toContain('Second');

        one(root, '.celebration').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        await flush();
        expect(textOf(root, '.celebration-title')).toBe('Third');
        expect(root.querySelector('.celebration-more')).toBeNull();

        one(root, '.celebration').dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
        await flush();
        expect(textOf(root, '.celebration-title')).toBe('Third');

        one(root, '.close-button').click();
        await flush();
        expect(root.querySelector('.celebration')).toBeNull();
        expect(textOf(root, '[role="status"]')).toBe('');
        // The close button went with the card: focus stays in the component.
        expect(root.activeElement).toBe(one(root, '.idle'));
    });

    it('stops queueing a burst after ten waiting, yet tells the page of each one', async () => {
        const element = await createComponent({ dismissAfterSeconds: 0 });
        const listener = jest.fn();
        element.addEventListener('celebration', listener);
        for (let i = 0; i < 15; i++) {
            jestMockPublish(CHANNEL, badge({ Title__c: `Badge ${i}` }));
        }
        await flush();
        expect(textOf(shadow(element), '.celebration-more')).toBe('10 more to celebrate');
        expect(listener).toHaveBeenCalledTimes(15);
    });

    it('dismisses itself after the configured seconds', async () => {
        jest.useFakeTimers();
        const element = await createComponent({ dismissAfterSeconds: 5 });
        expect(Reflect.get(element, 'dismissAfterSeconds')).toBe(5);
        await publish(badge());
        await publish(badge({ Title__c: 'Next one' }));
        const root = shadow(element);
        jest.advanceTimersByTime(4999);
        await flush();
        expect(textOf(root, '.celebration-title')).toBe('Century Week');
        jest.advanceTimersByTime(1);
        await flush();
        expect(textOf(root, '.celebration-title')).toBe('Next one');
        jest.advanceTimersByTime(5000);
        await flush();
        expect(root.querySelector('.celebration')).toBeNull();
        // Dismissed by the timer, not by the rep: focus is not moved.
        expect(root.activeElement).toBeNull();
    });

    it('dismisses after 8 seconds by default and pauses while hovered or focused', async () => {
        jest.useFakeTimers();
        const element = await createComponent();
        await publish(badge());
        const root = shadow(element);
        const card = one(root, '.celebration');

        jest.advanceTimersByTime(3000);
        card.dispatchEvent(new MouseEvent('mouseenter'));
        jest.advanceTimersByTime(60000);
        await flush();
        expect(root.querySelector('.celebration')).not.toBeNull();

        card.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
        card.dispatchEvent(new MouseEvent('mouseleave'));
        jest.advanceTimersByTime(60000);
        await flush();
        expect(root.querySelector('.celebration')).not.toBeNull();

        // Five of the eight seconds were left when the pointer arrived.
        card.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
        jest.advanceTimersByTime(4999);
        await flush();
        expect(root.querySelector('.celebration')).not.toBeNull();
        jest.advanceTimersByTime(1);
        await flush();
        expect(root.querySelector('.celebration')).toBeNull();
    });

    it('gives at least two seconds after the rep looks away', async () => {
        jest.useFakeTimers();
        const element = await createComponent({ dismissAfterSeconds: 1 });
        await publish(badge());
        const root = shadow(element);
        const card = one(root, '.celebration');
        jest.advanceTimersByTime(900);
        card.dispatchEvent(new MouseEvent('mouseenter'));
        card.dispatchEvent(new MouseEvent('mouseleave'));
        jest.advanceTimersByTime(1999);
        await flush();
        expect(root.querySelector('.celebration')).not.toBeNull();
        jest.advanceTimersByTime(1);
        await flush();
        expect(root.querySelector('.celebration')).toBeNull();
    });

    it('stays until closed when the seconds are 0, and reads odd values safely', async () => {
        jest.useFakeTimers();
        const element = await createComponent({ dismissAfterSeconds: 0 });
        await publish(badge());
        const card = one(shadow(element), '.celebration');
        jest.advanceTimersByTime(600000);
        card.dispatchEvent(new MouseEvent('mouseenter'));
        card.dispatchEvent(new MouseEvent('mouseleave'));
        jest.advanceTimersByTime(600000);
        await flush();
        expect(shadow(element).querySelector('.celebration')).not.toBeNull();

        Object.assign(element, { dismissAfterSeconds: 'soon' });
        expect(Reflect.get(element, 'dismissAfterSeconds')).toBe(8);
        Object.assign(element, { dismissAfterSeconds: 9999 });
        expect(Reflect.get(element, 'dismissAfterSeconds')).toBe(120);
    });

    it('animates the entrance except under prefers-reduced-motion', async () => {
        const element = await createComponent();
        await publish(badge());
        expect(one(shadow(element), '.celebration-content').classList.contains('celebration-content_enter')).toBe(true);
        const css = readFileSync(join(__dirname, '..', 'adoptionCelebration.css'), 'utf8');
        const reduced = /@media \(prefers-reduced-motion: reduce\) \{([\s\S]*?)\n\}/.exec(css);
        expect(reduced).not.toBeNull();
        expect(reduced?.[1]).toContain('.celebration-content_enter');
        expect(reduced?.[1]).toContain('animation: none;');
    });

    it('unsubscribes when removed and shows nothing afterwards', async () => {
        const element = await createComponent();
        document.body.removeChild(element);
        expect(unsubscribe).toHaveBeenCalledWith(expect.objectContaining({ channel: CHANNEL }));
        expect(jestMockSubscriberCount(CHANNEL)).toBe(0);
        expect(jestMockPublish(CHANNEL, badge())).toBe(0);
    });

    it('unsubscribes when removed while the subscription is on its way', async () => {
        let arrive: (subscription: MockSubscription) => void = () => undefined;
        subscribe.mockImplementationOnce(
            () =>
                new Promise<MockSubscription>((resolve) => {
                    arrive = resolve;
                })
        );
        const element = await createComponent();
        document.body.removeChild(element);
        expect(unsubscribe).not.toHaveBeenCalled();
        const late = { id: 'late', channel: CHANNEL, replayId: -1 };
        arrive(late);
        await flush();
        expect(unsubscribe).toHaveBeenCalledWith(late);
    });

    it('listens again when moved, registering one error listener only', async () => {
        const element = await createComponent();
        document.body.removeChild(element);
        document.body.appendChild(element);
        await flush();
        expect(subscribe).toHaveBeenCalledTimes(2);
        expect(onError).toHaveBeenCalledTimes(1);
        expect(jestMockSubscriberCount(CHANNEL)).toBe(1);
        await publish(badge());
        expect(shadow(element).querySelector('.celebration')).not.toBeNull();
    });

    it('does not subscribe when removed before the streaming check answers', async () => {
        const element = createElement('c-adoption-celebration', { is: AdoptionCelebration });
        document.body.appendChild(element);
        document.body.removeChild(element);
        await flush();
        expect(subscribe).not.toHaveBeenCalled();
    });

    it('says live celebrations are unavailable where the streaming API is off', async () => {
        jestMockSetEnabled(false);
        const element = await createComponent();
        expect(subscribe).not.toHaveBeenCalled();
        expect(textOf(shadow(element), '.idle')).toBe('c.Adoption_Celebration_Unavailable');
        await expect(element).toBeAccessible();
    });

    it('says so when subscribing fails', async () => {
        subscribe.mockImplementationOnce(() => Promise.reject(new Error('403::Forbidden')));
        const element = await createComponent();
        expect(textOf(shadow(element), '.idle')).toBe('c.Adoption_Celebration_Unavailable');
    });

    it('reacts to streaming errors on its own channel or the handshake only', async () => {
        const element = await createComponent();
        const root = shadow(element);
        jestMockError({ subscription: '/event/Other__e', error: '403::Forbidden' });
        jestMockError('a bare string');
        await flush();
        expect(textOf(root, '.idle')).toBe('c.Adoption_Celebration_Idle');
        jestMockError({ subscription: CHANNEL, error: '403::Forbidden' });
        await flush();
        expect(textOf(root, '.idle')).toBe('c.Adoption_Celebration_Unavailable');
    });
});
