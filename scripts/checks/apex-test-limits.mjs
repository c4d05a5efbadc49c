// Apex test-context limits we can count without an org. Per @IsTest method, with the private helpers
// of its class that it calls folded in:
// - Test.startTest at most once, Database.executeBatch at most once;
// - a batch started in a test runs one execute() (Apex Developer Guide, "Testing Batch Apex"; past it
//   the test fails with "No more than one executeBatch can be called from within a test method"): a
//   method that inserts more records of one object than the scope of the batch it starts fails. The
//   scope is the literal (or constant) second argument of Database.executeBatch, 200 without one, or
//   the AdoptionJobs constant of a history tool AdoptionHistoryService starts (STARTERS). Records counted: the
//   factory's (above) and `list.add(new Object(...))` inside literal loops, inserted as `insert list`.
//   A history tool counts only the objects it scans (replays: the tracked objects; rebuild and purge:
//   the package's Adoption_* rows); Database.executeBatch counts every object;
// - the platform events capture would publish, at most 500 (Platform Events Developer Guide, "Event
//   and Event Bus Properties in Test Context": past it EventBus.publish answers LIMIT_EXCEEDED).
//
// The event count is an estimate from the test factory's conventions, the ones the review found
// over the limit: records from AdoptionTestFactory.newRecords('Object', n) or fakeTasks(n, ...),
// saved (insert/update/delete/undelete, Database.*) or handed to CaptureService.capture, times the
// AdoptionTestFactory.rule(name, 'Object', 'Operation', points) calls of that object and operation
// (a literal `for (Integer i = 0; i < n; i++)` around a call multiplies it), plus one reversal per
// deleted or undeleted record of an object some rule names. A non-literal object matches any object.
// Records built any other way are not counted: AdoptionTestFactory's guard (useRules) counts what
// capture really publishes when the tests run in an org, and fails the test past 500. A method that
// calls AdoptionTestFactory.recordPublishes() publishes nothing through capture and is not estimated.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, listFiles } from './lib.mjs';

export const TEST_EVENT_LIMIT = 500;

const OPERATION_OF = { insert: 'Create', update: 'Update', delete: 'Delete', undelete: 'Undelete' };
/** The history tools' batches (AdoptionHistoryService.start...): the AdoptionJobs constant that sizes each, and what it scans. */
const STARTERS = {
    startdryrun: { constant: 'replay_batch_size', scans: 'tracked' },
    startbackfill: { constant: 'replay_batch_size', scans: 'tracked' },
    startrebuild: { constant: 'rebuild_batch_size', scans: 'package' },
    startpurge: { constant: 'ledger_batch_size', scans: 'package' },
    startsweep: { constant: 'sweep_batch_size', scans: 'package' }
};
/** Database.executeBatch's scope when none is given. */
const DEFAULT_SCOPE = 200;
const NOT_METHODS = new Set(['if', 'for', 'while', 'switch', 'catch', 'when', 'return', 'new', 'else', 'do']);

/** Comments become spaces and string contents become 'x', offsets unchanged, so structure can be read. */
export function mask(text) {
    let out = '';
    let i = 0;
    while (i < text.length) {
        const two = text.slice(i, i + 2);
        if (two === '//') {
            const end = text.indexOf('\n', i);
            const stop = end === -1 ? text.length : end;
            out += ' '.repeat(stop - i);
            i = stop;
        } else if (two === '/*') {
            const end = text.indexOf('*/', i + 2);
            const stop = end === -1 ? text.length : end + 2;
            out += text.slice(i, stop).replace(/[^\n]/g, ' ');
            i = stop;
        } else if (text[i] === "'") {
            let j = i + 1;
            while (j < text.length && text[j] !== "'") {
                j += text[j] === '\\' ? 2 : 1;
            }
            out += `'${'x'.repeat(Math.max(0, j - i - 1))}'`;
            i = j + 1;
        } else {
            out += text[i];
            i++;
        }
    }
    return out;
}

function lineOf(text, index) {
    return text.slice(0, index).split('\n').length;
}

function matchingBrace(masked, open) {
    let depth = 0;
    for (let i = open; i < masked.length; i++) {
        if (masked[i] === '{') {
            depth++;
        } else if (masked[i] === '}' && --depth === 0) {
            return i;
        }
    }
    return masked.length - 1;
}

function depthAt(masked, index) {
    let depth = 0;
    for (let i = 0; i < index; i++) {
        depth += masked[i] === '{' ? 1 : masked[i] === '}' ? -1 : 0;
    }
    return depth;
}

