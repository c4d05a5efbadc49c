import { line, monthName, periodOptions, periodText, shortDay, weekdayName } from 'c/goalText';
import type { GoalPickers, GoalView } from 'c/goalPace';

function goal(overrides: Partial<GoalView> = {}): GoalView {
    return {
        id: 'a0G000000000001AAA',
        repId: '005000000000001AAA',
        repName: 'Ana Lopez',
        periodType: 'Week',
        periodStart: '2026-11-16',
        periodEnd: '2026-11-22',
        kind: 'Rule',
        measure: 'Log_Call',
        measureLabel: 'Log a call',
        target: 15,
        status: 'Agreed',
        proposedByRep: true,
        waitingForMe: false,
        canEditTarget: false,
        done: 9,
        expected: 9,
        state: 'onTrack',
        today: '2026-11-18',
        ...overrides
    };
}

describe('c/goalText', () => {
    it('says the pace as the issue asks: on track, 9 of 15 by Wednesday', () => {
        const shown = line(goal(), true);
        expect(shown.progressText).toBe('9 of 15 done');
        expect(shown.paceText).toBe('On track: 9 of 15 expected by Wednesday');
        expect(shown.progressValue).toBe(60);
        expect(shown.periodText).toBe('Week of Nov 16');
        expect(shown.statusText).toBe('Agreed');
        expect(shown.paceClass).toContain('goal-pace_good');
        expect(shown.acceptAria).toBe('Accept: Log a call');
    });

    it('says behind, done and missed in words', () => {
        expect(line(goal({ done: 5, state: 'behind' }), true).paceText).toBe('Behind: 9 of 15 expected by Wednesday');
        expect(line(goal({ done: 5, state: 'behind' }), true).paceClass).toContain('goal-pace_attention');
        expect(line(goal({ done: 16, state: 'done' }), true).paceText).toBe('Done');
        expect(line(goal({ done: 16, state: 'done' }), true).progressValue).toBe(100);
        expect(line(goal({ done: 3, state: 'missed' }), true).paceText).toBe('Missed');
    });

    it('shows a hygiene goal as a share of open deals, and a month by its name', () => {
        const shown = line(
            goal({
                kind: 'Hygiene',
                measureLabel: 'Open deals with a next step',
                target: 80,
                done: 75,
                state: 'notMet',
                periodType: 'Month',
                periodStart: '2026-11-01'
            }),
            true
        );
        expect(shown.progressText).toBe('75% of open deals, target 80%');
        expect(shown.paceText).toBe('Below target');
        expect(shown.targetText).toBe('80%');
        expect(shown.doneText).toBe('75%');
        expect(shown.periodText).toBe('November 2026');
    });

    it('shows no figure for a declined goal or one the server withholds', () => {
        const declined = line(goal({ status: 'Declined', message: 'Too low' }), true);
        expect(declined.progressText).toBe('No figure');
        expect(declined.progressValue).toBeNull();
        expect(declined.paceText).toBe('');
        expect(declined.noteText).toBe('Note: Too low');
        const withheld = line(goal({ done: null, expected: null, state: null }), false);
        expect(withheld.progressText).toBe('No figure');
        expect(withheld.doneText).toBe('');
    });

    it('says whose turn a proposal is', () => {
        expect(line(goal({ status: 'Proposed' }), true).waitingText).toBe('Waiting for your manager');
        expect(line(goal({ status: 'Proposed', waitingForMe: true, proposedByRep: false }), true).waitingText).toBe(
            'Waiting for you'
        );
        expect(line(goal({ status: 'Proposed', proposedByRep: false }), false).waitingText).toBe(
            'Waiting for Ana Lopez'
        );
        expect(line(goal({ status: 'Proposed', proposedByRep: true }), false).waitingText).toBe('');
        expect(line(goal({ status: 'Proposed', proposedByRep: false }), true).waitingText).toBe('');
    });

    it('names the periods a goal may be proposed for', () => {
        const pickers: GoalPickers = {
            periods: [
                { periodType: 'Week', periodStart: '2026-11-16', periodEnd: '2026-11-22' },
                { periodType: 'Week', periodStart: '2026-11-23', periodEnd: '2026-11-29' },
                { periodType: 'Month', periodStart: '2026-11-01', periodEnd: '2026-11-30' },
                { periodType: 'Month', periodStart: '2026-12-01', periodEnd: '2026-12-31' }
            ],
            rules: [],
            categories: [],
            hygiene: [],
            reps: []
        };
        expect(periodOptions(pickers)).toEqual([
            { label: 'This week, from Nov 16', value: 'Week|2026-11-16' },
            { label: 'Next week, from Nov 23', value: 'Week|2026-11-23' },
            { label: 'This month, November 2026', value: 'Month|2026-11-01' },
            { label: 'Next month, December 2026', value: 'Month|2026-12-01' }
        ]);
        expect(periodText('Week', '2026-11-16')).toBe('Week of Nov 16');
        expect(shortDay('2026-01-05')).toBe('Jan 5');
        expect(monthName('2026-02-01')).toBe('February 2026');
        expect(weekdayName('2026-11-22')).toBe('Sunday');
    });
});
