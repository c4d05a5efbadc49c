// Platform compile check: runs the LWC compiler that the platform uses over what actually deploys
// (the emitted .js, the .html templates and the .css), so a template the platform rejects fails here.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT, bundleModules, lwcBundles } from './lib.mjs';

const require = createRequire(import.meta.url);

function diagnosticsOf(error, file) {
    const location = error.location ?? error.loc ?? {};
    return {
        file: error.filename ?? file,
        line: location.line,
        col: location.column === undefined ? undefined : location.column + 1,
        message: `lwc: ${String(error.message ?? error).split('\n')[0]}`
    };
}

/** Compiles every deployable file of every bundle under `root`. */
export function checkLwcCompile({ root = REPO_ROOT } = {}) {
    const { transformSync } = require('@lwc/compiler');
    const findings = [];
    let compiled = 0;
    for (const bundle of lwcBundles(root)) {
        const name = path.basename(bundle);
        const files = readdirSync(bundle).filter((file) => /\.(js|html|css)$/.test(file));
        // Every module of the bundle deploys as its emitted .js: the main file and those it imports.
        const unbuilt = bundleModules(bundle).filter(
            (ts) => !files.includes(path.basename(ts).replace(/\.ts$/, '.js'))
        );
        for (const ts of unbuilt) {
            findings.push({ file: ts, message: 'no emitted .js: run `npm run build`' });
        }
        if (unbuilt.length > 0) {
            continue;
        }
        for (const file of files) {
            const full = path.join(bundle, file);
            try {
                const result = transformSync(readFileSync(full, 'utf8'), full, {
                    namespace: 'c',
                    name,
                    apiVersion: 62,
                    enableDynamicComponents: true
                });
                for (const warning of result.warnings ?? []) {
                    if (warning.level <= 1) {
                        findings.push(diagnosticsOf(warning, full));
                    }
                }
                compiled++;
            } catch (error) {
                findings.push(diagnosticsOf(error, full));
            }
        }
    }
    return { findings, summary: `${compiled} file(s) compiled` };
}
