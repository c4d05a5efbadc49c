#!/usr/bin/env node
// `npm test`: every offline check, in the order a failure is cheapest to read. Each check prints its
// findings as file:line:col: message; the last line is `N passed, N failed` for CI, counting every
// check and every test case (jest and the node:test suites of the check and org scripts).
import path from 'node:path';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { BIN, REPO_ROOT, formatFinding, run } from './lib.mjs';
import { emit, typecheck } from './typescript.mjs';
import { checkEslint, checkPrettier } from './style.mjs';
import { checkSemantics, checkSyntax } from './apex.mjs';
import { checkApexTestLimits } from './apex-test-limits.mjs';
import { checkLwcCompile } from './lwc-compile.mjs';
import { checkLwcSize } from './lwc-size.mjs';
import { checkSldsIcons } from './slds-icons.mjs';
import { checkCodeAnalyzer } from './code-analyzer.mjs';
import { checkMetadata } from './metadata.mjs';
import { checkMetadataSchema } from './metadata-schema.mjs';
import { checkManifest } from './manifest.mjs';
import { checkLayout } from './layout.mjs';
import { checkApexRules } from './apex-rules.mjs';
import { checkApexBudget } from './apex-budget.mjs';
import { checkContract } from './contract.mjs';
import { checkDeploy } from './deploy.mjs';
import { checkFormFactors } from './form-factors.mjs';
import { checkOrgScripts } from './org-scripts.mjs';
import { checkWorkflows } from './workflows.mjs';
import { checkSoqlFields } from './soql-fields.mjs';
import { checkTestPersonaAccess, checkTestPersonas } from './test-personas.mjs';
import { checkTranslations } from './translations.mjs';

function runJest() {
    const report = path.join(REPO_ROOT, 'coverage', 'jest-results.json');
    rmSync(report, { force: true });
    const result = run(path.join(BIN, 'jest'), ['--coverage', '--json', `--outputFile=${report}`, '--silent'], {
        env: { CI: 'true' }
    });
    process.stdout.write(result.stderr.replace(/^\s*$/gm, ''));
    let summary;
    try {
        summary = JSON.parse(readFileSync(report, 'utf8'));
    } catch {
        return { findings: [{ file: 'jest', message: result.output.trim().slice(-3000) }], summary: 'jest crashed' };
    }
    const findings = [];
    for (const suite of summary.testResults) {
        for (const test of suite.assertionResults.filter((assertion) => assertion.status === 'failed')) {
            findings.push({
                file: suite.name,
                message: `${test.fullName}: ${test.failureMessages[0]?.split('\n')[0]}`
            });
        }
        if (suite.status === 'failed' && suite.assertionResults.length === 0) {
            findings.push({ file: suite.name, message: suite.message.split('\n').slice(0, 5).join(' ') });
        }
    }
    if (result.status !== 0 && findings.length === 0) {
        findings.push({ file: 'jest', message: 'coverage below the thresholds in jest.config.js (see above)' });
    }
    return {
        findings,
        summary: `${summary.numPassedTests} test(s) passed, ${summary.numFailedTests} failed`,
        passed: summary.numPassedTests,
        failed: summary.numFailedTests
    };
}

