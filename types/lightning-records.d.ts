// Lightning Data Service and related platform modules that @salesforce/lightning-types does not
// declare, typed as far as this package uses them (whyThisMatters).

declare module 'lightning/uiRecordApi' {
    import type { WireAdapterConstructor } from 'lwc';

    /** One field of a UI API record: its value (a nested record for a relationship) and display value. */
    export interface FieldValueRepresentation {
        value: unknown;
        displayValue: string | null;
    }

    /** A UI API record, as getRecord delivers it. */
    export interface RecordRepresentation {
        id?: string;
        apiName: string;
        fields: Record<string, FieldValueRepresentation>;
    }

    export interface GetRecordConfig {
        recordId?: string;
        /** 'Object.Field' names that must exist and be readable. */
        fields?: string[];
        /** 'Object.Field' names loaded when they exist and the user can read them. */
        optionalFields?: string[];
    }

    /** What the getRecord wire delivers. */
    export interface RecordWireResult {
        data?: RecordRepresentation;
        error?: unknown;
    }

    export const getRecord: WireAdapterConstructor<GetRecordConfig, RecordWireResult>;

    /** What updateRecord takes: the record's Id and the fields to change, by API name. */
    export interface RecordInput {
        fields: Record<string, unknown>;
    }

    /** Saves changes through Lightning Data Service; every getRecord wire on the record fires again. */
    export function updateRecord(recordInput: RecordInput): Promise<RecordRepresentation>;

    /** Asks Lightning Data Service to reload the records, which re-fires their wires. */
    export function notifyRecordUpdateAvailable(items: { recordId: string }[]): Promise<void>;
}

declare module 'lightning/pageReferenceUtils' {
    /** Encodes field values for a standard__objectPage 'new' page reference's state.defaultFieldValues. */
    export function encodeDefaultFieldValues(values: Record<string, string | number | boolean | null>): string;
}

declare module '@salesforce/i18n/timeZone' {
    /** The user's time zone (IANA name, e.g. 'America/Los_Angeles'). */
    const timeZone: string;
    export default timeZone;
}

declare module '@salesforce/i18n/locale' {
    /** The user's Salesforce locale as a BCP 47 tag (e.g. 'de-DE', 'ja-JP'): format numbers and dates with it. */
    const locale: string;
    export default locale;
}

declare module '@salesforce/i18n/lang' {
    /** The user's Salesforce language as a BCP 47 tag (e.g. 'de', 'ja'). */
    const lang: string;
    export default lang;
}
