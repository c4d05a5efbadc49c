// The builder's rules without a server: operators by field type and operation, picked clauses as
// condition text, checks as the admin types (the package's own parser), and the dry run's warnings.
import type { ObjectField } from '@salesforce/apex/BuilderController.getObjectFields';
import { appendClause, checkCondition, clauseText, dryRunFlags, needsValue, operatorsFor } from 'c/builderModel';

const field = (apiName: string, kind: string, options: string[] = []): ObjectField => ({
    apiName,
    label: apiName,
    kind,
    options
});
const SUBJECT = field('Subject', 'text');
const TYPE = field('TaskSubtype', 'text', ['Task', 'Email', 'Call']);
const AMOUNT = field('Amount', 'number');
const CLOSE = field('CloseDate', 'date');
const WON = field('IsWon', 'boolean');
const STAMP = field('LastModifiedDate', 'datetime');

describe('operatorsFor', () => {
    it('offers operators that fit the field type', () => {
        expect(operatorsFor(AMOUNT, 'Create')).toEqual(['=', '!=', '<', '>', '<=', '>=', 'IS BLANK', 'IS NOT BLANK']);
        expect(operatorsFor(TYPE, 'Create')).toEqual(['=', '!=', 'IS BLANK', 'IS NOT BLANK']);
        expect(operatorsFor(SUBJECT, 'Create')).toContain('CONTAINS');
        expect(operatorsFor(WON, 'Create')).toEqual(['=']);
        expect(operatorsFor(STAMP, '')).toEqual(['IS BLANK', 'IS NOT BLANK']);
        expect(operatorsFor(CLOSE, 'Create')).toContain('<=');
    });

    it('offers the tests of a change on Update rules only', () => {
        expect(operatorsFor(AMOUNT, 'Update')).toEqual(expect.arrayContaining(['CHANGED', 'INCREASED', 'DECREASED']));
        expect(operatorsFor(WON, 'Update')).toEqual(['=', 'CHANGED', 'CHANGED TO']);
        expect(operatorsFor(SUBJECT, 'Update')).toContain('BECAME FILLED');
        expect(operatorsFor(field('Odd', 'geolocation'), 'Create')).toContain('CONTAINS');
    });

    it('knows which operators take a value', () => {
        expect(needsValue('=')).toBe(true);
        expect(needsValue('CHANGED TO')).toBe(true);
        expect(needsValue('IS BLANK')).toBe(false);
        expect(needsValue('INCREASED')).toBe(false);
    });
});

describe('clauseText and appendClause', () => {
    it('writes each kind of value as the condition language does', () => {
        expect(clauseText({ field: TYPE, operator: '=', value: 'Call' })).toBe("TaskSubtype = 'Call'");
        expect(clauseText({ field: SUBJECT, operator: 'CONTAINS', value: "Rep's call" })).toBe(
            "Subject CONTAINS 'Rep\\'s call'"
        );
        expect(clauseText({ field: AMOUNT, operator: '>', value: ' 500 ' })).toBe('Amount > 500');
        expect(clauseText({ field: WON, operator: 'CHANGED TO', value: 'true' })).toBe('IsWon CHANGED TO TRUE');
        expect(clauseText({ field: WON, operator: '=', value: 'no' })).toBe('IsWon = FALSE');
        expect(clauseText({ field: CLOSE, operator: '<', value: 'days_ago(7)' })).toBe('CloseDate < DAYS_AGO(7)');
        expect(clauseText({ field: SUBJECT, operator: 'IS BLANK', value: 'ignored' })).toBe('Subject IS BLANK');
    });

    it('joins clauses with AND, and keeps the earlier part together under OR', () => {
        expect(appendClause('', 'A = 1', 'AND')).toBe('A = 1');
        expect(appendClause('A = 1', 'B = 2', 'AND')).toBe('A = 1 AND B = 2');
        expect(appendClause('A = 1 AND B = 2', 'C = 3', 'OR')).toBe('(A = 1 AND B = 2) OR C = 3');
    });

    it('writes clauses the package parser reads', () => {
        const text = appendClause(
            clauseText({ field: TYPE, operator: '=', value: 'Call' }),
            clauseText({ field: SUBJECT, operator: 'CONTAINS', value: "it's" }),
            'OR'
        );
        expect(checkCondition(text, [TYPE, SUBJECT]).ok).toBe(true);
    });
});

