/**
 * A draft in plain words, for the admin to read before saving: "Task: a rep earns 5 points each time
 * they create one, where Task Subtype is 'Call', at most 10 a day." Conditions are read from the package's
 * own parse tree (c/adoptionConditions), fields by their labels. Part of c/builderModel.
 */
import type { ObjectField } from '@salesforce/apex/BuilderController.getObjectFields';
import type { ConditionLiteral, ConditionNode } from 'c/adoptionConditions';
import { parse } from 'c/adoptionConditions';
import { formatLabel } from 'c/ldsUtils';
import { LABELS } from './builderLabels';

const COMPARISONS: Readonly<Record<string, string>> = {
    '=': LABELS.wordsEq,
    '!=': LABELS.wordsNe,
    '<': LABELS.wordsLt,
    '>': LABELS.wordsGt,
    '<=': LABELS.wordsLe,
    '>=': LABELS.wordsGe,
    CONTAINS: LABELS.wordsContains,
    'CHANGED TO': LABELS.wordsChangedTo
};
const TESTS: Readonly<Record<string, string>> = {
    'IS BLANK': LABELS.wordsBlank,
    'IS NOT BLANK': LABELS.wordsFilled,
    CHANGED: LABELS.wordsChanged,
    'BECAME FILLED': LABELS.wordsBecameFilled,
    INCREASED: LABELS.wordsIncreased,
    DECREASED: LABELS.wordsDecreased
};
const VERBS: Readonly<Record<string, string>> = {
    Create: LABELS.verbCreate,
    Update: LABELS.verbUpdate,
    Delete: LABELS.verbDelete,
    Undelete: LABELS.verbUndelete
};

function literalWords(value: ConditionLiteral | undefined): string {
    if (!value) {
        return '';
    }
    switch (value.kind) {
        case 'TEXT':
            return `'${value.text}'`;
        case 'BOOLEAN':
            return value.bool ? LABELS.wordsTrue : LABELS.wordsFalse;
        case 'DATE': {
            const offset = value.dayOffset ?? 0;
            if (offset === 0) {
                return LABELS.wordsToday;
            }
            return offset < 0 ? formatLabel(LABELS.wordsDaysAgo, -offset) : formatLabel(LABELS.wordsDaysAhead, offset);
        }
        default:
            return value.text;
    }
}

function fieldWords(node: ConditionNode, labels: ReadonlyMap<string, string>): string {
    const name = node.field ?? '';
    const label = labels.get(name.toLowerCase()) ?? name;
    return node.measure === 'LENGTH' ? formatLabel(LABELS.wordsLength, label) : label;
}

function nodeWords(node: ConditionNode, labels: ReadonlyMap<string, string>, parent: string): string {
    switch (node.kind) {
        case 'AND':
        case 'OR': {
            const template = node.kind === 'AND' ? LABELS.wordsAnd : LABELS.wordsOr;
            const text = node.children
                .map((child) => nodeWords(child, labels, node.kind))
                .reduce((left, right) => formatLabel(template, left, right));
            return parent !== '' && parent !== node.kind ? `(${text})` : text;
        }
        case 'NOT':
            return formatLabel(LABELS.wordsNot, nodeWords(node.children[0], labels, ''));
        case 'TEST': {
            if (node.op === 'ISNEW') {
                return LABELS.wordsIsNew;
            }
            const subject = fieldWords(node, labels);
            const test = TESTS[node.op ?? ''];
            if (test !== undefined) {
                return formatLabel(test, subject);
            }
            return formatLabel(
                COMPARISONS[node.op ?? ''] ?? `{0} ${node.op ?? ''} {1}`,
                subject,
                literalWords(node.value)
            );
        }
        default:
            return '';
    }
}

/**
 * A condition in plain words.
 * @param condition the condition text (blank for none)
 * @param fields the object's fields, for their labels
 * @returns the words; '' for a blank or unreadable condition
 */
export function conditionWords(condition: string, fields: readonly ObjectField[]): string {
    let tree: ConditionNode;
    try {
        tree = parse(condition);
    } catch {
        return '';
    }
    const labels = new Map(fields.map((field) => [field.apiName.toLowerCase(), field.label]));
    return nodeWords(tree, labels, '');
}

function textOf(value: unknown): string {
    return typeof value === 'string' ? value.trim() : '';
}

/**
 * A draft rule or prompt in plain words.
 * @param typeName the type's API name
 * @param values the draft's values
 * @param fields the fields of the record's object (for labels); may be empty
 * @returns the sentence; '' for the other types, and until the draft names its object (and a rule its operation)
 */
export function draftSentence(
    typeName: string,
    values: Readonly<Record<string, unknown>>,
    fields: readonly ObjectField[]
): string {
    const objectName = textOf(values.Object__c);
    if (objectName === '' || (typeName === 'Adoption_Rule__mdt' && textOf(values.Operation__c) === '')) {
        return '';
    }
    const where = conditionWords(textOf(values.Condition__c), fields);
    if (typeName === 'Adoption_Rule__mdt') {
        const parts: string[] = [];
        if (where !== '') {
            parts.push(formatLabel(LABELS.wherePart, where));
        }
        if (values.Daily_Cap__c !== null && values.Daily_Cap__c !== undefined && values.Daily_Cap__c !== '') {
            parts.push(formatLabel(LABELS.capPart, Number(values.Daily_Cap__c)));
        }
        if (values.Once_Per_Record__c === true) {
            parts.push(LABELS.oncePart);
        }
        const verb = VERBS[textOf(values.Operation__c)] ?? textOf(values.Operation__c);
        return formatLabel(
            LABELS.ruleSentence,
            Number(values.Points__c ?? 0),
            verb,
            objectName,
            parts.map((part) => `, ${part}`).join('')
        );
    }
    if (typeName === 'Adoption_Prompt__mdt') {
        const title = textOf(values.Title__c);
        return where === ''
            ? formatLabel(LABELS.promptSentenceAlways, title, objectName)
            : formatLabel(LABELS.promptSentence, title, objectName, where);
    }
    return '';
}
