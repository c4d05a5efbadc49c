import { createElement } from 'lwc';
import ChallengeList from 'c/challengeList';
import type { ChallengeListItem } from 'c/challengeList';
import { all, flush, shadow, texts } from 'config/jest/utils/dom';

function item(id: string, name: string, open: boolean): ChallengeListItem {
    return {
        id,
        name,
        statusText: 'Live',
        badgeClass: 'status slds-badge slds-theme_success',
        datesText: 'Nov 16, 2026 to Nov 23, 2026',
        itemClass: open ? 'challenge-item challenge-item_open' : 'challenge-item',
        ariaCurrent: open ? 'page' : null
    };
}

function createList(items: ChallengeListItem[]): HTMLElement {
    const element = createElement('c-challenge-list', { is: ChallengeList });
    Object.assign(element, { items });
    document.body.appendChild(element);
    return element;
}

describe('c-challenge-list', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('lists each challenge as a button, the open one as the current page, and sends open with its Id', async () => {
        const element = createList([item('a1', 'Call blitz', true), item('a2', 'Pipeline push', false)]);
        const opened: string[] = [];
        element.addEventListener('open', (event) => opened.push((event as CustomEvent<{ id: string }>).detail.id));
        await flush();
        expect(shadow(element).querySelector('nav')?.getAttribute('aria-label')).toBe('Challenges you can see');
        expect(texts(element, '.challenge-button__name')).toEqual(['Call blitz', 'Pipeline push']);
        const buttons = all(element, 'button.challenge-button');
        expect(buttons.map((button) => button.getAttribute('aria-current'))).toEqual(['page', null]);
        buttons[1].click();
        expect(opened).toEqual(['a2']);
        await expect(element).toBeAccessible();
    });

    it('says when there is no challenge yet', async () => {
        const element = createList([]);
        await flush();
        expect(texts(element, '.empty-state')).toEqual(['No challenges yet.']);
        expect(all(element, 'button')).toHaveLength(0);
        await expect(element).toBeAccessible();
    });
});
