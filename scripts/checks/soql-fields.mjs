// SOQL the platform compiler rejects and apex-ls accepts: a field used where its properties do not
// allow it. A static query in Apex that filters on a field that is not filterable (LoginHistory.Status,
// for one), groups on one that is not groupable, sorts on one that is not sortable or aggregates one
// whose type the function does not take does not compile, and one such class fails the whole deploy.
//
// What is held against what:
// - standard objects: every field we filter (WHERE), group (GROUP BY), sort (ORDER BY) or aggregate
//   (COUNT, SUM, ...) on must have a row in scripts/checks/standard-fields.json with the properties
//   the object reference documents, and the source it was read from. A row marked unverified fails
//   any use: the code must not depend on it.
// - our own objects (custom objects, custom metadata): the property follows from the field's type in
//   its .field-meta.xml (long text cannot be filtered, grouped or sorted; a number cannot be grouped;
//   only numbers can be summed ...), with the sources in standard-fields.json "customFieldRules".
//
// Where: every static query ([SELECT ...]) in every class, subqueries included, and every dynamic
// query (Database.query, queryWithBinds, countQuery, getQueryLocator, ...) whose text can be worked
// out from the code: string literals, constants, `+`, `?:`, local Strings assigned once, and
// String.join over a local list filled only with literals. A dynamic query built from parameters or
// in a loop cannot be seen: each such call must be listed with its reason under "unresolvedDynamic"
// in standard-fields.json, and the check fails on one that is not listed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, typeEntries } from './lib.mjs';
import { child, findAll, kind, lineOf, loadProject, parseQuery, walk } from './apex-tree.mjs';

const TABLE = 'scripts/checks/standard-fields.json';
const DYNAMIC_METHODS = new Set([
    'query',
    'querywithbinds',
    'countquery',
    'countquerywithbinds',
    'getquerylocator',
    'getquerylocatorwithbinds'
]);

// ------------------------------------------------------------------------------------ properties

/** What each use of a field needs. */
const NEEDS = {
    filter: 'Filter',
    group: 'Group',
    sort: 'Sort',
    count: 'count',
    sum: 'sum',
    minmax: 'minmax'
};

/** Custom field type (Metadata API) -> what SOQL lets you do with it; see customFieldRules in the table. */
function customCapabilities(rules, field) {
    const type = field.formula ? `Formula:${field.type}` : field.type;
    const capabilities = new Set();
    for (const [capability, types] of Object.entries(rules.capabilities)) {
        if (types.includes(type) || (field.formula && types.includes('Formula:*'))) {
            capabilities.add(capability);
        }
    }
    return { type, capabilities };
}

/** Standard field type (object reference "Type") -> which aggregate functions take it. */
function aggregateCapabilities(rules, type) {
    const capabilities = new Set();
    for (const [capability, types] of Object.entries(rules.standardTypeAggregates)) {
        if (types.includes(type)) {
            capabilities.add(capability);
        }
    }
    return capabilities;
}

// ------------------------------------------------------------------------------------ our objects

function tag(xml, name) {
    const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
    return match ? match[1].trim() : undefined;
}

/** Custom object -> field -> { type, formula, referenceTo, relationshipName }. */
function customObjects(root) {
    const objects = new Map();
    for (const objectDir of typeEntries(root, 'objects')) {
        const objectName = path.basename(objectDir);
        const fields = new Map();
        const fieldsDir = path.join(objectDir, 'fields');
        if (existsSync(fieldsDir)) {
            for (const file of readdirSync(fieldsDir).filter((name) => name.endsWith('.field-meta.xml'))) {
                const xml = readFileSync(path.join(fieldsDir, file), 'utf8');
                fields.set(file.replace('.field-meta.xml', '').toLowerCase(), {
                    name: file.replace('.field-meta.xml', ''),
                    type: tag(xml, 'type'),
                    formula: tag(xml, 'formula') !== undefined,
                    referenceTo: tag(xml, 'referenceTo'),
                    relationshipName: tag(xml, 'relationshipName'),
                    file: path.join(fieldsDir, file)
                });
            }
        }
        objects.set(objectName.toLowerCase(), { name: objectName, fields });
    }
    return objects;
}

