// The package's own files for the component tests, found the way the scripts find them
// (scripts/checks/source.mjs): a metadata type's folder sits anywhere inside a package directory of
// sfdx-project.json (force-app/main/<feature>/staticresources/...), so a test names the type folder
// and the file, never a path relative to its own bundle.
import { existsSync, readdirSync, readFileSync } from 'fs';
import { basename, join } from 'path';

/** The repository root (config/jest/utils is three levels down). */
export const REPO_ROOT = join(__dirname, '..', '..', '..');

/** The package directories of sfdx-project.json, absolute ('force-app' when it names none). */
export function packageRoots(): string[] {
    return packageDirs().map((dir) => join(REPO_ROOT, dir));
}

function packageDirs(): string[] {
    const project = JSON.parse(readFileSync(join(REPO_ROOT, 'sfdx-project.json'), 'utf8')) as {
        packageDirectories?: { path?: string }[];
    };
    const dirs = (project.packageDirectories ?? []).map((entry) => entry.path ?? '').filter(Boolean);
    return dirs.length ? dirs : ['force-app'];
}

function typeDirs(dir: string, typeDir: string, found: string[]): string[] {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === '__tests__') {
            continue;
        }
        const full = join(dir, entry.name);
        if (entry.name === typeDir) {
            found.push(full);
        } else {
            typeDirs(full, typeDir, found);
        }
    }
    return found;
}

/**
 * packageFile: the file `name` in a `typeDir` folder of the package (packageFile('staticresources',
 * 'AdoptionCoreCases.json'), packageFile('labels', 'CustomLabels.labels-meta.xml')). Throws naming
 * what is missing, so a moved or renamed file fails the test that reads it with a clear message.
 */
export function packageFile(typeDir: string, name: string): string {
    const dirs = packageRoots().flatMap((dir) => typeDirs(dir, typeDir, []));
    const file = dirs.map((dir) => join(dir, name)).find((candidate) => existsSync(candidate));
    if (!file) {
        throw new Error(
            `${typeDir}/${name} is in no ${typeDir} folder of ${packageDirs().join(', ')} (${dirs.map((dir) => basename(dir)).length} searched)`
        );
    }
    return file;
}

/**
 * bundleDir: the folder of LWC bundle `name`, wherever its lwc/ folder is (bundleDir('challengeDetail')),
 * so a test that reads another bundle's template does not depend on the two sharing a feature folder.
 */
export function bundleDir(name: string): string {
    const dirs = packageRoots().flatMap((dir) => typeDirs(dir, 'lwc', []));
    const bundle = dirs.map((dir) => join(dir, name)).find((candidate) => existsSync(candidate));
    if (!bundle) {
        throw new Error(`no lwc/${name} bundle in ${packageDirs().join(', ')}`);
    }
    return bundle;
}
