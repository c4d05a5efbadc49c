import { readFileSync } from 'node:fs';
import { actionDelta, lookBackFrom, standupOrder, type OrderInput } from 'c/standupCore';
import { packageFile } from 'config/jest/utils/source';

interface OrderCase {
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    people: OrderInput[];
    expected: { userId: string; group: string; timeBoxSeconds: number }[];
}

interface LookBackCase {
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    today: string;
    workingDays: number[];
    holidays: string[];
    expected: string;
}

interface NetCase {
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    entries: { entryType: string; actions: number | null }[];
    expected: number;
}

const cases = JSON.parse(readFileSync(packageFile('staticresources', 'StandupCases.json'), 'utf8')) as {
    order: OrderCase[];
    lookBack: LookBackCase[];
    netActions: NetCase[];
};

describe('c/standupCore against StandupCases.json (StandupCasesTest runs the same cases in Apex)', () => {
    it('has cases to run', () => {
        expect(cases.order.length).toBeGreaterThanOrEqual(4);
        expect(cases.lookBack.length).toBeGreaterThanOrEqual(10);
        expect(cases.netActions.length).toBeGreaterThanOrEqual(5);
    });

    it.each(cases.order.map((item) => [item.name, item] as const))('orders: %s', (_name, item) => {
        const placed = standupOrder(item.people).map(({ userId, group, timeBoxSeconds }) => ({
            userId,
            group,
            timeBoxSeconds
        }));
        expect(placed).toEqual(item.expected);
        expect(placed.reduce((sum, person) => sum + person.timeBoxSeconds, 0)).toBeLessThanOrEqual(600);
    });

    it.each(cases.lookBack.map((item) => [item.name, item] as const))('looks back: %s', (_name, item) => {
        expect(lookBackFrom(item.today, item.workingDays, item.holidays)).toBe(item.expected);
    });

    it.each(cases.netActions.map((item) => [item.name, item] as const))('nets: %s', (_name, item) => {
        expect(item.entries.reduce((sum, entry) => sum + actionDelta(entry.entryType, entry.actions), 0)).toBe(
            item.expected
        );
    });
});
