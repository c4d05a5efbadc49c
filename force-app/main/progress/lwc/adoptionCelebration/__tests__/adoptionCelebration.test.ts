import { createElement } from 'lwc';
import { readFileSync, readdirSync, statSync } from 'fs';
import { join } from 'path';
import type { CelebrationDetail } from 'c/adoptionTypes';
import type { CelebrationNews } from '@salesforce/apex/CelebrationsController.getNew';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import type { TestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import AdoptionCelebration from 'c/adoptionCelebration';
import { flush, oneIn as one, shadow } from 'config/jest/utils/dom';
import { packageRoots } from 'config/jest/utils/source';

jest.mock('@salesforce/apex/CelebrationsController.getNew', () => ({ default: jest.fn() }), { virtual: true });

const getNew = jest.requireMock<{ default: jest.Mock }>('@salesforce/apex/CelebrationsController.getNew').default;
// The stub sfdx-lwc-jest ships: getRecord is a test wire adapter.
const recordAdapter = jest.requireActual<{ getRecord: TestWireAdapter<RecordRepresentation> }>(
    'lightning/uiRecordApi'
).getRecord;
// jest.config.js maps lightning/navigation to config/jest/mocks: CurrentPageReference is a test wire adapter.
const pageAdapter = jest.requireActual<{ CurrentPageReference: TestWireAdapter<unknown> }>(
    'lightning/navigation'
).CurrentPageReference;

/** The jest transformer's @salesforce/user/Id; a record may carry the 15-character form. */
const ME_15 = '005000000000000';
const SOMEONE_ELSE = '005000000000001AAA';
const FIVE_MINUTES = 5 * 60 * 1000;

function badge(overrides: Partial<CelebrationNews> = {}): CelebrationNews {
    return {
        id: 'a01000000000001AAA',
        kind: 'Badge',
        badgeName: 'Century_Week',
        title: 'Century Week',
        tier: 'Gold',
        icon: 'utility:rating',
        message: '100 points in one week: your forecast reflects reality.',
        createdAt: '2026-11-20T09:00:00.000Z',
        ...overrides
    };
}

/** Mounts the component; its first read answers `news`. */
async function createComponent(
    news: CelebrationNews[] = [],
    props: Record<string, unknown> = {}
): Promise<HTMLElement> {
    getNew.mockResolvedValueOnce(news);
    const element = createElement('c-adoption-celebration', { is: AdoptionCelebration });
    Object.assign(element, props);
    document.body.appendChild(element);
    await flush();
    return element;
}

function textOf(root: ParentNode, selector: string): string {
    return (root.querySelector(selector)?.textContent ?? '').trim();
}

function setVisibility(state: 'visible' | 'hidden'): void {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    document.dispatchEvent(new CustomEvent('visibilitychange'));
}

function recordSaved(modified: string, by: string): RecordRepresentation {
    return {
        apiName: 'Opportunity',
        fields: {
            LastModifiedDate: { value: modified, displayValue: null },
            LastModifiedById: { value: by, displayValue: null }
        }
    };
}

/** Every component source of the package (not tests), for the no-broadcast assertion. */
function componentSources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) {
            return name === '__tests__' ? [] : componentSources(full);
        }
        return name.endsWith('.ts') ? [full] : [];
    });
}

