/**
 * Evaluation: a parsed condition run against a record (and the old record), in memory.
 * Part of c/adoptionConditions.
 */
import type { ConditionLiteral, ConditionNode, EvaluationContext, FieldKind, PlainRecord } from './conditionTypes';
import { ConditionError } from './conditionTypes';
import { dayOf, javaTrim } from './characters';
import { parseCached } from './parser';
import type { Value } from './values';
import { compare, compareValues, literalText, lookup, sameValue, sign, toValue } from './values';

interface Resolved {
    today: number;
    context: EvaluationContext;
    kinds: Map<string, FieldKind>;
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
