// TypeScript: keeps tsconfig paths in step with the LWC bundles, type-checks sources and tests, and
// emits each component's deployable `name.js` beside its `name.ts`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BIN, REPO_ROOT, lwcBundles, relativePath, run } from './lib.mjs';

const TSC = path.join(BIN, 'tsc');
const DIAGNOSTIC = /^(.+?)\((\d+),(\d+)\): (error TS\d+: .*)$/;

/**
 * tsconfig `paths` allows a single `*`, so `c/*` cannot map to `lwc/<name>/<name>.ts`: list each
 * bundle instead, wherever its lwc/ folder is (a feature folder of force-app). Rewrites tsconfig.json
 * only when the list changed.
 */
export function syncPaths(root = REPO_ROOT) {
    const file = path.join(root, 'tsconfig.json');
    const config = JSON.parse(readFileSync(file, 'utf8'));
    const paths = {};
    for (const bundle of lwcBundles(root)) {
        const name = path.basename(bundle);
        if (existsSync(path.join(bundle, `${name}.ts`))) {
            paths[`c/${name}`] = [`${relativePath(root, bundle)}/${name}.ts`];
        }
    }
    if (JSON.stringify(config.compilerOptions.paths ?? {}) !== JSON.stringify(paths)) {
        config.compilerOptions.paths = paths;
        writeFileSync(file, `${JSON.stringify(config, null, 4)}\n`);
        // Keep the rewritten file as prettier writes it, so the formatting check stays green.
        run(path.join(BIN, 'prettier'), ['--write', '--log-level', 'warn', file], { cwd: root });
        return true;
    }
    return false;
}

export function parse(output, root) {
    const findings = [];
    for (const line of output.split('\n')) {
        const match = DIAGNOSTIC.exec(line.trim());
        if (match) {
            findings.push({
                file: path.resolve(root, match[1]),
                line: Number(match[2]),
                col: Number(match[3]),
                message: match[4]
            });
        } else if (/error TS\d+/.test(line)) {
            findings.push({ file: 'tsconfig.json', message: line.trim() });
        }
    }
    return findings;
}

/** Type-checks sources, tests and declarations (no output). */
export function typecheck({ root = REPO_ROOT } = {}) {
    syncPaths(root);
    const result = run(TSC, ['-p', path.join(root, 'tsconfig.json'), '--pretty', 'false'], { cwd: root });
    const findings = parse(result.output, root);
    if (result.status !== 0 && findings.length === 0) {
        findings.push({ file: 'tsconfig.json', message: result.output.trim() || 'tsc failed' });
    }
    return { findings, summary: `${findings.length} type error(s)` };
}

/** Emits `name.js` beside every component `name.ts` (tests excluded): what deploys. */
export function emit({ root = REPO_ROOT } = {}) {
    syncPaths(root);
    const result = run(TSC, ['-p', path.join(root, 'tsconfig.build.json'), '--pretty', 'false'], { cwd: root });
    const findings = parse(result.output, root);
    if (result.status !== 0 && findings.length === 0) {
        findings.push({ file: 'tsconfig.build.json', message: result.output.trim() || 'tsc failed' });
    }
    const emitted = lwcBundles(root).filter((bundle) =>
        existsSync(path.join(bundle, `${path.basename(bundle)}.js`))
    ).length;
    return { findings, summary: `${emitted} component(s) emitted` };
}