function isCustomName(name) {
    return /__(c|mdt|e|x)$/i.test(name);
}

// ------------------------------------------------------------------------------------ resolution

class Resolver {
    constructor(table, objects) {
        this.table = table;
        this.objects = objects;
        this.standard = new Map(
            Object.entries(table.objects).map(([name, entry]) => [name.toLowerCase(), { name, ...entry }])
        );
    }

    /** The object a parent relationship of `objectName` leads to, or null. */
    parentOf(objectName, relationship) {
        const custom = this.objects.get(objectName.toLowerCase());
        if (/__r$/i.test(relationship) && custom) {
            const field = custom.fields.get(relationship.replace(/__r$/i, '__c').toLowerCase());
            return field?.referenceTo ?? null;
        }
        if (custom) {
            const standardOnCustom = this.table.customObjectRelationships?.[relationship];
            return standardOnCustom ?? null;
        }
        const known = this.table.relationships?.[`${objectName}.${relationship}`];
        return known ?? null;
    }

    /** The object a child relationship of `objectName` holds, or null. */
    childOf(objectName, relationship) {
        if (/__r$/i.test(relationship)) {
            for (const object of this.objects.values()) {
                for (const field of object.fields.values()) {
                    if (
                        field.relationshipName?.toLowerCase() === relationship.replace(/__r$/i, '').toLowerCase() &&
                        field.referenceTo?.toLowerCase() === objectName.toLowerCase()
                    ) {
                        return object.name;
                    }
                }
            }
            return null;
        }
        return this.table.childRelationships?.[`${objectName}.${relationship}`] ?? null;
    }

    /**
     * A field path on an object, resolved to the last object and the field's row: { object, field,
     * problem } where problem says why it cannot be checked.
     */
    resolve(objectName, fieldPath) {
        const parts = fieldPath.split('.');
        let current = objectName;
        for (const relationship of parts.slice(0, -1)) {
            const next = this.parentOf(current, relationship);
            if (!next) {
                return {
                    problem: `${current}.${relationship}: relationship not in ${TABLE} (add it to "relationships" with its source)`
                };
            }
            current = next;
        }
        const fieldName = parts[parts.length - 1];
        return { object: current, field: fieldName };
    }

    /** { capabilities:Set, type, source } for a field, or { problem }. */
    propertiesOf(objectName, fieldName) {
        const custom = this.objects.get(objectName.toLowerCase());
        if (custom || isCustomName(objectName)) {
            if (/__c$/i.test(fieldName)) {
                const field = custom?.fields.get(fieldName.toLowerCase());
                if (!field) {
                    return { problem: `${objectName}.${fieldName}: no such field in force-app` };
                }
                return { ...customCapabilities(this.table.customFieldRules, field), evidence: 'ours' };
            }
            const group = /__mdt$/i.test(objectName) ? 'customMetadataStandardFields' : 'customObjectStandardFields';
            return this.rowOf(`${objectName}`, fieldName, this.table[group]?.fields, group);
        }
        const entry = this.standard.get(objectName.toLowerCase());
        if (!entry) {
            return {
                problem: `${objectName}.${fieldName}: object not in ${TABLE} (look the field up in the object reference and add a row with its source)`
            };
        }
        return this.rowOf(entry.name, fieldName, entry.fields, entry.name);
    }

    rowOf(objectName, fieldName, fields, where) {
        const key = Object.keys(fields ?? {}).find((name) => name.toLowerCase() === fieldName.toLowerCase());
        if (!key) {
            return {
                problem: `${objectName}.${fieldName}: not in ${TABLE} under ${where} (look it up in the object reference and add a row with its source)`
            };
        }
        const row = fields[key];
        let capabilities;
        if (row.evidence === 'reference') {
            capabilities = new Set(row.properties ?? []);
        } else if (row.evidence === 'fieldReference' || row.evidence === 'assumed') {
            capabilities = new Set(
                ['Filter', 'Sort', 'Group'].filter((property) =>
                    this.table.standardTypeProperties[property].includes(row.type)
                )
            );
        } else {
            return {
                problem: `${objectName}.${fieldName}: its row in ${TABLE} has no evidence ("reference", "fieldReference" or "assumed"); do not filter, group, sort or aggregate on it`
            };
        }
        for (const capability of aggregateCapabilities(this.table.customFieldRules, row.type)) {
            capabilities.add(capability);
        }
        return { type: row.type, capabilities, evidence: row.evidence, row: `${objectName}.${key}` };
    }
}

