/**
 * The builder's rules that need no server: which operators fit a field, a picked clause as condition
 * text, checking a condition as it is typed (the package's own parser, c/adoptionConditions, the twin
 * of the Apex class Conditions), and the dry run's warnings. Part of c/builderModel.
 */
import type { ObjectField } from '@salesforce/apex/BuilderController.getObjectFields';
import type { DryRunRow } from '@salesforce/apex/BuilderController.getDryRun';
import { ConditionError, fieldsOf, parse } from 'c/adoptionConditions';
import type { ConditionNode } from 'c/adoptionConditions';

/** The longest condition the engine reads whole (BuilderValidation.CONDITION_LIMIT). */
export const CONDITION_LIMIT = 254;
/** The share of a dry run's points above which one person dominates a rule. */
export const DOMINANT_SHARE = 0.5;
/** Fewer people than this never flag a dominant earner (one of two earns half by chance). */
export const DOMINANT_MIN_PEOPLE = 3;

/** Operators that need no value. */
const NO_VALUE: ReadonlySet<string> = new Set([
    'IS BLANK',
    'IS NOT BLANK',
    'CHANGED',
    'BECAME FILLED',
    'INCREASED',
    'DECREASED'
]);
/** Operators that compare the record with its previous version: Update rules only. */
const UPDATE_ONLY: ReadonlySet<string> = new Set(['CHANGED', 'CHANGED TO', 'BECAME FILLED', 'INCREASED', 'DECREASED']);
const BY_KIND: Readonly<Record<string, readonly string[]>> = {
    number: ['=', '!=', '<', '>', '<=', '>=', 'IS BLANK', 'IS NOT BLANK', 'CHANGED', 'INCREASED', 'DECREASED'],
    date: ['=', '!=', '<', '>', '<=', '>=', 'IS BLANK', 'IS NOT BLANK', 'CHANGED'],
    datetime: ['IS BLANK', 'IS NOT BLANK', 'CHANGED'],
    boolean: ['=', 'CHANGED', 'CHANGED TO'],
    picklist: ['=', '!=', 'IS BLANK', 'IS NOT BLANK', 'CHANGED', 'CHANGED TO'],
    text: ['=', '!=', 'CONTAINS', 'IS BLANK', 'IS NOT BLANK', 'CHANGED', 'CHANGED TO', 'BECAME FILLED']
};

/** A clause picked with the pickers. */
export interface Clause {
    field: ObjectField;
    operator: string;
    value: string;
}

/** What a typed condition amounts to: fine, or a problem in words. */
export interface ConditionCheck {
    ok: boolean;
    /** The parser's message, or the field that is not there; empty when ok. */
    problem: string;
    /** 'syntax', 'field' or 'length' when not ok. */
    reason: '' | 'syntax' | 'field' | 'length';
    /** The parsed tree when ok. */
    tree: ConditionNode | null;
}

/**
 * The operators that fit a field, for a rule or prompt of the given operation.
 * @param field the field
 * @param operation Create, Update, Delete or Undelete ('' for a prompt: no previous version)
 * @returns the operators, as the condition language writes them
 */
export function operatorsFor(field: ObjectField, operation: string): string[] {
    const kind = field.options.length > 0 ? 'picklist' : field.kind;
    const operators = BY_KIND[kind] ?? BY_KIND.text;
    return operators.filter((operator) => operation === 'Update' || !UPDATE_ONLY.has(operator));
}

/**
 * Whether an operator takes a value.
 * @param operator e.g. 'IS BLANK'
 * @returns false for the tests that stand alone
 */
export function needsValue(operator: string): boolean {
    return !NO_VALUE.has(operator);
}

