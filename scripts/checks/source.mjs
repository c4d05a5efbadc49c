// Where the package's source is, found rather than assumed. In source format a component's type is
// told by the folder it sits in (classes/, lwc/, objects/, ...) and its suffix, at any depth inside a
// package directory: force-app/main/default/classes/ and force-app/main/engine/classes/ both hold
// Apex classes. Every script that reads components walks the package directories of
// sfdx-project.json for the type folder it needs, so the feature-folder layout (scripts/restructure)
// and any later move keep working without a path to edit.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Orders paths by file name, then by path, in code-unit order (what `Array.prototype.sort` does):
 * a file's place in a list does not depend on which feature folder holds it.
 * @param {string} a
 * @param {string} b
 */
export function byName(a, b) {
    const [nameA, nameB] = [path.basename(a), path.basename(b)];
    if (nameA !== nameB) {
        return nameA < nameB ? -1 : 1;
    }
    return a < b ? -1 : a > b ? 1 : 0;
}

/** Folders never searched: tooling, tests inside bundles, and hidden folders. */
const SKIPPED = new Set(['node_modules', '__tests__', '__mocks__']);

/**
 * The package directories of `root`/sfdx-project.json, relative to `root` ('force-app' when the
 * file is missing or names none).
 * @param {string} root
 * @returns {string[]}
 */
export function packageDirs(root) {
    const file = path.join(root, 'sfdx-project.json');
    try {
        /** @type {{ packageDirectories?: { path?: string }[] }} */
        const project = JSON.parse(readFileSync(file, 'utf8'));
        const dirs = (project.packageDirectories ?? []).map((entry) => entry.path).filter((dir) => Boolean(dir));
        return dirs.length ? /** @type {string[]} */ (dirs) : ['force-app'];
    } catch {
        return ['force-app'];
    }
}

/**
 * @param {string} dir absolute
 * @param {(dir: string) => void} visit called for every folder below `dir` (not `dir` itself)
 */
function walkDirs(dir, visit) {
    if (!existsSync(dir)) {
        return;
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (!entry.isDirectory() || entry.name.startsWith('.') || SKIPPED.has(entry.name)) {
            continue;
        }
        const full = path.join(dir, entry.name);
        visit(full);
        walkDirs(full, visit);
    }
}

/**
 * Every folder named `typeDir` (a metadata type's folder: 'classes', 'lwc', 'objects', 'labels', ...)
 * inside the package directories of `root`, absolute, sorted. A type folder is not searched for
 * further type folders of the same name (an object's fields/ holds no objects/).
 * @param {string} root
 * @param {string} typeDir
 * @returns {string[]}
 */
export function typeDirs(root, typeDir) {
    /** @type {string[]} */
    const found = [];
    for (const dir of packageDirs(root)) {
        walkDirs(path.join(root, dir), (full) => {
            if (path.basename(full) === typeDir && !found.some((parent) => full.startsWith(parent + path.sep))) {
                found.push(full);
            }
        });
    }
    return found.sort();
}

/**
 * Files below every `typeDir` folder whose name passes `accept`, absolute, sorted by file name (then
 * path), so the order does not depend on which feature folder holds a file.
 * @param {string} root
 * @param {string} typeDir
 * @param {(name: string, full: string) => boolean} [accept]
 * @returns {string[]}
 */
export function typeFiles(root, typeDir, accept = () => true) {
    /** @type {string[]} */
    const files = [];
    /** @param {string} dir */
    const collect = (dir) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) {
                if (!entry.name.startsWith('.') && !SKIPPED.has(entry.name)) {
                    collect(full);
                }
            } else if (accept(entry.name, full)) {
                files.push(full);
            }
        }
    };
    typeDirs(root, typeDir).forEach(collect);
    return files.sort(byName);
}

/**
 * The direct entries (files and folders) of every `typeDir` folder: one object folder, one bundle,
 * one `Name.cls` ... Absolute, sorted by name.
 * @param {string} root
 * @param {string} typeDir
 * @returns {string[]}
 */
export function typeEntries(root, typeDir) {
    return typeDirs(root, typeDir)
        .flatMap((dir) =>
            readdirSync(dir)
                .filter((name) => !name.startsWith('.'))
                .map((name) => path.join(dir, name))
        )
        .sort(byName);
}

/**
 * LWC bundle folders (absolute), from every lwc/ folder of the package, sorted by bundle name.
 * @param {string} root
 * @returns {string[]}
 */
export function lwcBundles(root) {
    return typeDirs(root, 'lwc')
        .flatMap((dir) =>
            readdirSync(dir, { withFileTypes: true })
                .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
                .map((entry) => path.join(dir, entry.name))
        )
        .sort(byName);
}

/**
 * The folder of bundle `name` (absolute), or undefined.
 * @param {string} root
 * @param {string} name
 * @returns {string | undefined}
 */
export function findBundle(root, name) {
    return lwcBundles(root).find((dir) => path.basename(dir) === name);
}

/**
 * The file `typeDir/name` (e.g. 'labels', 'CustomLabels.labels-meta.xml'), wherever its type folder
 * is, or undefined. A name in two type folders is a mistake the deploy would refuse: the first wins.
 * @param {string} root
 * @param {string} typeDir
 * @param {string} name
 * @returns {string | undefined}
 */
export function findFile(root, typeDir, name) {
    return typeDirs(root, typeDir)
        .map((dir) => path.join(dir, name))
        .find((file) => existsSync(file));
}

/**
 * The custom labels file (labels/CustomLabels.labels-meta.xml) wherever its folder is, or undefined.
 * @param {string} root
 * @returns {string | undefined}
 */
export function labelsFile(root) {
    return findFile(root, 'labels', 'CustomLabels.labels-meta.xml');
}

/**
 * A path relative to `root` with forward slashes, for messages and glob matching.
 * @param {string} root
 * @param {string} file
 * @returns {string}
 */
export function relativePath(root, file) {
    return path.relative(root, file).split(path.sep).join('/');
}
