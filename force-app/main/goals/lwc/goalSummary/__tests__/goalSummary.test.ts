import { readFileSync } from 'fs';
import { join } from 'path';
import { createElement } from 'lwc';
import type { ApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import GoalSummary from 'c/goalSummary';
import type { TeamGoals } from 'c/goalPace';
import { all, flush, one, texts } from 'config/jest/utils/dom';

jest.mock(
    '@salesforce/apex/GoalsController.getTeamGoals',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);

const wire = jest.requireMock<{ default: ApexTestWireAdapter<TeamGoals> }>(
    '@salesforce/apex/GoalsController.getTeamGoals'
).default;
const TEAM = JSON.parse(
    readFileSync(join(__dirname, '..', '..', 'goalTeam', '__tests__', 'data', 'teamGoals.json'), 'utf8')
) as TeamGoals;

function createSummary(): HTMLElement {
    const element = createElement('c-goal-summary', { is: GoalSummary });
    document.body.appendChild(element);
    return element;
}

describe('c-goal-summary', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows a table per rep for the month, with attainment, and prints', async () => {
        const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
        const element = createSummary();
        wire.emit(TEAM);
        await flush();
        expect(texts(element, '.goal-summary-month')).toEqual(['Goals for November 2026']);
        expect(texts(element, '.goal-summary-rep-name')).toEqual(['Ana Lopez', 'Ben Okafor']);
        expect(texts(element, '.goal-summary-reached')).toEqual([
            '0 of 1 agreed goals reached',
            '1 of 1 agreed goals reached'
        ]);
        expect(all(element, 'tbody tr').length).toBe(3);
        expect(texts(element, 'tbody tr:first-child td')).toEqual([
            'Week of Nov 16',
            '15',
            '9',
            'Agreed',
            'On track: 9 of 15 expected by Wednesday',
            'Week of Nov 16',
            '15',
            '15',
            'Agreed',
            'Done'
        ]);
        await expect(element).toBeAccessible();
        one(element, '.goal-summary-print').click();
        expect(print).toHaveBeenCalled();
        print.mockRestore();
    });

    it('moves to the previous and next month', async () => {
        const element = createSummary();
        wire.emit(TEAM);
        await flush();
        one(element, '.goal-summary-previous').click();
        await flush();
        expect(wire.getLastConfig()).toEqual({ monthStart: '2026-10-01' });
        wire.emit({ ...TEAM, monthStart: '2026-10-01', monthEnd: '2026-10-31', reps: [] });
        await flush();
        expect(texts(element, '.goal-summary-empty')).toEqual(['No goals for this month yet.']);
        one(element, '.goal-summary-next').click();
        await flush();
        expect(wire.getLastConfig()).toEqual({ monthStart: '2026-11-01' });
    });

    it('says when attainment is withheld and when loading fails', async () => {
        const element = createSummary();
        wire.emit({ ...TEAM, attainmentWithheld: true });
        await flush();
        expect(texts(element, '.goal-summary-withheld')[0]).toContain('Works council mode');
        expect(texts(element, '.goal-summary-reached')).toEqual(['', '']);
        wire.error();
        await flush();
        expect(texts(element, '.goal-summary-error')).toEqual(['Goals could not be loaded. Try again in a moment.']);
        await expect(element).toBeAccessible();
    });
});
