/**
 * The grammar: a condition parsed into a tree (OR of ANDs of NOTs of tests), once per text (cached),
 * and the fields a condition reads. Part of c/adoptionConditions.
 */
import { isApexBlank } from 'c/adoptionCore';
import type { ConditionLiteral, ConditionNode } from './conditionTypes';
import { ConditionError } from './conditionTypes';
import { asciiDigits, isDigit } from './characters';
import type { Token } from './tokens';
import { found, isKeyword, tokenize } from './tokens';

const KEYWORDS: ReadonlySet<string> = new Set([
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
    'DAYS_AHEAD',
    'INCREASED',
    'DECREASED'
]);
const OPERATOR_LIST =
    '=, !=, <, >, <=, >=, CONTAINS, IS BLANK, IS NOT BLANK, CHANGED, CHANGED TO, BECAME FILLED, INCREASED, DECREASED';
const VALUE_LIST = "'text', a number, TRUE, FALSE, TODAY, DAYS_AGO(n) or DAYS_AHEAD(n)";

// Parsing is the costly part, and the same conditions are read on every record change.
const PARSED = new Map<string, ConditionNode>();
const PARSE_ERRORS = new Map<string, string>();

function node(kind: ConditionNode['kind']): ConditionNode {
    return { kind, children: [] };
}

class Parser {
    private index = 0;

    constructor(private readonly tokens: Token[]) {}

    peek(): Token {
        return this.tokens[this.index];
    }

    next(): Token {
        const token = this.tokens[this.index];
        if (token.type !== 'END') {
            this.index++;
        }
        return token;
    }

    parseOr(): ConditionNode {
        const first = this.parseAnd();
        if (!isKeyword(this.peek(), 'OR')) {
            return first;
        }
        const or = node('OR');
        or.children.push(first);
        while (isKeyword(this.peek(), 'OR')) {
            this.next();
            or.children.push(this.parseAnd());
        }
        return or;
    }

    parseAnd(): ConditionNode {
        const first = this.parseNot();
        if (!isKeyword(this.peek(), 'AND')) {
            return first;
        }
        const and = node('AND');
        and.children.push(first);
        while (isKeyword(this.peek(), 'AND')) {
            this.next();
            and.children.push(this.parseNot());
        }
        return and;
    }

    parseNot(): ConditionNode {
        const token = this.peek();
        if (isKeyword(token, 'NOT')) {
            this.next();
            const not = node('NOT');
            not.children.push(this.parseNot());
            return not;
        }
        if (token.type === 'LPAREN') {
            this.next();
            const grouped = this.parseOr();
            const close = this.next();
            if (close.type !== 'RPAREN') {
                throw new ConditionError(
                    `Expected ')' to close the '(' at position ${token.position}, found ${found(close)} at position ${close.position}.`
                );
            }
            return grouped;
        }
        if (isKeyword(token, 'ISNEW')) {
            this.next();
            const isNew = node('TEST');
            isNew.op = 'ISNEW';
            return isNew;
        }
        if (isKeyword(token, 'LENGTH') && this.tokens[this.index + 1].type === 'LPAREN') {
            return this.parseLength();
        }
        return this.parseTest();
    }

    /** LENGTH(field) followed by a comparison with a whole number of characters. */
    parseLength(): ConditionNode {
        const fn = this.next();
        this.next();
        const field = this.next();
        const close = this.next();
        if (
            field.type !== 'WORD' ||
            KEYWORDS.has(field.text.toUpperCase()) ||
            field.text.endsWith('.') ||
            field.text.includes('..') ||
            close.type !== 'RPAREN'
        ) {
            throw new ConditionError(
                `LENGTH at position ${fn.position} needs a field name in parentheses, e.g. LENGTH(Description) >= 20.`
            );
        }
        const test = node('TEST');
        test.field = field.text;
        test.measure = 'LENGTH';
        const op = this.next();
        if (op.type !== 'OP') {
            throw this.expected(`a comparison (=, !=, <, >, <=, >=) after LENGTH(${field.text})`, op);
        }
        test.op = op.text;
        const amount = this.next();
        const whole = amount.text !== '' && [...amount.text].every((c) => c.length === 1 && isDigit(c));
        if (amount.type !== 'NUMBER' || !whole || amount.text.length > 5) {
            throw this.expected('a whole number of characters', amount);
        }
        test.value = { kind: 'NUMBER', text: amount.text, num: Number(asciiDigits(amount.text)) };
        return test;
    }