// ------------------------------------------------------------------------------------ queries

/** Every field used in a role in one query: [{ object, path, role, node }], subqueries included. */
function usesOf(query, objectName, resolver, problems) {
    const uses = [];
    const add = (object, fieldNode, role) => uses.push({ object, path: fieldNode.getText(), role, node: fieldNode });

    const whereClause = child(query, 'WhereClause');
    collectFilters(whereClause, objectName, add, resolver, problems, uses);

    const groupBy = child(query, 'GroupByClause');
    for (const entry of findAll(groupBy, 'FieldGroupBy')) {
        const field = child(entry, 'FieldName');
        if (field) {
            add(objectName, field, 'group');
        }
    }
    for (const function_ of findAll(groupBy, 'SoqlFunction').filter(
        (node) => kind(node.parentCtx) !== 'SoqlFunction'
    )) {
        addFunction(function_, objectName, add, true);
    }
    for (const entry of findAll(child(query, 'OrderByClause'), 'FieldOrder')) {
        const field = child(entry, 'FieldName');
        if (field) {
            add(objectName, field, 'sort');
        } else {
            addFunction(child(entry, 'SoqlFunction'), objectName, add);
        }
    }
    const selectList = child(query, 'SelectList') ?? child(query, 'SubFieldList');
    for (const entry of selectList?.children ?? []) {
        const function_ = child(entry, 'SoqlFunction');
        if (function_) {
            addFunction(function_, objectName, add);
        }
        const subQuery = child(entry, 'SubQuery');
        if (subQuery) {
            const relationship = child(child(subQuery, 'FromNameList'), 'FieldName').getText();
            const childObject = resolver.childOf(objectName, relationship);
            if (!childObject) {
                problems.push({
                    node: subQuery,
                    message: `${objectName}.${relationship}: child relationship not in ${TABLE} (add it to "childRelationships" with its source)`
                });
                continue;
            }
            uses.push(...usesOf(subQuery, childObject, resolver, problems));
        }
    }
    return uses;
}

function collectFilters(clause, objectName, add, resolver, problems, uses) {
    if (!clause) {
        return;
    }
    walk(clause, (node) => {
        if (kind(node) === 'SubQuery') {
            // A semi-join: its own object, its own filters.
            const inner = child(child(node, 'FromNameList'), 'FieldName').getText();
            uses.push(...usesOf(node, inner, resolver, problems));
            return false;
        }
        if (kind(node) === 'FieldExpression') {
            const field = child(node, 'FieldName');
            if (field) {
                const operator = child(node, 'ComparisonOperator')?.getText().toUpperCase();
                add(objectName, field, operator === 'INCLUDES' || operator === 'EXCLUDES' ? 'includes' : 'filter');
            } else {
                addFunction(child(node, 'SoqlFunction'), objectName, add);
            }
        }
        return true;
    });
}

// A function in SELECT, ORDER BY or HAVING: an aggregate needs its capability; a date function
// (DAY_ONLY, CALENDAR_YEAR, ...) or FORMAT/toLabel only reads the field.
function addFunction(function_, objectName, add, grouping = false) {
    if (!function_) {
        return;
    }
    const name = function_.children[0].getText().toUpperCase();
    const field = child(function_, 'FieldName') ?? child(child(function_, 'DateFieldName'), 'FieldName');
    if (!field) {
        return;
    }
    if (name === 'COUNT' || name === 'COUNT_DISTINCT') {
        add(objectName, field, 'count');
    } else if (name === 'SUM' || name === 'AVG') {
        add(objectName, field, 'sum');
    } else if (name === 'MIN' || name === 'MAX') {
        add(objectName, field, 'minmax');
    } else if (grouping && name !== 'FORMAT' && name !== 'TOLABEL') {
        // GROUP BY CALENDAR_YEAR(CreatedDate): the date function is grouped, not the field.
    }
}

