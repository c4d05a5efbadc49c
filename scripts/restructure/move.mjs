#!/usr/bin/env node
// Moves every component of force-app into its feature folder (scripts/restructure/features.json):
//   force-app/main/<feature>/<type folder>/...   and   force-app/tests/<feature>/classes/...
//
//   node scripts/restructure/move.mjs --dry-run   list the moves and what cannot be mapped
//   node scripts/restructure/move.mjs             move (git mv), then check the manifest is unchanged
//
// Safe to run again at any time, e.g. after merging branches that added classes or components in
// the old place: what is already in its folder is left alone, so a second run moves nothing. A file
// a branch added inside a folder that has moved since (a field of an object, a module or test of a
// bundle, a field translation) joins the moved folder; tsc's .js left in the old folder without its
// .ts (a merge into a built worktree) is removed, as `npm run build` emits it again. To merge a
// branch that began before the move:
//   git -c merge.directoryRenames=false merge <branch>   edits follow the renamed files; new files
//                                                         stay where the branch put them
//   node scripts/restructure/move.mjs --dry-run          lists the new files' moves (and anything unmapped)
//   node scripts/restructure/move.mjs                    moves them (git mv), manifest checked
// (with git's default, merge.directoryRenames=conflict, a new file lands in the folder most of its
// old folder's files went to, with a "CONFLICT (file location)" to git add; the move then puts it
// where features.json says.)
// It moves nothing at all while any component cannot be mapped: it lists each one with what to add
// to features.json (an Apex class needs only its @group tag). The moves are staged (git mv) and nothing
// else is: the generated tsconfig paths it rewrites afterwards stay unstaged, so
//   git commit -m "Move every component into its feature folder (mechanical ...)"
// commits the renames alone, and `git commit -am "..."` the regenerated paths after it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, rmdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareManifests, manifest } from '../checks/manifest.mjs';
import { packageDirs, relativePath } from '../checks/source.mjs';
import { AREAS, DEFAULT_FOLDER, planMoves } from './features.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function git(args, root) {
    const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) {
        throw new Error(`git ${args.join(' ')}: ${(result.stderr || result.stdout).trim()}`);
    }
    return result.stdout;
}

function tracked(root, file) {
    return spawnSync('git', ['ls-files', '--error-unmatch', relativePath(root, file)], { cwd: root }).status === 0;
}

/**
 * tsc's output left in the old folder without its source: a \`name.js\` git ignores whose \`name.ts\`
 * is no longer beside it. A merge of the move into a worktree that had run \`npm run build\` moves
 * the tracked .ts and leaves the ignored .js behind; \`npm run build\` emits it again in the new place.
 * Absolute paths; none outside a git work tree.
 */
export function staleBuildOutput(root) {
    const dirs = packageDirs(root)
        .map((pkg) => `${pkg}/${AREAS.main}/${DEFAULT_FOLDER}`)
        .filter((dir) => existsSync(path.join(root, dir)));
    if (dirs.length === 0) {
        return [];
    }
    const listed = spawnSync('git', ['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--', ...dirs], {
        cwd: root,
        encoding: 'utf8'
    });
    if (listed.status !== 0) {
        return [];
    }
    return listed.stdout
        .split('\0')
        .filter((file) => file.endsWith('.js') && file.split('/').includes('lwc'))
        .map((file) => path.join(root, file))
        .filter((file) => !existsSync(file.replace(/\.js$/, '.ts')));
}

/** Removes folders left empty by the moves (git tracks no folders). */
function removeEmptyFolders(dir) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
        return;
    }
    for (const name of readdirSync(dir)) {
        removeEmptyFolders(path.join(dir, name));
    }
    if (readdirSync(dir).length === 0) {
        rmdirSync(dir);
    }
}

/**
 * Plans and (unless dryRun) carries out the moves under `root`. Returns
 * { moves, unmapped, before, after } (manifests as line counts; after only when moved).
 */
