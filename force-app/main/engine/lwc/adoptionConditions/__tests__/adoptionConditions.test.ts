// Runs every case of the shared static resource AdoptionConditionCases.json (the same cases
// ConditionsTest.cls runs in Apex) through the TypeScript twin in each time zone of the file (the
// evaluator's timeZone, which the page fills with the user's, as Apex runs them as a user of that
// TimeZoneSidKey), twice: once with each field's kind taken from its object's schema
// (getObjectInfo dataType, as the Apex test takes it from Schema.<object>), once with no kinds at
// all (values read by their JSON type). Then what JSON cannot express: Java white space and
// digits, caching, the fields a condition reads, kinds from data types and records from Lightning
// Data Service.
import { readFileSync } from 'fs';
import { join } from 'path';
import { packageFile } from 'config/jest/utils/source';
import type { FieldKind, FieldKinds, PlainRecord } from '../adoptionConditions';
import {
    ConditionError,
    evaluate,
    fieldsOf,
    kindOfDataType,
    matches,
    parse,
    parseCached,
    recordFromUi
} from '../adoptionConditions';

interface ConditionCase extends Record<'name', string> {
    condition: string;
    object?: string;
    record?: PlainRecord;
    old?: PlainRecord;
    isNew?: boolean;
    expected?: boolean;
    /** For a date/time field: the result in each time zone of the file. */
    expectedByTimeZone?: Record<string, boolean>;
    error?: string;
}

interface CaseFile {
    today: string;
    timeZones: string[];
    cases: ConditionCase[];
}

interface FieldInfo {
    dataType: string;
    relationshipName?: string;
    referenceToInfos?: { apiName: string }[];
}

type ObjectInfos = Record<string, { fields: Record<string, FieldInfo> }>;

const CASES_PATH = packageFile('staticresources', 'AdoptionConditionCases.json');
const file = JSON.parse(readFileSync(CASES_PATH, 'utf8')) as CaseFile;
const infos = JSON.parse(readFileSync(join(__dirname, 'data', 'objectInfos.json'), 'utf8')) as ObjectInfos;

function fieldInfo(objectName: string, name: string): FieldInfo | undefined {
    const fields = infos[objectName]?.fields ?? {};
    const key = Object.keys(fields).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : fields[key];
}

/** The kind of a field path from the schema, following relationship names as Apex does. */
function schemaKind(objectName: string, path: string): FieldKind | undefined {
    const parts = path.split('.');
    let current = objectName;
    for (const part of parts.slice(0, -1)) {
        const reference = Object.values(infos[current]?.fields ?? {}).find(
            (info) => info.relationshipName?.toLowerCase() === part.toLowerCase()
        );
        if (!reference?.referenceToInfos?.length) {
            return undefined;
        }
        current = reference.referenceToInfos[0].apiName;
    }
    const info = fieldInfo(current, parts[parts.length - 1]);
    return info ? kindOfDataType(info.dataType) : undefined;
}

function schemaKinds(c: ConditionCase): FieldKinds {
    const kinds: Record<string, FieldKind> = {};
    for (const field of fieldsOf(c.condition)) {
        const kind = schemaKind(c.object as string, field);
        if (kind !== undefined) {
            kinds[field] = kind;
        }
    }
    return kinds;
}

function run(c: ConditionCase, kinds: FieldKinds | undefined, timeZone: string): boolean {
    return evaluate(parse(c.condition), {
        record: c.record ?? {},
        oldRecord: c.old ?? null,
        isNew: c.isNew === true,
        today: file.today,
        kinds,
        timeZone
    });
}

/** What a case expects in a time zone: the same everywhere, or per zone for a date/time. */
function expectedIn(c: ConditionCase, timeZone: string): boolean | undefined {
    return c.expectedByTimeZone === undefined ? c.expected : c.expectedByTimeZone[timeZone];
}

/** Whether a case reads a date/time field: without its kind, its text cannot say which day it is. */
function readsDatetime(c: ConditionCase): boolean {
    return fieldsOf(c.condition).some((field) => schemaKind(c.object as string, field) === 'datetime');
}

const evaluating = file.cases.filter((c) => c.error === undefined);
const failing = file.cases.filter((c) => c.error !== undefined);
const inEachZone = file.timeZones.flatMap((zone) => evaluating.map((c) => [`${zone}: ${c.name}`, c, zone] as const));

