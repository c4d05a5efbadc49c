// The fields a rule or prompt condition reads. A tokenizer of the condition language in
// docs/data-model.md is enough: every word that is not a keyword is a field (`Account.Name` a
// relationship path). Tokens follow Conditions.cls: 'text' with backslash escapes, numbers (a leading
// minus too), = != < > <= >=, parentheses, and words of letters, digits, '_' and '.'.

const KEYWORDS = new Set([
    'AND',
    'OR',
    'NOT',
    'IS',
    'BLANK',
    'CHANGED',
    'TO',
    'BECAME',
    'FILLED',
    'ISNEW',
    'CONTAINS',
    'TRUE',
    'FALSE',
    'TODAY',
    'DAYS_AGO',
    'DAYS_AHEAD'
]);

export interface ConditionFields {
    /** Field paths as written, in order of first use. */
    fields: string[];
    /** Why the condition cannot be read, e.g. "Text starting at position 12 has no closing quote." */
    error?: string;
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isWordStart = (c: string): boolean => /[A-Za-z_]/.test(c);
const isWordChar = (c: string): boolean => /[A-Za-z0-9_.]/.test(c);

/** The fields a condition reads; a blank condition reads none. */
export function conditionFields(condition: string | null | undefined): ConditionFields {
    const fields: string[] = [];
    const source = condition ?? '';
    let i = 0;
    while (i < source.length) {
        const c = source[i]!;
        if (/\s/.test(c) || c === '(' || c === ')') {
            i++;
        } else if (c === "'") {
            const start = i;
            i++;
            while (i < source.length && source[i] !== "'") {
                i += source[i] === '\\' ? 2 : 1;
            }
            if (i >= source.length) {
                return { fields, error: `Text starting at position ${start + 1} has no closing quote.` };
            }
            i++;
        } else if (isDigit(c) || (c === '-' && isDigit(source[i + 1] ?? ''))) {
            i++;
            while (i < source.length && /[0-9.]/.test(source[i]!)) {
                i++;
            }
        } else if (c === '=' || c === '<' || c === '>') {
            i += source[i + 1] === '=' ? 2 : 1;
        } else if (c === '!') {
            if (source[i + 1] !== '=') {
                return { fields, error: `Unexpected character '!' at position ${i + 1}.` };
            }
            i += 2;
        } else if (isWordStart(c)) {
            const start = i;
            while (i < source.length && isWordChar(source[i]!)) {
                i++;
            }
            const word = source.slice(start, i);
            if (word.endsWith('.') || word.includes('..')) {
                return { fields, error: `'${word}' at position ${start + 1} is not a field name.` };
            }
            if (!KEYWORDS.has(word.toUpperCase()) && !fields.includes(word)) {
                fields.push(word);
            }
        } else {
            return { fields, error: `Unexpected character '${c}' at position ${i + 1}.` };
        }
    }
    return { fields };
}