function checkQuery(query, where, resolver, findings, stats) {
    const from = child(child(query, 'FromNameList'), 'FieldName')?.getText();
    if (!from) {
        return;
    }
    const problems = [];
    const uses = usesOf(query, from, resolver, problems);
    for (const problem of problems) {
        findings.push({ file: where.file, line: where.line(problem.node), message: problem.message });
    }
    for (const use of uses) {
        stats.uses++;
        if (use.path.toLowerCase() === 'id' || /\.id$/i.test(use.path)) {
            // Id is filterable, groupable, sortable and countable on every object.
            continue;
        }
        const resolved = resolver.resolve(use.object, use.path);
        if (resolved.problem) {
            findings.push({ file: where.file, line: where.line(use.node), message: resolved.problem });
            continue;
        }
        const properties = resolver.propertiesOf(resolved.object, resolved.field);
        if (properties.problem) {
            findings.push({ file: where.file, line: where.line(use.node), message: properties.problem });
            continue;
        }
        if (properties.row) {
            (stats.rows[properties.evidence] ??= new Set()).add(properties.row);
        }
        const role = use.role === 'includes' ? 'filter' : use.role;
        if (use.role === 'includes' && properties.type === 'MultiselectPicklist') {
            continue;
        }
        if (!properties.capabilities.has(NEEDS[role])) {
            findings.push({
                file: where.file,
                line: where.line(use.node),
                message: `${resolved.object}.${resolved.field} (${properties.type ?? 'custom'}) cannot be used in ${describeRole(role)}: the platform compiler rejects this query`
            });
        }
    }
}

function describeRole(role) {
    return {
        filter: 'WHERE (not filterable)',
        group: 'GROUP BY (not groupable)',
        sort: 'ORDER BY (not sortable)',
        count: 'COUNT() (not countable)',
        sum: 'SUM()/AVG() (not a number)',
        minmax: 'MIN()/MAX()'
    }[role];
}

// ------------------------------------------------------------------------------------ dynamic

const LOOPS = new Set(['ForStatement', 'WhileStatement', 'DoWhileStatement']);

function insideLoop(node, stopAt) {
    for (let current = node.parentCtx; current && current !== stopAt; current = current.parentCtx) {
        if (LOOPS.has(kind(current))) {
            return true;
        }
    }
    return false;
}

function unquote(literal) {
    return literal
        .slice(1, -1)
        .replace(/\\(.)/g, (match, escaped) => ({ n: '\n', t: '\t', r: '\r' })[escaped] ?? escaped);
}

/**
 * Works out the text a String expression can have: a list of variants (a ternary gives two), or null
 * when it depends on something the code does not fix (a parameter, a loop, a call).
 */
class Evaluator {
    constructor(project, info, method) {
        this.project = project;
        this.info = info;
        this.method = method;
        this.depth = 0;
    }

    eval(node) {
        if (!node || this.depth > 40) {
            return null;
        }
        this.depth++;
        try {
            return this.evalNode(node);
        } finally {
            this.depth--;
        }
    }

    evalNode(node) {
        switch (kind(node)) {
            case 'PrimaryExpression':
                return this.eval(node.children[0]);
            case 'LiteralPrimary': {
                const literal = child(node, 'Literal');
                const text = literal.getText();
                return text.startsWith("'") ? [unquote(text)] : [text];
            }
            case 'SubExpression':
                return this.eval(node.children.find((part) => kind(part).endsWith('Expression')));
            case 'Arth2Expression': {
                if (node.children[1].getText() !== '+') {
                    return null;
                }
                const left = this.eval(node.children[0]);
                const right = this.eval(node.children[2]);
                return left && right ? combine(left, right) : null;
            }
            case 'CondExpression': {
                const parts = node.children.filter((part) => kind(part).endsWith('Expression'));
                const yes = this.eval(parts[1]);
                const no = this.eval(parts[2]);
                return yes && no ? [...yes, ...no] : null;
            }
            case 'IdPrimary':
                return this.variable(node.getText());
            case 'DotExpression':
                return this.dot(node);
            case 'MethodCallExpression':
                return null;
            default:
                return null;
        }
    }