    parseTest(): ConditionNode {
        const field = this.next();
        if (field.type !== 'WORD' || KEYWORDS.has(field.text.toUpperCase())) {
            throw this.expected('a field name', field);
        }
        if (field.text.endsWith('.') || field.text.includes('..')) {
            throw new ConditionError(`Field name '${field.text}' at position ${field.position} is not valid.`);
        }
        const test = node('TEST');
        test.field = field.text;
        const op = this.next();
        if (op.type === 'OP') {
            test.op = op.text;
            test.value = this.parseValue();
        } else if (isKeyword(op, 'CONTAINS')) {
            test.op = 'CONTAINS';
            test.value = this.parseValue();
        } else if (isKeyword(op, 'IS')) {
            const what = this.next();
            if (isKeyword(what, 'BLANK')) {
                test.op = 'IS BLANK';
            } else if (isKeyword(what, 'NOT') && isKeyword(this.peek(), 'BLANK')) {
                this.next();
                test.op = 'IS NOT BLANK';
            } else {
                throw this.expected('BLANK or NOT BLANK after IS', isKeyword(what, 'NOT') ? this.peek() : what);
            }
        } else if (isKeyword(op, 'CHANGED')) {
            if (isKeyword(this.peek(), 'TO')) {
                this.next();
                test.op = 'CHANGED TO';
                test.value = this.parseValue();
            } else {
                test.op = 'CHANGED';
            }
        } else if (isKeyword(op, 'BECAME')) {
            const what = this.next();
            if (!isKeyword(what, 'FILLED')) {
                throw this.expected('FILLED after BECAME', what);
            }
            test.op = 'BECAME FILLED';
        } else if (isKeyword(op, 'INCREASED') || isKeyword(op, 'DECREASED')) {
            test.op = isKeyword(op, 'INCREASED') ? 'INCREASED' : 'DECREASED';
        } else {
            throw this.expected(`an operator (${OPERATOR_LIST}) after ${field.text}`, op);
        }
        return test;
    }

    parseValue(): ConditionLiteral {
        const token = this.next();
        if (token.type === 'STRING') {
            return { kind: 'TEXT', text: token.text };
        }
        if (token.type === 'NUMBER') {
            return { kind: 'NUMBER', text: token.text, num: Number(asciiDigits(token.text)) };
        }
        if (isKeyword(token, 'TRUE') || isKeyword(token, 'FALSE')) {
            const bool = isKeyword(token, 'TRUE');
            return { kind: 'BOOLEAN', text: bool ? 'true' : 'false', bool };
        }
        if (isKeyword(token, 'TODAY')) {
            return { kind: 'DATE', text: token.text, dayOffset: 0 };
        }
        if (isKeyword(token, 'DAYS_AGO') || isKeyword(token, 'DAYS_AHEAD')) {
            const days = this.parseDays(token);
            return { kind: 'DATE', text: token.text, dayOffset: isKeyword(token, 'DAYS_AGO') ? -days : days };
        }
        throw this.expected(`a value (${VALUE_LIST})`, token);
    }

    parseDays(fn: Token): number {
        const open = this.next();
        const amount = this.next();
        const close = this.next();
        const whole = amount.text !== '' && [...amount.text].every((c) => c.length === 1 && isDigit(c));
        if (
            open.type !== 'LPAREN' ||
            amount.type !== 'NUMBER' ||
            !whole ||
            amount.text.length > 5 ||
            close.type !== 'RPAREN'
        ) {
            const name = fn.text.toUpperCase();
            throw new ConditionError(
                `${name} at position ${fn.position} needs a whole number of days in parentheses, e.g. ${name}(7).`
            );
        }
        return Number(asciiDigits(amount.text));
    }

    expected(what: string, token: Token): ConditionError {
        return new ConditionError(`Expected ${what} at position ${token.position}, found ${found(token)}.`);
    }
}

/**
 * Parses a condition.
 * @param condition the condition text; blank (or null) means always true
 * @returns the parsed tree
 * @throws ConditionError naming the position and what was expected, with Apex's exact message
 * @example parse("StageName CHANGED TO 'Closed Won' AND Amount > 0")
 */
export function parse(condition: string | null | undefined): ConditionNode {
    if (typeof condition !== 'string' || isApexBlank(condition)) {
        return node('ALWAYS');
    }
    const parser = new Parser(tokenize(condition));
    const tree = parser.parseOr();
    const rest = parser.peek();
    if (rest.type !== 'END') {
        throw new ConditionError(
            `Expected AND, OR or the end of the condition at position ${rest.position}, found ${found(rest)}.`
        );
    }
    return tree;
}

/**
 * Parses a condition once, remembering the tree (or the error) for the page's lifetime.
 * @param condition the condition text; blank means always true
 * @returns the parsed tree (the same object for the same text)
 * @throws ConditionError when the condition is not valid, every time it is asked for
 */
export function parseCached(condition: string | null | undefined): ConditionNode {
    const key = typeof condition === 'string' ? condition : '';
    const error = PARSE_ERRORS.get(key);
    if (error !== undefined) {
        throw new ConditionError(error);
    }
    let tree = PARSED.get(key);
    if (!tree) {
        try {
            tree = parse(condition);
        } catch (e) {
            PARSE_ERRORS.set(key, (e as Error).message);
            throw e;
        }
        PARSED.set(key, tree);
    }
    return tree;
}

/**
 * The fields a condition reads, as written (relationship paths keep their dots), each once, in the
 * order they first appear. Use them for getRecord's fields and for field access checks.
 * @param condition a condition text (parsed, cached) or a parsed tree
 * @returns the field names
 * @throws ConditionError when the text is not a valid condition
 * @example fieldsOf('Amount > 0 AND (NextStep IS BLANK OR Amount < 5)') // ['Amount', 'NextStep']
 */
export function fieldsOf(condition: string | ConditionNode | null | undefined): string[] {
    const tree = typeof condition === 'object' && condition !== null ? condition : parseCached(condition);
    const fields: string[] = [];
    const collect = (current: ConditionNode): void => {
        if (current.field !== undefined && !fields.includes(current.field)) {
            fields.push(current.field);
        }
        current.children.forEach(collect);
    };
    collect(tree);
    return fields;
}
