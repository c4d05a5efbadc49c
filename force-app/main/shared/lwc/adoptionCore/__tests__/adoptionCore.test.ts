// Runs every case of the shared static resource AdoptionCoreCases.json (the same cases
// AdoptionCoreTest.cls runs in Apex) through the TypeScript functions, then tests what JSON cannot
// express: malformed date strings, JS Date values, numbers in exponent form, non-finite numbers.
import { readFileSync } from 'fs';
import { packageFile } from 'config/jest/utils/source';
import type { LevelInfo, PeriodType } from '../adoptionCore';
import type { ChallengeMember, ChallengeStanding } from '../adoptionCore';
import type { LocalPeriodKeys } from '../adoptionCore';
import type { TeamMember } from '../adoptionCore';
import {
    ALL_TIME_KEY,
    PERIOD_TYPES,
    challengeStandings,
    formatNumber,
    levelFor,
    localDate,
    localPeriodKeys,
    mergeFields,
    parseThresholds,
    periodKey,
    periodKeys,
    periodStart,
    previousPeriodKey,
    privateRankBand,
    rankBand,
    ranks,
    weekStartDayNumber,
    worksCouncilTeams
} from '../adoptionCore';

// Every case has a name; written as a Record because the lint's no-restricted-globals misreads a
// property called `name` in an interface as the browser global.
interface Case<T> extends Record<'name', string> {
    expected?: T;
    error?: boolean;
}

interface PeriodCase<T> extends Case<T> {
    date: string;
    periodType: PeriodType;
    weekStartDay: number;
    fiscalStartMonth: number;
    fiscalNamedByEndingYear: boolean;
}

interface Cases {
    weekStartDayNumber: (Case<number> & { dayName: string | null })[];
    periodKey: PeriodCase<string>[];
    periodStart: PeriodCase<string | null>[];
    periodKeys: PeriodCase<Record<PeriodType, string>>[];
    previousPeriodKey: PeriodCase<string>[];
    parseThresholds: (Case<number[]> & { csv: string | null })[];
    levelFor: (Case<LevelInfo> & { points: number | null; thresholds: number[] })[];
    ranks: (Case<number[]> & { scores: (number | null)[] | null })[];
    rankBand: (Case<number | null> & { rank: number | null; total: number | null })[];
    privateRankBand: (Case<number | null> & {
        rank: number | null;
        total: number | null;
        minimumSize: number | null;
    })[];
    worksCouncilTeams: (Case<Record<string, string | null>> & {
        members: (TeamMember | null)[] | null;
        teamSizes: Record<string, number | null> | null;
        minimumSize: number | null;
    })[];
    mergeFields: (Case<string> & { template: string | null; values: Record<string, unknown> | null })[];
    challengeStandings: (Case<ChallengeStanding[]> & {
        members: ChallengeMember[] | null;
        format: string;
        scoring: string | null;
        target: number | null;
    })[];
}

const CASES_PATH = packageFile('staticresources', 'AdoptionCoreCases.json');
const cases = JSON.parse(readFileSync(CASES_PATH, 'utf8')) as Cases;

// The edge cases of a function (exact decimals, blank teams, tiny numbers) are kept in their own
// group, '<function>Edges', and run with the function's other cases (AdoptionCoreTest does the same).
const EDGE_GROUPS = ['parseThresholdsEdges', 'levelForEdges', 'mergeFieldsEdges', 'challengeStandingsEdges'];
for (const group of EDGE_GROUPS) {
    const edges = (cases as unknown as Record<string, Case<unknown>[] | undefined>)[group];
    const base = (cases as unknown as Record<string, Case<unknown>[] | undefined>)[group.replace(/Edges$/, '')];
    if (!edges?.length || !base) {
        throw new Error(`AdoptionCoreCases.json: ${group} is missing, empty, or names no function`);
    }
    base.push(...edges);
}

/** Runs the cases of one function: each either returns `expected` or, when `error` is set, throws. */
function runCases<C extends Case<unknown>>(list: C[], call: (c: C) => unknown): void {
    const returning = list.filter((c) => c.error !== true);
    const throwing = list.filter((c) => c.error === true);
    it('has cases', () => {
        expect(returning.length).toBeGreaterThan(0);
    });
    it.each(returning.map((c) => [c.name, c] as const))('%s', (_title, c) => {
        expect(c).toHaveProperty('expected');
        expect(call(c)).toEqual(c.expected);
    });
    if (throwing.length > 0) {
        it.each(throwing.map((c) => [c.name, c] as const))('%s: throws', (_title, c) => {
            expect(() => call(c)).toThrow(Error);
        });
    }
}