    dot(node) {
        const target = node.children[0].getText();
        const call = child(node, 'DotMethodCall');
        if (call) {
            const name = child(call, 'AnyId').getText();
            if (target === 'String' && name === 'join') {
                const args =
                    child(call, 'ExpressionList')?.children.filter((part) => kind(part).endsWith('Expression')) ?? [];
                return this.join(args);
            }
            if (name === 'escapeSingleQuotes' && target === 'String') {
                return null;
            }
            return null;
        }
        const member = child(node, 'AnyId').getText();
        const owner = this.project.classes.get(target.toLowerCase());
        return owner ? this.constant(owner, member) : null;
    }

    join(args) {
        if (args.length !== 2) {
            return null;
        }
        const separator = this.eval(args[1]);
        const listName = args[0].getText();
        if (!separator || separator.length !== 1 || !/^\w+$/.test(listName)) {
            return null;
        }
        // A local list filled only with literals: every element, the widest query (each element's
        // fields are used in some call), which is what the field check needs.
        const elements = [];
        for (const call of findAll(this.method.node, 'DotExpression')) {
            if (call.children[0].getText() === listName && child(call, 'DotMethodCall')) {
                const methodCall = child(call, 'DotMethodCall');
                const name = child(methodCall, 'AnyId').getText();
                if (name !== 'add') {
                    if (['isEmpty', 'size'].includes(name)) {
                        continue;
                    }
                    return null;
                }
                const values = this.eval(
                    child(methodCall, 'ExpressionList').children.find((part) => kind(part).endsWith('Expression'))
                );
                if (!values || values.length !== 1) {
                    return null;
                }
                elements.push(values[0]);
            }
        }
        return elements.length ? [elements.join(separator[0])] : null;
    }

    constant(owner, name) {
        const constant = owner.constants.get(name);
        if (!constant || !/^String$/i.test(constant.type ?? '')) {
            return null;
        }
        return new Evaluator(this.project, owner, { node: constant.initializer, params: new Map() }).eval(
            constant.initializer
        );
    }

    variable(name) {
        if (this.method.params?.has(name)) {
            return null;
        }
        const declarators = findAll(this.method.node, 'VariableDeclarator').filter(
            (declarator) => child(declarator, 'Id').getText() === name
        );
        if (declarators.length === 1) {
            const initializer = declarators[0].children.find((part) => kind(part).endsWith('Expression'));
            let values = initializer ? this.eval(initializer) : null;
            for (const assignment of findAll(this.method.node, 'AssignExpression')) {
                if (assignment.children[0].getText() !== name) {
                    continue;
                }
                const operator = assignment.children[1].getText();
                if (operator !== '+=' || insideLoop(assignment, this.method.node) || !values) {
                    return null;
                }
                const added = this.eval(assignment.children[2]);
                if (!added) {
                    return null;
                }
                values = combine(values, added);
            }
            return values;
        }
        // Not a local: a constant of this class or of the class around it.
        for (let owner = this.info; owner; ) {
            if (owner.constants.has(name)) {
                return this.constant(owner, name);
            }
            const outer = owner.name.includes('.') ? owner.name.replace(/\.[^.]+$/, '') : null;
            owner = outer ? this.project.classes.get(outer.toLowerCase()) : null;
        }
        return null;
    }
}

function combine(left, right) {
    const out = [];
    for (const a of left) {
        for (const b of right) {
            out.push(a + b);
            if (out.length > 64) {
                return null;
            }
        }
    }
    return out;
}

