// What the platform gives a component for `@salesforce/apex/Class.method`: a function to call
// imperatively that is also a wire adapter. The preview plugin wraps each local answer
// (preview/apex/Class.method.ts) with apexMethod().
//
// Timing: the moment an answer's data reaches the component is marked with
// performance.mark('apex:Class.method'), so a browser test can measure "interactive within N ms of
// data arrival" from the mark to the component's rendered marker.
import { unwrap } from 'lwc';

/** A local answer: receives the call's parameters, returns (or resolves to) what Apex would. */
export type ApexAnswer<Params = Record<string, unknown>, Result = unknown> = (
    params: Params
) => Result | Promise<Result>;

/** The error body the platform rejects with when Apex throws (what reduceErrors reads). */
export interface ApexError {
    status: number;
    statusText: string;
    ok: false;
    body: { message: string; exceptionType: string; isUserDefinedException: boolean; stackTrace: string };
}

type DataCallback = (value: { data: unknown; error: unknown }) => void;

interface ApexWireAdapter {
    refresh(): Promise<void>;
}

export interface ApexMethod {
    (params?: Record<string, unknown>): Promise<unknown>;
    adapter: new (callback: DataCallback) => {
        connect(): void;
        update(config: Record<string, unknown>): void;
        disconnect(): void;
    };
}

/** Arrivals, in order, for tests: which method delivered data, and when (performance.now()). */
export const arrivals: { method: string; at: number }[] = [];

/** The adapters behind the values they provided, so refreshApex(value) can find its wire. */
const adaptersByValue = new WeakMap<object, ApexWireAdapter>();

/** JSON round trip: Apex results cross the wire as JSON; no Date, Map or shared references survive. */
function overTheWire<T>(value: T): T {
    return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function deepFreeze<T>(value: T): T {
    if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const child of Object.values(value as Record<string, unknown>)) {
            deepFreeze(child);
        }
    }
    return value;
}

function toApexError(error: unknown): ApexError {
    const message = error instanceof Error ? error.message : String(error);
    return {
        status: 500,
        statusText: 'Server Error',
        ok: false,
        body: {
            message,
            exceptionType: 'System.AuraHandledException',
            isUserDefinedException: true,
            stackTrace: ''
        }
    };
}

function markArrival(method: string): void {
    performance.mark(`apex:${method}`);
    arrivals.push({ method, at: performance.now() });
}

/** A macrotask, as a server round trip is: code that assumes synchronous data fails here as in the org. */
function roundTrip(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Wraps a local answer as the platform's Apex import (callable and wire adapter). */
export function apexMethod(method: string, answer: ApexAnswer<never>): ApexMethod {
    const call = async (params: Record<string, unknown> = {}): Promise<unknown> => {
        await roundTrip();
        let result: unknown;
        try {
            result = overTheWire(await (answer as ApexAnswer)(overTheWire(params)));
        } catch (error) {
            throw toApexError(error);
        }
        markArrival(method);
        return result;
    };

    class Adapter implements ApexWireAdapter {
        private config: Record<string, unknown> | undefined;
        private connected = false;
        private readonly callback: DataCallback;

        constructor(callback: DataCallback) {
            this.callback = callback;
        }

        connect(): void {
            this.connected = true;
            this.emit({ data: undefined, error: undefined });
        }

        update(config: Record<string, unknown>): void {
            this.config = config;
            // The platform does not call Apex while a reactive parameter is still undefined.
            if (this.connected && !Object.values(config ?? {}).some((value) => value === undefined)) {
                void this.refresh();
            }
        }

        disconnect(): void {
            this.connected = false;
        }

        async refresh(): Promise<void> {
            try {
                // Cacheable results are read-only in the org: freezing makes a mutation fail here too.
                const data = deepFreeze(await call(this.config));
                if (this.connected) {
                    this.emit({ data, error: undefined });
                }
            } catch (error) {
                if (this.connected) {
                    this.emit({ data: undefined, error });
                }
            }
        }

        private emit(value: { data: unknown; error: unknown }): void {
            adaptersByValue.set(value, this);
            this.callback(value);
        }
    }

    return Object.assign(call, { adapter: Adapter }) as ApexMethod;
}

/** `refreshApex` from '@salesforce/apex': calls the wire's Apex method again and re-provisions it. */
export function refreshApex(wiredValue: unknown): Promise<void> {
    const value = wiredValue && typeof wiredValue === 'object' ? (unwrap(wiredValue) as object) : undefined;
    const adapter = value ? adaptersByValue.get(value) : undefined;
    return adapter ? adapter.refresh() : Promise.resolve();
}

/** `getSObjectValue` from '@salesforce/apex': a field of an SObject, following relationships. */
export function getSObjectValue(record: Record<string, unknown>, field: string | { fieldApiName: string }): unknown {
    const path = (typeof field === 'string' ? field.split('.').slice(1) : field.fieldApiName.split('.')).filter(
        Boolean
    );
    return path.reduce<unknown>((value, name) => (value as Record<string, unknown> | undefined)?.[name], record);
}