describe('AdoptionCoreCases.json', () => {
    it('has a case list for every shared function, and every case a unique name', () => {
        const functions: (keyof Cases)[] = [
            'weekStartDayNumber',
            'periodKey',
            'periodStart',
            'periodKeys',
            'previousPeriodKey',
            'parseThresholds',
            'levelFor',
            'ranks',
            'rankBand',
            'privateRankBand',
            'mergeFields',
            'challengeStandings',
            'worksCouncilTeams'
        ];
        for (const fn of functions) {
            const names = cases[fn].map((c) => c.name);
            expect(new Set(names).size).toBe(names.length);
            for (const c of cases[fn]) {
                expect(typeof c.name).toBe('string');
                expect(c.error === true || 'expected' in c).toBe(true);
            }
        }
    });

    describe('weekStartDayNumber', () => {
        runCases(cases.weekStartDayNumber, (c) => weekStartDayNumber(c.dayName));
    });

    describe('periodKey', () => {
        runCases(cases.periodKey, (c) =>
            periodKey(c.date, c.periodType, c.weekStartDay, c.fiscalStartMonth, c.fiscalNamedByEndingYear)
        );
    });

    describe('periodStart', () => {
        runCases(cases.periodStart, (c) => periodStart(c.date, c.periodType, c.weekStartDay, c.fiscalStartMonth));
    });

    describe('periodKeys', () => {
        runCases(cases.periodKeys, (c) =>
            periodKeys(c.date, c.weekStartDay, c.fiscalStartMonth, c.fiscalNamedByEndingYear)
        );
    });

    describe('previousPeriodKey', () => {
        runCases(cases.previousPeriodKey, (c) =>
            previousPeriodKey(c.date, c.periodType, c.weekStartDay, c.fiscalStartMonth, c.fiscalNamedByEndingYear)
        );
    });

    describe('parseThresholds', () => {
        runCases(cases.parseThresholds, (c) => parseThresholds(c.csv));
    });

    describe('levelFor', () => {
        runCases(cases.levelFor, (c) => levelFor(c.points, c.thresholds));
    });

    describe('ranks', () => {
        runCases(cases.ranks, (c) => ranks(c.scores));
    });

    describe('rankBand', () => {
        runCases(cases.rankBand, (c) => rankBand(c.rank, c.total));
    });

    describe('privateRankBand (no band spans fewer places than the minimum)', () => {
        runCases(cases.privateRankBand, (c) => privateRankBand(c.rank, c.total, c.minimumSize));
    });

    describe('worksCouncilTeams (the fixed partition of works council mode)', () => {
        runCases(cases.worksCouncilTeams, (c) => worksCouncilTeams(c.members, c.teamSizes, c.minimumSize));
    });

    describe('mergeFields', () => {
        runCases(cases.mergeFields, (c) => mergeFields(c.template, c.values));
    });

    describe('challengeStandings (calculated by hand)', () => {
        runCases(cases.challengeStandings, (c) => challengeStandings(c.members, c.format, c.scoring, c.target));
    });
});

// Lightning Locker (orgs not yet on Lightning Web Security) does not promise the BigInt global, so
// the exact arithmetic must not need it: the functions that use it run their shared cases without it.
describe('without the BigInt global, as under Lightning Locker', () => {
    const bigInt = globalThis.BigInt;
    beforeAll(() => {
        Reflect.deleteProperty(globalThis, 'BigInt');
    });
    afterAll(() => {
        Object.defineProperty(globalThis, 'BigInt', { value: bigInt, writable: true, configurable: true });
    });

    it('runs with no BigInt global', () => {
        expect(typeof (globalThis as Record<string, unknown>).BigInt).toBe('undefined');
    });

    describe('levelFor', () => {
        runCases(cases.levelFor, (c) => levelFor(c.points, c.thresholds));
    });

    describe('mergeFields', () => {
        runCases(cases.mergeFields, (c) => mergeFields(c.template, c.values));
    });

    describe('challengeStandings', () => {
        runCases(cases.challengeStandings, (c) => challengeStandings(c.members, c.format, c.scoring, c.target));
    });

    it('adds, multiplies and divides past Number.MAX_SAFE_INTEGER exactly', () => {
        // 9007199254740993 is not a double: summed exactly, the team's average is exact too.
        const members = [
            { key: 'a', team: 'x', points: 9007199254740992 },
            { key: 'b', team: 'x', points: 1 },
            { key: 'c', team: 'x', points: 0.05 }
        ];
        const [team] = challengeStandings(members, 'Team', 'Average', null);
        expect(team.value).toBe(3002399751580331);
        expect(levelFor(1000000049.9999999, [0, 1000000000, 1000000100]).progressPercent).toBe(49);
        expect(formatNumber(1.5e-21)).toBe('0.0000000000000000000015');
        expect(formatNumber(-1.2345e25)).toBe('-12345000000000000000000000');
        expect(formatNumber(5e-324)).toBe(`0.${'0'.repeat(323)}5`);
    });
});