describe('c-adoption-celebration', () => {
    beforeEach(() => {
        getNew.mockReset();
        getNew.mockResolvedValue([]);
    });

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        setVisibility('visible');
        jest.useRealTimers();
    });

    it("asks the server for the running user's own news, naming nobody, and shows nothing when there is none", async () => {
        const element = await createComponent([]);
        expect(getNew).toHaveBeenCalledTimes(1);
        // No parameter: the server reads the running user's rows; nobody can be asked for by Id.
        expect(getNew.mock.calls[0]).toEqual([]);
        expect(textOf(shadow(element), '.idle')).toBe('Your new badges, levels and challenge results appear here.');
        await expect(element).toBeAccessible();
    });

    it('has no broadcast subscription anywhere in the package', () => {
        // Every package directory, whichever feature folder a component sits in.
        const offenders = packageRoots()
            .flatMap((root) => componentSources(root))
            .filter((file) => readFileSync(file, 'utf8').includes('lightning/empApi'));
        expect(offenders).toEqual([]);
    });

    it('shows and announces a badge, and tells the page', async () => {
        const heard: CelebrationDetail[] = [];
        const listener = (event: Event): void => {
            if (event instanceof CustomEvent) {
                heard.push(event.detail);
            }
        };
        document.body.addEventListener('celebration', listener);
        const element = await createComponent([badge()]);
        document.body.removeEventListener('celebration', listener);
        const root = shadow(element);
        expect(textOf(root, '.celebration-title')).toBe('Century Week');
        expect(textOf(root, '.celebration-tier')).toBe('Gold');
        expect(textOf(root, '.celebration-message')).toBe('100 points in one week: your forecast reflects reality.');
        expect(Reflect.get(one(root, '.celebration-icon'), 'iconName')).toBe('utility:rating');
        expect(one(root, '.celebration').classList.contains('celebration_tier-gold')).toBe(true);
        expect(root.querySelector('.celebration-lines')).toBeNull();
        const status = one(root, '[role="status"]');
        expect(status.getAttribute('aria-live')).toBe('polite');
        expect(status.textContent?.trim()).toBe(
            'Badge earned: Century Week. Gold. 100 points in one week: your forecast reflects reality.'
        );
        expect(heard).toEqual([{ kind: 'Badge', badgeName: 'Century_Week', level: null, title: 'Century Week' }]);
        await expect(element).toBeAccessible();
    });

    it('bundles several celebrations read at once into one card that lists each', async () => {
        const listener = jest.fn();
        document.body.addEventListener('celebration', listener);
        const element = await createComponent([
            badge(),
            { id: 'a01000000000002AAA', kind: 'Level', level: 4, createdAt: '2026-11-20T09:01:00.000Z' },
            {
                id: 'a01000000000003AAA',
                kind: 'Challenge',
                title: 'Call sprint',
                message: 'Team lunch',
                createdAt: '2026-11-20T09:02:00.000Z'
            }
        ]);
        document.body.removeEventListener('celebration', listener);
        const root = shadow(element);
        expect(textOf(root, '.celebration-title')).toBe('3 new celebrations');
        expect([...root.querySelectorAll('.celebration-line')].map((line) => line.textContent?.trim())).toEqual([
            'Century Week',
            'You reached Level 4!',
            'You won Call sprint'
        ]);
        expect(root.querySelector('.celebration-tier')).toBeNull();
        expect(root.querySelector('.celebration-more')).toBeNull();
        expect(textOf(root, '[role="status"]')).toBe(
            '3 new celebrations: Badge earned: Century Week. Gold. 100 points in one week: your forecast reflects reality.; You reached Level 4!; You won Call sprint. Team lunch'
        );
        expect(listener).toHaveBeenCalledTimes(3);
        await expect(element).toBeAccessible();
    });

    it('tells a level-up, a won challenge and a new challenge from its own labels', async () => {
        jest.useFakeTimers();
        const element = await createComponent([{ id: 'x1', kind: 'Level', level: 4, createdAt: '' }], {
            dismissAfterSeconds: 0
        });
        const root = shadow(element);
        expect(textOf(root, '.celebration-title')).toBe('Level up!');
        expect(textOf(root, '.celebration-message')).toBe('You reached Level 4!');
        expect(Reflect.get(one(root, '.celebration-icon'), 'iconName')).toBe('utility:ribbon');

        getNew.mockResolvedValueOnce([{ id: 'x2', kind: 'Challenge', title: 'November call sprint', createdAt: '' }]);
        jest.advanceTimersByTime(FIVE_MINUTES);
        await flush();
        one(root, '.close-button').click();
        await flush();
        expect(textOf(root, '.celebration-title')).toBe('You won November call sprint');
        expect(root.querySelector('.celebration-message')).toBeNull();
        expect(Reflect.get(one(root, '.celebration-icon'), 'iconName')).toBe('utility:rating');

        getNew.mockResolvedValueOnce([
            { id: 'x3', kind: 'ChallengeNew', title: 'Clean pipeline week', message: 'A day off', createdAt: '' }
        ]);
        jest.advanceTimersByTime(FIVE_MINUTES);
        await flush();
        one(root, '.close-button').click();
        await flush();
        expect(textOf(root, '.celebration-title')).toBe('New challenge: Clean pipeline week');
        expect(Reflect.get(one(root, '.celebration-icon'), 'iconName')).toBe('utility:announcement');
        expect(textOf(root, '[role="status"]')).toBe('New challenge: Clean pipeline week. A day off');
    });

    it('tells the rep which badge was taken back and why, from its own labels, and tells the page', async () => {
        const element = await createComponent([
            badge({ kind: 'BadgeRevoked', title: 'First Call', tier: 'Bronze', message: null })
        ]);
        const heard: unknown[] = [];
        element.addEventListener('celebration', (event: Event) => heard.push((event as CustomEvent).detail));
        const root = shadow(element);
        expect(textOf(root, '.celebration-title')).toBe('Badge taken back: First Call');
        expect(textOf(root, '.celebration-message')).toBe(
            'First Call no longer applies: activity that counted toward it was deleted or undone, so its points, actions and days were taken back. Earn it again with new activity.'
        );
        expect(root.querySelector('.celebration-tier')).toBeNull();
        expect(Reflect.get(one(root, '.celebration-icon'), 'iconName')).toBe('utility:undo');
        expect(textOf(root, '[role="status"]')).toBe(
            'Badge taken back: First Call. First Call no longer applies: activity that counted toward it was deleted or undone, so its points, actions and days were taken back. Earn it again with new activity.'
        );
        await expect(element).toBeAccessible();
    });

    it('treats an unknown kind as a badge and falls back to the badge name, the star icon and the raw tier', async () => {
        const element = await createComponent([
            badge({ kind: 'constructor', title: '  ', icon: null, tier: 'Diamond', message: null })
        ]);
        const root = shadow(element);
        expect(textOf(root, '.celebration-title')).toBe('Century_Week');
        expect(textOf(root, '.celebration-tier')).toBe('Diamond');
        expect(Reflect.get(one(root, '.celebration-icon'), 'iconName')).toBe('utility:favorite');
        expect(textOf(root, '[role="status"]')).toBe('Badge earned: Century_Week. Diamond');
    });

    it('reads every five minutes while visible, never while hidden, and again when the rep looks back', async () => {
        jest.useFakeTimers();
        await createComponent([]);
        expect(getNew).toHaveBeenCalledTimes(1);
        jest.advanceTimersByTime(FIVE_MINUTES - 1);
        await flush();
        expect(getNew).toHaveBeenCalledTimes(1);
        jest.advanceTimersByTime(1);
        await flush();
        expect(getNew).toHaveBeenCalledTimes(2);

        setVisibility('hidden');
        jest.advanceTimersByTime(FIVE_MINUTES * 6);
        await flush();
        expect(getNew).toHaveBeenCalledTimes(2);

        setVisibility('visible');
        await flush();
        expect(getNew).toHaveBeenCalledTimes(3);
        jest.advanceTimersByTime(FIVE_MINUTES);
        await flush();
        expect(getNew).toHaveBeenCalledTimes(4);
    });

    it('keeps its timer when the rep hides and shows the tab within half a minute', async () => {
        jest.useFakeTimers();
        await createComponent([]);
        setVisibility('hidden');
        jest.advanceTimersByTime(10 * 1000);
        setVisibility('visible');
        await flush();
        expect(getNew).toHaveBeenCalledTimes(1);
        jest.advanceTimersByTime(FIVE_MINUTES);
        await flush();
        expect(getNew).toHaveBeenCalledTimes(2);
    });

    it('reads when the window gets focus, at most once per half minute', async () => {
        jest.useFakeTimers();
        await createComponent([]);
        window.dispatchEvent(new CustomEvent('focus'));
        await flush();
        expect(getNew).toHaveBeenCalledTimes(1);
        jest.advanceTimersByTime(30 * 1000);
        window.dispatchEvent(new CustomEvent('focus'));
        await flush();
        expect(getNew).toHaveBeenCalledTimes(2);
        window.dispatchEvent(new CustomEvent('focus'));
        await flush();
        expect(getNew).toHaveBeenCalledTimes(2);
    });

    it("reads fifteen seconds after the rep saves the record in front of them, not after someone else's save", async () => {
        jest.useFakeTimers();
        await createComponent([]);
        pageAdapter.emit({
            type: 'standard__recordPage',
            attributes: { recordId: '006000000000001AAA', objectApiName: 'Opportunity', actionName: 'view' }
        });
        await flush();
        recordAdapter.emit(recordSaved('2026-11-20T09:00:00.000Z', ME_15));
        await flush();
        jest.advanceTimersByTime(20 * 1000);
        await flush();
        expect(getNew).toHaveBeenCalledTimes(1);

        recordAdapter.emit(recordSaved('2026-11-20T09:05:00.000Z', SOMEONE_ELSE));
        await flush();
        jest.advanceTimersByTime(20 * 1000);
        await flush();
        expect(getNew).toHaveBeenCalledTimes(1);

        getNew.mockResolvedValueOnce([badge({ title: 'First Win' })]);
        recordAdapter.emit(recordSaved('2026-11-20T09:06:00.000Z', ME_15));
        await flush();
        jest.advanceTimersByTime(15 * 1000 - 1);
        await flush();
        expect(getNew).toHaveBeenCalledTimes(1);
        jest.advanceTimersByTime(1);
        await flush();
        expect(getNew).toHaveBeenCalledTimes(2);
        expect(
            textOf(shadow(document.body.querySelector('c-adoption-celebration') as HTMLElement), '.celebration-title')
        ).toBe('First Win');
    });

    it('forgets the last save when the rep moves to another page', async () => {
        jest.useFakeTimers();
        await createComponent([]);
        pageAdapter.emit({
            type: 'standard__recordPage',
            attributes: { recordId: '006000000000001AAA', objectApiName: 'Opportunity' }
        });
        await flush();
        recordAdapter.emit(recordSaved('2026-11-20T09:00:00.000Z', ME_15));
        await flush();
        pageAdapter.emit({ type: 'standard__namedPage', attributes: { pageName: 'home' } });
        await flush();
        pageAdapter.emit({
            type: 'standard__recordPage',
            attributes: { recordId: '006000000000002AAA', objectApiName: 'Opportunity' }
        });
        await flush();
        // The first time a record is seen is its baseline, not a save.
        recordAdapter.emit(recordSaved('2026-11-20T10:00:00.000Z', ME_15));
        recordAdapter.emit({ apiName: 'Opportunity', fields: {} });
        await flush();
        jest.advanceTimersByTime(20 * 1000);
        await flush();
        expect(getNew).toHaveBeenCalledTimes(1);
    });

    it('says so when the read fails', async () => {
        getNew.mockRejectedValueOnce({ body: { message: 'No access' } });
        const element = createElement('c-adoption-celebration', { is: AdoptionCelebration });
        document.body.appendChild(element);
        await flush();
        expect(textOf(shadow(element), '.idle')).toBe(
            'Your celebrations could not be loaded right now. Your badges still count.'
        );
        await expect(element).toBeAccessible();
    });

    it('recovers on the next read after a failure', async () => {
        jest.useFakeTimers();
        getNew.mockRejectedValueOnce(new Error('offline'));
        const element = createElement('c-adoption-celebration', { is: AdoptionCelebration });
        document.body.appendChild(element);
        await flush();
        const root = shadow(element);
        expect(textOf(root, '.idle')).toBe('Your celebrations could not be loaded right now. Your badges still count.');
        jest.advanceTimersByTime(FIVE_MINUTES);
        await flush();
        expect(textOf(root, '.idle')).toBe('Your new badges, levels and challenge results appear here.');
    });

    it('stops reading and listening once removed, even with a read on its way', async () => {
        jest.useFakeTimers();
        let answer: (news: CelebrationNews[]) => void = () => undefined;
        getNew.mockImplementationOnce(
            () =>
                new Promise<CelebrationNews[]>((resolve) => {
                    answer = resolve;
                })
        );
        const element = createElement('c-adoption-celebration', { is: AdoptionCelebration });
        document.body.appendChild(element);
        document.body.removeChild(element);
        answer([badge()]);
        await flush();
        expect(shadow(element).querySelector('.celebration')).toBeNull();
        jest.advanceTimersByTime(FIVE_MINUTES * 3);
        window.dispatchEvent(new CustomEvent('focus'));
        setVisibility('visible');
        await flush();
        expect(getNew).toHaveBeenCalledTimes(1);
    });

    it('reads again when moved back onto the page', async () => {
        const element = await createComponent([]);
        document.body.removeChild(element);
        getNew.mockResolvedValueOnce([badge()]);
        document.body.appendChild(element);
        await flush();
        expect(getNew).toHaveBeenCalledTimes(2);
        expect(shadow(element).querySelector('.celebration')).not.toBeNull();
    });

    it('queues reads and shows them one after another', async () => {
        jest.useFakeTimers();
        const element = await createComponent([badge({ title: 'First' })], { dismissAfterSeconds: 0 });
        getNew.mockResolvedValueOnce([badge({ title: 'Second' })]);
        jest.advanceTimersByTime(FIVE_MINUTES);
        await flush();
        getNew.mockResolvedValueOnce([badge({ title: 'Third', tier: null })]);
        jest.advanceTimersByTime(FIVE_MINUTES);
        await flush();
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

    it('stops queueing after ten waiting, yet tells the page of each one', async () => {
        jest.useFakeTimers();
        const listener = jest.fn();
        document.body.addEventListener('celebration', listener);
        const element = await createComponent([badge({ title: 'Badge 0' })], { dismissAfterSeconds: 0 });
        for (let i = 1; i < 15; i++) {
            getNew.mockResolvedValueOnce([badge({ title: `Badge ${i}` })]);
            jest.advanceTimersByTime(FIVE_MINUTES);
            // eslint-disable-next-line no-await-in-loop -- each read settles before the next timer fires
            await flush();
        }
        document.body.removeEventListener('celebration', listener);
        expect(textOf(shadow(element), '.celebration-more')).toBe('10 more to celebrate');
        expect(listener).toHaveBeenCalledTimes(15);
    });

    it('dismisses itself after the configured seconds', async () => {
        jest.useFakeTimers();
        getNew.mockResolvedValueOnce([badge()]);
        const element = createElement('c-adoption-celebration', { is: AdoptionCelebration });
        Object.assign(element, { dismissAfterSeconds: 5 });
        document.body.appendChild(element);
        await flush();
        expect(Reflect.get(element, 'dismissAfterSeconds')).toBe(5);
        const root = shadow(element);
        jest.advanceTimersByTime(4999);
        await flush();
        expect(textOf(root, '.celebration-title')).toBe('Century Week');
        jest.advanceTimersByTime(1);
        await flush();
        expect(root.querySelector('.celebration')).toBeNull();
        // Dismissed by the timer, not by the rep: focus is not moved.
        expect(root.activeElement).toBeNull();
    });

    it('dismisses after 8 seconds by default and pauses while hovered or focused', async () => {
        jest.useFakeTimers();
        const element = await createComponent([badge()]);
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
        const element = await createComponent([badge()], { dismissAfterSeconds: 1 });
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
        const element = await createComponent([badge()], { dismissAfterSeconds: 0 });
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
        const element = await createComponent([badge()]);
        expect(one(shadow(element), '.celebration-content').classList.contains('celebration-content_enter')).toBe(true);
        const css = readFileSync(join(__dirname, '..', 'adoptionCelebration.css'), 'utf8');
        const reduced = /@media \(prefers-reduced-motion: reduce\) \{([\s\S]*?)\n\}/.exec(css);
        expect(reduced).not.toBeNull();
        expect(reduced?.[1]).toContain('.celebration-content_enter');
        expect(reduced?.[1]).toContain('animation: none;');
    });
});
