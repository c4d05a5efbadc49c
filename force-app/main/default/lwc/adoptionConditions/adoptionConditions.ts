/**
 * adoptionConditions: the condition language of rules and prompts (docs/data-model.md), the twin of
 * the Apex class `Conditions`. A condition is parsed once into a tree (cached), then evaluated in
 * memory against a record. Both sides run every case of the static resource
 * `AdoptionConditionCases` (staticresources/AdoptionConditionCases.json); change a meaning here, in
 * Conditions.cls and in the cases together.
 *
 * Meaning (as Conditions.cls):
 * - Keywords are case-insensitive; field names are matched ignoring case; text comparison is
 *   case-insensitive.
 * - A comparison (=, !=, <, >, <=, >=, CONTAINS) with a blank field (null, or only white space as
 *   Java counts it) is false.
 * - The literal is read as the field's kind: a number field compares numerically (a quoted number
 *   too), a date or date/time field by date (a date/time by its date in the user's time zone;
 *   'YYYY-MM-DD' text too), a checkbox with TRUE/FALSE (or 'true'/'false'). Anything else compares
 *   as text, a literal by its written form (5.50 stays '5.50', TODAY is 'YYYY-MM-DD'). CONTAINS
 *   always compares as text.
 * - CHANGED, CHANGED TO, BECAME FILLED, INCREASED and DECREASED need the old record: false without
 *   it. CHANGED compares numbers by value and anything else by its text, exactly; two blanks are no
 *   change.
 * - INCREASED (DECREASED) is true when the old and the new value are both filled and the new one
 *   orders after (before) the old one, read as the field's kind: a number by value, a date or
 *   date/time by its day, a checkbox FALSE before TRUE, anything else as text ignoring case.
 * - ISNEW is true on create only. A blank condition is always true.
 * - LENGTH(field) compares the number of characters of the field's text, leading and trailing white
 *   space left out, with a whole number ('LENGTH(Description) >= 20'); a blank field has length 0.
 *
 * Where Apex reads a field's kind from the SObject's schema, this side needs it told: pass `kinds`
 * (field path -> kind), built with `kindOfDataType` from a UI API `dataType` (getObjectInfo) or an
 * Apex `Schema.DisplayType` name. A field without a kind is read by its JavaScript type (number,
 * boolean, else text), which is what a UI API record holds for every kind except dates: a date
 * field without a kind compares as its 'YYYY-MM-DD' text, which orders exactly as the date does.
 *
 * Strings are walked one UTF-16 unit at a time and characters are classified as Java classifies
 * them (Apex String.isWhitespace, isAlpha, isNumeric), so positions in error messages match Apex.
 */

import { dateOfDayNumber, dayNumber, formatNumber, isApexBlank, isJavaWhitespace } from 'c/adoptionCore';

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

const NUMBER_KINDS: ReadonlySet<string> = new Set(['currency', 'double', 'int', 'integer', 'long', 'percent']);

// Parsing is the costly part, and the same conditions are read on every record change.
const PARSED = new Map<string, ConditionNode>();
const PARSE_ERRORS = new Map<string, string>();

// ---------------------------------------------------------------- characters (as Java)

const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;
/** Java Character.isDigit: any Unicode decimal digit. */
function isDigit(c: string): boolean {
    return c !== '' && DIGIT.test(c);
}

function isLetter(c: string): boolean {
    return c !== '' && LETTER.test(c);
}

function isWordChar(c: string): boolean {
    return isLetter(c) || isDigit(c) || c === '_' || c === '.';
}