describe('AdoptionConditionCases.json', () => {
    it('holds the shared cases, each with a unique name and one expectation', () => {
        expect(file.cases.length).toBeGreaterThanOrEqual(110);
        expect(new Set(file.cases.map((c) => c.name)).size).toBe(file.cases.length);
        for (const c of file.cases) {
            const kinds = [c.expected, c.expectedByTimeZone, c.error].filter((value) => value !== undefined);
            expect(kinds).toHaveLength(1);
            expect(typeof c.expected === 'boolean' || typeof c.error === 'string' || c.expectedByTimeZone).toBeTruthy();
        }
    });

    it('runs in a zone west and a zone east of GMT, and gives a per-zone result exactly for date/time cases', () => {
        const offsets = file.timeZones.map(
            (zone) =>
                new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
                    .formatToParts(new Date(`${file.today}T12:00:00Z`))
                    .find((part) => part.type === 'timeZoneName')?.value
        );
        expect(offsets).toEqual(['GMT-8', 'GMT+9']);
        for (const c of evaluating) {
            expect(`${c.name}: ${c.expectedByTimeZone !== undefined}`).toBe(`${c.name}: ${readsDatetime(c)}`);
        }
        const zoned = evaluating.filter((c) => c.expectedByTimeZone !== undefined);
        expect(zoned.length).toBeGreaterThan(0);
        for (const c of zoned) {
            expect(Object.keys(c.expectedByTimeZone ?? {}).sort()).toEqual([...file.timeZones].sort());
        }
    });

    it('names a schema kind for every field an evaluated case reads', () => {
        const missing = evaluating.flatMap((c) =>
            fieldsOf(c.condition)
                .filter((field) => schemaKind(c.object as string, field) === undefined)
                .map((field) => `${c.name}: ${c.object}.${field}`)
        );
        expect(missing).toEqual([]);
    });

    it("gives every record value the JSON type of its field's kind", () => {
        const jsonKind = (value: unknown): string => {
            return typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'text';
        };
        const mismatches: string[] = [];
        for (const c of evaluating) {
            for (const field of fieldsOf(c.condition).filter((name) => !name.includes('.'))) {
                const kind = schemaKind(c.object as string, field) as FieldKind;
                for (const record of [c.record, c.old]) {
                    const key = Object.keys(record ?? {}).find((name) => name.toLowerCase() === field.toLowerCase());
                    const value = key === undefined ? undefined : (record as PlainRecord)[key];
                    const expected = kind === 'date' || kind === 'datetime' ? 'text' : kind;
                    if (value !== undefined && jsonKind(value) !== expected) {
                        mismatches.push(`${c.name}: ${field}`);
                    }
                }
            }
        }
        expect(mismatches).toEqual([]);
    });

    describe('with field kinds from the schema, in each time zone', () => {
        it.each(inEachZone)('%s', (_title, c, zone) => {
            expect(run(c, schemaKinds(c), zone)).toBe(expectedIn(c, zone));
        });
    });

    describe('with field kinds read from the JSON values, in each time zone', () => {
        // A date/time read without its kind is text: only its kind says which day it is in a zone.
        const untyped = inEachZone.filter(([, c]) => !readsDatetime(c));
        it.each(untyped)('%s', (_title, c, zone) => {
            expect(run(c, undefined, zone)).toBe(expectedIn(c, zone));
        });
    });

    describe("whatever the machine's own time zone", () => {
        const hostZone = process.env.TZ;
        afterEach(() => {
            if (hostZone === undefined) {
                delete process.env.TZ;
            } else {
                process.env.TZ = hostZone;
            }
        });

        it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago'])('gives the same results with TZ=%s', (host) => {
            process.env.TZ = host;
            const mismatches = inEachZone.filter(([, c, zone]) => run(c, schemaKinds(c), zone) !== expectedIn(c, zone));
            expect(mismatches.map(([title]) => title)).toEqual([]);
        });
    });

    describe('parse errors', () => {
        it.each(failing.map((c) => [c.name, c] as const))('%s', (_title, c) => {
            expect(() => parse(c.condition)).toThrow(new ConditionError(c.error as string));
        });
    });
});

describe('parseCached', () => {
    it('returns the same tree for the same text', () => {
        expect(parseCached('Amount > 5')).toBe(parseCached('Amount > 5'));
    });

    it('remembers an error and throws it every time', () => {
        for (let i = 0; i < 2; i++) {
            expect(() => parseCached('Amount >')).toThrow(/^Expected a value/);
        }
    });

    it('reads null as the blank condition', () => {
        expect(parseCached(null).kind).toBe('ALWAYS');
        expect(parse(undefined).kind).toBe('ALWAYS');
    });
});

