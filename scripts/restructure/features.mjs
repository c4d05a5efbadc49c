// The feature-folder layout: which folder each component of force-app belongs in, and the moves that
// put it there. The rules are in features.json beside this file; move.mjs carries the moves out and
// the Layout check of npm test (scripts/checks/layout.mjs) fails on any move still to make.
//
// Layout, in each package directory of sfdx-project.json (the package directory itself stays
// "force-app", one package; source format lets type folders sit at any depth inside it):
//   main/<feature>/<type folder>/<entry>      every component (classes/, lwc/, objects/, ...)
//   tests/<feature>/classes/<entry>           the Apex tests, beside the feature of what they test
// An entry is one file or folder directly in a type folder: Foo.cls and Foo.cls-meta.xml, a bundle
// folder, an object folder with its fields (it moves whole), Type.Record.md-meta.xml, ...
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageDirs, relativePath } from '../checks/source.mjs';

export const FEATURES_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'features.json');

/** The rules of features.json. */
export function loadFeatures(file = FEATURES_FILE) {
    return JSON.parse(readFileSync(file, 'utf8'));
}

/** The folders of the layout inside a package directory. */
export const AREAS = { main: 'main', tests: 'tests' };

/** The source-format folder every component sat in before the move. */
export const DEFAULT_FOLDER = 'default';

function directories(dir) {
    return existsSync(dir)
        ? readdirSync(dir, { withFileTypes: true })
              .filter((entry) => !entry.name.startsWith('.'))
              .map((entry) => ({ name: entry.name, dir: entry.isDirectory() }))
        : [];
}

/**
 * Every entry of the package: { file (absolute), pkg, area, group (the folder after main/ or tests/),
 * typeDir, name (the entry's file or folder name) }, and what lies outside the layout.
 */
export function packageEntries(root) {
    const entries = [];
    const outside = [];
    for (const pkg of packageDirs(root)) {
        for (const top of directories(path.join(root, pkg))) {
            const topPath = path.join(root, pkg, top.name);
            if (!top.dir || !Object.values(AREAS).includes(top.name)) {
                outside.push({
                    file: topPath,
                    reason: `is outside the layout (${pkg}/main/<feature>/ or ${pkg}/tests/<feature>/)`
                });
                continue;
            }
            for (const group of directories(topPath)) {
                const groupPath = path.join(topPath, group.name);
                if (!group.dir) {
                    outside.push({
                        file: groupPath,
                        reason: `is outside the layout (${pkg}/${top.name}/<feature>/<type folder>/)`
                    });
                    continue;
                }
                for (const typeDir of directories(groupPath)) {
                    const typePath = path.join(groupPath, typeDir.name);
                    if (!typeDir.dir) {
                        outside.push({
                            file: typePath,
                            reason: 'is outside the layout (a file beside the type folders)'
                        });
                        continue;
                    }
                    for (const entry of directories(typePath)) {
                        entries.push({
                            file: path.join(typePath, entry.name),
                            pkg,
                            area: top.name,
                            group: group.name,
                            typeDir: typeDir.name,
                            name: entry.name
                        });
                    }
                }
            }
        }
    }
    return { entries, outside };
}

/** `Foo.cls` and `Foo.cls-meta.xml` -> Foo; a folder keeps its name; `X.suffix-meta.xml` -> X. */
export function componentName(entry) {
    const isDir = existsSync(entry.file) && statSync(entry.file).isDirectory();
    if (isDir) {
        return entry.name;
    }
    if (entry.typeDir === 'customMetadata') {
        return entry.name.replace(/\.md-meta\.xml$/, '');
    }
    if (entry.typeDir === 'layouts') {
        return entry.name.replace(/\.layout-meta\.xml$/, '');
    }
    // A static resource is Name.<any extension> with Name.resource-meta.xml.
    return entry.name.split('.')[0];
}

/** The @group tag of an Apex class's header comment (before its declaration), or undefined. */
export function apexGroup(source) {
    // The declaration line (comment lines start with * or //, so the words of a description never match).
    const declaration =
        /^[ \t]*(?:(?:public|private|global|protected|with|without|inherited|sharing|virtual|abstract)\s+)*(?:class|interface|enum)\s+\w+/im.exec(
            source
        );
    const header = declaration ? source.slice(0, declaration.index) : source;
    return /@group[ \t]+([^\n*]+?)[ \t]*$/m.exec(header)?.[1];
}

