// SOQL helpers: every page of a query (the REST API returns up to 2,000 records per page and a
// nextRecordsUrl for the next), literals quoted safely, and upserts in sObject Collections batches.
import type { Connection } from 'jsforce';
import { summariseRowErrors, type RowError } from './errors.js';

export type Row = Record<string, unknown>;

interface Page {
    records: Row[];
    done?: boolean;
    nextRecordsUrl?: string;
}

/** All records of a query, following nextRecordsUrl; `tooling` queries the Tooling API. */
export async function queryAll<T extends Row>(conn: Connection, soql: string, tooling = false): Promise<T[]> {
    const api = tooling ? conn.tooling : conn;
    let page = (await api.query(soql)) as unknown as Page;
    const records: Row[] = [...page.records];
    while (page.done === false && page.nextRecordsUrl) {
        page = (await api.queryMore(page.nextRecordsUrl)) as unknown as Page;
        records.push(...page.records);
    }
    return records as T[];
}

/** A SOQL string literal: 'O\'Brien'. */
export function soqlString(value: string): string {
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

/** A SOQL IN list: ('a', 'b'). */
export function soqlIn(values: Iterable<string>): string {
    const list = [...new Set(values)];
    return `(${list.length ? list.map(soqlString).join(', ') : "''"})`;
}

/** A relationship field of a query row (`Owner.Name`), or undefined. */
export function field(row: Row, path: string): unknown {
    let current: unknown = row;
    for (const part of path.split('.')) {
        if (typeof current !== 'object' || current === null) {
            return undefined;
        }
        current = (current as Row)[part];
    }
    return current;
}

export function text(row: Row, path: string): string {
    const value = field(row, path);
    return value === null || value === undefined ? '' : String(value);
}

export function num(row: Row, path: string): number {
    const value = field(row, path);
    return typeof value === 'number' ? value : Number(value ?? 0) || 0;
}

export interface UpsertSummary {
    created: number;
    updated: number;
    failed: number;
    /** Grouped row errors and what to do about them. */
    problems: string[];
}

interface UpsertRow {
    success: boolean;
    created?: boolean;
    errors?: RowError[];
}

/** The largest sObject Collections request. */
export const COLLECTION_SIZE = 200;

/**
 * Upserts rows by an external id field in batches of 200 (PATCH /composite/sobjects/{type}/{field},
 * allOrNone false: one bad row does not stop the others). `onBatch` reports progress.
 */
export async function upsertAll(
    conn: Connection,
    type: string,
    rows: readonly Row[],
    externalIdField: string,
    onBatch: (done: number, total: number) => void = () => {}
): Promise<UpsertSummary> {
    const summary: UpsertSummary = { created: 0, updated: 0, failed: 0, problems: [] };
    const errors: RowError[] = [];
    for (let start = 0; start < rows.length; start += COLLECTION_SIZE) {
        const batch = rows.slice(start, start + COLLECTION_SIZE).map((row) => ({ ...row }));
        const results = (await conn.sobject(type).upsert(batch, externalIdField, { allOrNone: false })) as unknown;
        const list = (Array.isArray(results) ? results : [results]) as UpsertRow[];
        for (const result of list) {
            if (result.success) {
                summary[result.created ? 'created' : 'updated']++;
            } else {
                summary.failed++;
                errors.push(...(result.errors?.length ? result.errors : [{ message: 'unknown error' }]));
            }
        }
        onBatch(Math.min(start + COLLECTION_SIZE, rows.length), rows.length);
    }
    summary.problems = summariseRowErrors(errors);
    return summary;
}
