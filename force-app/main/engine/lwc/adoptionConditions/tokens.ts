/**
 * The condition language's tokens: words, quoted text, numbers, operators and parentheses, with
 * their 1-based positions for Apex's exact error messages. Part of c/adoptionConditions.
 */
import { isJavaWhitespace } from 'c/adoptionCore';
import { ConditionError } from './conditionTypes';
import { isDigit, isLetter, isWordChar } from './characters';

type TokenType = 'WORD' | 'STRING' | 'NUMBER' | 'OP' | 'LPAREN' | 'RPAREN' | 'END';

export interface Token {
    type: TokenType;
    text: string;
    /** 1-based. */
    position: number;
}

export function isKeyword(token: Token, keyword: string): boolean {
    return token.type === 'WORD' && token.text.toUpperCase() === keyword;
}

export function found(token: Token): string {
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

export function tokenize(source: string): Token[] {
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
