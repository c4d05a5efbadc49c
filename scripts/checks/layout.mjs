// Feature folders (README, Layout): every component sits in the folder scripts/restructure/features.json
// gives it. An Apex class's @group names its feature, so a class lives in
// force-app/main/<feature of its @group>/classes/, and a test (@group Adoption Tests) in
// force-app/tests/<feature of the class it tests>/classes/. Fails on:
//  - a class whose folder is not the feature of its @group, a class without a known @group;
//  - any other component out of its folder, or one nothing in features.json maps (a new bundle with
//    no table entry or prefix, a test of no class, a new type folder);
// i.e. anything `node scripts/restructure/move.mjs --dry-run` would move or cannot map.
// Before the move (every component still in force-app/main/default, no feature folder yet) there is
// nothing to hold to the layout: the check says so and passes.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, packageDirs, relativePath } from './lib.mjs';
import { AREAS, DEFAULT_FOLDER, apexGroup, loadFeatures, planMoves } from '../restructure/features.mjs';

/** True while the package is in the old layout only: main/default and no feature folder. */
function notYetMoved(root) {
    return packageDirs(root).every((pkg) => {
        const main = path.join(root, pkg, AREAS.main);
        const groups = existsSync(main) ? readdirSync(main).filter((name) => !name.startsWith('.')) : [];
        return !existsSync(path.join(root, pkg, AREAS.tests)) && groups.every((name) => name === DEFAULT_FOLDER);
    });
}

/** The check, under `root`, with the rules of `features` (features.json by default). */
export function checkLayout({ root = REPO_ROOT, features = loadFeatures() } = {}) {
    if (notYetMoved(root)) {
        return {
            findings: [],
            summary: `skipped: every component is still in ${packageDirs(root)
                .map((pkg) => `${pkg}/${AREAS.main}/${DEFAULT_FOLDER}`)
                .join(', ')} (the feature-folder move has not run: node scripts/restructure/move.mjs)`
        };
    }
    const { moves, unmapped, entries } = planMoves(root, features);
    const findings = unmapped.map(({ file, reason }) => ({ file, message: `cannot be placed: ${reason}` }));
    for (const move of moves) {
        const where = relativePath(root, path.dirname(move.from));
        const should = relativePath(root, path.dirname(move.to));
        const message = /^@group /.test(move.why)
            ? `${move.why} is the ${move.feature} feature, but the class is in ${where}: it belongs in ${should} (or its @group is wrong)`
            : `belongs in ${should} (${move.why}), not in ${where}`;
        findings.push({
            file: move.from,
            line: /\.cls$/.test(move.from) ? lineOfGroup(move.from) : undefined,
            message
        });
    }
    // A class's -meta.xml goes where the class goes: one finding for the pair.
    const reported = new Set(findings.map((finding) => finding.file));
    const shown = findings.filter(
        (finding) => !(/-meta\.xml$/.test(finding.file) && reported.has(finding.file.replace(/-meta\.xml$/, '')))
    );
    shown.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const classes = entries.filter((entry) => entry.typeDir === 'classes' && entry.name.endsWith('.cls')).length;
    return {
        findings: shown,
        summary: `${entries.length} entr(ies) in ${features.features.length} feature folders, ${classes} class(es) by @group; ${moves.length} out of place, ${unmapped.length} unmapped`
    };
}

/** The line of a class's @group tag (1 when it has none). */
function lineOfGroup(file) {
    const text = readFileSync(file, 'utf8');
    const group = apexGroup(text);
    return group ? text.slice(0, text.indexOf(`@group ${group}`)).split('\n').length : 1;
}