/**
 * The rules applied to one package: resolves the feature of any component, reading each Apex
 * class's @group once. `classFiles` maps class name -> its .cls file, wherever it is.
 */
export function mapper(root, features = loadFeatures()) {
    const { entries } = packageEntries(root);
    const classFiles = new Map(
        entries
            .filter((entry) => entry.typeDir === 'classes' && entry.name.endsWith('.cls'))
            .map((entry) => [entry.name.slice(0, -'.cls'.length), entry.file])
    );
    const objectFeature = (object) => features.components.objects?.[object];
    const groups = new Map();
    const groupOf = (className) => {
        if (!groups.has(className)) {
            groups.set(className, apexGroup(readFileSync(classFiles.get(className), 'utf8')));
        }
        return groups.get(className);
    };

    /** { area, feature } of Apex class `name`, or { problem }. */
    function apex(name, seen = new Set()) {
        if (!classFiles.has(name)) {
            return { problem: `no class ${name}.cls beside its -meta.xml` };
        }
        const group = groupOf(name);
        if (!group) {
            return {
                problem: `class ${name} has no @group tag: add one naming its feature (scripts/restructure/features.json, apexGroups)`
            };
        }
        if (group === features.apexTestGroup) {
            if (features.apexTests?.[name]) {
                return { area: AREAS.tests, feature: features.apexTests[name], group };
            }
            const tested = name.replace(/Test$/, '');
            if (tested !== name && classFiles.has(tested) && !seen.has(tested)) {
                const under = apex(tested, new Set([...seen, name]));
                if (under.feature && under.area === AREAS.main) {
                    return { area: AREAS.tests, feature: under.feature, group, tested };
                }
            }
            return {
                problem: `test class ${name} (@group ${group}) tests no class named ${tested === name ? `${name} without "Test"` : tested}: add it to apexTests in scripts/restructure/features.json`
            };
        }
        const feature = features.apexGroups?.[group];
        return feature
            ? { area: AREAS.main, feature, group }
            : {
                  problem: `class ${name} has @group ${group}, which apexGroups in scripts/restructure/features.json does not map to a feature`
              };
    }

    function lwc(name) {
        const exact = features.components.lwc?.[name];
        if (exact) {
            return exact;
        }
        const prefix = Object.keys(features.lwcPrefixes ?? {})
            .filter((candidate) => name.startsWith(candidate))
            .sort((a, b) => b.length - a.length)[0];
        return prefix ? features.lwcPrefixes[prefix] : undefined;
    }

    function triggerObject(name) {
        const file = entries.find((entry) => entry.typeDir === 'triggers' && entry.name === `${name}.trigger`)?.file;
        return file ? /\btrigger\s+\w+\s+on\s+(\w+)/i.exec(readFileSync(file, 'utf8'))?.[1] : undefined;
    }

    /**
     * Where an entry belongs: { area, feature, why } or { problem }.
     * @param {{ typeDir: string, name: string, file: string }} entry
     */
    function place(entry) {
        const name = componentName(entry);
        const table = features.components[entry.typeDir] ?? {};
        const main = (feature, why, hint) =>
            feature
                ? { area: AREAS.main, feature, why }
                : { problem: `no feature for ${entry.typeDir}/${entry.name}: ${hint}` };
        const inTable = `components.${entry.typeDir} in features.json`;
        switch (entry.typeDir) {
            case 'classes': {
                const result = apex(name);
                return result.problem
                    ? result
                    : {
                          ...result,
                          why: result.tested
                              ? `tests ${result.tested}`
                              : result.area === AREAS.tests
                                ? 'apexTests in features.json'
                                : `@group ${result.group}`
                      };
            }
            case 'lwc':
                return main(
                    lwc(name),
                    features.components.lwc?.[name] ? inTable : 'a name prefix in lwcPrefixes of features.json',
                    'add the bundle to components.lwc or a prefix to lwcPrefixes in scripts/restructure/features.json'
                );
            case 'customMetadata': {
                const object = `${name.split('.')[0]}__mdt`;
                return main(
                    objectFeature(object),
                    `a record of ${object}`,
                    `its type ${object} is not in components.objects`
                );
            }
            case 'layouts':
            case 'objectTranslations': {
                const object =
                    entry.typeDir === 'layouts' ? name.split('-')[0] : name.replace(/-[a-z]{2}(?:_[A-Z]{2})?$/, '');
                return main(
                    objectFeature(object),
                    `follows ${object}`,
                    `its object ${object} is not in components.objects`
                );
            }
            case 'tabs':
                return main(
                    table[name] ?? objectFeature(name),
                    table[name] ? inTable : `follows ${name}`,
                    'add the tab to components.tabs (an object tab follows its object)'
                );
            case 'triggers': {
                const object = triggerObject(name);
                return main(
                    table[name] ?? objectFeature(object),
                    table[name] ? inTable : `follows ${object}`,
                    `add the trigger (on ${object ?? 'an unknown object'}) to components.triggers (a trigger on a package object follows its object)`
                );
            }
            default:
                return main(
                    table[name] ?? features.types?.[entry.typeDir],
                    table[name] ? inTable : `types.${entry.typeDir} in features.json`,
                    `add ${name} to components.${entry.typeDir}, or the type folder to types, in scripts/restructure/features.json`
                );
        }
    }
    return { entries, place, apex };
}

