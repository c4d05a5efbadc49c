// Runs every case of the shared static resource AdoptionGoalCases.json (GoalPaceTest runs the same
// cases through GoalPace in Apex), then the day helpers.
import { readFileSync } from 'fs';
import { pace, periodEnd, shift, weekday } from 'c/goalPace';
import type { Pace } from 'c/goalPace';
import { packageFile } from 'config/jest/utils/source';

interface PaceCase {
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    target: number;
    done: number;
    start: string;
    end: string;
    today: string;
    workingDays: number[];
    holidays: string[];
    expected: Pace;
}

const cases = JSON.parse(readFileSync(packageFile('staticresources', 'AdoptionGoalCases.json'), 'utf8')) as {
    pace: PaceCase[];
};

describe('c/goalPace pace (AdoptionGoalCases)', () => {
    it('has cases of every state', () => {
        const states = new Set(cases.pace.map((c) => c.expected.state));
        expect([...states].sort()).toEqual(['behind', 'done', 'missed', 'onTrack', 'upcoming']);
    });

    it.each(cases.pace.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(pace(c.target, c.done, c.start, c.end, c.today, c.workingDays, c.holidays)).toEqual(c.expected);
    });
});

describe('c/goalPace days', () => {
    it('numbers weekdays from Monday, as GoalPace.dayNumber', () => {
        expect(weekday('2026-11-16')).toBe(1);
        expect(weekday('2026-11-18')).toBe(3);
        expect(weekday('2026-11-22')).toBe(7);
        expect(weekday('1970-01-01')).toBe(4);
        expect(weekday('1969-12-29')).toBe(1);
    });

    it('ends a week on its seventh day and a month on its last', () => {
        expect(periodEnd('2026-11-16', 'Week')).toBe('2026-11-22');
        expect(periodEnd('2026-12-28', 'Week')).toBe('2027-01-03');
        expect(periodEnd('2026-11-01', 'Month')).toBe('2026-11-30');
        expect(periodEnd('2028-02-01', 'Month')).toBe('2028-02-29');
        expect(shift('2026-03-01', -1)).toBe('2026-02-28');
    });
});
