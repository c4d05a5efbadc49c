// Apex tests that would fail in an org for want of a permission set. Fields deployed without a profile
// carry no field-level security, not even for System Administrator, so a test that reaches a
// `WITH USER_MODE` query or an `as user` / AccessLevel.USER_MODE write on the package's objects as the
// deploying user fails with "No such column" or an access error. Such code must run inside
// System.runAs(user) with a user that holds a package permission set (a persona).
//
// The rule, and what it approximates:
// - Sinks: static SOQL `WITH USER_MODE` (or SECURITY_ENFORCED) on one of our objects or fields (a name
//   ending in __c, __mdt or __e); a dynamic query or a DML with AccessLevel.USER_MODE whose text is not
//   known to stay on standard fields; `insert/update/upsert/delete as user`.
// - Calls are followed from method to method: `Class.method()`, `method()` within a class (and its
//   outer class), `variable.method()` where the variable's declared type is one of our classes,
//   `new Class()`, and the start/execute/finish of a batch, queueable or schedulable handed to
//   Database.executeBatch, System.enqueueJob or System.schedule (they run at Test.stopTest as the
//   user who started them). Overloads are merged; interface and virtual dispatch, triggers fired by
//   DML and platform-event subscribers are not followed.
// - A persona user: an expression assigned from a factory method that assigns a package permission set
//   (one whose body, or a method it calls, passes a literal package permission set name to
//   assignPermissionSets / assignPermissionSetToUsers), or an expression the test class itself passes
//   to one of those with a package permission set name. Matching is by the expression's text
//   (`rep`, `team.manager`, `reps[0]` via `reps`).
// - A test (or @TestSetup) method fails when a call reaches a sink outside System.runAs with a persona
//   user. A runAs meant to run without a permission set (to assert the access error) says so with a
//   comment `// persona: none (why)` on one of the three lines above it.
//
// The access rule (checkTestPersonaAccess): holding a permission set is not enough, it must grant what
// the code reads and writes. For each call made inside System.runAs with a persona user, the
// permission sets that user holds (the literal names passed to the assigners, by the factory it came
// from or by the test class for that expression; one class-wide table per expression text, so two
// methods' `user` variables merge) must grant, for every user-mode sink reachable from the call
// (./persona-access.mjs says what a grant and a need are):
// - a static `WITH USER_MODE` / SECURITY_ENFORCED query: read on each package custom object it
//   queries and each custom field it names (SELECT, WHERE, GROUP BY, ORDER BY, functions, parent
//   paths, subqueries); required and master-detail fields have no field-level security;
// - `insert/update/upsert/delete as user` and Database.insert/update/upsert/delete(..., USER_MODE):
//   create/edit/delete on the object, when the records' type shows in the code (`new X__c(...)`, a
//   declared List<X__c>/X__c variable, parameter or field).
// The test's own user-mode queries and DML inside a persona's runAs count too, except inside a try
// with a catch (a probe that expects the refusal).
// Not followed: dynamic queries (Database.query in USER_MODE), the fields a user-mode DML sets (it
// enforces their edit access too), custom metadata and standard objects, branches (every reachable
// sink counts, even one a guard stops first: a test of a refusal says `// access: refused (why)` on
// one of the three lines above its runAs or call), record sharing, and permission set groups.
import path from 'node:path';
import { REPO_ROOT, typeFiles } from './lib.mjs';
import { child, findAll, kind, lineOf, localTypes, loadProject, textOf, walk } from './apex-tree.mjs';
import { dmlObject, missingGrants, packageObjects, permissionSetGrants, queryNeeds } from './persona-access.mjs';

const ASSIGNERS = new Set(['assignpermissionsets', 'assignpermissionsettousers']);
const ASYNC_STARTERS = new Map([
    ['database.executebatch', ['start', 'execute', 'finish']],
    ['system.enqueuejob', ['execute']],
    ['system.schedule', ['execute']]
]);

