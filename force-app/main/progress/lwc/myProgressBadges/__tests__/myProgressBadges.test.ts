import { createElement } from 'lwc';
import MyProgressBadges from 'c/myProgressBadges';
import type { BadgeView } from 'c/myProgressBadges';
import { all, flush, one, shadow, texts } from 'config/jest/utils/dom';

function badge(key: string, label: string): BadgeView {
    return {
        key,
        label,
        tierText: 'Silver',
        icon: 'utility:ribbon',
        description: `${label}: what it is for.`,
        whyItMatters: `${label}: why it matters.`,
        awardedAt: '2026-11-16T09:30:00.000Z',
        awardedAtMs: Date.parse('2026-11-16T09:30:00.000Z'),
        expanded: 'false'
    };
}

const BADGES = [badge('Century_Week|2026-W47', 'Century Week'), badge('First_Call|ALL', 'First Call')];

function createSection(badges: BadgeView[] = BADGES): HTMLElement {
    const element = createElement('c-my-progress-badges', { is: MyProgressBadges });
    Object.assign(element, { badges });
    document.body.appendChild(element);
    return element;
}

function buttons(element: HTMLElement): HTMLButtonElement[] {
    return all(element, 'button.badge-button') as HTMLButtonElement[];
}

describe('c-my-progress-badges', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('lists the badges as buttons, none open', async () => {
        const element = createSection();
        await flush();
        expect(texts(element, 'h3')).toEqual(['Badges earned']);
        expect(texts(element, '.badge-label')).toEqual(['Century Week', 'First Call']);
        expect(buttons(element).map((button) => button.getAttribute('aria-expanded'))).toEqual(['false', 'false']);
        expect(shadow(element).querySelector('.badge-details')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('opens a badge with its details and focus, and Escape closes it and returns focus to its button', async () => {
        const element = createSection();
        await flush();
        buttons(element)[1].click();
        await flush();
        expect(buttons(element).map((button) => button.getAttribute('aria-expanded'))).toEqual(['false', 'true']);
        const details = one(element, '.badge-details');
        expect(details.getAttribute('aria-label')).toBe('First Call');
        expect(texts(element, '.badge-why')).toEqual(['First Call: why it matters.']);
        expect(shadow(element).activeElement).toBe(one(element, '.badge-details-heading'));
        await expect(element).toBeAccessible();

        const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
        const stopped = jest.spyOn(escape, 'stopPropagation');
        details.dispatchEvent(escape);
        await flush();
        expect(stopped).toHaveBeenCalled();
        expect(shadow(element).querySelector('.badge-details')).toBeNull();
        expect(shadow(element).activeElement).toBe(buttons(element)[1]);
    });

    it('closes from the close button and from the same badge, and keeps the open badge across new data', async () => {
        const element = createSection();
        await flush();
        buttons(element)[0].click();
        await flush();
        (one(element, '.close-details') as HTMLElement).click();
        await flush();
        expect(shadow(element).querySelector('.badge-details')).toBeNull();

        buttons(element)[0].click();
        await flush();
        buttons(element)[0].click();
        await flush();
        expect(shadow(element).querySelector('.badge-details')).toBeNull();

        buttons(element)[1].click();
        await flush();
        Object.assign(element, { badges: [badge('New|ALL', 'New One'), ...BADGES] });
        await flush();
        expect(texts(element, '.badge-details-heading')).toEqual(['First Call']);
        expect(buttons(element)[2].getAttribute('aria-expanded')).toBe('true');
        Object.assign(element, { badges: [BADGES[0]] });
        await flush();
        expect(shadow(element).querySelector('.badge-details')).toBeNull();
    });

    it('says when no badge is earned yet', async () => {
        const element = createSection([]);
        await flush();
        expect(texts(element, '.badges-none')).toHaveLength(1);
        expect(shadow(element).querySelector('.badge-list')).toBeNull();
        await expect(element).toBeAccessible();
    });
});
