import { createElement } from 'lwc';
import MyProgressNextBadges from 'c/myProgressNextBadges';
import type { NextBadgeView } from 'c/myProgressNextBadges';
import { all, flush, texts } from 'config/jest/utils/dom';

const BADGES: NextBadgeView[] = [
    {
        key: 'Pipeline_Pro',
        label: 'Pipeline Pro',
        tierText: 'Gold',
        icon: 'utility:ribbon',
        description: 'Keep every open deal current for a month.',
        whyItMatters: 'A current pipeline is a forecast you can trust.',
        progress: 60,
        progressText: '3 of 5',
        progressLabel: 'Progress towards Pipeline Pro'
    },
    {
        key: 'Call_Champion',
        label: 'Call Champion',
        tierText: 'Silver',
        icon: 'utility:call',
        description: 'Log 50 calls.',
        whyItMatters: 'Logged calls show where deals stand.',
        progress: 20,
        progressText: '10 of 50',
        progressLabel: 'Progress towards Call Champion'
    }
];

describe('c-my-progress-next-badges', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('lists each badge with its tier, a labelled progress bar, how far along and why it matters', async () => {
        const element = createElement('c-my-progress-next-badges', { is: MyProgressNextBadges });
        Object.assign(element, { badges: BADGES });
        document.body.appendChild(element);
        await flush();
        expect(texts(element, 'h3')).toEqual(['Next badges']);
        expect(texts(element, '.next-label')).toEqual(['Pipeline Pro', 'Call Champion']);
        const bars = all(element, '.next-bar');
        expect(bars.map((bar) => [Reflect.get(bar, 'value'), Reflect.get(bar, 'ariaLabel')])).toEqual([
            [60, 'Progress towards Pipeline Pro'],
            [20, 'Progress towards Call Champion']
        ]);
        expect(texts(element, '.next-progress')).toEqual(['3 of 5', '10 of 50']);
        expect(texts(element, '.next-why')).toEqual([
            'A current pipeline is a forecast you can trust.',
            'Logged calls show where deals stand.'
        ]);
        await expect(element).toBeAccessible();
    });
});