function packagePermissionSets(root) {
    return new Set(
        typeFiles(root, 'permissionsets', (name) => name.endsWith('.permissionset-meta.xml')).map((file) =>
            path.basename(file, '.permissionset-meta.xml').toLowerCase()
        )
    );
}

function argsOf(callNode) {
    return child(callNode, 'ExpressionList')?.children.filter((part) => kind(part).endsWith('Expression')) ?? [];
}

/** Every call site in a method body: { node, target: 'class.method' | null, name, args, qualifier }. */
function callSites(project, info, method) {
    const types = localTypes(method);
    const sites = [];
    walk(method.node, (node) => {
        switch (kind(node)) {
            case 'DotExpression': {
                const call = child(node, 'DotMethodCall');
                if (!call) {
                    return true;
                }
                const name = child(call, 'AnyId').getText();
                const qualifier = node.children[0].getText();
                sites.push({
                    node,
                    name,
                    qualifier,
                    args: argsOf(call),
                    target: resolveQualified(project, info, types, qualifier, name)
                });
                return true;
            }
            case 'MethodCallExpression': {
                const call = child(node, 'MethodCall');
                const id = child(call, 'Id');
                if (!id) {
                    return true;
                }
                const name = id.getText();
                sites.push({
                    node,
                    name,
                    qualifier: null,
                    args: argsOf(call),
                    target: resolveLocal(project, info, name)
                });
                return true;
            }
            case 'NewExpression': {
                const created = child(child(node, 'Creator'), 'CreatedName')?.getText().replace(/<.*$/s, '');
                const target = created ? findClass(project, info, created) : null;
                if (target) {
                    sites.push({ node, name: '<init>', qualifier: created, args: [], target: `${target.name}.<init>` });
                }
                return true;
            }
            default:
                return true;
        }
    });
    return sites;
}

function findClass(project, info, name) {
    const lower = name.toLowerCase();
    // An inner class of this class or of its outer class, then a top-level class.
    for (let owner = info?.name; owner; owner = owner.includes('.') ? owner.replace(/\.[^.]+$/, '') : null) {
        const inner = project.classes.get(`${owner}.${lower}`.toLowerCase());
        if (inner) {
            return inner;
        }
    }
    return project.classes.get(lower) ?? null;
}