/**
 * The moves that put every component of `root` in its feature folder, and what cannot be placed:
 * { moves: [{ from, to, why }], unmapped: [{ file, reason }], entries }. Moving nothing is the
 * answer for a package already in its layout.
 */
export function planMoves(root, features = loadFeatures(), { exclude = new Set() } = {}) {
    const { outside } = packageEntries(root);
    const { entries, place } = mapper(root, features);
    const known = new Set(features.features);
    const moves = [];
    const unmapped = outside.map(({ file, reason }) => ({ file, reason }));
    /** Files left out of the plan (build output about to be removed), and folders holding only such files. */
    const excluded = (file) =>
        exclude.has(file) ||
        (statSync(file).isDirectory() &&
            readdirSync(file).length > 0 &&
            readdirSync(file).every((name) => excluded(path.join(file, name))));
    for (const entry of entries) {
        if (exclude.size && excluded(entry.file)) {
            continue;
        }
        const target = place(entry);
        if (target.problem) {
            unmapped.push({ file: entry.file, reason: target.problem });
            continue;
        }
        if (!known.has(target.feature)) {
            unmapped.push({
                file: entry.file,
                reason: `maps to "${target.feature}", which is not in features of scripts/restructure/features.json`
            });
            continue;
        }
        const typeDir = target.area === AREAS.tests ? 'classes' : entry.typeDir;
        const to = path.join(root, entry.pkg, target.area, target.feature, typeDir, entry.name);
        if (to !== entry.file) {
            moves.push({ from: entry.file, to, why: target.why, feature: target.feature, area: target.area });
        }
    }
    const targets = new Map();
    const planned = [];
    for (const move of moves.flatMap((move) => intoExistingFolder(move)).filter((move) => !exclude.has(move.from))) {
        const clash = targets.get(move.to) ?? (existsSync(move.to) ? 'a file already there' : undefined);
        if (clash) {
            unmapped.push({
                file: move.from,
                reason: `would move onto ${relativePath(root, move.to)}, which holds ${clash}`
            });
        }
        targets.set(move.to, relativePath(root, move.from));
        planned.push(move);
    }
    return { moves: planned, unmapped, entries };
}

/**
 * A folder entry (a bundle, an object with its fields, an object translation) whose folder already
 * sits in its feature folder is what a merge leaves behind: a branch that started before the move
 * added a file to the old folder (a field, a field translation, a module or a test in a bundle).
 * Its files join the moved folder one by one; only a file that exists in both places is a clash.
 * @param {{ from: string, to: string }} move
 */
function intoExistingFolder(move) {
    if (!existsSync(move.to) || !statSync(move.to).isDirectory() || !statSync(move.from).isDirectory()) {
        return [move];
    }
    return readdirSync(move.from, { withFileTypes: true }).flatMap((entry) =>
        intoExistingFolder({ ...move, from: path.join(move.from, entry.name), to: path.join(move.to, entry.name) })
    );
}
