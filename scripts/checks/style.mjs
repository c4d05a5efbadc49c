// Formatting (prettier over TS, HTML, CSS, Apex, metadata XML, JSON) and lint (eslint with the
// Salesforce LWC configs). Both report file and line.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, REPO_ROOT, run } from './lib.mjs';

const PRETTIER_GLOBS = [
    'force-app/**/*.{ts,html,css,cls,trigger,xml,json}',
    'scripts/**/*.{mjs,ts,json}',
    'preview/**/*.{mjs,ts,html,css,json}',
    '*.{js,mjs,json}',
    '.prettierrc',
    'config/**/*.json',
    'types/**/*.ts'
];

/** Lists files prettier would rewrite. */
export function checkPrettier({ root = REPO_ROOT, globs = PRETTIER_GLOBS } = {}) {
    const result = run(path.join(BIN, 'prettier'), ['--list-different', '--no-error-on-unmatched-pattern', ...globs], {
        cwd: root
    });
    const findings = [];
    for (const line of result.stdout.split('\n').filter(Boolean)) {
        findings.push({ file: path.resolve(root, line), message: 'not formatted: run `npm run format`' });
    }
    for (const line of result.stderr.split('\n').filter((text) => /\[error\]/.test(text))) {
        const match = /\[error\] (.+?): (.*?)\((\d+):(\d+)\)/.exec(line);
        findings.push(
            match
                ? {
                      file: path.resolve(root, match[1]),
                      line: Number(match[3]),
                      col: Number(match[4]),
                      message: match[2]
                  }
                : { file: 'prettier', message: line.replace('[error] ', '') }
        );
    }
    return { findings, summary: 'prettier --list-different' };
}

/** Rewrites every file the prettier check covers (`npm run format`). */
export function writePrettier({ root = REPO_ROOT, globs = PRETTIER_GLOBS } = {}) {
    return run(
        path.join(BIN, 'prettier'),
        ['--write', '--log-level', 'warn', '--no-error-on-unmatched-pattern', ...globs],
        {
            cwd: root
        }
    );
}

/** eslint over the component sources, tests and scripts. */
export function checkEslint({ root = REPO_ROOT, targets = ['.'] } = {}) {
    const result = run(path.join(BIN, 'eslint'), ['--format', 'json', '--max-warnings', '0', ...targets], {
        cwd: root
    });
    const findings = [];
    let files = 0;
    try {
        for (const report of JSON.parse(result.stdout)) {
            files++;
            for (const message of report.messages) {
                findings.push({
                    file: report.filePath,
                    line: message.line,
                    col: message.column,
                    message: `${message.ruleId ?? 'eslint'}: ${message.message}`
                });
            }
        }
    } catch {
        findings.push({ file: 'eslint', message: result.output.trim().slice(0, 2000) || 'eslint failed' });
    }
    return { findings, summary: `${files} file(s) linted` };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--write')) {
    const result = writePrettier();
    process.stdout.write(result.output);
    process.exitCode = result.status ?? 1;
}