/** Database.query-like calls in a method: { node, name, argument }. */
function dynamicCalls(method) {
    const calls = [];
    for (const dot of findAll(method.node, 'DotExpression')) {
        const call = child(dot, 'DotMethodCall');
        if (!call || dot.children[0].getText() !== 'Database') {
            continue;
        }
        const name = child(call, 'AnyId').getText();
        if (!DYNAMIC_METHODS.has(name.toLowerCase())) {
            continue;
        }
        const args = child(call, 'ExpressionList')?.children.filter((part) => kind(part).endsWith('Expression')) ?? [];
        // Database.getQueryLocator([SELECT ...]): the bracketed query is static SOQL, checked as such.
        if (args[0] && kind(args[0]) === 'PrimaryExpression' && findAll(args[0], 'SoqlLiteral').length > 0) {
            continue;
        }
        calls.push({ node: dot, name, argument: args[0] });
    }
    return calls;
}

// ------------------------------------------------------------------------------------ the check

/** Runs the check over the project at `root` (the table is read from `root` too). */
export function checkSoqlFields({ root = REPO_ROOT } = {}) {
    const tableFile = path.join(root, TABLE);
    if (!existsSync(tableFile)) {
        return {
            findings: [{ file: tableFile, message: 'missing: the table of standard field properties' }],
            summary: 'no table'
        };
    }
    const table = JSON.parse(readFileSync(tableFile, 'utf8'));
    const resolver = new Resolver(table, customObjects(root));
    const project = loadProject(root);
    const findings = [];
    const stats = { staticQueries: 0, dynamicResolved: 0, dynamicUnresolved: [], uses: 0, rows: {} };
    const acknowledged = new Map((table.unresolvedDynamic ?? []).map((entry) => [entry.method, entry]));
    const seenAcknowledged = new Set();

    for (const unit of project.units) {
        for (const literal of findAll(unit.tree, 'SoqlLiteral')) {
            stats.staticQueries++;
            checkQuery(
                child(literal, 'Query'),
                { file: unit.file, line: (node) => lineOf(node) },
                resolver,
                findings,
                stats
            );
        }
        for (const info of unit.classes) {
            for (const method of info.methods) {
                for (const call of dynamicCalls(method)) {
                    const where = `${info.name}.${method.name}`;
                    const variants = call.argument ? new Evaluator(project, info, method).eval(call.argument) : null;
                    if (!variants) {
                        stats.dynamicUnresolved.push(`${where} (line ${lineOf(call.node)})`);
                        seenAcknowledged.add(where);
                        if (!acknowledged.has(where)) {
                            findings.push({
                                file: unit.file,
                                line: lineOf(call.node),
                                message: `Database.${call.name} in ${where}: the query text cannot be worked out from the code, so its fields are not checked; build it from literals and constants, or list "${where}" with the reason under "unresolvedDynamic" in ${TABLE}`
                            });
                        }
                        continue;
                    }
                    stats.dynamicResolved++;
                    for (const text of variants) {
                        const query = parseQuery(text);
                        if (!query) {
                            findings.push({
                                file: unit.file,
                                line: lineOf(call.node),
                                message: `Database.${call.name} in ${where}: the query does not parse as SOQL: ${text.slice(0, 200)}`
                            });
                            continue;
                        }
                        checkQuery(
                            query,
                            { file: unit.file, line: () => lineOf(call.node) },
                            resolver,
                            findings,
                            stats
                        );
                    }
                }
            }
        }
    }
    for (const [method, entry] of acknowledged) {
        if (!seenAcknowledged.has(method)) {
            findings.push({
                file: tableFile,
                message: `unresolvedDynamic lists ${method} (${entry.reason}), but no unresolved dynamic query is there any more: remove the entry`
            });
        }
    }
    return {
        findings,
        summary:
            `${stats.staticQueries} static and ${stats.dynamicResolved} dynamic queries, ${stats.uses} field uses checked; ` +
            `standard fields used: ${stats.rows.reference?.size ?? 0} from the object reference, ` +
            `${stats.rows.fieldReference?.size ?? 0} by their documented type, ${stats.rows.assumed?.size ?? 0} by an assumed type; ` +
            `not seen (dynamic, listed with reasons): ${stats.dynamicUnresolved.length}`,
        rows: Object.fromEntries(Object.entries(stats.rows).map(([evidence, rows]) => [evidence, [...rows].sort()])),
        unresolved: stats.dynamicUnresolved
    };
}