describe('checkCondition', () => {
    const fields = [SUBJECT, TYPE, AMOUNT];

    it('accepts a blank condition and a valid one', () => {
        expect(checkCondition('', fields)).toMatchObject({ ok: true, reason: '' });
        const check = checkCondition("subject CONTAINS 'call' AND Amount > 0", fields);
        expect(check.ok).toBe(true);
        expect(check.tree?.kind).toBe('AND');
    });

    it("explains a condition that does not parse with the parser's words", () => {
        const check = checkCondition('Subject CONTAINS', fields);
        expect(check).toMatchObject({ ok: false, reason: 'syntax' });
        expect(check.problem).toMatch(/position/);
    });

    it('names a field the object lacks or the admin cannot read', () => {
        expect(checkCondition('Secret__c = 1', fields)).toMatchObject({
            ok: false,
            reason: 'field',
            problem: 'Secret__c'
        });
    });

    it('refuses what the engine would cut', () => {
        const long = `Subject = '${'x'.repeat(260)}'`;
        expect(checkCondition(long, fields)).toMatchObject({ ok: false, reason: 'length', problem: '254' });
    });
});

describe('dryRunFlags', () => {
    const row = (userId: string, points: number, userName?: string) => ({ userId, userName, actions: 1, points });

    it('flags one person earning more than half of the points among three or more', () => {
        const flags = dryRunFlags([row('a', 60, 'Ana'), row('b', 20), row('c', 20)], { Operation__c: 'Create' });
        expect(flags).toEqual({ dominant: true, dominantName: 'Ana', dominantPercent: 60, paysRepeats: false });
        expect(dryRunFlags([row('a', 50), row('b', 25), row('c', 25)], {}).dominantName).toBeNull();
        expect(dryRunFlags([row('a', 90), row('b', 10)], {}).dominantName).toBeNull();
        expect(dryRunFlags([row('a', 90), row('b', 5), row('c', 5)], {}).dominantName).toBe('a');
        expect(dryRunFlags([], {}).dominantName).toBeNull();
    });

    it('flags a dominant share without a name from the totals in works council mode (review M3)', () => {
        expect(dryRunFlags([], { Operation__c: 'Create' }, { people: 3, topShare: 60 })).toEqual({
            dominant: true,
            dominantName: null,
            dominantPercent: 60,
            paysRepeats: false
        });
        expect(dryRunFlags([], {}, { people: 3, topShare: 50 }).dominant).toBe(false);
        expect(dryRunFlags([], {}, { people: 2, topShare: 90 }).dominant).toBe(false);
        expect(dryRunFlags([], {}, { people: 0, topShare: 0 }).dominant).toBe(false);
    });

    it('flags an Update rule that pays every save', () => {
        const update = (condition: string, extra: Record<string, unknown> = {}) =>
            dryRunFlags([], { Operation__c: 'Update', Condition__c: condition, ...extra }).paysRepeats;
        expect(update('NextStep IS NOT BLANK')).toBe(true);
        expect(update('')).toBe(true);
        expect(update('NextStep CHANGED AND NextStep IS NOT BLANK')).toBe(false);
        expect(update('IsWon CHANGED TO TRUE OR Amount INCREASED')).toBe(false);
        expect(update('IsWon CHANGED TO TRUE OR Amount > 0')).toBe(true);
        expect(update('NOT (NextStep CHANGED)')).toBe(true);
        expect(update('NextStep IS NOT BLANK', { Once_Per_Record__c: true })).toBe(false);
        expect(update('NextStep IS NOT BLANK', { Once_Per_Value_Of__c: 'StageName' })).toBe(false);
        expect(update('NextStep IS')).toBe(true);
        expect(dryRunFlags([], { Operation__c: 'Create', Condition__c: 'Subject IS NOT BLANK' }).paysRepeats).toBe(
            false
        );
    });
});