/** Apex (Java) String.trim(): characters up to U+0020 at either end. */
function javaTrim(text: string): string {
    // eslint-disable-next-line no-control-regex
    return text.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** The value of a Unicode decimal digit: digits come in runs of ten, zero first. */
function digitValue(c: string): number {
    const code = c.charCodeAt(0);
    if (code >= 0x30 && code <= 0x39) {
        return code - 0x30;
    }
    let zero = code;
    while (zero > 0 && isDigit(String.fromCharCode(zero - 1))) {
        zero--;
    }
    return (code - zero) % 10;
}

/** ASCII form of a number written with any Unicode digits (Java BigDecimal accepts them all). */
function asciiDigits(text: string): string {
    let out = '';
    for (let i = 0; i < text.length; i++) {
        out += isDigit(text[i]) ? String(digitValue(text[i])) : text[i];
    }
    return out;
}

// ---------------------------------------------------------------- dates

/** Days since 1970-01-01 of a 'YYYY-MM-DD' calendar date; null when it is not one. */
function dayOf(text: string): number | null {
    try {
        return dayNumber(text);
    } catch {
        return null;
    }
}

const DATE_TIME_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** A date/time's day and its 'yyyy-MM-dd HH:mm:ss' text in a time zone (Apex String.valueOf). */
function localDateTime(instant: Date, timeZone: string): { day: number; text: string } {
    let format = DATE_TIME_FORMATS.get(timeZone);
    if (!format) {
        format = new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit'
        });
        DATE_TIME_FORMATS.set(timeZone, format);
    }
    const parts: Record<string, string> = {};
    for (const part of format.formatToParts(instant)) {
        parts[part.type] = part.value;
    }
    const date = `${parts.year.padStart(4, '0')}-${parts.month}-${parts.day}`;
    return { day: dayOf(date) as number, text: `${date} ${parts.hour}:${parts.minute}:${parts.second}` };
}

// ---------------------------------------------------------------- tokens

type TokenType = 'WORD' | 'STRING' | 'NUMBER' | 'OP' | 'LPAREN' | 'RPAREN' | 'END';

interface Token {
    type: TokenType;
    text: string;
    /** 1-based. */
    position: number;
}

function isKeyword(token: Token, keyword: string): boolean {
    return token.type === 'WORD' && token.text.toUpperCase() === keyword;
}

function found(token: Token): string {
    return token.type === 'END' ? 'the end of the condition' : `'${token.text}'`;
}

function readText(source: string, start: number, tokens: Token[]): number {
    let text = '';
    let i = start + 1;
    while (i < source.length) {
        const c = source[i];
        if (c === '\\' && i + 1 < source.length) {
            text += source[i + 1];
            i += 2;
        } else if (c === "'") {
            tokens.push({ type: 'STRING', text, position: start + 1 });
            return i + 1;
        } else {
            text += c;
            i++;
        }
    }
    throw new ConditionError(`Text starting at position ${start + 1} has no closing quote.`);
}

function readNumber(source: string, start: number, tokens: Token[]): number {
    let i = start + 1;
    const length = source.length;
    while (i < length && isDigit(source[i])) {
        i++;
    }
    if (i + 1 < length && source[i] === '.' && isDigit(source[i + 1])) {
        i++;
        while (i < length && isDigit(source[i])) {
            i++;
        }
    }
    tokens.push({ type: 'NUMBER', text: source.substring(start, i), position: start + 1 });
    return i;
}

function tokenize(source: string): Token[] {
    const tokens: Token[] = [];
    const length = source.length;
    let i = 0;
    while (i < length) {
        const c = source[i];
        if (isJavaWhitespace(c)) {
            i++;
        } else if (c === '(' || c === ')') {
            tokens.push({ type: c === '(' ? 'LPAREN' : 'RPAREN', text: c, position: i + 1 });
            i++;
        } else if (c === "'") {
            i = readText(source, i, tokens);
        } else if (isDigit(c) || (c === '-' && i + 1 < length && isDigit(source[i + 1]))) {
            i = readNumber(source, i, tokens);
        } else if (c === '=' || c === '<' || c === '>' || c === '!') {
            const two = i + 1 < length ? source.substring(i, i + 2) : c;
            if (two === '!=' || two === '<=' || two === '>=') {
                tokens.push({ type: 'OP', text: two, position: i + 1 });
                i += 2;
            } else if (c === '!') {
                throw new ConditionError(`Unexpected character '!' at position ${i + 1}.`);
            } else {
                tokens.push({ type: 'OP', text: c, position: i + 1 });
                i++;
            }
        } else if (isLetter(c) || c === '_') {
            const start = i;
            while (i < length && isWordChar(source[i])) {
                i++;
            }
            tokens.push({ type: 'WORD', text: source.substring(start, i), position: start + 1 });
        } else {
            throw new ConditionError(`Unexpected character '${c}' at position ${i + 1}.`);
        }
    }
    tokens.push({ type: 'END', text: '', position: length + 1 });
    return tokens;
}

