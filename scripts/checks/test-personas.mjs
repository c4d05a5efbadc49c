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
import path from 'node:path';
import { REPO_ROOT, typeFiles } from './lib.mjs';
import { child, findAll, kind, lineOf, localTypes, loadProject, textOf, walk } from './apex-tree.mjs';

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
function sinksIn(unit, method) {
    const sinks = [];
    for (const literal of findAll(method.node, 'SoqlLiteral')) {
        const query = child(literal, 'Query');
        const withClause = child(query, 'WithClause')?.getText().toUpperCase() ?? '';
        const text = textOf(unit.source, literal);
        if (
            (withClause.includes('USER_MODE') || withClause.includes('SECURITY_ENFORCED')) &&
            /__(c|mdt|e|r)\b/i.test(text)
        ) {
            sinks.push({ line: lineOf(literal), what: 'a WITH USER_MODE query on package fields' });
        }
    }
    walk(method.node, (node) => {
        const text = node.getText();
        if (['InsertStatement', 'UpdateStatement', 'UpsertStatement', 'DeleteStatement'].includes(kind(node))) {
            if (child(node, 'AccessLevel')?.getText().toUpperCase().includes('USER')) {
                sinks.push({ line: lineOf(node), what: 'DML as user' });
            }
            return false;
        }
        if (kind(node) === 'DotExpression' && /AccessLevel\.USER_MODE/i.test(text) && child(node, 'DotMethodCall')) {
            const call = child(node, 'DotMethodCall');
            if (
                node.children[0].getText() === 'Database' &&
                argsOf(call).some((arg) => /AccessLevel\.USER_MODE/i.test(arg.getText()))
            ) {
                sinks.push({ line: lineOf(node), what: `Database.${child(call, 'AnyId').getText()} in USER_MODE` });
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

export function checkTestPersonas({ root = REPO_ROOT } = {}) {
    const project = loadProject(root);
    const permissionSets = packagePermissionSets(root);
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
            sinks.push(...sinksIn(entry.info.unit, body));
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

    // Factory methods that give a user a package permission set.
    const personaMemo = new Map();
    const assignsPersona = (site) =>
        ASSIGNERS.has(site.name.toLowerCase()) &&
        site.args.some((arg) =>
            [...arg.getText().matchAll(/'([^']+)'/g)].some((match) => permissionSets.has(match[1].toLowerCase()))
        );
    const isPersonaFactory = (key, seen = new Set()) => {
        if (personaMemo.has(key)) {
            return personaMemo.get(key);
        }
        if (seen.has(key) || !methods.has(key)) {
            return false;
        }
        seen.add(key);
        const entry = methods.get(key);
        let result = false;
        for (const body of entry.bodies) {
            for (const site of callSites(project, entry.info, body)) {
                if (assignsPersona(site) || (site.target && isPersonaFactory(site.target, seen))) {
                    result = true;
                }
            }
        }
        personaMemo.set(key, result);
        return result;
    };

    const findings = [];
    let classPersonas = new Set();
    let testMethods = 0;
    let checkedCalls = 0;
    for (const info of project.classes.values()) {
        if (!isTestClass(info) || info.name.includes('.')) {
            continue;
        }
        classPersonas = personaExpressions(project, info, assignsPersona, isPersonaFactory);
        for (const method of info.methods.filter((candidate) => candidate.isTest)) {
            testMethods++;
            const visited = new Set();
            // bindings: a helper's parameter -> the caller's argument, so that `runAs(user)` in a helper
            // is judged by who the caller passed.
            const visit = (entryInfo, body, runAs, bindings, optOut) => {
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
                                    optOut || optedOut(site.node, entryInfo.unit.source)
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
            visit(info, method, null, new Map(), false);
        }
    }
    return {
        findings,
        summary: `${testMethods} test method(s), ${checkedCalls} call(s) into package code followed`
    };

    function bound(text, bindings) {
        return bindings?.has(text) && bindings.get(text) !== undefined ? bindings.get(text) : text;
    }

    function runAsAround(node, stop, inherited, bindings, optOut, entryInfo) {
        for (let current = node.parentCtx; current && current !== stop; current = current.parentCtx) {
            if (kind(current) === 'RunAsStatement') {
                const expression = bound(child(current, 'ExpressionList')?.getText() ?? '', bindings);
                return {
                    text: expression,
                    persona: isPersonaExpression(expression, classPersonas, entryInfo),
                    optOut: optOut || optedOut(current, entryInfo.unit.source)
                };
            }
        }
        return inherited;
    }

    function isPersonaExpression(text, personas, entryInfo) {
        for (const candidate of expressionKeys(text)) {
            if (personas.has(candidate)) {
                return true;
            }
        }
        const call = /^([\w.]+)\(/.exec(text);
        return Boolean(call && isFactoryCallText(call[1], entryInfo));
    }

    function isFactoryCallText(name, entryInfo) {
        const parts = name.split('.');
        const method = parts.pop();
        const owner = parts.length ? project.classes.get(parts.join('.').toLowerCase()) : entryInfo;
        return Boolean(owner && isPersonaFactory(`${owner.name}.${method}`.toLowerCase()));
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
function personaExpressions(project, info, assignsPersona, isPersonaFactory) {
    const personas = new Set();
    const classes = info.unit.classes;
    for (const owner of classes) {
        for (const method of owner.methods) {
            for (const site of callSites(project, owner, method)) {
                if (assignsPersona(site)) {
                    const holder = site.args[0];
                    for (const part of holder ? holderParts(holder.getText()) : []) {
                        personas.add(part);
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
                if (target && isPersonaFactory(`${target.name}.${methodName}`.toLowerCase())) {
                    personas.add(name.replace(/\s+/g, ''));
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
