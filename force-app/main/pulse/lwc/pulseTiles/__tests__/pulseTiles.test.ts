import { createElement } from 'lwc';
import PulseTiles from 'c/pulseTiles';
import type { PulseTile } from 'c/pulseTiles';
import { all, flush, texts } from 'config/jest/utils/dom';

const TILES: PulseTile[] = [
    { key: 'active', label: 'Active in the CRM', value: '2 of 3', detail: '' },
    { key: 'forecast', label: 'Forecast-ready', value: '1 of 2', detail: '1 past close date' }
];

describe('c-pulse-tiles', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows each figure under its label, with its detail only when there is one', async () => {
        const element = createElement('c-pulse-tiles', { is: PulseTiles });
        Object.assign(element, { tiles: TILES });
        document.body.appendChild(element);
        await flush();
        expect(texts(element, '.tile dt')).toEqual(['Active in the CRM', 'Forecast-ready']);
        expect(texts(element, '.tile-value')).toEqual(['2 of 3', '1 of 2']);
        expect(texts(element, '.tile-detail')).toEqual(['1 past close date']);
        expect(all(element, '.tile').map((tile) => tile.dataset.key)).toEqual(['active', 'forecast']);
        await expect(element).toBeAccessible();
    });
});