// ---------------------------------------------------------------- grammar

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

/**
 * The kind of a field from its type name: a UI API `dataType` (getObjectInfo: 'Currency', 'Int',
 * 'DateTime', ...) or an Apex `Schema.DisplayType` name ('CURRENCY', 'INTEGER', 'DATETIME', ...).
 * @param dataType the type name, any case
 * @returns number for Currency, Double, Int/Integer, Long and Percent; date; datetime; boolean;
 *   text for anything else (and for a missing name)
 * @example kindOfDataType('Currency') // 'number'
 */
export function kindOfDataType(dataType: string | null | undefined): FieldKind {
    const name = typeof dataType === 'string' ? dataType.trim().toLowerCase() : '';
    if (NUMBER_KINDS.has(name)) {
        return 'number';
    }
    if (name === 'date' || name === 'datetime' || name === 'boolean') {
        return name;
    }
    return 'text';
}

/**
 * A Lightning Data Service record (getRecord's `data`) as a plain object: `fields.X.value` becomes
 * `X`, and a related record (`fields.Account.value.fields...`) a nested plain object.
 * @param record the UI API record; null or undefined give an empty object
 * @returns field name -> value
 * @example recordFromUi({ fields: { Amount: { value: 5 } } }) // { Amount: 5 }
 */
export function recordFromUi(record: UiRecordLike | null | undefined): Record<string, unknown> {
    const plain: Record<string, unknown> = {};
    const fields = record && typeof record === 'object' ? record.fields : undefined;
    if (!fields || typeof fields !== 'object') {
        return plain;
    }
    for (const [name, field] of Object.entries(fields)) {
        const value = field ? field.value : undefined;
        plain[name] =
            value !== null && typeof value === 'object' && 'fields' in (value as object)
                ? recordFromUi(value as UiRecordLike)
                : (value ?? null);
    }
    return plain;
}

// ---------------------------------------------------------------- evaluation

type Value =
    | { kind: 'number'; num: number; text: string }
    | { kind: 'date' | 'datetime'; day: number; text: string }
    | { kind: 'boolean'; bool: boolean; text: string }
    | { kind: 'text'; text: string };

interface Resolved {
    today: number;
    context: EvaluationContext;
    kinds: Map<string, FieldKind>;
}

/** Reads a key of a plain object ignoring case (an exact-case key wins). */
function lookup(values: unknown, key: string): unknown {
    if (values === null || typeof values !== 'object' || Array.isArray(values)) {
        return undefined;
    }
    const record = values as Record<string, unknown>;
    if (Object.prototype.hasOwnProperty.call(record, key)) {
        return record[key];
    }
    const lower = key.toLowerCase();
    const match = Object.keys(record).find((candidate) => candidate.toLowerCase() === lower);
    return match === undefined ? undefined : record[match];
}

/** Plain decimal notation, as Apex prints a number: the digits of its shortest text, never an
 * exponent (c/adoptionCore formatNumber, exact without BigInt, which Lightning Locker may not have). */
