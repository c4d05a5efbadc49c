// The package's deployable components as the sf CLI resolves them: @salesforce/source-deploy-retrieve
// (the CLI's own library) walks the package directories of sfdx-project.json, wherever the files sit
// inside them, applies .forceignore, and lists what `sf project convert source` writes into
// package.xml. The check fails on what would stop that resolution, and so every deploy, before an
// org is asked: a component folder whose metadata file .forceignore hides (UnexpectedForceIgnore),
// a labels file whose <labels> block holds two labels, two components of one name.
// `npm run manifest` prints the list (scripts/manifest.mjs).
import path from 'node:path';
import { ComponentSet } from '@salesforce/source-deploy-retrieve';
import { REPO_ROOT } from './lib.mjs';
import { packageDirs } from './source.mjs';

/**
 * The package's components as sorted `Type:Name` lines, children on their own lines
 * (CustomField:Obj__c.Field__c, CustomLabel:Name). Throws what source-deploy-retrieve throws.
 * @param {string} [root]
 * @returns {Promise<string[]>}
 */
export async function manifest(root = REPO_ROOT) {
    root = path.resolve(root);
    const set = ComponentSet.fromSource({ fsPaths: packageDirs(root).map((dir) => path.join(root, dir)) });
    const pkg = await set.getObject();
    return pkg.Package.types.flatMap((type) => type.members.map((member) => `${type.name}:${member}`)).sort();
}

/**
 * What differs between two lists: { missing: in `before` only, added: in `after` only }.
 * @param {string[]} before
 * @param {string[]} after
 */
export function compareManifests(before, after) {
    const was = new Set(before);
    const now = new Set(after);
    return { missing: before.filter((line) => !now.has(line)), added: after.filter((line) => !was.has(line)) };
}

/** The check: the package resolves as the CLI resolves it. */
export async function checkManifest({ root = REPO_ROOT } = {}) {
    root = path.resolve(root);
    try {
        const lines = await manifest(root);
        const types = new Set(lines.map((line) => line.split(':')[0]));
        return { findings: [], summary: `${lines.length} component(s) of ${types.size} type(s) resolved` };
    } catch (error) {
        // The library names the file in its message; the finding leads with the path it names.
        const message = String(error.message ?? error)
            .split(root + path.sep)
            .join('');
        const file = /(\S+?\.[\w-]+?-meta\.xml)\b/.exec(message)?.[1] ?? packageDirs(root)[0];
        return {
            findings: [{ file, message: `${error.name ?? 'Error'}: ${message}` }],
            summary: 'the package does not resolve'
        };
    }
}
