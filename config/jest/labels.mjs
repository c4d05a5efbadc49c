// jest globalSetup: every custom label answers with its real text, as the platform and the preview
// answer it (preview/data/metadata.mjs reads the same labels file), so a test asserts what users read.
// One module per label in .cache/jest-labels/, which jest.config.js maps `@salesforce/label/c.<Name>`
// to; a test may still replace a label with jest.mock when it needs other text. A label missing from
// the labels file is no module here: the import falls back to 'c.<Name>' and the metadata check fails.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, readLabels } from '../../preview/data/metadata.mjs';

export const LABELS_DIR = path.join(REPO_ROOT, '.cache', 'jest-labels');

export default function writeLabelModules() {
    mkdirSync(LABELS_DIR, { recursive: true });
    const labels = readLabels();
    const wanted = new Set();
    for (const [name, value] of labels) {
        const file = path.join(LABELS_DIR, `${name}.js`);
        const text = `module.exports = { __esModule: true, default: ${JSON.stringify(value)} };\n`;
        wanted.add(`${name}.js`);
        let current;
        try {
            current = readFileSync(file, 'utf8');
        } catch {
            current = undefined;
        }
        // Unchanged files keep their time stamps, so jest's transform cache stays warm.
        if (current !== text) {
            writeFileSync(file, text);
        }
    }
    // A label removed from the file is removed here too, so a test cannot pass on a stale one.
    for (const file of readdirSync(LABELS_DIR)) {
        if (!wanted.has(file)) {
            rmSync(path.join(LABELS_DIR, file));
        }
    }
}