function literal(field: ObjectField, value: string): string {
    const trimmed = value.trim();
    if (field.kind === 'boolean') {
        return /^true$/i.test(trimmed) ? 'TRUE' : 'FALSE';
    }
    if (field.kind === 'number') {
        return trimmed;
    }
    if (field.kind === 'date') {
        // TODAY, DAYS_AGO(n) or DAYS_AHEAD(n): anything else is left for the parser to explain.
        return trimmed.toUpperCase();
    }
    return `'${trimmed.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * A picked clause as condition text.
 * @param clause the field, operator and value
 * @returns e.g. "TaskSubtype = 'Call'"
 */
export function clauseText(clause: Clause): string {
    const name = clause.field.apiName;
    return needsValue(clause.operator)
        ? `${name} ${clause.operator} ${literal(clause.field, clause.value)}`
        : `${name} ${clause.operator}`;
}

/**
 * Adds a clause to a condition.
 * @param condition the condition so far ('' for none)
 * @param clause the new clause's text
 * @param join AND or OR
 * @returns the longer condition; an OR keeps the earlier part together in parentheses
 */
export function appendClause(condition: string, clause: string, join: 'AND' | 'OR'): string {
    const before = condition.trim();
    if (before === '') {
        return clause;
    }
    return join === 'OR' ? `(${before}) OR ${clause}` : `${before} AND ${clause}`;
}

/**
 * Checks a condition as the engine will: it must parse, fit in what the engine reads, and name only
 * fields of the object the admin can read.
 * @param condition the text
 * @param fields the object's readable fields
 * @returns the check
 */
export function checkCondition(condition: string, fields: readonly ObjectField[]): ConditionCheck {
    if (condition.length > CONDITION_LIMIT) {
        return { ok: false, problem: String(CONDITION_LIMIT), reason: 'length', tree: null };
    }
    let tree: ConditionNode;
    try {
        tree = parse(condition);
    } catch (error) {
        const message = error instanceof ConditionError ? error.message : String(error);
        return { ok: false, problem: message, reason: 'syntax', tree: null };
    }
    const known = new Set(fields.map((field) => field.apiName.toLowerCase()));
    const missing = fieldsOf(tree).find((name) => !known.has(name.toLowerCase()));
    if (missing !== undefined) {
        return { ok: false, problem: missing, reason: 'field', tree: null };
    }
    return { ok: true, problem: '', reason: '', tree };
}

/** A dry run's totals without names (works council mode: BuilderService.getDryRun sends no rows). */
export interface DryRunTotals {
    /** How many people would earn. */
    people: number;
    /** The top earner's share of the points, in whole percent. */
    topShare: number;
}

/** What a dry run warns of. */
export interface DryRunFlags {
    /** One person would earn more than DOMINANT_SHARE of the points. */
    dominant: boolean;
    /** That person's name; null when nobody dominates or the dry run names nobody (works council mode). */
    dominantName: string | null;
    /** Their share, in whole percent. */
    dominantPercent: number;
    /** The rule pays every save while its condition holds. */
    paysRepeats: boolean;
}

function readsChange(tree: ConditionNode | null): boolean {
    if (!tree) {
        return false;
    }
    switch (tree.kind) {
        case 'TEST':
            return tree.op !== undefined && UPDATE_ONLY.has(tree.op);
        case 'AND':
            return tree.children.some(readsChange);
        case 'OR':
            return tree.children.length > 0 && tree.children.every(readsChange);
        default:
            // NOT CHANGED holds when nothing changed; ALWAYS holds on every save.
            return false;
    }
}

/**
 * The warnings of a draft rule and its dry run: one person earning most of the points, and an Update
 * rule that pays every save (no CHANGED-style test that holds on every path, and not once per record).
 * @param rows the dry run's people (may be empty)
 * @param values the draft rule's values (Operation__c, Once_Per_Record__c, Once_Per_Value_Of__c, Condition__c)
 * @param totals in works council mode (no rows), the people and the top share the server counted
 * @returns the flags
 */
export function dryRunFlags(
    rows: readonly DryRunRow[],
    values: Readonly<Record<string, unknown>>,
    totals?: DryRunTotals
): DryRunFlags {
    const total = rows.reduce((sum, row) => sum + Number(row.points || 0), 0);
    let dominant = false;
    let dominantName: string | null = null;
    let dominantPercent = 0;
    if (totals) {
        // No names: the server's share of the top earner (whole percent) stands for the rows.
        dominant = totals.people >= DOMINANT_MIN_PEOPLE && totals.topShare > DOMINANT_SHARE * 100;
        dominantPercent = dominant ? totals.topShare : 0;
    } else if (rows.length >= DOMINANT_MIN_PEOPLE && total > 0) {
        const top = rows.reduce((best, row) => (Number(row.points) > Number(best.points) ? row : best));
        const share = Number(top.points) / total;
        if (share > DOMINANT_SHARE) {
            dominant = true;
            dominantName = top.userName ?? top.userId;
            dominantPercent = Math.round(share * 100);
        }
    }
    let tree: ConditionNode | null = null;
    try {
        tree = parse(typeof values.Condition__c === 'string' ? values.Condition__c : '');
    } catch {
        tree = null;
    }
    const once =
        values.Once_Per_Record__c === true ||
        (typeof values.Once_Per_Value_Of__c === 'string' && values.Once_Per_Value_Of__c.trim() !== '');
    const paysRepeats = values.Operation__c === 'Update' && !once && !readsChange(tree);
    return { dominant, dominantName, dominantPercent, paysRepeats };
}
