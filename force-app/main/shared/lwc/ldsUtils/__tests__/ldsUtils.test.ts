import { formatLabel, reduceErrors, sameId } from 'c/ldsUtils';

describe('reduceErrors', () => {
    it('reads a UI API read error: a list in the body', () => {
        expect(reduceErrors({ body: [{ message: 'First' }, { message: 'Second' }] })).toEqual(['First', 'Second']);
    });

    it('reads page errors and field errors of a DML error', () => {
        const error = {
            body: {
                pageErrors: [{ message: 'Page problem' }],
                fieldErrors: { Name: [{ message: 'Name is required' }], Amount: [{ message: 'Too big' }] }
            }
        };
        expect(reduceErrors(error)).toEqual(['Page problem', 'Name is required', 'Too big']);
    });

    it('reads record-form output errors with their codes, and output field errors', () => {
        const error = {
            body: {
                output: {
                    errors: [{ errorCode: 'INVALID', message: 'Bad value' }, 'not an object'],
                    fieldErrors: { Email: [{ message: 'Bad email' }] }
                }
            }
        };
        expect(reduceErrors(error)).toEqual(['INVALID (Bad value)', 'Bad email']);
        expect(reduceErrors({ body: { output: { errors: [{}] } } })).toEqual([' ()']);
    });

    it('reads an Apex error message from the body', () => {
        expect(reduceErrors({ body: { message: 'Insufficient access' }, status: 500 })).toEqual([
            'Insufficient access'
        ]);
    });

    it('reads a JavaScript error and a bare string', () => {
        expect(reduceErrors([new Error('Broken'), 'Plain text'])).toEqual(['Broken', 'Plain text']);
    });

    it('falls back to the status text of a response without a body', () => {
        expect(reduceErrors({ body: {}, statusText: 'Server Error' })).toEqual(['Server Error']);
    });

    it('skips nothing-errors and messages it cannot read', () => {
        expect(reduceErrors([null, undefined, 42, {}, { body: [{ noMessage: true }] }])).toEqual([]);
        expect(reduceErrors(undefined)).toEqual([]);
    });

    it('reads field errors that are not lists as nothing', () => {
        expect(reduceErrors({ body: { fieldErrors: { Name: 'oops' }, message: 'Fallback' } })).toEqual(['Fallback']);
    });
});

describe('formatLabel', () => {
    it('fills numbered placeholders in any order', () => {
        expect(formatLabel('{1} then {0}', 'a', 'b')).toBe('b then a');
    });

    it('groups numbers for the locale and prints a missing value as nothing', () => {
        expect(formatLabel('{0} points to Level {1}{2}', 1250, 4)).toBe('1,250 points to Level 4');
        expect(formatLabel('[{0}]', null)).toBe('[]');
        expect(formatLabel('[{0}]', Number.NaN)).toBe('[]');
    });

    it('does not format a value twice', () => {
        expect(formatLabel('{0} {1}', '{1}', 'x')).toBe('{1} x');
    });

    it('gives an empty string for a missing label', () => {
        expect(formatLabel(undefined, 1)).toBe('');
    });
});

describe('sameId', () => {
    it('matches the 15- and 18-character forms of one Id', () => {
        expect(sameId('005000000000001', '005000000000001AAA')).toBe(true);
        expect(sameId('005000000000001AAA', '005000000000001AAA')).toBe(true);
    });

    it('compares case-sensitively, as 15-character Ids are', () => {
        expect(sameId('005000000000aBc', '005000000000abc')).toBe(false);
    });

    it('does not match different Ids, non-Ids or missing values', () => {
        expect(sameId('005000000000001', '005000000000002')).toBe(false);
        expect(sameId('not-an-id', 'not-an-id')).toBe(false);
        expect(sameId(null, '005000000000001')).toBe(false);
        expect(sameId('005000000000001', undefined)).toBe(false);
    });
});
