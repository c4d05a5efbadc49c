// The wire adapter factories @salesforce/sfdx-lwc-jest re-exports for tests, typed as far as the
// tests use them (the package ships no declarations of its own).

declare module '@salesforce/sfdx-lwc-jest' {
    /** A wire adapter a test drives: emit() provisions every wired component. */
    export interface TestWireAdapter<Value = unknown> {
        emit(value: Value, filterFn?: (config: Record<string, unknown>) => boolean): void;
        getLastConfig(): Record<string, unknown> | null;
    }

    /** An Apex wire adapter a test drives: emit(data) or error(body) reach the component as { data, error }. */
    export interface ApexTestWireAdapter<Data = unknown> extends TestWireAdapter<Data> {
        error(body?: unknown, status?: number, statusText?: string): void;
    }

    export function createTestWireAdapter<Value = unknown>(adapterId?: unknown): TestWireAdapter<Value>;
    export function createApexTestWireAdapter<Data = unknown>(adapterId?: unknown): ApexTestWireAdapter<Data>;
}