/** The methods declared directly in the top-level class: name -> { start, open, close, isTest }. */
function methodsOf(text, masked) {
    const methods = new Map();
    const header = /([\w.<>,[\]\s]+?)\s+(\w+)\s*\(([^()]*)\)\s*\{/g;
    for (const match of masked.matchAll(header)) {
        const name = match[2];
        const words = match[1].trim().split(/\s+/);
        if (NOT_METHODS.has(name) || NOT_METHODS.has(words[words.length - 1]) || depthAt(masked, match.index) !== 1) {
            continue;
        }
        const open = match.index + match[0].length - 1;
        // The member's own text: from the end of the previous member (or the class's opening brace).
        const previous = Math.max(...['}', '{', ';'].map((c) => masked.lastIndexOf(c, match.index)));
        const before = masked.slice(previous + 1, match.index + match[0].length);
        methods.set(name, {
            name,
            start: match.index + match[0].search(/\S/),
            open,
            close: matchingBrace(masked, open),
            isTest: /@IsTest\b|\btestMethod\b/i.test(before)
        });
    }
    return methods;
}

/** Integer constants of the class: `static final Integer NAME = 123;`. */
function constantsOf(masked) {
    const constants = new Map();
    for (const match of masked.matchAll(/\bstatic\s+final\s+Integer\s+(\w+)\s*=\s*(\d+)\s*;/gi)) {
        constants.set(match[1].toLowerCase(), Number(match[2]));
    }
    return constants;
}

/** How many times a literal `for (Integer i = 0; i < n; i++)` around `index` runs the code there. */
function loopFactor(masked, from, index) {
    let factor = 1;
    const stack = [];
    for (let i = from; i < index; i++) {
        if (masked[i] === '{') {
            stack.push(i);
        } else if (masked[i] === '}') {
            stack.pop();
        }
    }
    for (const open of stack) {
        const head = /for\s*\(\s*Integer\s+\w+\s*=\s*0\s*;\s*\w+\s*<\s*(\d+)\s*;[^)]*\)\s*$/i.exec(
            masked.slice(Math.max(from, open - 120), open)
        );
        if (head) {
            factor *= Number(head[1]);
        }
    }
    return factor;
}

function literalOrAny(raw) {
    const match = /^\s*'([^']*)'\s*$/.exec(raw);
    return match ? match[1].toLowerCase() : '*';
}

function countOf(raw, constants, classConstants = new Map()) {
    const trimmed = raw.trim();
    if (/^\d+$/.test(trimmed)) {
        return Number(trimmed);
    }
    const qualified = /^(\w+)\.(\w+)$/.exec(trimmed);
    if (qualified) {
        return classConstants.get(qualified[1].toLowerCase())?.get(qualified[2].toLowerCase()) ?? null;
    }
    return constants.get(trimmed.toLowerCase()) ?? null;
}

/** The arguments of the call whose `(` is at `open` in the masked text, split at top-level commas. */
function callArguments(masked, open) {
    const args = [];
    let depth = 0;
    let start = open + 1;
    for (let i = open; i < masked.length; i++) {
        const c = masked[i];
        if (c === '(' || c === '{' || c === '[') {
            depth++;
        } else if (c === ')' || c === '}' || c === ']') {
            depth--;
            if (depth === 0) {
                args.push(masked.slice(start, i));
                return args.filter((arg) => arg.trim() !== '');
            }
        } else if (c === ',' && depth === 1) {
            args.push(masked.slice(start, i));
            start = i + 1;
        }
    }
    return args;
}

