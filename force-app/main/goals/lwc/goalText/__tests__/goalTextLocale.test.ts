// Review goals-final m5: a goal's figures in the user's Salesforce locale (@salesforce/i18n/locale),
// not '100000' and '80%': a German reader sees 100.000 and 80 %.
jest.mock('@salesforce/i18n/locale', () => ({ default: 'de-DE' }), { virtual: true });

import { line } from 'c/goalText';
import type { GoalView } from 'c/goalPace';

const GOAL: GoalView = {
    id: 'a0G000000000001AAA',
    repId: '005000000000001AAA',
    repName: 'Ana Lopez',
    periodType: 'Month',
    periodStart: '2026-11-01',
    periodEnd: '2026-11-30',
    kind: 'Points',
    measure: null,
    measureLabel: 'Points',
    target: 100000,
    status: 'Agreed',
    proposedByRep: true,
    waitingForMe: false,
    canEditTarget: false,
    done: 12500,
    expected: 60000,
    state: 'behind',
    today: '2026-11-18'
};

describe('c/goalText in the German locale', () => {
    it('groups targets and done counts, and spaces percents, as the locale writes them', () => {
        const points = line(GOAL, false);
        expect(points.targetText).toBe('100.000');
        expect(points.doneText).toBe('12.500');
        expect(points.progressText).toBe('12.500 of 100.000 done');
        const hygiene = line({ ...GOAL, kind: 'Hygiene', measure: 'NextStep', target: 80, done: 75 }, false);
        expect(hygiene.targetText.replace(/\s/u, ' ')).toBe('80 %');
        expect(hygiene.doneText.replace(/\s/u, ' ')).toBe('75 %');
    });
});