describe('period functions beyond the shared cases', () => {
    it.each([
        '2026-02-30',
        '2025-02-29',
        '2026-13-01',
        '2026-00-10',
        '2026-04-31',
        '1900-02-29',
        '2026-1-5',
        '20261120',
        ''
    ])('rejects the malformed date %p', (date) => {
        expect(() => periodKey(date, 'Month', 1, 1, true)).toThrow(/date/);
    });

    it('rejects a date that is not a string', () => {
        const notAString = new Date(2026, 10, 20) as unknown as string;
        expect(() => periodStart(notAString, 'Month', 1, 1)).toThrow("Expected a date as 'YYYY-MM-DD'");
    });

    it('rejects a fractional week start day and a flag that is not a boolean', () => {
        expect(() => periodKey('2026-11-20', 'Week', 1.5, 1, true)).toThrow('weekStartDay');
        expect(() => periodKey('2026-11-20', 'Quarter', 1, 2, 'true' as unknown as boolean)).toThrow(
            'fiscalNamedByEndingYear'
        );
    });

    it('names the bad value in the message', () => {
        expect(() => periodKey('2026-11-20', 'week' as PeriodType, 1, 1, true)).toThrow(
            "Unknown period type 'week': expected one of Week, Month, Quarter, Year, All Time."
        );
        expect(() => periodKey('2026-11-20', 'Week', 8, 1, true)).toThrow(
            'weekStartDay must be a whole number from 1 to 7, got 8.'
        );
    });

    it('handles century leap rules and the ends of the Apex date range', () => {
        expect(periodKey('2000-02-29', 'Week', 1, 1, true)).toBe('2000-W09');
        expect(periodStart('1700-03-03', 'Week', 1, 1)).toBe('1700-03-01');
        expect(periodStart('1700-03-01', 'Week', 7, 1)).toBe('1700-02-28');
        expect(periodKey('4000-12-31', 'Week', 1, 1, true)).toBe('4000-W52');
    });

    it('gives every period key for every picklist value', () => {
        const keys = periodKeys('2026-11-20', 1, 1, true);
        expect(Object.keys(keys)).toEqual([...PERIOD_TYPES]);
        expect(keys['All Time']).toBe(ALL_TIME_KEY);
    });

    it('moves one whole period back for every type on every day of a year', () => {
        // The previous period's start is strictly before this one's and no day lies between them.
        for (let day = 0; day < 366; day++) {
            const date = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
            for (const type of ['Week', 'Month', 'Quarter', 'Year'] as PeriodType[]) {
                const start = periodStart(date, type, 7, 4) as string;
                const dayBefore = new Date(Date.parse(`${start}T00:00:00Z`) - 86400000).toISOString().slice(0, 10);
                expect(previousPeriodKey(date, type, 7, 4, true)).toBe(periodKey(dayBefore, type, 7, 4, true));
                expect(periodKey(start, type, 7, 4, true)).toBe(periodKey(date, type, 7, 4, true));
            }
        }
    });
});

