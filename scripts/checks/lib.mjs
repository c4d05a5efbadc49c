// Shared plumbing for the offline checks: finding files, running tools, and reporting findings as
// `file:line:col: message` so every editor and CI log can jump to them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(REPO_ROOT, 'node_modules', '.bin');

/**
 * @typedef {{ file: string, line?: number, col?: number, message: string }} Finding
 * @typedef {{ findings: Finding[], summary: string }} CheckResult
 */

/** Lists files below `dir` (absolute) whose name passes `accept`, skipping node_modules and dot folders. */
export function listFiles(dir, accept) {
    const out = [];
    if (!existsSync(dir)) {
        return out;
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) {
            continue;
        }
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            out.push(...listFiles(full, accept));
        } else if (accept(entry.name, full)) {
            out.push(full);
        }
    }
    return out.sort();
}

// Where components are: found in the package directories, never a fixed path (./source.mjs).
export {
    findBundle,
    findFile,
    labelsFile,
    lwcBundles,
    packageDirs,
    relativePath,
    typeDirs,
    typeEntries,
    typeFiles
} from './source.mjs';

/**
 * The TypeScript modules of one bundle (absolute paths): its main `name.ts` and any module beside it
 * that the main file imports by a relative path (`./nameLabels`), each of which tsc emits as a `.js`
 * that deploys. Declarations (.d.ts) and tests (__tests__/) are not modules of the bundle.
 */
export function bundleModules(bundle) {
    if (!existsSync(bundle)) {
        return [];
    }
    return readdirSync(bundle, { withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
        .map((entry) => path.join(bundle, entry.name))
        .sort();
}

/** Runs a command and returns its output; never throws for a non-zero exit. */
export function run(command, args, options = {}) {
    const result = spawnSync(command, args, {
        cwd: options.cwd ?? REPO_ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, FORCE_COLOR: '0', ...options.env }
    });
    return {
        status: result.status,
        error: result.error,
        stdout: result.stdout ?? '',
        stderr: result.stderr ?? '',
        output: `${result.stdout ?? ''}${result.stderr ?? ''}`
    };
}

/** Formats a finding relative to `root`. */
export function formatFinding(finding, root = REPO_ROOT) {
    const file = path.isAbsolute(finding.file) ? path.relative(root, finding.file) : finding.file;
    const where = [file, finding.line, finding.col].filter((part) => part !== undefined && part !== null).join(':');
    return `${where}: ${finding.message}`;
}

/**
 * Finds Java 17 or later. Returns the `java` command, or a message naming what to install, because a
 * stack trace from a missing JVM tells a new contributor nothing.
 */
export function findJava() {
    const candidates = [];
    if (process.env.JAVA_HOME) {
        candidates.push(path.join(process.env.JAVA_HOME, 'bin', 'java'));
    }
    candidates.push('java');
    for (const java of candidates) {
        const probe = run(java, ['-version']);
        if (probe.error) {
            continue;
        }
        const match = /version "(\d+)(?:\.(\d+))?/.exec(probe.output);
        const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
        if (major >= 17) {
            return { java };
        }
        return {
            problem: `Java ${major || 'of unknown version'} found at "${java}", but the Apex checks need Java 17 or later. Install a JDK 17+ (Debian/Ubuntu: apt-get install openjdk-17-jre-headless; macOS: brew install openjdk@17; Windows: https://adoptium.net) and re-run.`
        };
    }
    return {
        problem:
            'Java was not found. The Apex checks (apex-ls semantics and Code Analyzer PMD) need Java 17 or later: install a JDK 17+ (Debian/Ubuntu: apt-get install openjdk-17-jre-headless; macOS: brew install openjdk@17; Windows: https://adoptium.net), or set JAVA_HOME, and re-run.'
    };
}