function resolveQualified(project, info, types, qualifier, name) {
    const clean = qualifier.replace(/\(.*$/s, '');
    let owner = findClass(project, info, clean);
    if (!owner && /^\w+$/.test(clean)) {
        const type = types.get(clean) ?? info.fields.get(clean)?.type;
        owner = type ? findClass(project, info, type) : null;
    }
    if (!owner && clean === 'this') {
        owner = info;
    }
    return owner ? `${owner.name}.${name}`.toLowerCase() : null;
}

function resolveLocal(project, info, name) {
    for (let owner = info; owner; ) {
        if (owner.methods.some((method) => method.name.toLowerCase() === name.toLowerCase())) {
            return `${owner.name}.${name}`.toLowerCase();
        }
        const outer = owner.name.includes('.') ? owner.name.replace(/\.[^.]+$/, '') : null;
        owner = outer ? project.classes.get(outer.toLowerCase()) : null;
    }
    return null;
}

/** What makes a method a sink by itself: [{ line, what }]. */
function sinksIn(unit, method, info) {
    const sinks = [];
    const types = localTypes(method);
    const typeOf = (name) => types.get(name) ?? info?.fields.get(name)?.type;
    for (const literal of findAll(method.node, 'SoqlLiteral')) {
        const query = child(literal, 'Query');
        const withClause = child(query, 'WithClause')?.getText().toUpperCase() ?? '';
        const text = textOf(unit.source, literal);
        if (
            (withClause.includes('USER_MODE') || withClause.includes('SECURITY_ENFORCED')) &&
            /__(c|mdt|e|r)\b/i.test(text)
        ) {
            sinks.push({
                line: lineOf(literal),
                what: 'a WITH USER_MODE query on package fields',
                query,
                node: literal
            });
        }
    }
    walk(method.node, (node) => {
        const text = node.getText();
        if (['InsertStatement', 'UpdateStatement', 'UpsertStatement', 'DeleteStatement'].includes(kind(node))) {
            if (child(node, 'AccessLevel')?.getText().toUpperCase().includes('USER')) {
                const records = node.children.find((part) => kind(part).endsWith('Expression'))?.getText() ?? '';
                const operation = kind(node).replace('Statement', '').toLowerCase();
                sinks.push({
                    line: lineOf(node),
                    node,
                    what: 'DML as user',
                    dml: { operation, object: dmlObject(records, typeOf) }
                });
            }
            return false;
        }
        if (kind(node) === 'DotExpression' && /AccessLevel\.USER_MODE/i.test(text) && child(node, 'DotMethodCall')) {
            const call = child(node, 'DotMethodCall');
            if (
                node.children[0].getText() === 'Database' &&
                argsOf(call).some((arg) => /AccessLevel\.USER_MODE/i.test(arg.getText()))
            ) {
                const operation = child(call, 'AnyId').getText().toLowerCase();
                const records = argsOf(call)[0]?.getText() ?? '';
                sinks.push({
                    line: lineOf(node),
                    node,
                    what: `Database.${child(call, 'AnyId').getText()} in USER_MODE`,
                    dml: { operation, object: dmlObject(records, typeOf) }
                });
            }
        }
        return true;
    });
    return sinks;
}

/** Methods by key 'class.method' (lower case), overloads merged. */
function indexMethods(project) {
    const methods = new Map();
    for (const info of project.classes.values()) {
        for (const method of info.methods) {
            const key = `${info.name}.${method.name}`.toLowerCase();
            if (!methods.has(key)) {
                methods.set(key, { key, info, bodies: [] });
            }
            methods.get(key).bodies.push(method);
        }
    }
    return methods;
}

function isTestClass(info) {
    const top = info.name.split('.')[0];
    return info.unit.classes.find((candidate) => candidate.name === top)?.modifiers.includes('istest');
}

const analysed = new Map();

// Findings another branch fixes: { test, reads (class.method, lower case), needs, why }. They do not
// fail the check; the summary says which are still seen, so that an entry is removed once its fix lands.
// Findings whose fix is on another branch: none today (experiments-final B1 was fixed on exp-fix).
const PENDING = [];

/** Tests that reach user-mode code outside System.runAs with a persona user. */
export function checkTestPersonas({ root = REPO_ROOT } = {}) {
    const { findings, summary } = analysedOnce(root);
    return { findings, summary };
}

/**
 * Tests whose persona's permission sets do not grant what the user-mode code they reach reads or
 * writes (field read, object read/create/edit/delete).
 */
export function checkTestPersonaAccess({ root = REPO_ROOT } = {}) {
    const { accessFindings, summary, runAsCalls, ownChecked } = analysedOnce(root);
    const pending = PENDING.filter((entry) => entry.matched).map((entry) => `${entry.test}: ${entry.needs}`);
    return {
        findings: accessFindings,
        summary: `${summary}, ${runAsCalls} of them as a persona checked for access, and ${ownChecked} user-mode queries and DML of the tests themselves${pending.length ? `; pending a fix on another branch: ${pending.join('; ')}` : ''}`
    };
}

function analysedOnce(root) {
    if (!analysed.has(root)) {
        analysed.set(root, analyse(root));
    }
    return analysed.get(root);
}

function analyse(root) {
    const project = loadProject(root);
    const permissionSets = packagePermissionSets(root);
    const grants = permissionSetGrants(root);
    const objects = packageObjects(root);
    const methods = indexMethods(project);
    const edges = new Map();
    const ownSinks = new Map();
    for (const [key, entry] of methods) {
        const targets = new Set();
        const sinks = [];
        for (const body of entry.bodies) {
            for (const site of callSites(project, entry.info, body)) {
                if (site.target && methods.has(site.target)) {
                    targets.add(site.target);
                }
                const starter = ASYNC_STARTERS.get(`${site.qualifier}.${site.name}`.toLowerCase());
                if (starter) {
                    for (const arg of site.args) {
                        const created =
                            /^new\s*([\w.]+)/i.exec(arg.getText())?.[1] ?? localTypes(body).get(arg.getText());
                        const owner = created ? findClass(project, entry.info, created) : null;
                        for (const name of owner ? starter : []) {
                            const asyncKey = `${owner.name}.${name}`.toLowerCase();
                            if (methods.has(asyncKey)) {
                                targets.add(asyncKey);
                            }
                        }
                    }
                }
            }
            sinks.push(...sinksIn(entry.info.unit, body, entry.info));
        }
        edges.set(key, targets);
        ownSinks.set(key, sinks);
    }

    // Production sinks reachable from each method (test classes are walked separately, below).
    const reachMemo = new Map();
    const reach = (key, seen = new Set()) => {
        if (reachMemo.has(key)) {
            return reachMemo.get(key);
        }
        if (seen.has(key)) {
            return null;
        }
        seen.add(key);
        let found = ownSinks.get(key)?.length ? { method: key, sink: ownSinks.get(key)[0] } : null;
        for (const target of edges.get(key) ?? []) {
            if (found) {
                break;
            }
            if (isTestClass(methods.get(target).info)) {
                continue;
            }
            const deeper = reach(target, seen);
            if (deeper) {
                found = deeper;
            }
        }
        reachMemo.set(key, found);
        return found;
    };

    // Factory methods that give a user a package permission set, and which sets (lower-case names).
    const personaMemo = new Map();
    const assignedSets = (site) =>
        ASSIGNERS.has(site.name.toLowerCase())
            ? site.args.flatMap((arg) =>
                  [...arg.getText().matchAll(/'([^']+)'/g)]
                      .map((match) => match[1].toLowerCase())
                      .filter((name) => permissionSets.has(name))
              )
            : [];
    const factorySets = (key, seen = new Set()) => {
        if (personaMemo.has(key)) {
            return personaMemo.get(key);
        }
        if (seen.has(key) || !methods.has(key)) {
            return new Set();
        }
        seen.add(key);
        const entry = methods.get(key);
        const result = new Set();
        for (const body of entry.bodies) {
            for (const site of callSites(project, entry.info, body)) {
                for (const name of assignedSets(site)) {
                    result.add(name);
                }
                for (const name of site.target ? factorySets(site.target, seen) : []) {
                    result.add(name);
                }
            }
        }
        personaMemo.set(key, result);
        return result;
    };

    // Every user-mode sink reachable from a method through package (non-test) code, for the access rule.
    const allSinksMemo = new Map();
    const allSinks = (start) => {
        if (allSinksMemo.has(start)) {
            return allSinksMemo.get(start);
        }
        const found = [];
        const seen = new Set([start]);
        const queue = [start];
        while (queue.length) {
            const key = queue.shift();
            for (const sink of ownSinks.get(key) ?? []) {
                found.push({ method: key, sink });
            }
            for (const target of edges.get(key) ?? []) {
                if (!seen.has(target) && !isTestClass(methods.get(target).info)) {
                    seen.add(target);
                    queue.push(target);
                }
            }
        }
        allSinksMemo.set(start, found);
        return found;
    };
    const accessFindings = [];
    const reported = new Set();

    const findings = [];
    let classPersonas = new Set();
    let testMethods = 0;
    let checkedCalls = 0;
    let runAsCalls = 0;
    let ownChecked = 0;
    for (const info of project.classes.values()) {
        if (!isTestClass(info) || info.name.includes('.')) {
            continue;
        }
        classPersonas = personaExpressions(project, info, assignedSets, factorySets);
        for (const method of info.methods.filter((candidate) => candidate.isTest)) {
            testMethods++;
            const visited = new Set();
            // bindings: a helper's parameter -> the caller's argument, so that `runAs(user)` in a helper
            // is judged by who the caller passed.
            // refused: a `// access: refused (why)` above the call or runAs says the code stops before its
            // user-mode work for this persona (a test of the refusal), so the access rule skips it.
            const visit = (entryInfo, body, runAs, bindings, optOut, refused) => {
                // The test's (or its helper's) own user-mode queries and DML, run as the persona around them.
                const bodyKey = `${entryInfo.name}.${body.name}`.toLowerCase();
                for (const sink of sinksIn(entryInfo.unit, body, entryInfo)) {
                    const context = runAsAround(sink.node, body.node, runAs, bindings, optOut, entryInfo);
                    if (
                        context?.sets.size &&
                        !refused &&
                        !context.refused &&
                        !refusalStated(sink.node, entryInfo.unit.source) &&
                        !insideTry(sink.node, body.node)
                    ) {
                        ownChecked++;
                        checkAccess(info, method, sink.node, context, entryInfo, [{ method: bodyKey, sink }]);
                    }
                }
                for (const site of callSites(project, entryInfo, body)) {
                    const context = runAsAround(site.node, body.node, runAs, bindings, optOut, entryInfo);
                    if (site.target && methods.has(site.target) && isTestClass(methods.get(site.target).info)) {
                        // A helper of a test class: follow it with the same runAs and its arguments.
                        const helper = methods.get(site.target);
                        const argumentTexts = site.args.map((arg) => bound(arg.getText(), bindings));
                        const mark = `${site.target}|${context?.text ?? ''}|${argumentTexts.join(',')}`;
                        if (!visited.has(mark)) {
                            visited.add(mark);
                            for (const helperBody of helper.bodies) {
                                const names = [...helperBody.params.keys()];
                                const helperBindings = new Map(
                                    names.map((name, index) => [name, argumentTexts[index]])
                                );
                                visit(
                                    helper.info,
                                    helperBody,
                                    context,
                                    helperBindings,
                                    optOut || optedOut(site.node, entryInfo.unit.source),
                                    refused || refusalStated(site.node, entryInfo.unit.source)
                                );
                            }
                        }
                        continue;
                    }
                    if (!site.target || !methods.has(site.target)) {
                        continue;
                    }
                    checkedCalls++;
                    const reached = reach(site.target);
                    if (!reached) {
                        continue;
                    }
                    if (context?.sets.size) {
                        runAsCalls++;
                        if (!refused && !context.refused && !refusalStated(site.node, entryInfo.unit.source)) {
                            checkAccess(info, method, site.node, context, entryInfo, allSinks(site.target));
                        }
                    }
                    const where = `${methods.get(reached.method).info.name}.${reached.method.split('.').pop()}`;
                    if (!context) {
                        findings.push({
                            file: info.unit.file,
                            line: lineOf(site.node),
                            message: `${info.name}.${method.name}: this call reaches ${reached.sink.what} (${where}, line ${reached.sink.line}) outside System.runAs: run it as a user holding a package permission set (AdoptionTestFactory.progressRep(), pulseAdmin(), ...)`
                        });
                    } else if (!context.persona && !context.optOut) {
                        findings.push({
                            file: info.unit.file,
                            line: lineOf(site.node),
                            message: `${info.name}.${method.name}: this call reaches ${reached.sink.what} (${where}) as ${context.text}, who holds no package permission set: use a persona user, or say "// persona: none (why)" above the runAs`
                        });
                    }
                }
            };
            visit(info, method, null, new Map(), false, false);
        }
    }
    return {
        findings,
        accessFindings,
        runAsCalls,
        ownChecked,
        summary: `${testMethods} test method(s), ${checkedCalls} call(s) into package code followed`
    };

    // The persona's permission sets must grant what each reached user-mode query reads and each
    // user-mode DML writes.
    function checkAccess(info, method, node, context, entryInfo, reachedSinks) {
        const setNames = [...context.sets].map((name) => grants.get(name)?.name ?? name);
        for (const { method: where, sink } of reachedSinks) {
            const owner = methods.get(where).info;
            const methodName = methods.get(where).bodies[0].name;
            const place = `${owner.name}.${methodName} (${path.relative(root, owner.unit.file)}:${sink.line})`;
            let needs = [];
            if (sink.query) {
                needs = queryNeeds(sink.query, objects, {
                    selectOnly: !/USER_MODE/i.test(child(sink.query, 'WithClause')?.getText() ?? '')
                });
            } else if (sink.dml?.object && objects.has(sink.dml.object.toLowerCase())) {
                const object = objects.get(sink.dml.object.toLowerCase()).name;
                const access = { insert: ['create'], update: ['edit'], upsert: ['create', 'edit'], delete: ['delete'] };
                needs = (access[sink.dml.operation] ?? []).map((kindOfAccess) => ({ object, access: kindOfAccess }));
            }
            for (const need of missingGrants(needs, context.sets, grants)) {
                const what = need.field ? `read on ${need.object}.${need.field}` : `${need.access} on ${need.object}`;
                const key = `${entryInfo.unit.file}:${lineOf(node)}|${info.name}.${method.name}|${context.text}|${place}|${what}`;
                if (reported.has(key)) {
                    continue;
                }
                reported.add(key);
                const pending = PENDING.find(
                    (entry) => entry.test === info.name && entry.reads === where && entry.needs === what
                );
                if (pending) {
                    pending.matched = true;
                    continue;
                }
                accessFindings.push({
                    file: entryInfo.unit.file,
                    line: lineOf(node),
                    message: `${info.name}.${method.name}: as ${context.text} (${setNames.join(', ')}) this call reaches ${sink.dml ? 'a user-mode DML' : 'a WITH USER_MODE query'} in ${place}, which needs ${what}; ${setNames.join(', ')} does not grant it: grant it in the permission set if that persona should have it, or change the query or the test`
                });
            }
        }
    }

    function bound(text, bindings) {
        return bindings?.has(text) && bindings.get(text) !== undefined ? bindings.get(text) : text;
    }

    function runAsAround(node, stop, inherited, bindings, optOut, entryInfo) {
        for (let current = node.parentCtx; current && current !== stop; current = current.parentCtx) {
            if (kind(current) === 'RunAsStatement') {
                const expression = bound(child(current, 'ExpressionList')?.getText() ?? '', bindings);
                const sets = personaSets(expression, classPersonas, entryInfo);
                return {
                    text: expression,
                    persona: sets.size > 0,
                    sets,
                    optOut: optOut || optedOut(current, entryInfo.unit.source),
                    refused: refusalStated(current, entryInfo.unit.source)
                };
            }
        }
        return inherited;
    }

    // The permission sets the user an expression names holds (empty: not a persona).
    function personaSets(text, personas, entryInfo) {
        const sets = new Set();
        for (const candidate of expressionKeys(text)) {
            for (const name of personas.get(candidate) ?? []) {
                sets.add(name);
            }
        }
        const call = /^([\w.]+)\(/.exec(text);
        for (const name of call ? factoryCallSets(call[1], entryInfo) : []) {
            sets.add(name);
        }
        return sets;
    }

    function factoryCallSets(name, entryInfo) {
        const parts = name.split('.');
        const method = parts.pop();
        const owner = parts.length ? project.classes.get(parts.join('.').toLowerCase()) : entryInfo;
        return owner ? factorySets(`${owner.name}.${method}`.toLowerCase()) : new Set();
    }
}

/** `rep`, `team.manager`, `reps[0]` -> the keys an assignment of them would be recorded under. */
function expressionKeys(text) {
    const clean = text.replace(/\s+/g, '').replace(/\.Id$/i, '');
    const keys = [clean];
    const indexed = /^(.+?)\[\d+\]$/.exec(clean);
    if (indexed) {
        keys.push(indexed[1]);
    }
    return keys;
}

// A test's own user-mode query or DML inside a try with a catch is a probe of the refusal (a forged
// write, a field the persona must not read): the access rule does not ask for its grants.
function insideTry(node, stop) {
    for (let current = node.parentCtx; current && current !== stop; current = current.parentCtx) {
        if (kind(current) === 'TryStatement' && child(current, 'CatchClause')) {
            return true;
        }
    }
    return false;
}

// `// access: refused (why)` on one of the three lines above a runAs or a call: the test asserts that
// the persona is refused before the user-mode work (a custom permission check, say), so what that
// work reads need not be granted. The check cannot see the guard; the comment states it.
function refusalStated(node, source) {
    const lines = source.split('\n');
    const line = lineOf(node);
    return lines.slice(Math.max(0, line - 4), line - 1).some((text) => /\/\/\s*access:\s*refused\s*\(.+\)/i.test(text));
}

// `// persona: none (why)` on one of the three lines above a runAs, or above a call into a helper
// that runs as the user it is given.
function optedOut(node, source) {
    const lines = source.split('\n');
    const line = lineOf(node);
    return lines.slice(Math.max(0, line - 4), line - 1).some((text) => /\/\/\s*persona:\s*none\s*\(.+\)/i.test(text));
}

// Every expression in a test class that names a persona user: assigned from a persona factory
// (`User rep = AdoptionTestFactory.progressRep();`, `reps = AdoptionTestFactory.promptReps(2)`) or passed
// to assignPermissionSets / assignPermissionSetToUsers with a package permission set.
function personaExpressions(project, info, assignedSets, factorySets) {
    const personas = new Map();
    const add = (name, sets) => {
        if (!personas.has(name)) {
            personas.set(name, new Set());
        }
        sets.forEach((set) => personas.get(name).add(set));
    };
    const classes = info.unit.classes;
    for (const owner of classes) {
        for (const method of owner.methods) {
            for (const site of callSites(project, owner, method)) {
                const sets = assignedSets(site);
                if (sets.length) {
                    const holder = site.args[0];
                    for (const part of holder ? holderParts(holder.getText()) : []) {
                        add(part, sets);
                    }
                }
            }
            const assign = (name, value) => {
                const call = /^([\w.]+)\(/.exec(value.replace(/\s+/g, ''));
                if (!call) {
                    return;
                }
                const parts = call[1].split('.');
                const methodName = parts.pop();
                const target = parts.length ? project.classes.get(parts.join('.').toLowerCase()) : owner;
                const sets = target ? factorySets(`${target.name}.${methodName}`.toLowerCase()) : new Set();
                if (sets.size) {
                    add(name.replace(/\s+/g, ''), sets);
                }
            };
            for (const declarator of findAll(method.node, 'VariableDeclarator')) {
                const value = declarator.children.find((part) => kind(part).endsWith('Expression'));
                if (value) {
                    assign(child(declarator, 'Id').getText(), value.getText());
                }
            }
            for (const assignment of findAll(method.node, 'AssignExpression')) {
                if (assignment.children[1].getText() === '=') {
                    assign(assignment.children[0].getText(), assignment.children[2].getText());
                }
            }
        }
    }
    return personas;
}

/** The users an assigner's first argument names: `rep.Id`, `new List<User>{ a, b.c }`, `users`. */
function holderParts(text) {
    const clean = text.replace(/\s+/g, '');
    const list = /^newList<User>\{(.*)\}$/i.exec(clean);
    if (list) {
        return list[1]
            .split(',')
            .map((part) => part.replace(/\.Id$/i, ''))
            .filter(Boolean);
    }
    return [clean.replace(/\.Id$/i, '')];
}
