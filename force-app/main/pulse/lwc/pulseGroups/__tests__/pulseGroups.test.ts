import { createElement } from 'lwc';
import PulseGroups from 'c/pulseGroups';
import type { PulseGroupView } from 'c/pulseGroups';
import { flush, texts } from 'config/jest/utils/dom';

function group(key: string, name: string, withheld: boolean): PulseGroupView {
    const figure = withheld ? '—' : '3';
    return {
        key,
        name,
        note: withheld ? 'Fewer than 5 people, or not all of the team here: not shown' : '',
        rowClass: withheld ? 'group withheld' : 'group',
        size: withheld ? '2' : '6',
        active: figure,
        loggedIn: figure,
        points: withheld ? '—' : '210',
        attention: figure,
        stuck: figure,
        forecastReady: figure,
        pastCloseDate: figure,
        noNextStep: figure,
        stale: figure,
        pushed: figure,
        completeness: withheld ? '—' : '80%'
    };
}

describe('c-pulse-groups', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows one row per team, a withheld one with its size and why only, then the definitions and notes', async () => {
        const element = createElement('c-pulse-groups', { is: PulseGroups });
        Object.assign(element, {
            groups: [group('005A', 'Your team', false), group('none', 'People without a team lead', true)],
            staleDefinition: 'Stale: older than 14 days.',
            notes: [{ key: 'worksCouncil', text: 'Works council mode: whole teams only.' }]
        });
        document.body.appendChild(element);
        await flush();
        expect(texts(element, 'h3')).toEqual(['Teams']);
        expect(texts(element, 'tr.group .group-label')).toEqual(['Your team', 'People without a team lead']);
        expect(texts(element, 'tr[data-key="005A"] td')).toEqual([
            '6',
            '3',
            '3',
            '210',
            '3',
            '3',
            '3',
            '3',
            '3',
            '3',
            '3',
            '80%'
        ]);
        const withheld = texts(element, 'tr[data-key="none"] td');
        expect(withheld[0]).toBe('2');
        expect(withheld.slice(1).every((cell) => cell === '—')).toBe(true);
        expect(texts(element, 'tr[data-key="none"] .group-status')).toEqual([
            'Fewer than 5 people, or not all of the team here: not shown'
        ]);
        expect(texts(element, '.definitions')).toEqual(['Stale: older than 14 days.']);
        expect(texts(element, '.note')).toEqual(['Works council mode: whole teams only.']);
        await expect(element).toBeAccessible();
    });
});
