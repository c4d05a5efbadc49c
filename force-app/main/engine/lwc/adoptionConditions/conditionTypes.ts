/**
 * The types of the condition language: field kinds, a parsed condition, what it is evaluated
 * against, and its error. Part of c/adoptionConditions (adoptionConditions.ts says what it means).
 */

/** How a field's value is read: the Apex type a record field of that kind holds. */
export type FieldKind = 'number' | 'date' | 'datetime' | 'boolean' | 'text';

/** Field path (as written in conditions, any case) -> kind. */
export type FieldKinds = Readonly<Record<string, FieldKind>>;

/** A record as a plain object: field name -> value; a related record is a nested object. */
export type PlainRecord = Readonly<Record<string, unknown>>;

/** A value written in a condition. */
export interface ConditionLiteral {
    /** TEXT, NUMBER, BOOLEAN or DATE */
    kind: 'TEXT' | 'NUMBER' | 'BOOLEAN' | 'DATE';
    /** The written form ('5.50', 'Closed Won', 'true'; the keyword for a date). */
    text: string;
    /** The number, for NUMBER. */
    num?: number;
    /** The value, for BOOLEAN. */
    bool?: boolean;
    /** Days after today, for DATE (TODAY is 0, DAYS_AGO(3) is -3). */
    dayOffset?: number;
}

/** One node of a parsed condition. */
export interface ConditionNode {
    kind: 'ALWAYS' | 'AND' | 'OR' | 'NOT' | 'TEST';
    /** Operands of AND, OR and NOT. */
    children: ConditionNode[];
    /** The field a TEST reads (undefined for ISNEW). */
    field?: string;
    /** A comparison, CONTAINS, IS BLANK, IS NOT BLANK, CHANGED, CHANGED TO, BECAME FILLED, INCREASED, DECREASED or ISNEW. */
    op?: string;
    /** The value a comparison or CHANGED TO compares with. */
    value?: ConditionLiteral;
    /** LENGTH when the comparison is on the field's number of characters (LENGTH(field) >= n). */
    measure?: 'LENGTH';
}

/** What a condition is evaluated against. */
export interface EvaluationContext {
    /** The record as saved. */
    record: PlainRecord | null | undefined;
    /** The record before an update; omit otherwise. */
    oldRecord?: PlainRecord | null;
    /** True on create. */
    isNew?: boolean;
    /** The day TODAY means, 'YYYY-MM-DD'. */
    today: string;
    /** Field path -> kind; a field not listed is read by its JavaScript type. */
    kinds?: FieldKinds;
    /** IANA time zone in which a date/time field's date is taken; UTC when omitted. */
    timeZone?: string;
}

/** A condition that cannot be parsed or evaluated; the message says where and why. */
export class ConditionError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'ConditionError';
    }
}

/** The shape of a Lightning Data Service record (getRecord), as far as conditions read it. */
export interface UiRecordLike {
    fields?: Readonly<Record<string, { value?: unknown } | undefined>>;
}
