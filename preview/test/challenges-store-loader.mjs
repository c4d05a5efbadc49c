// The challenges' stand-in (preview/apex/challengesStore.ts) as a Node module, for tests that call its
// answers without a browser: bundled with the preview's own plugins (real labels, the sample data
// given, the emitted c/adoptionCore) and a stand-in page, `page`, whose user and custom permissions
// the test sets before each call. The store reads the sample through its own copy,
// globalThis.__challengesTestData, which tests may change (settings) and put back.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { REPO_ROOT } from '../data/metadata.mjs';
import { findBundle } from '../../scripts/checks/source.mjs';
import { platformModules } from '../plugins/platform.mjs';
import { compileTypeScript } from '../plugins/typescript.mjs';

const PREVIEW_DIR = path.join(REPO_ROOT, 'preview');
const CORE_JS = path.join(findBundle(REPO_ROOT, 'adoptionCore') ?? REPO_ROOT, 'adoptionCore.js');

/**
 * loadChallengesStore({ demo, labels, page }): the store's module. `demo` is generateDemo's sample,
 * `labels` readLabels()'s map, `page` the object the store reads as preview/runtime/context's page
 * ({ userId, userName, customPermissions }).
 */
export async function loadChallengesStore({ demo, labels, page }) {
    assert.ok(existsSync(CORE_JS), 'run `npm run build` first: the store uses the emitted adoptionCore.js');
    globalThis.__challengesTestPage = page;
    const stubs = {
        name: 'challenges-test-stubs',
        resolveId(source, importer) {
            if (source === '\0test-entry') {
                return source;
            }
            if (source === 'c/adoptionCore') {
                return CORE_JS;
            }
            if (source === '../runtime/context') {
                return '\0test-context';
            }
            if (source === '../runtime/demo') {
                return '\0test-demo';
            }
            // The preview's own relative imports are .ts; adoptionCore.js's (./calendar) are its emitted .js.
            if (source.startsWith('.') && importer && !importer.startsWith('\0') && importer.startsWith(PREVIEW_DIR)) {
                const file = path.resolve(path.dirname(importer), source);
                return existsSync(`${file}.ts`) ? `${file}.ts` : null;
            }
            return null;
        },
        load(id) {
            if (id === '\0test-entry') {
                // The store, and the page user's hide-from-boards choice (privacyStore) the store reads.
                const apex = path.join(PREVIEW_DIR, 'apex');
                return [
                    `export * from ${JSON.stringify(path.join(apex, 'challengesStore.ts'))};`,
                    `export { setHideFromBoards } from ${JSON.stringify(path.join(apex, 'privacyStore.ts'))};`
                ].join('\n');
            }
            if (id === '\0test-context') {
                return 'export const page = globalThis.__challengesTestPage;';
            }
            if (id === '\0test-demo') {
                // The store's own copy of the sample, for tests that change its settings.
                return "import data from 'preview:demo';\nglobalThis.__challengesTestData = data;\nexport const demoData = async () => data;";
            }
            return null;
        }
    };
    const build = await rollup({
        input: '\0test-entry',
        onwarn: () => {},
        plugins: [
            stubs,
            compileTypeScript({
                root: PREVIEW_DIR,
                forceApp: path.join(REPO_ROOT, 'force-app'),
                tsconfig: path.join(PREVIEW_DIR, 'tsconfig.json')
            }),
            platformModules({
                root: REPO_ROOT,
                previewDir: PREVIEW_DIR,
                labels,
                entries: new Map(),
                demo: async () => demo,
                benchmark: async () => ({})
            })
        ]
    });
    const { output } = await build.generate({ format: 'es' });
    await build.close();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'challenges-store-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'store.mjs');
    writeFileSync(file, output[0].code);
    return import(pathToFileURL(file).href);
}