describe('levels, ranks and bands beyond the shared cases', () => {
    it('treats undefined and non-finite points as 0', () => {
        const atZero = { level: 1, floorPoints: 0, nextThreshold: 100, progressPercent: 0 };
        expect(levelFor(undefined, [0, 100])).toEqual(atZero);
        expect(levelFor(Number.NaN, [0, 100])).toEqual(atZero);
    });

    it('rejects fractional thresholds and says why', () => {
        expect(() => levelFor(10, [0, 1.5])).toThrow('Level threshold 2 is not a whole number: 1.5.');
        expect(() => levelFor(10, [100])).toThrow('The first level threshold must be 0, got 100.');
        expect(() => levelFor(10, [0, 50, 20])).toThrow('Level thresholds must be strictly ascending: 20 follows 50.');
    });

    it('names the bad entry of a thresholds setting', () => {
        expect(() => parseThresholds('0,abc')).toThrow("Level threshold 2 ('abc') is not a whole number");
        expect(() => parseThresholds('0,,5')).toThrow("Level threshold 2 is blank in '0,,5'.");
        expect(() => parseThresholds(undefined)).toThrow('Level thresholds are blank');
    });

    it('ranks undefined, NaN and infinite scores', () => {
        expect(ranks(undefined)).toEqual([]);
        expect(ranks([undefined, Number.NaN, 1])).toEqual([2, 2, 1]);
        expect(ranks([Number.POSITIVE_INFINITY, 5, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY])).toEqual([
            1, 3, 4, 1
        ]);
    });

    it('ranks a large board in input order', () => {
        const scores = Array.from({ length: 5000 }, (_, i) => i % 100);
        const result = ranks(scores);
        expect(result[99]).toBe(1);
        expect(result[0]).toBe(4951);
        expect(result[4999]).toBe(1);
    });

    it('rejects fractional ranks and totals', () => {
        expect(() => rankBand(1.5, 10)).toThrow('Rank 1.5 is not a place on a board of 10.');
        expect(() => rankBand(1, 10.5)).toThrow(Error);
        expect(rankBand(undefined, 10)).toBeNull();
        expect(rankBand(1, undefined)).toBeNull();
    });

    it('never tells a band that spans fewer places than the minimum, on any board up to 200', () => {
        // The property the shared cases sample: for every board size and minimum, each band's
        // places (the ranks that get it) are consecutive and at least the minimum in number.
        for (const minimum of [3, 5, 8]) {
            for (let total = 1; total <= 200; total++) {
                const counts = new Map<number | null, number>();
                for (let rank = 1; rank <= total; rank++) {
                    const band = privateRankBand(rank, total, minimum);
                    counts.set(band, (counts.get(band) ?? 0) + 1);
                }
                for (const [band, places] of counts) {
                    expect(band === null ? total < minimum : places >= minimum).toBe(true);
                }
            }
        }
    });

    it('rejects fractional ranks, sizes and totals in the private functions', () => {
        expect(() => privateRankBand(1.5, 10, 5)).toThrow('Rank 1.5 is not a place on a board of 10.');
        expect(privateRankBand(undefined, 10, 5)).toBeNull();
        expect(privateRankBand(1, 10, undefined)).toBe(10);
        expect(() => worksCouncilTeams([], { A: 1.5 }, 5)).toThrow('Team A has no valid size: 1.5.');
        expect(worksCouncilTeams(undefined, { A: 1 }, 5)).toEqual({});
        expect(() => worksCouncilTeams([], {}, Number.NaN)).toThrow('at least 1');
    });
});

describe('mergeFields beyond the shared cases', () => {
    it('returns blank for an undefined template and merges undefined values as blank', () => {
        expect(mergeFields(undefined, { Name: 'Ada' })).toBe('');
        expect(mergeFields('[{Name}]', undefined)).toBe('[]');
        expect(mergeFields('[{Name}]', { Name: undefined })).toBe('[]');
    });

    it('prints numbers in plain decimal notation, never in exponent form', () => {
        expect(mergeFields('{a}|{b}|{c}', { a: 1e21, b: 1e-7, c: -2.5e-7 })).toBe(
            '1000000000000000000000|0.0000001|-0.00000025'
        );
        expect(mergeFields('{a}|{b}|{c}', { a: Number.NaN, b: Number.POSITIVE_INFINITY, c: BigInt(42) })).toBe('||42');
    });

    it('prints a JS Date as its local date and time', () => {
        expect(mergeFields('{When}', { When: new Date(2026, 10, 20, 9, 5) })).toBe('2026-11-20 09:05');
        expect(mergeFields('[{When}]', { When: new Date(Number.NaN) })).toBe('[]');
    });

    it('does not walk into dates, arrays, functions or inherited properties', () => {
        const values = { When: new Date(2026, 10, 20), Tags: ['a'], fn: () => 'x' };
        expect(mergeFields('[{When.getTime}][{Tags.length}][{fn}][{toString}][{constructor}]', values)).toBe(
            '[][][][][]'
        );
        expect(mergeFields('[{Name.length}]', { Name: 'Ada' })).toBe('[]');
    });

    it('does not interpret HTML or script', () => {
        const value = '<img src=x onerror="alert(1)">';
        expect(mergeFields('{v}', { v: value })).toBe(value);
    });
});

