// Runs the interruption budget's shared cases (AdoptionCoreCases.json: quietHours, interruptions; the
// same cases AdoptionCoreTest.cls runs through InterruptionRules) through the TypeScript twin, then
// what JSON cannot express: a missing request, every hour of a day in both directions.
import { readFileSync } from 'fs';
import { packageFile } from 'config/jest/utils/source';
import type { InterruptionDecision, InterruptionRequest, QuietHours } from '../adoptionCore';
import { INTERRUPTION_TOPICS, MUTE_KEYS, decideInterruption, quietHours } from '../adoptionCore';

interface Case<T> extends Record<'name', string> {
    expected?: T;
    error?: boolean;
}
interface QuietCase extends Case<QuietHours> {
    instant: string;
    timeZone: string;
    start: number;
    end: number;
}
type DecisionCase = Case<InterruptionDecision> & InterruptionRequest;

const CASES_PATH = packageFile('staticresources', 'AdoptionCoreCases.json');
const cases = JSON.parse(readFileSync(CASES_PATH, 'utf8')) as {
    quietHours: QuietCase[];
    interruptions: DecisionCase[];
};

function runCases<C extends Case<unknown>>(list: C[], call: (c: C) => unknown): void {
    it('has uniquely named cases, each expecting a result or an error', () => {
        const names = list.map((c) => c.name);
        expect(new Set(names).size).toBe(names.length);
        for (const c of list) {
            expect(typeof c.name).toBe('string');
            expect(c.error === true || 'expected' in c).toBe(true);
        }
    });
    const returning = list.filter((c) => c.error !== true);
    const throwing = list.filter((c) => c.error === true);
    it.each(returning.map((c) => [c.name, c] as const))('%s', (_title, c) => {
        expect(call(c)).toEqual(c.expected);
    });
    it.each(throwing.map((c) => [c.name, c] as const))('%s: throws', (_title, c) => {
        expect(() => call(c)).toThrow(Error);
    });
}

describe('quietHours (AdoptionCoreCases.json)', () => {
    runCases(cases.quietHours, (c) => quietHours(c.instant, c.timeZone, c.start, c.end));

    it('refuses an instant Apex could not hold (no Z, no seconds)', () => {
        expect(() => quietHours('2026-11-16T12:00:00', 'Asia/Tokyo', 20, 7)).toThrow(Error);
        expect(() => quietHours('2026-11-16T12:00Z', 'Asia/Tokyo', 20, 7)).toThrow(Error);
    });

    it('holds from 20:00 to 06:59 in the rep’s zone and nowhere else, every hour of a day', () => {
        const answers = Array.from({ length: 24 }, (_, utcHour) =>
            quietHours(`2026-11-16T${String(utcHour).padStart(2, '0')}:00:00Z`, 'Asia/Tokyo', 20, 7)
        );
        const quiet = answers.filter((answer) => answer.quiet);
        expect(quiet.map((answer) => Number(answer.localTime.slice(0, 2))).sort((a, b) => a - b)).toEqual([
            0, 1, 2, 3, 4, 5, 6, 20, 21, 22, 23
        ]);
        expect(new Set(quiet.map((answer) => answer.until))).toEqual(new Set(['07:00']));
        expect(new Set(answers.filter((answer) => !answer.quiet).map((answer) => answer.until))).toEqual(
            new Set([null])
        );
    });
});

describe('decideInterruption (AdoptionCoreCases.json: interruptions)', () => {
    runCases(cases.interruptions, (c) => decideInterruption(c));

    it('covers every verdict and reason', () => {
        const seen = new Set(
            cases.interruptions
                .filter((c) => c.expected)
                .map((c) => `${c.expected?.verdict}/${c.expected?.reason ?? ''}`)
        );
        expect([...seen].sort()).toEqual(
            ['allowed/', 'bundled/', 'held/cap', 'held/promptCap', 'held/quiet', 'muted/'].sort()
        );
    });

    it('refuses a missing request', () => {
        expect(() => decideInterruption(undefined as unknown as InterruptionRequest)).toThrow(Error);
    });

    it('lists every topic and mute My Progress offers', () => {
        expect(INTERRUPTION_TOPICS).toEqual(['badge', 'level', 'streak', 'challenge', 'recognition']);
        expect(MUTE_KEYS).toEqual([...INTERRUPTION_TOPICS, 'prompt', 'push']);
    });
});

// AdoptionCoreTest.toInstant reads an instant only as ISO-8601 UTC; any other reaches InterruptionRules as
// null. A case expecting a result must therefore give its instant in that form, or the Apex runner would
// test something else than this one (review reach-final B1).
describe('case instants, as the Apex runner reads them', () => {
    const APEX_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
    const all = JSON.parse(readFileSync(CASES_PATH, 'utf8')) as Record<string, unknown>;
    type WithInstant = Case<unknown> & { instant?: unknown };
    const returning = Object.entries(all)
        .filter((entry): entry is [string, WithInstant[]] => Array.isArray(entry[1]))
        .flatMap(([set, list]) => list.filter((c) => c.error !== true).map((c) => [set, c] as const))
        .flatMap(([set, c]) => (typeof c.instant === 'string' ? [[`${set}: ${c.name}`, c.instant] as const] : []));
    it('covers the sets with instants', () => {
        expect(returning.length).toBeGreaterThan(20);
    });
    it.each(returning.map(([title, instant]) => [title, instant]))('%s', (_title, instant) => {
        expect(instant).toMatch(APEX_INSTANT);
    });
});