describe('fieldsOf', () => {
    it('lists each field once, in order, as written', () => {
        expect(
            fieldsOf(
                "StageName CHANGED TO 'Closed Won' AND (Amount > 0 OR NOT NextStep IS BLANK) AND ISNEW AND Amount < 9"
            )
        ).toEqual(['StageName', 'Amount', 'NextStep']);
    });

    it('keeps relationship paths and accepts a parsed tree', () => {
        expect(fieldsOf(parse("Account.Industry = 'Banking'"))).toEqual(['Account.Industry']);
    });

    it('lists nothing for a blank condition and throws for a broken one', () => {
        expect(fieldsOf('')).toEqual([]);
        expect(() => fieldsOf('Amount LIKE 5')).toThrow(ConditionError);
    });
});

describe('kindOfDataType', () => {
    it.each([
        ['Currency', 'number'],
        ['Double', 'number'],
        ['Int', 'number'],
        ['INTEGER', 'number'],
        ['Long', 'number'],
        ['Percent', 'number'],
        ['Date', 'date'],
        ['DATETIME', 'datetime'],
        ['Boolean', 'boolean'],
        ['Picklist', 'text'],
        ['Time', 'text'],
        [' reference ', 'text'],
        [null, 'text'],
        [undefined, 'text']
    ])('%s is %s', (dataType, kind) => {
        expect(kindOfDataType(dataType)).toBe(kind);
    });
});

describe('recordFromUi', () => {
    it('maps fields to values and related records to nested objects', () => {
        const record = recordFromUi({
            fields: {
                Name: { value: 'Acme deal' },
                Amount: { value: 5 },
                NextStep: { value: null },
                Account: { value: { fields: { Industry: { value: 'Banking' } } } },
                Owner: { value: null },
                Broken: undefined
            }
        });
        expect(record).toEqual({
            Name: 'Acme deal',
            Amount: 5,
            NextStep: null,
            Account: { Industry: 'Banking' },
            Owner: null,
            Broken: null
        });
        expect(matches("Account.Industry = 'banking' AND Amount = 5", { record, today: '2026-11-20' })).toBe(true);
    });

    it('gives an empty object without a record', () => {
        expect(recordFromUi(null)).toEqual({});
        expect(recordFromUi({})).toEqual({});
    });
});