describe('localPeriodKeys (AdoptionCoreCases.json): the day and periods of an instant in the rep’s time zone', () => {
    interface LocalCase extends Case<LocalPeriodKeys> {
        instant: string;
        timeZone: string;
        weekStartDay: number;
        fiscalStartMonth: number;
        fiscalNamedByEndingYear: boolean;
    }
    const localCases = (cases as unknown as { localPeriodKeys: LocalCase[] }).localPeriodKeys;

    it('has uniquely named cases', () => {
        const names = localCases.map((c) => c.name);
        expect(new Set(names).size).toBe(names.length);
    });

    runCases(localCases, (c) =>
        localPeriodKeys(c.instant, c.timeZone, c.weekStartDay, c.fiscalStartMonth, c.fiscalNamedByEndingYear)
    );

    it('gives localDate the same day as every shared case', () => {
        for (const c of localCases.filter((item) => item.error !== true)) {
            expect(localDate(c.instant, c.timeZone)).toBe(c.expected?.Day);
        }
    });

    it.each(['2026-11-16', '2026-11-16T08:00:00', '2026-11-16T08:00:00+09:00', '2026-13-16T08:00:00Z', ''])(
        'rejects the instant %p',
        (instant) => {
            expect(() => localDate(instant, 'Asia/Tokyo')).toThrow(/instant/);
        }
    );

    it('rejects a time zone that is not text and names it', () => {
        expect(() => localDate('2026-11-16T08:00:00Z', undefined as unknown as string)).toThrow(
            "Expected a time zone ID such as 'America/Los_Angeles', got undefined."
        );
    });

    it('crosses every hour of a DST day in Los Angeles onto the right local day', () => {
        // 2026-03-08 is 23 hours long in Los Angeles: 08:00Z is its midnight, 07:00Z the next one.
        for (let hour = 0; hour < 23; hour++) {
            const instant = new Date(Date.UTC(2026, 2, 8, 8 + hour, 0, 0)).toISOString();
            expect(localDate(instant, 'America/Los_Angeles')).toBe('2026-03-08');
        }
        expect(localDate('2026-03-09T07:00:00.000Z', 'America/Los_Angeles')).toBe('2026-03-09');
    });
});

// The property the fixed partition exists for: a team's aggregate covers the same people on every
// board that shows it, whichever other people the board holds.
describe('worksCouncilTeams beyond the shared cases', () => {
    it('shows a team on two boards only with the same members, however the boards are cut', () => {
        const org: TeamMember[] = [];
        for (let team = 0; team < 6; team++) {
            for (let person = 0; person <= team + 2; person++) {
                org.push({ key: `t${team}p${person}`, manager: `m${team}` });
            }
        }
        const sizes: Record<string, number> = {};
        for (const member of org) {
            sizes[member.manager as string] = (sizes[member.manager as string] ?? 0) + 1;
        }
        const teamsOf = (board: TeamMember[]): Map<string, Set<string>> => {
            const teams = new Map<string, Set<string>>();
            for (const [person, team] of Object.entries(worksCouncilTeams(board, sizes, 3))) {
                if (team !== null) {
                    teams.set(team, (teams.get(team) ?? new Set<string>()).add(person));
                }
            }
            return teams;
        };
        const everyone = teamsOf(org);
        expect(everyone.size).toBe(6);
        let shown = 0;
        for (let seed = 1; seed < 100; seed++) {
            const board = org.filter((_, index) => (index * seed) % 7 !== 0);
            for (const [team, members] of teamsOf(board)) {
                shown++;
                expect([...members].sort()).toEqual([...(everyone.get(team) ?? [])].sort());
                expect(members.size).toBeGreaterThanOrEqual(3);
            }
        }
        expect(shown).toBeGreaterThan(0);
    });
});
