import { createElement } from 'lwc';
import PulseAttention, { ATTENTION_SHOWN } from 'c/pulseAttention';
import type { PulseAttentionView } from 'c/pulseAttention';
import { all, flush, one, shadow, texts } from 'config/jest/utils/dom';

function people(count: number): PulseAttentionView[] {
    return Array.from({ length: count }, (_, index) => ({
        key: `005${index}`,
        name: `Person ${index}`,
        reasons: [{ key: `005${index}-0`, text: 'Never logged in' }]
    }));
}

function createSection(items: PulseAttentionView[]): HTMLElement {
    const element = createElement('c-pulse-attention', { is: PulseAttention });
    Object.assign(element, { items });
    document.body.appendChild(element);
    return element;
}

describe('c-pulse-attention', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('lists who needs attention with every reason', async () => {
        const element = createSection(people(2));
        await flush();
        expect(texts(element, 'h3')).toEqual(['Needs attention']);
        expect(texts(element, '.attention-name')).toEqual(['Person 0', 'Person 1']);
        expect(texts(element, '.attention-item:first-child .attention-reason')).toEqual(['Never logged in']);
        expect(shadow(element).querySelector('.attention-show-all')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('lists the first ones of a long list, everyone on request, and keeps that across new data', async () => {
        const element = createSection(people(40));
        await flush();
        expect(all(element, '.attention-item')).toHaveLength(ATTENTION_SHOWN);
        const showAll = one<HTMLElement & { label: string }>(element, 'lightning-button.attention-show-all');
        expect(showAll.label).toBe('Show all 40');
        showAll.click();
        await flush();
        expect(all(element, '.attention-item')).toHaveLength(40);
        expect(shadow(element).querySelector('.attention-show-all')).toBeNull();
        await expect(element).toBeAccessible();

        Object.assign(element, { items: people(45) });
        await flush();
        expect(all(element, '.attention-item')).toHaveLength(45);
    });

    it('says so when everyone is on track', async () => {
        const element = createSection([]);
        await flush();
        expect(texts(element, '.attention-none')).toEqual(['Everyone is on track.']);
        expect(shadow(element).querySelector('.attention-list')).toBeNull();
        await expect(element).toBeAccessible();
    });
});