describe('evaluation beyond the shared cases', () => {
    const today = '2026-11-20';

    it('takes the date of a date/time in the given time zone', () => {
        // 2026-11-20 06:30 UTC is still 2026-11-19 in Los Angeles.
        const record = { LastModifiedDate: '2026-11-20T06:30:00.000Z' };
        const kinds: FieldKinds = { LastModifiedDate: 'datetime' };
        expect(matches('LastModifiedDate = TODAY', { record, today, kinds })).toBe(true);
        expect(matches('LastModifiedDate < TODAY', { record, today, kinds, timeZone: 'America/Los_Angeles' })).toBe(
            true
        );
        expect(
            matches("LastModifiedDate = '2026-11-19'", { record, today, kinds, timeZone: 'America/Los_Angeles' })
        ).toBe(true);
    });

    it('compares a date/time as text in its local form when the literal is not a date', () => {
        const record = { LastModifiedDate: '2026-11-20T06:30:05.000Z' };
        const kinds: FieldKinds = { LastModifiedDate: 'datetime' };
        const context = { record, today, kinds, timeZone: 'America/Los_Angeles' };
        expect(matches("LastModifiedDate CONTAINS '2026-11-19 22:30:05'", context)).toBe(true);
        expect(matches('LastModifiedDate = 5', context)).toBe(false);
    });

    it('reads a value that does not fit its kind as text', () => {
        const kinds: FieldKinds = { A: 'number', B: 'date', C: 'datetime', D: 'boolean' };
        const record = { A: 'n/a', B: 'soon', C: 'later', D: 'maybe' };
        expect(matches("A = 'N/A' AND B = 'SOON' AND C = 'later' AND D = 'Maybe'", { record, today, kinds })).toBe(
            true
        );
    });

    it('reads numbers and booleans written as text when the kind says so', () => {
        const kinds: FieldKinds = { Amount: 'number', IsPrivate: 'boolean' };
        const record = { Amount: ' 1e3 ', IsPrivate: 'TRUE' };
        expect(matches('Amount = 1000 AND IsPrivate = TRUE', { record, today, kinds })).toBe(true);
    });

    it('compares a number with a non-number literal as text', () => {
        expect(matches('Amount = TRUE', { record: { Amount: 1 }, today })).toBe(false);
        expect(matches("Amount = 'abc'", { record: { Amount: 1 }, today })).toBe(false);
        expect(matches('IsPrivate = 5', { record: { IsPrivate: true }, today })).toBe(false);
        expect(matches("IsPrivate = 'yes'", { record: { IsPrivate: true }, today })).toBe(false);
        expect(matches('CloseDate = TRUE', { record: { CloseDate: today }, today, kinds: { CloseDate: 'date' } })).toBe(
            false
        );
    });

    it('prints numbers plainly, never in exponent form', () => {
        expect(matches("Amount CONTAINS '00000000000000000000'", { record: { Amount: 1e21 }, today })).toBe(true);
        expect(matches("Amount CONTAINS '0.0000001'", { record: { Amount: 1e-7 }, today })).toBe(true);
        expect(matches("Amount CONTAINS '0.0000000000000000000015'", { record: { Amount: 1.5e-21 }, today })).toBe(
            true
        );
    });

    it('prints numbers without the BigInt global, which Lightning Locker does not promise', () => {
        const bigInt = globalThis.BigInt;
        Reflect.deleteProperty(globalThis, 'BigInt');
        try {
            expect(typeof (globalThis as Record<string, unknown>).BigInt).toBe('undefined');
            expect(matches("Amount = '1000000000000000000000'", { record: { Amount: 1e21 }, today })).toBe(true);
            expect(
                matches("Amount CONTAINS '12345000000000000000000000'", { record: { Amount: 1.2345e25 }, today })
            ).toBe(true);
        } finally {
            Object.defineProperty(globalThis, 'BigInt', { value: bigInt, writable: true, configurable: true });
        }
    });

    it('treats Java white space as blank and a no-break space as a value', () => {
        expect(matches('NextStep IS BLANK', { record: { NextStep: '\u2003\t\u001c' }, today })).toBe(true);
        expect(matches('NextStep IS BLANK', { record: { NextStep: '\u00a0' }, today })).toBe(false);
        expect(parse('\u2003Amount\u3000>\u20285').kind).toBe('TEST');
    });

    it('reads numbers written with other Unicode digits', () => {
        // Arabic-Indic digits: ٥ is 5, ٧ is 7.
        expect(matches('Amount = \u0665', { record: { Amount: 5 }, today })).toBe(true);
        expect(
            matches('CloseDate = DAYS_AGO(\u0667)', {
                record: { CloseDate: '2026-11-13' },
                today,
                kinds: { CloseDate: 'date' }
            })
        ).toBe(true);
    });

    it('does not read related records, objects or functions as values', () => {
        expect(matches('Account IS BLANK', { record: { Account: { Name: 'x' } }, today })).toBe(true);
        expect(matches('Amount > 0', { record: null, today })).toBe(false);
        expect(matches('Owner.Name IS BLANK', { record: { Owner: null }, today })).toBe(true);
        expect(matches('Tags IS BLANK', { record: { Tags: ['a'] }, today })).toBe(true);
    });

    it('prefers the exact-case field and reads old records for CHANGED', () => {
        const record = { stagename: 'Other', StageName: 'Closed Won' };
        expect(matches("StageName = 'closed won'", { record, today })).toBe(true);
        expect(
            matches('Amount CHANGED', {
                record: { Amount: 5 },
                oldRecord: { Amount: '5.0' },
                today,
                kinds: { Amount: 'number' }
            })
        ).toBe(false);
        expect(matches('CloseDate BECAME FILLED', { record: { CloseDate: today }, oldRecord: {}, today })).toBe(true);
    });

    it('needs TODAY as a date', () => {
        expect(() => matches('ISNEW', { record: {}, today: '20/11/2026' })).toThrow(
            "TODAY must be a date as 'YYYY-MM-DD', got '20/11/2026'."
        );
        expect(() => matches('ISNEW', { record: {}, today: '2026-02-30' })).toThrow(ConditionError);
    });

    it('reads a quoted date literal that is not a calendar date as text', () => {
        const kinds: FieldKinds = { CloseDate: 'date' };
        expect(matches("CloseDate = '2026-02-30'", { record: { CloseDate: '2026-03-02' }, today, kinds })).toBe(false);
        expect(matches("CloseDate < '2026-13-01'", { record: { CloseDate: '2026-12-31' }, today, kinds })).toBe(true);
    });
});
