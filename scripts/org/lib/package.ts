// The package as this repository defines it (force-app, wherever each type folder sits in it):
// objects with their custom fields, triggers and permission sets. The scripts compare the org with it
// and write only fields it has.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { typeEntries, typeFiles } from '../../checks/source.mjs';
import { repoRoot } from './cli.js';

export interface PackageShape {
    /** Object API name -> its custom field API names (from objects/<object>/fields). */
    objects: Map<string, string[]>;
    triggers: string[];
    permissionSets: string[];
}

function list(dir: string, suffix: string): string[] {
    return existsSync(dir)
        ? readdirSync(dir)
              .filter((name) => name.endsWith(suffix))
              .map((name) => (suffix ? name.slice(0, -suffix.length) : name))
              .sort()
        : [];
}

/** The names of the files of a type folder with `suffix`, without it, sorted. */
function names(root: string, typeDir: string, suffix: string): string[] {
    return typeFiles(root, typeDir, (name) => name.endsWith(suffix))
        .map((file) => path.basename(file).slice(0, -suffix.length))
        .sort();
}

/** Reads the package's shape from the repository. */
export function packageShape(root: string = repoRoot()): PackageShape {
    const objects = new Map<string, string[]>();
    for (const dir of typeEntries(root, 'objects')) {
        const name = path.basename(dir);
        if (name.startsWith('Adoption_')) {
            objects.set(name, list(path.join(dir, 'fields'), '.field-meta.xml'));
        }
    }
    return {
        objects: new Map([...objects].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
        triggers: names(root, 'triggers', '.trigger'),
        permissionSets: names(root, 'permissionsets', '.permissionset-meta.xml').filter((name) =>
            name.startsWith('Adoption_')
        )
    };
}
