// The size budget of the Apex classes (reviews/aesthetics.md, change 1): no class outside the tests
// over MAX_LINES lines, and no two classes that reference each other. A class over the budget mixes
// jobs that belong in classes of their own; two classes naming each other cannot be read, tested or
// deployed one without the other, and a cycle is where a split has left a seam uncut.
//
// How a reference is found: the class's text with comments and the contents of string literals
// blanked (apex-rules.mjs), then every identifier not after a dot that is the name of another
// top-level class of the package, in the case it is declared with (the package writes class names
// in PascalCase and variables in camelCase; Apex itself ignores case, so a class named in lower case
// would be missed). Inner classes count as their outer class: `Outer.Inner` names Outer. Test classes
// (@IsTest) are left out of both rules: they reference what they test, and nothing may reference them.
// Lines are counted as `wc -l` counts them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { blankCommentsAndStrings } from './apex-rules.mjs';
import { REPO_ROOT, typeFiles } from './lib.mjs';

/** The most lines a class outside the tests may have. */
export const MAX_LINES = 600;

/**
 * Classes allowed over the budget, and pairs allowed to reference each other: none since the splits
 * of issue 16 merged. An entry that is no longer needed fails the check, so the lists only shrink.
 */
export const EXEMPTIONS = {
    oversized: [],
    mutual: []
};

/** An Apex test class: @IsTest before its class declaration (comments already blanked). */
function isTestClass(code) {
    const start = code.search(/\bclass\b/i);
    return start >= 0 && /@istest\b/i.test(code.slice(0, start));
}

/** Lines as `wc -l` counts them: the newlines, plus one for a last line without one. */
export function lineCount(text) {
    const newlines = (text.match(/\n/g) ?? []).length;
    return text.length === 0 || text.endsWith('\n') ? newlines : newlines + 1;
}

function lineOf(text, index) {
    return text.slice(0, index).split('\n').length;
}

/** The non-test classes in every classes/ folder of the package: name -> { file, lines, code }. */
export function readClasses(root) {
    const classes = new Map();
    for (const file of typeFiles(root, 'classes', (name) => name.endsWith('.cls'))) {
        const text = readFileSync(file, 'utf8');
        const code = blankCommentsAndStrings(text);
        if (!isTestClass(code)) {
            classes.set(path.basename(file, '.cls'), { file, lines: lineCount(text), code });
        }
    }
    return classes;
}

/** name -> (referenced class name -> line of its first reference), for every class given. */
export function referencesOf(classes) {
    const references = new Map();
    for (const [name, { code }] of classes) {
        const named = new Map();
        for (const match of code.matchAll(/(?<![\w.$])([A-Za-z_]\w*)/g)) {
            const other = match[1];
            if (other !== name && classes.has(other) && !named.has(other)) {
                named.set(other, lineOf(code, match.index));
            }
        }
        references.set(name, named);
    }
    return references;
}

const pairKey = (a, b) => [a, b].sort().join(' <-> ');

/** Checks every non-test class under `root` against the budget. */
export function checkApexBudget({ root = REPO_ROOT, exemptions = EXEMPTIONS } = {}) {
    const classes = readClasses(root);
    const references = referencesOf(classes);
    const findings = [];
    const oversizedExempt = new Set(exemptions.oversized ?? []);
    const mutualExempt = new Set((exemptions.mutual ?? []).map(([a, b]) => pairKey(a, b)));

    const bySize = [...classes].sort((a, b) => b[1].lines - a[1].lines || a[0].localeCompare(b[0]));
    for (const [name, { file, lines }] of bySize) {
        if (lines > MAX_LINES && !oversizedExempt.has(name)) {
            findings.push({
                file,
                line: 1,
                message: `${name} has ${lines} lines, over the budget of ${MAX_LINES}: split it along its seams`
            });
        }
    }
    for (const name of oversizedExempt) {
        if (!classes.has(name) || classes.get(name).lines <= MAX_LINES) {
            findings.push({
                file: 'scripts/checks/apex-budget.mjs',
                message: `${name} is exempt from the ${MAX_LINES}-line budget but ${classes.has(name) ? `has ${classes.get(name).lines} lines` : 'is not a class of the package'}: remove the exemption`
            });
        }
    }

    const pairs = [];
    for (const [name, named] of references) {
        for (const [other, line] of named) {
            if (name < other && references.get(other).has(name)) {
                pairs.push(pairKey(name, other));
                if (!mutualExempt.has(pairKey(name, other))) {
                    const back = references.get(other).get(name);
                    findings.push({
                        file: classes.get(name).file,
                        line,
                        message: `${name} and ${other} reference each other (${other}.cls:${back} names ${name}): move what both need into a class neither is, or turn one reference around`
                    });
                }
            }
        }
    }
    for (const pair of mutualExempt) {
        if (!pairs.includes(pair)) {
            findings.push({
                file: 'scripts/checks/apex-budget.mjs',
                message: `${pair} is exempt from the no-cycle rule but no longer reference each other: remove the exemption`
            });
        }
    }

    const largest = bySize
        .slice(0, 5)
        .map(([name, { lines }]) => `${name} ${lines}${oversizedExempt.has(name) ? ' (exempt)' : ''}`)
        .join(', ');
    const exemptPairs = pairs.filter((pair) => mutualExempt.has(pair)).length;
    return {
        findings,
        summary: `${classes.size} class(es) outside the tests, largest: ${largest}; ${pairs.length} pair(s) referencing each other (${exemptPairs} exempt)`
    };
}
