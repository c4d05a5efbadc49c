// Shared by the org script tests: the compiled scripts, in-process runs with captured streams, a fake
// `sf` executable on PATH, and subprocess runs through npm.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { missingBuild } from '../../checks/deploy.mjs';
import { emit } from '../../checks/typescript.mjs';
import { buildScripts, compiledPath, REPO_ROOT } from '../build.mjs';

export { REPO_ROOT };

const build = buildScripts();
if (!build.ok) {
    throw new Error(`scripts/org does not compile:\n${build.output}`);
}
// `npm run deploy` refuses unbuilt components (checkBuilt): build them once, as `npm test` has already.
if (missingBuild(REPO_ROOT).length > 0) {
    const emitted = emit();
    if (emitted.findings.length > 0) {
        throw new Error(`the components do not build: ${emitted.findings[0].message}`);
    }
}

const temporary = [];
process.on('exit', () => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A temporary folder, removed when the test process exits. */
export function tempDir(prefix) {
    const dir = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
    temporary.push(dir);
    return dir;
}

/** The compiled module of scripts/org/<name>.ts. */
export function loadScript(name) {
    return import(pathToFileURL(compiledPath(`scripts/org/${name}.ts`)).href);
}

/** Streams and environment for an in-process run; `out()` and `err()` read what was written. */
export function captureIo({ env = {}, tty = false, now = new Date('2026-11-25T10:00:00Z'), cwd = REPO_ROOT } = {}) {
    let stdout = '';
    let stderr = '';
    const io = {
        stdout: { write: (text) => (stdout += text) },
        stderr: { write: (text) => (stderr += text), isTTY: tty },
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
        cwd,
        now: () => now
    };
    return { io, out: () => stdout, err: () => stderr };
}

/** Environment that points the scripts at a fake org without the sf CLI. */
export function orgEnv(org, extra = {}) {
    return { SF_INSTANCE_URL: org.url, SF_ACCESS_TOKEN: org.token, ...extra };
}

/** A glob for a shell `case` from a scenario's match: '^a b$' is exactly 'a b', '^a b' starts with it. */
function casePattern(match) {
    const literal = match.replace(/^\^/, '').replace(/\$$/, '');
    if (/[*?[\]\\'|()]/.test(literal)) {
        throw new Error(`fakeSf: match '${match}' must be a plain '^prefix' or '^exact$'`);
    }
    return `'${literal}'${match.endsWith('$') ? '' : '*'}`;
}

/**
 * Installs a fake \`sf\` and \`npm\` (POSIX shell scripts: cheap to start) in a temporary folder. Each
 * scenario is a list of { match ('^exact$' or '^prefix' over the arguments joined by spaces), status,
 * stdout (string or JSON), stderr }; the first match answers, no match exits 0 silently. Returns the
 * environment to run with and \`calls()\`: every call as [command, ...arguments].
 */
export function fakeSf(sf, npm = [{ match: '^run build$', status: 0, stdout: 'PASS TypeScript build (fake)\n' }]) {
    const dir = tempDir('fake-sf');
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    const log = path.join(dir, 'calls.log');
    writeFileSync(log, '');
    const scenarios = {
        sf: [{ match: '^--version$', status: 0, stdout: '@salesforce/cli/2.99.0 linux-x64 node-v22.12.0\n' }, ...sf],
        npm
    };
    for (const [command, answers] of Object.entries(scenarios)) {
        const cases = answers.map((answer, index) => {
            const out = path.join(dir, `${command}-${index}.out`);
            const err = path.join(dir, `${command}-${index}.err`);
            writeFileSync(
                out,
                typeof answer.stdout === 'object' ? JSON.stringify(answer.stdout) : (answer.stdout ?? '')
            );
            writeFileSync(err, answer.stderr ?? '');
            return `    ${casePattern(answer.match)}) cat '${out}'; cat '${err}' >&2; exit ${answer.status ?? 0} ;;`;
        });
        const script = [
            '#!/bin/sh',
            `# A fake ${command} for tests: logs the call (tab-separated), answers from the scenario.`,
            `{ printf '%s' '${command}'; for arg in "$@"; do printf '\\t%s' "$arg"; done; printf '\\n'; } >> '${log}'`,
            'case "$*" in',
            ...cases,
            'esac',
            'exit 0',
            ''
        ].join('\n');
        writeFileSync(path.join(bin, command), script);
        chmodSync(path.join(bin, command), 0o755);
    }
    return {
        env: { PATH: `${bin}${path.delimiter}${process.env.PATH}` },
        calls: () =>
            readFileSync(log, 'utf8')
                .split('\n')
                .filter(Boolean)
                .map((entry) => entry.split('\t'))
    };
}

/** A PATH without any `sf` (an empty folder), for in-process runs. */
export function pathWithoutSf() {
    return tempDir('no-sf');
}

/** Runs a command; resolves with { status, stdout, stderr }. */
export function runProcess(command, args, { env = {}, cwd = REPO_ROOT } = {}) {
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('error', reject);
        child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
}

/** Runs `npm run <script> -- <args>` (silent npm: only the script's own output). */
export function npmRun(script, args = [], options = {}) {
    const npm = process.env.npm_execpath && existsSync(process.env.npm_execpath) ? process.env.npm_execpath : null;
    return npm
        ? runProcess(process.execPath, [npm, 'run', '--silent', script, '--', ...args], options)
        : runProcess('npm', ['run', '--silent', script, '--', ...args], options);
}

/** A stack trace line, which no script may print. */
export const STACK_TRACE = /^\s+at .+\(.+:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;
