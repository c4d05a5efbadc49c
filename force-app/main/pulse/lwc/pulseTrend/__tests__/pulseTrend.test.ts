import { createElement } from 'lwc';
import PulseTrendSection from 'c/pulseTrend';
import type { PulseTrend } from 'c/pulseTrend';
import { all, flush, one, texts } from 'config/jest/utils/dom';

const TREND: PulseTrend = {
    bars: [
        { key: '2026-W46', label: 'W46', style: 'height: 2%', pointsText: '0' },
        { key: '2026-W47', label: 'W47', style: 'height: 100%', pointsText: '35' }
    ],
    rows: [
        { key: '2026-W46', week: '2026-W46', start: 'Nov 9', points: '0', active: '0' },
        { key: '2026-W47', week: '2026-W47', start: 'Nov 16', points: '35', active: '2' }
    ],
    summary: '2026-W46: 0 points, 0 active; 2026-W47: 35 points, 2 active'
};

describe('c-pulse-trend', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('draws the bars for the eye and keeps the table for screen readers, shown on request', async () => {
        const element = createElement('c-pulse-trend', { is: PulseTrendSection });
        Object.assign(element, { trend: TREND });
        document.body.appendChild(element);
        await flush();
        const chart = one(element, '.chart');
        expect(chart.getAttribute('aria-hidden')).toBe('true');
        expect(chart.getAttribute('title')).toBe(TREND.summary);
        expect(all(element, '.chart-bar').map((bar) => bar.getAttribute('style'))).toEqual([
            'height: 2%',
            'height: 100%'
        ]);
        expect(texts(element, 'tr.trend-row th')).toEqual(['2026-W46', '2026-W47']);
        expect(texts(element, 'tr.trend-row:last-child td')).toEqual(['Nov 16', '35', '2']);
        expect(one(element, 'table.trend-table').className).toContain('assistive');
        await expect(element).toBeAccessible();

        const toggle = one<HTMLButtonElement>(element, 'button.trend-toggle');
        expect([toggle.getAttribute('aria-expanded'), toggle.textContent?.trim()]).toEqual(['false', 'Show as table']);
        toggle.click();
        await flush();
        expect(one(element, 'table.trend-table').className).not.toContain('assistive');
        expect([toggle.getAttribute('aria-expanded'), toggle.textContent?.trim()]).toEqual(['true', 'Hide table']);
        await expect(element).toBeAccessible();
    });
});
