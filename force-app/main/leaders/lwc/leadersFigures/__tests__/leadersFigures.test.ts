import { readFileSync } from 'node:fs';
import { average, median, percent } from 'c/leadersFigures';
import { packageFile } from 'config/jest/utils/source';

interface ValuesCase {
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    values: number[];
    expected: number | null;
}

interface PercentCase {
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    part: number;
    whole: number;
    expected: number;
}

const cases = JSON.parse(readFileSync(packageFile('staticresources', 'LeadersCases.json'), 'utf8')) as {
    median: ValuesCase[];
    average: ValuesCase[];
    percent: PercentCase[];
};

describe('c/leadersFigures against LeadersCases.json (LeadersServiceTest runs the same cases in Apex)', () => {
    it('has cases to run', () => {
        expect(cases.median.length).toBeGreaterThanOrEqual(5);
        expect(cases.average.length).toBeGreaterThanOrEqual(5);
        expect(cases.percent.length).toBeGreaterThanOrEqual(5);
    });

    it.each(cases.median.map((item) => [item.name, item] as const))('median: %s', (_name, item) => {
        expect(median(item.values)).toBe(item.expected);
    });

    it.each(cases.average.map((item) => [item.name, item] as const))('average: %s', (_name, item) => {
        expect(average(item.values)).toBe(item.expected);
    });

    it.each(cases.percent.map((item) => [item.name, item] as const))('percent: %s', (_name, item) => {
        expect(percent(item.part, item.whole)).toBe(item.expected);
    });
});