export async function restructure({
    root = REPO_ROOT,
    dryRun = false,
    log = (line) => process.stdout.write(`${line}\n`)
} = {}) {
    const stale = staleBuildOutput(root);
    for (const file of stale) {
        if (dryRun) {
            log(
                `would remove ${relativePath(root, file)} (tsc output whose .ts has moved; npm run build emits it again)`
            );
        } else {
            rmSync(file);
            log(`removed ${relativePath(root, file)} (tsc output whose .ts has moved; npm run build emits it again)`);
        }
    }
    if (stale.length && !dryRun) {
        for (const pkg of packageDirs(root)) {
            removeEmptyFolders(path.join(root, pkg));
        }
    }
    const { moves, unmapped } = planMoves(root, undefined, { exclude: new Set(stale) });
    for (const { file, reason } of unmapped) {
        log(`cannot map ${relativePath(root, file)}: ${reason}`);
    }
    for (const move of moves) {
        log(
            `${dryRun || unmapped.length ? 'would move' : 'move'} ${relativePath(root, move.from)} -> ${relativePath(root, move.to)} (${move.why})`
        );
    }
    if (unmapped.length || dryRun || moves.length === 0) {
        log(
            unmapped.length
                ? `${unmapped.length} item(s) cannot be mapped: nothing moved. Add them to scripts/restructure/features.json (or give the class its @group) and run again.`
                : moves.length === 0
                  ? 'Every component is in its feature folder: nothing to move.'
                  : `${moves.length} move(s) planned (dry run: nothing moved).`
        );
        return { moves, unmapped };
    }
    const before = await manifest(root);
    for (const move of moves) {
        mkdirSync(path.dirname(move.to), { recursive: true });
        if (tracked(root, move.from)) {
            git(['mv', relativePath(root, move.from), relativePath(root, move.to)], root);
        } else {
            // Not in git (a file created and not yet added): moved on disk, left for the author to add.
            renameSync(move.from, move.to);
            log(`moved ${relativePath(root, move.from)} on disk only: it is not tracked by git`);
        }
    }
    for (const pkg of packageDirs(root)) {
        removeEmptyFolders(path.join(root, pkg));
    }
    const after = await manifest(root);
    const { missing, added } = compareManifests(before, after);
    for (const line of missing) {
        log(`manifest lost ${line}`);
    }
    for (const line of added) {
        log(`manifest gained ${line}`);
    }
    if (missing.length || added.length) {
        throw new Error(
            `The deployable components changed in the move (${before.length} before, ${after.length} after): see above.`
        );
    }
    log(`${moves.length} move(s) staged; manifest identical before and after: ${after.length} component(s).`);
    return { moves, unmapped, before: before.length, after: after.length };
}

/** The generated tsconfig paths follow the bundles (unstaged: a commit of their own). */
async function regeneratePaths() {
    const { syncPaths } = await import('../checks/typescript.mjs');
    const { syncScriptPaths } = await import('../org/build.mjs');
    const { syncPreviewTsconfig } = await import('../../preview/build.mjs');
    syncPaths();
    syncScriptPaths();
    syncPreviewTsconfig();
}

async function main(args) {
    if (args.includes('--help')) {
        process.stdout.write(`${readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport ')[0]}\n`);
        return 0;
    }
    const dryRun = args.includes('--dry-run');
    const { moves, unmapped } = await restructure({ dryRun });
    if (unmapped.length) {
        return 1;
    }
    if (!dryRun && moves.length) {
        await regeneratePaths();
        process.stdout.write(
            [
                'Next:',
                '  git commit -m "Move ... into the feature folders (mechanical: renames only; manifest identical)"',
                '  git commit -am "Generated tsconfig paths follow the moved bundles"   (if git status shows them)',
                '  npm test && npm run test:browser'
            ].join('\n') + '\n'
        );
    }
    return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    main(process.argv.slice(2)).then(
        (code) => {
            process.exitCode = code;
        },
        (error) => {
            process.stderr.write(`${error.message}\n`);
            process.exitCode = 1;
        }
    );
}
