// The package as this repository defines it (force-app/main/default): objects with their custom
// fields, triggers and permission sets. The scripts compare the org with it and write only fields it has.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
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

/** Reads the package's shape from the repository. */
export function packageShape(root: string = repoRoot()): PackageShape {
    const base = path.join(root, 'force-app', 'main', 'default');
    const objects = new Map<string, string[]>();
    for (const name of list(path.join(base, 'objects'), '')) {
        if (name.startsWith('Adoption_')) {
            objects.set(name, list(path.join(base, 'objects', name, 'fields'), '.field-meta.xml'));
        }
    }
    return {
        objects,
        triggers: list(path.join(base, 'triggers'), '.trigger'),
        permissionSets: list(path.join(base, 'permissionsets'), '.permissionset-meta.xml').filter((name) =>
            name.startsWith('Adoption_')
        )
    };
}
