// Compiles the org scripts (scripts/org/**/*.ts, strict) into .cache/build/ with the project's own
// tsc: no network and no TypeScript loader at run time. `npm run <script>` compiles only when a source
// is newer than the last good build; `npm test` always type-checks (the "Org scripts" check).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBundle, relativePath } from '../checks/source.mjs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUILD_DIR = path.join(REPO_ROOT, '.cache', 'build');
const TSCONFIG = path.join(REPO_ROOT, 'scripts', 'tsconfig.json');
const STAMP = path.join(BUILD_DIR, '.scripts-built');
// LWC modules the scripts import as `c/<name>`, the way components import each other; each bundle
// is found wherever its lwc/ folder is (scripts/checks/source.mjs).
const SHARED_MODULES = ['adoptionCore', 'adoptionConditions'];

/** name -> the bundle folder relative to the repository (forward slashes). */
function sharedBundles() {
    return SHARED_MODULES.map((name) => {
        const dir = findBundle(REPO_ROOT, name);
        if (!dir) {
            throw new Error(`The org scripts import c/${name}, but no lwc/${name} bundle is in force-app.`);
        }
        return { name, dir: relativePath(REPO_ROOT, dir) };
    });
}

/**
 * scripts/tsconfig.json maps each `c/<name>` the scripts import to its bundle's .ts (tsconfig `paths`
 * allows one `*`, so each is listed, as the root tsconfig lists every bundle). Rewritten only when a
 * bundle moved, so a build after the feature-folder move needs no edit.
 */
export function syncScriptPaths() {
    const config = JSON.parse(readFileSync(TSCONFIG, 'utf8'));
    const paths = Object.fromEntries(sharedBundles().map(({ name, dir }) => [`c/${name}`, [`../${dir}/${name}.ts`]]));
    if (JSON.stringify(config.compilerOptions.paths ?? {}) !== JSON.stringify(paths)) {
        config.compilerOptions.paths = paths;
        writeFileSync(TSCONFIG, `${JSON.stringify(config, null, 4)}\n`);
        spawnSync(
            process.execPath,
            [
                path.join(REPO_ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs'),
                '--write',
                '--log-level',
                'warn',
                TSCONFIG
            ],
            { cwd: REPO_ROOT }
        );
        return true;
    }
    return false;
}

// Sources outside scripts/org that the scripts import: every module of those bundles (the main file
// re-exports the modules beside it, `./calendar`), wherever the bundle sits.
function sharedSources() {
    return sharedBundles().flatMap(({ dir }) => {
        const full = path.join(REPO_ROOT, dir);
        return readdirSync(full)
            .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
            .map((file) => path.join(full, file));
    });
}

function sources(dir) {
    const out = [];
    if (!existsSync(dir)) {
        return out;
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            if (entry.name !== 'test' && entry.name !== 'node_modules') {
                out.push(...sources(full));
            }
        } else if (/\.(ts|mjs|json)$/.test(entry.name)) {
            out.push(full);
        }
    }
    return out;
}

function newestSourceTime() {
    const files = [...sources(path.join(REPO_ROOT, 'scripts', 'org')), TSCONFIG];
    files.push(...sharedSources());
    return Math.max(...files.filter((file) => existsSync(file)).map((file) => statSync(file).mtimeMs));
}

/** The compiled path of a source file, e.g. compiledPath('scripts/org/doctor.ts'). */
export function compiledPath(source) {
    return path.join(BUILD_DIR, source.replace(/\.ts$/, '.js'));
}

/**
 * The compiled LWC modules keep their `c/<name>` imports (c/adoptionConditions imports c/adoptionCore),
 * which tsc resolves through tsconfig `paths` but Node does not: a package `c` in the build's
 * node_modules maps each name to its compiled module, so Node finds it as it finds any package.
 */
function writeModuleShims() {
    const dir = path.join(BUILD_DIR, 'node_modules', 'c');
    mkdirSync(dir, { recursive: true });
    const exportsMap = {};
    for (const { name, dir: bundle } of sharedBundles()) {
        writeFileSync(path.join(dir, `${name}.js`), `export * from '../../${bundle}/${name}.js';\n`);
        exportsMap[`./${name}`] = `./${name}.js`;
    }
    writeFileSync(
        path.join(dir, 'package.json'),
        `${JSON.stringify({ name: 'c', private: true, type: 'module', exports: exportsMap }, null, 4)}\n`
    );
}

/**
 * Runs tsc over scripts/tsconfig.json. With `force: false`, skips tsc when the last good build is newer
 * than every source; `onCompile` is called before tsc runs. Returns { ok, skipped, output }.
 */
export function buildScripts({ force = false, onCompile = () => {} } = {}) {
    syncScriptPaths();
    if (!force && existsSync(STAMP) && statSync(STAMP).mtimeMs >= newestSourceTime()) {
        return { ok: true, skipped: true, output: '' };
    }
    onCompile();
    const tsc = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    if (!existsSync(tsc)) {
        return {
            ok: false,
            skipped: false,
            output: 'TypeScript is not installed: run `npm ci` (or `npm install`) first.'
        };
    }
    const result = spawnSync(process.execPath, [tsc, '-p', TSCONFIG, '--pretty', 'false'], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024
    });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    const ok = result.status === 0;
    if (ok) {
        mkdirSync(BUILD_DIR, { recursive: true });
        writeModuleShims();
        writeFileSync(STAMP, `${new Date().toISOString()}\n`);
    }
    return { ok, skipped: false, output: output || (result.error ? String(result.error.message) : '') };
}