/** Runs node:test files with the TAP reporter; every test case counts in the closing line. */
function runNodeTests(label, files, options = []) {
    const result = run(process.execPath, ['--test', '--test-reporter=tap', ...options, ...files]);
    const passed = Number(/^# pass (\d+)/m.exec(result.stdout)?.[1] ?? 0);
    const failed = Number(/^# fail (\d+)/m.exec(result.stdout)?.[1] ?? 0);
    const findings = [];
    for (const match of result.stdout.matchAll(/^\s*not ok \d+ - (.*)$/gm)) {
        findings.push({ file: label, message: `failed: ${match[1]}` });
    }
    if (result.status !== 0 && findings.length === 0) {
        findings.push({ file: label, message: result.output.trim().slice(-2000) });
    }
    return { findings, summary: `${passed} test(s) passed, ${failed} failed`, passed, failed };
}

/** The node:test files directly in `dir` (relative to the repository). */
function testFiles(dir) {
    return readdirSync(path.join(REPO_ROOT, dir))
        .filter((name) => name.endsWith('.test.mjs'))
        .sort()
        .map((name) => `${dir}/${name}`);
}

const CHECKS = [
    ['TypeScript build (emit .js)', () => emit()],
    ['TypeScript type check', () => typecheck()],
    ['Org scripts TypeScript (strict, emit)', () => checkOrgScripts()],
    ['LWC module size (400 lines a module)', () => checkLwcSize()],
    ['SLDS icons (every icon name is in the installed SLDS)', () => checkSldsIcons()],
    ['ESLint', () => checkEslint()],
    ['Prettier', () => checkPrettier()],
    ['GitHub workflows (actionlint)', () => checkWorkflows()],
    ['Apex syntax', () => checkSyntax()],
    ['Apex semantics (apex-ls)', () => checkSemantics()],
    ['Apex test limits (events, startTest, executeBatch)', () => checkApexTestLimits()],

    ['SOQL field properties (filter, group, sort, aggregate)', () => checkSoqlFields()],
    ['Apex test personas (user-mode code runs as a permission-set user)', () => checkTestPersonas()],
    [
        "Apex test persona access (the persona's permission sets grant what its user-mode code reads and writes)",
        () => checkTestPersonaAccess()
    ],
    ['LWC platform compile', () => checkLwcCompile()],
    ['Metadata references', () => checkMetadata()],
    ['Metadata XML schema (Metadata API WSDL)', () => checkMetadataSchema()],
    ['Deploy manifest (the package resolves as the sf CLI resolves it)', () => checkManifest()],
    ['Layout (each component in its feature folder; a class in the folder of its @group)', () => checkLayout()],
    ['Translations (de, fr, es, ja: every label, object, field and record text)', () => checkTranslations()],
    ["Apex rules (scheduling, the rep's day, owners)", () => checkApexRules()],
    ['Apex class budget (600 lines, no classes naming each other)', () => checkApexBudget()],
    ['Apex/TypeScript contract', () => checkContract()],
    ['Deploy set (built .js, .forceignore, pages, page access)', () => checkDeploy()],
    ['Form factors (components and tabs on phones)', () => checkFormFactors()],
    ['Code Analyzer (PMD, regex)', () => checkCodeAnalyzer()],
    ['Jest (coverage)', () => runJest()],
    ['Check scripts (fixtures)', () => runNodeTests('scripts/checks/test', ['scripts/checks/test/checks.test.mjs'])],
    [
        'Org scripts (node:test, fake org and sf)',
        () => runNodeTests('scripts/org/test', testFiles('scripts/org/test'), ['--test-concurrency=4'])
    ]
];

const only = process.argv.slice(2);
const startedAll = Date.now();
let passed = 0;
let failed = 0;
const table = [];
for (const [name, check] of CHECKS) {
    if (only.length && !only.some((word) => name.toLowerCase().includes(word.toLowerCase()))) {
        continue;
    }
    const started = Date.now();
    process.stdout.write(`\n== ${name}\n`);
    let result;
    try {
        result = await check();
    } catch (error) {
        result = { findings: [{ file: name, message: error.stack ?? String(error) }], summary: 'crashed' };
    }
    for (const finding of result.findings) {
        process.stdout.write(`${formatFinding(finding)}\n`);
    }
    const ok = result.findings.length === 0;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(`${ok ? 'PASS' : 'FAIL'} ${name}: ${result.summary} (${seconds}s)\n`);
    table.push(`${ok ? 'PASS' : 'FAIL'}  ${seconds.padStart(6)}s  ${name}: ${result.summary}`);
    // A check counts once; runners that report test cases add their cases.
    passed += (ok ? 1 : 0) + (result.passed ?? 0);
    failed += (ok ? 0 : 1) + (result.failed ?? 0);
}
process.stdout.write(`\n${table.join('\n')}\n`);
process.stdout.write(`total: ${((Date.now() - startedAll) / 1000).toFixed(1)}s\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