function numberText(num: number): string {
    const text = String(num);
    return text.includes('e') ? formatNumber(num) : text;
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Apex Decimal.valueOf(text.trim()), or null when it is not a number. */
function parseDecimal(text: string): number | null {
    const trimmed = asciiDigits(javaTrim(text));
    return DECIMAL.test(trimmed) ? Number(trimmed) : null;
}

function parseBoolean(text: string): boolean | null {
    const lower = javaTrim(text).toLowerCase();
    return lower === 'true' ? true : lower === 'false' ? false : null;
}

function parseLiteralDate(text: string): number | null {
    return dayOf(javaTrim(text));
}

function toValue(raw: unknown, kind: FieldKind | undefined, timeZone: string): Value | null {
    if (raw === null || raw === undefined || typeof raw === 'object' || typeof raw === 'function') {
        return null;
    }
    const effective: FieldKind =
        kind ?? (typeof raw === 'number' ? 'number' : typeof raw === 'boolean' ? 'boolean' : 'text');
    if (effective === 'number') {
        const num = typeof raw === 'number' ? raw : parseDecimal(String(raw));
        if (num !== null && Number.isFinite(num)) {
            return { kind: 'number', num, text: numberText(num) };
        }
    } else if (effective === 'boolean') {
        const bool = typeof raw === 'boolean' ? raw : parseBoolean(String(raw));
        if (bool !== null) {
            return { kind: 'boolean', bool, text: bool ? 'true' : 'false' };
        }
    } else if (effective === 'date') {
        const text = String(raw);
        const day = dayOf(text);
        if (day !== null) {
            return { kind: 'date', day, text };
        }
    } else if (effective === 'datetime') {
        const instant = new Date(String(raw));
        if (!Number.isNaN(instant.getTime())) {
            return { kind: 'datetime', ...localDateTime(instant, timeZone) };
        }
    }
    const text = typeof raw === 'number' ? numberText(raw) : String(raw);
    return isApexBlank(text) ? null : { kind: 'text', text };
}

function valueOf(record: PlainRecord | null | undefined, path: string, resolved: Resolved): Value | null {
    if (record === null || record === undefined) {
        return null;
    }
    let current: unknown = record;
    for (const segment of path.split('.')) {
        current = lookup(current, segment);
        if (current === null || current === undefined) {
            return null;
        }
    }
    return toValue(current, resolved.kinds.get(path.toLowerCase()), resolved.context.timeZone ?? 'UTC');
}

function literalText(literal: ConditionLiteral, today: number): string {
    return literal.kind === 'DATE' ? dateOfDayNumber(today + (literal.dayOffset ?? 0)) : literal.text;
}

/** -1, 0 or 1; strings order by UTF-16 units, as Java's compareTo. */
function sign<T extends number | string>(a: T, b: T): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** -1, 0 or 1: how the field value orders against the literal, read as the field's kind. */
function compare(value: Value, literal: ConditionLiteral, today: number): number {
    if (value.kind === 'number') {
        const other =
            literal.kind === 'NUMBER'
                ? (literal.num as number)
                : literal.kind === 'TEXT'
                  ? parseDecimal(literal.text)
                  : null;
        if (other !== null) {
            return sign(value.num, other);
        }
    } else if (value.kind === 'date' || value.kind === 'datetime') {
        const other =
            literal.kind === 'DATE'
                ? today + (literal.dayOffset ?? 0)
                : literal.kind === 'TEXT'
                  ? parseLiteralDate(literal.text)
                  : null;
        if (other !== null) {
            return sign(value.day, other);
        }
    } else if (value.kind === 'boolean') {
        const other =
            literal.kind === 'BOOLEAN'
                ? (literal.bool as boolean)
                : literal.kind === 'TEXT'
                  ? parseBoolean(literal.text)
                  : null;
        if (other !== null) {
            return sign(value.bool ? 1 : 0, other ? 1 : 0);
        }
    }
    return sign(value.text.toLowerCase(), literalText(literal, today).toLowerCase());
}

/** -1, 0 or 1: how one field value orders against another value of the same field (INCREASED, DECREASED). */
function compareValues(value: Value, other: Value): number {
    if (value.kind === 'number' && other.kind === 'number') {
        return sign(value.num, other.num);
    }
    const dated = (v: Value): v is Extract<Value, { day: number }> => v.kind === 'date' || v.kind === 'datetime';
    if (dated(value) && dated(other)) {
        return sign(value.day, other.day);
    }
    if (value.kind === 'boolean' && other.kind === 'boolean') {
        return sign(value.bool ? 1 : 0, other.bool ? 1 : 0);
    }
    return sign(value.text.toLowerCase(), other.text.toLowerCase());
}

function sameValue(before: Value | null, after: Value | null): boolean {
    if (before === null || after === null) {
        return before === null && after === null;
    }
    if (before.kind === 'number' && after.kind === 'number') {
        return before.num === after.num;
    }
    return before.text === after.text;
}

function holds(op: string, order: number): boolean {
    switch (op) {
        case '=':
            return order === 0;
        case '!=':
            return order !== 0;
        case '<':
            return order < 0;
        case '>':
            return order > 0;
        case '<=':
            return order <= 0;
        default:
            return order >= 0;
    }
}

function runTest(tree: ConditionNode, resolved: Resolved): boolean {
    const context = resolved.context;
    if (tree.op === 'ISNEW') {
        return context.isNew === true;
    }
    const field = tree.field as string;
    const value = valueOf(context.record, field, resolved);
    if (tree.measure === 'LENGTH') {
        const length = value === null ? 0 : javaTrim(value.text).length;
        return holds(tree.op as string, sign(length, (tree.value as ConditionLiteral).num as number));
    }
    const hasOld = context.oldRecord !== null && context.oldRecord !== undefined;
    switch (tree.op) {
        case 'IS BLANK':
            return value === null;
        case 'IS NOT BLANK':
            return value !== null;
        case 'CHANGED':
            return hasOld && !sameValue(valueOf(context.oldRecord, field, resolved), value);
        case 'CHANGED TO':
            return (
                hasOld &&
                !sameValue(valueOf(context.oldRecord, field, resolved), value) &&
                value !== null &&
                compare(value, tree.value as ConditionLiteral, resolved.today) === 0
            );
        case 'BECAME FILLED':
            return hasOld && valueOf(context.oldRecord, field, resolved) === null && value !== null;
        case 'INCREASED':
        case 'DECREASED': {
            const before = hasOld ? valueOf(context.oldRecord, field, resolved) : null;
            if (before === null || value === null) {
                return false;
            }
            const order = compareValues(value, before);
            return tree.op === 'INCREASED' ? order > 0 : order < 0;
        }
        case 'CONTAINS':
            return (
                value !== null &&
                value.text
                    .toLowerCase()
                    .includes(literalText(tree.value as ConditionLiteral, resolved.today).toLowerCase())
            );
        default:
            return (
                value !== null &&
                holds(tree.op as string, compare(value, tree.value as ConditionLiteral, resolved.today))
            );
    }
}

function run(tree: ConditionNode, resolved: Resolved): boolean {
    switch (tree.kind) {
        case 'ALWAYS':
            return true;
        case 'AND':
            return tree.children.every((child) => run(child, resolved));
        case 'OR':
            return tree.children.some((child) => run(child, resolved));
        case 'NOT':
            return !run(tree.children[0], resolved);
        default:
            return runTest(tree, resolved);
    }
}

/**
 * Evaluates a parsed condition against a record.
 * @param tree a parsed condition
 * @param context the record, the old record, whether it is new, what TODAY means, field kinds and
 *   the user's time zone
 * @returns true when the record meets the condition
 * @throws ConditionError when `today` is not a 'YYYY-MM-DD' date
 */
export function evaluate(tree: ConditionNode, context: EvaluationContext): boolean {
    const today = dayOf(context.today);
    if (today === null) {
        throw new ConditionError(`TODAY must be a date as 'YYYY-MM-DD', got '${context.today}'.`);
    }
    const kinds = new Map<string, FieldKind>();
    for (const [path, kind] of Object.entries(context.kinds ?? {})) {
        kinds.set(path.toLowerCase(), kind);
    }
    return run(tree, { today, context, kinds });
}

/**
 * Parses (cached) and evaluates a condition against a record.
 * @param condition the condition text; blank means always true
 * @param context the record and what TODAY means (see evaluate)
 * @returns true when the record meets the condition
 * @throws ConditionError when the condition is not valid
 * @example matches('CloseDate < TODAY', { record: { CloseDate: '2026-11-19' }, today: '2026-11-20', kinds: { CloseDate: 'date' } }) // true
 */
export function matches(condition: string | null | undefined, context: EvaluationContext): boolean {
    return evaluate(parseCached(condition), context);
}
