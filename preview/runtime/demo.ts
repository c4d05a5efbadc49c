// The sample data, loaded on first use: a page whose components never ask for data does not pay
// for it. One shared, mutable copy, so an update through uiRecordApi shows in later Apex answers,
// as it would in the org.
import type { BenchmarkData, CrmRecord, DemoData, DemoUser } from '../data/types';
import { page } from './context';
import { translateRecords } from './i18n';

let demo: Promise<DemoData> | undefined;
let benchmark: Promise<BenchmarkData> | undefined;

/** The sample team: 25 people, 90 days. */
export function demoData(): Promise<DemoData> {
    // Rule, badge, prompt and quest texts in the page's language, as RecordTexts gives them in Apex.
    demo ??= import('preview:demo').then((module) => translateRecords(module.default));
    return demo;
}

/** The 1,000-user leaderboard benchmark (its own chunk, fetched only by the answers that use it). */
export function benchmarkData(): Promise<BenchmarkData> {
    benchmark ??= import('preview:demo-bench').then((module) => module.default);
    return benchmark;
}

/** True on pages that ask for the 1,000-user benchmark ("dataset": "benchmark" in the page file). */
export function usesBenchmark(): boolean {
    return page.dataset === 'benchmark';
}

/** The Id of the user the page runs as (what UserInfo.getUserId() returns to Apex). */
export function currentUserId(): string {
    return page.userId;
}

/** The user the page runs as. */
export async function currentUser(): Promise<DemoUser> {
    const data = await demoData();
    const user = data.users.find((candidate) => candidate.Id === page.userId);
    if (!user) {
        throw new Error(`The page's user ${page.userId} is not in the sample data.`);
    }
    return user;
}

/** A CRM record by Id, and the object it belongs to; undefined when there is none. */
export async function findRecord(recordId: string): Promise<{ objectApiName: string; record: CrmRecord } | undefined> {
    const data = await demoData();
    for (const [objectApiName, records] of Object.entries(data.records)) {
        const record = records.find((candidate) => candidate.Id === recordId || candidate.Id.slice(0, 15) === recordId);
        if (record) {
            return { objectApiName, record };
        }
    }
    return undefined;
}

/** The direct reports of a manager (the user's team, the manager included, for a board). */
export async function teamOf(managerId: string): Promise<DemoUser[]> {
    const data = await demoData();
    return data.users.filter((user) => user.Id === managerId || user.ManagerId === managerId);
}