/** What one method does itself: rules, record sources, saves, startTest and executeBatch calls, helper calls. */
function facts(text, masked, method, methods, constants, classConstants) {
    const body = masked.slice(method.open, method.close + 1);
    const original = text.slice(method.open, method.close + 1);
    const at = (index) => loopFactor(masked, method.open, method.open + index);
    const result = {
        rules: [],
        saves: [],
        inserted: [],
        batchStarts: [],
        startTests: 0,
        batches: 0,
        records: false,
        calls: []
    };
    for (const match of body.matchAll(/AdoptionTestFactory\.rule\(([^,]+),([^,]+),([^,]+),/gi)) {
        const raw = original.slice(match.index, match.index + match[0].length);
        const args = /rule\(([^,]+),([^,]+),([^,]+),/i.exec(raw);
        result.rules.push({ object: literalOrAny(args[2]), operation: literalOrAny(args[3]), times: at(match.index) });
    }
    const sources = new Map();
    const source = (expression) => {
        const raw = original.slice(expression.index, expression.index + expression[0].length);
        const newRecords = /newRecords\(([^,]+),([^)]+)\)/i.exec(raw);
        const fake = /fakeTasks\(([^,]+),/i.exec(raw);
        const count = newRecords ? countOf(newRecords[2], constants) : fake ? countOf(fake[1], constants) : null;
        return count === null ? null : { object: newRecords ? literalOrAny(newRecords[1]) : 'task', count };
    };
    const factoryRecords = /AdoptionTestFactory\.(?:newRecords\([^;]*?\)|fakeTasks\([^;]*?\))/gi;
    for (const match of body.matchAll(
        /(\w+)\s*=\s*(?:\([^)]*\)\s*)?(AdoptionTestFactory\.(?:newRecords|fakeTasks)\([^;]*?\))\s*;/gi
    )) {
        const inner = [...match[0].matchAll(factoryRecords)][0];
        const found = source({ index: match.index + inner.index, 0: inner[0] });
        if (found) {
            sources.set(match[1].toLowerCase(), found);
        }
    }
    const save = (operation, target, index) => {
        const inline = /^AdoptionTestFactory\./i.test(target.trim());
        const found = inline
            ? source({ index: body.indexOf(target.trim(), index), 0: target.trim() })
            : sources.get(target.trim().toLowerCase());
        if (found) {
            result.saves.push({ ...found, operation, times: at(index) });
        }
    };
    for (const match of body.matchAll(/\b(insert|update|delete|undelete)\s+([^;]+);/gi)) {
        save(OPERATION_OF[match[1].toLowerCase()], match[2], match.index);
    }
    // Records a batch may scan: the factory's, and lists filled with `list.add(new Object(...))`.
    const built = new Map();
    for (const match of body.matchAll(/(\w+)\.add\(\s*new\s+(\w+)\s*\(/g)) {
        const name = match[1].toLowerCase();
        const previous = built.get(name);
        built.set(name, { object: match[2].toLowerCase(), count: (previous?.count ?? 0) + at(match.index) });
    }
    for (const match of body.matchAll(/\binsert\s+(\w+)\s*;/gi)) {
        const name = match[1].toLowerCase();
        const found = built.get(name) ?? sources.get(name);
        if (found) {
            result.inserted.push({ object: found.object, count: found.count, times: at(match.index) });
        }
    }
    for (const match of body.matchAll(/\bDatabase\.executeBatch\s*\(/gi)) {
        const args = callArguments(body, match.index + match[0].length - 1);
        const size = args.length > 1 ? countOf(args[1], constants, classConstants) : DEFAULT_SCOPE;
        if (size !== null) {
            result.batchStarts.push({ size, scans: 'any', times: at(match.index) });
        }
    }
    const history = classConstants.get('adoptionjobs') ?? new Map();
    for (const match of body.matchAll(/\bAdoptionHistoryService\.(start\w+)\s*\(/gi)) {
        const starter = STARTERS[match[1].toLowerCase()];
        const size = starter ? history.get(starter.constant) : undefined;
        if (size !== undefined) {
            result.batchStarts.push({ size, scans: starter.scans, times: at(match.index) });
        }
    }
    for (const match of body.matchAll(
        /\bDatabase\.(insert|update|delete|undelete)\(\s*([\w.]+(?:\([^;]*?\))?)\s*[,)]/gi
    )) {
        save(OPERATION_OF[match[1].toLowerCase()], match[2], match.index);
    }
    for (const match of body.matchAll(/\bCaptureService\.capture\(\s*'x*'\s*,\s*([\w.]+(?:\([^;]*?\))?)\s*,/gi)) {
        const operation = /capture\(\s*'(\w+)'/i.exec(original.slice(match.index))[1];
        save(operation, match[1], match.index);
    }
    result.startTests = (body.match(/\bTest\.startTest\s*\(/gi) ?? []).length;
    result.batches = (body.match(/\bDatabase\.executeBatch\s*\(/gi) ?? []).length;
    result.records = /\bAdoptionTestFactory\.recordPublishes\s*\(|\bCaptureService\.publisher\s*=/i.test(body);
    for (const match of body.matchAll(/(?<![\w.])(\w+)\s*\(/g)) {
        if (methods.has(match[1]) && match[1] !== method.name) {
            result.calls.push({ name: match[1], times: at(match.index) });
        }
    }
    return result;
}

/** A method's facts with its helpers' folded in (each call site counts; recursion stops). */
function folded(name, factsByName, seen = new Set()) {
    const own = factsByName.get(name);
    const total = {
        ...own,
        rules: [...own.rules],
        saves: [...own.saves],
        inserted: [...own.inserted],
        batchStarts: [...own.batchStarts]
    };
    for (const call of own.calls) {
        if (seen.has(call.name)) {
            continue;
        }
        const helper = folded(call.name, factsByName, new Set([...seen, name]));
        total.rules.push(...helper.rules.map((rule) => ({ ...rule, times: rule.times * call.times })));
        total.inserted.push(...helper.inserted);
        total.batchStarts.push(...helper.batchStarts);
        total.saves.push(...helper.saves.map((saved) => ({ ...saved, times: saved.times * call.times })));
        total.startTests += helper.startTests * call.times;
        total.batches += helper.batches * call.times;
        total.records = total.records || helper.records;
    }
    return total;
}

/** The most events capture could publish for these rules and saves. */
export function estimateEvents({ rules, saves }) {
    const sameObject = (a, b) => a === '*' || b === '*' || a === b;
    let events = 0;
    for (const saved of saves) {
        const matching = rules
            .filter(
                (rule) =>
                    sameObject(rule.object, saved.object) &&
                    (rule.operation === '*' || rule.operation === saved.operation.toLowerCase())
            )
            .reduce((sum, rule) => sum + rule.times, 0);
        const removes = saved.operation === 'Delete' || saved.operation === 'Undelete';
        const tracked = rules.some((rule) => sameObject(rule.object, saved.object));
        events += saved.count * saved.times * (matching + (removes && tracked ? 1 : 0));
    }
    return events;
}

/** Whether a batch that scans `scans` reads records of `object` (a lower-case API name). */
function scansObject(scans, object) {
    if (scans === 'any') {
        return true;
    }
    const packageRow = object.startsWith('adoption_');
    return scans === 'package' ? packageRow : !packageRow && !object.endsWith('__mdt');
}

/** The largest number of records of one object a batch started by the method would scan, over its scope. */
export function overScope({ inserted, batchStarts }) {
    let worst = null;
    for (const start of batchStarts) {
        const byObject = new Map();
        for (const rows of inserted.filter((entry) => scansObject(start.scans, entry.object))) {
            byObject.set(rows.object, (byObject.get(rows.object) ?? 0) + rows.count * rows.times);
        }
        for (const [object, count] of byObject) {
            if (count > start.size && (worst === null || count - start.size > worst.count - worst.size)) {
                worst = { object, count, size: start.size };
            }
        }
    }
    return worst;
}

/** Integer constants of every class under `root`/force-app: class name -> constant -> value (lower case). */
function allClassConstants(root) {
    const byClass = new Map();
    for (const file of listFiles(path.join(root, 'force-app'), (name) => name.endsWith('.cls'))) {
        byClass.set(path.basename(file, '.cls').toLowerCase(), constantsOf(mask(readFileSync(file, 'utf8'))));
    }
    return byClass;
}

/** Checks every Apex test class under `root`/force-app. */
export function checkApexTestLimits({ root = REPO_ROOT } = {}) {
    const findings = [];
    let testMethods = 0;
    const classConstants = allClassConstants(root);
    for (const file of listFiles(path.join(root, 'force-app'), (name) => name.endsWith('.cls'))) {
        const text = readFileSync(file, 'utf8');
        if (!/@IsTest/i.test(text)) {
            continue;
        }
        const masked = mask(text);
        const methods = methodsOf(text, masked);
        const constants = constantsOf(masked);
        const factsByName = new Map(
            [...methods.values()].map((m) => [m.name, facts(text, masked, m, methods, constants, classConstants)])
        );
        for (const method of [...methods.values()].filter((m) => m.isTest)) {
            testMethods++;
            const total = folded(method.name, factsByName);
            const line = lineOf(text, method.start);
            const where = { file, line };
            if (total.startTests > 1) {
                findings.push({
                    ...where,
                    message: `${method.name} calls Test.startTest ${total.startTests} times: once per test method`
                });
            }
            if (total.batches > 1) {
                findings.push({
                    ...where,
                    message: `${method.name} runs Database.executeBatch ${total.batches} times: one batch per test method`
                });
            }
            const scanned = overScope(total);
            if (scanned) {
                findings.push({
                    ...where,
                    message:
                        `${method.name} inserts up to ${scanned.count} ${scanned.object} records and starts a batch of ` +
                        `scope ${scanned.size}: a test method runs one execute(), so more records fail the test; call ` +
                        'execute() on one batch instance with each chunk instead'
                });
            }
            const events = total.records ? 0 : estimateEvents(total);
            if (events > TEST_EVENT_LIMIT) {
                findings.push({
                    ...where,
                    message:
                        `${method.name} would have capture publish up to ${events} events; a test method may publish ` +
                        `at most ${TEST_EVENT_LIMIT} (LIMIT_EXCEEDED past it): use fewer records or rules, or ` +
                        'AdoptionTestFactory.recordPublishes()'
                });
            }
        }
    }
    return { findings, summary: `${testMethods} test method(s) checked` };
}
