// A size budget for the components: no TypeScript module under lwc/ (a component's main file or a
// module beside it; tests excluded) over MAX_LINES lines. A file past the budget is split along its
// seams: the labels into `<name>Labels.ts`, the DTO-to-screen functions into `<name>Screen.ts`, a
// section of the page into a child component (README, "Components"). A budget that only holds while
// nobody looks is no budget, so npm test holds it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, bundleModules, lwcBundles } from './lib.mjs';

export const MAX_LINES = 400;

/**
 * Files allowed over the budget for now, each with the reason. An entry whose file is back within the
 * budget (or gone) fails the check too, so an exemption is removed as soon as it is no longer needed.
 */
export const EXEMPT = {};

function lineCount(file) {
    const text = readFileSync(file, 'utf8');
    return text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** Checks every TypeScript module of every bundle under `root` against the budget. */
export function checkLwcSize({ root = REPO_ROOT, exempt = EXEMPT } = {}) {
    const findings = [];
    const seen = new Set();
    let modules = 0;
    let largest = 0;
    for (const bundle of lwcBundles(root)) {
        for (const file of bundleModules(bundle)) {
            const key = `${path.basename(bundle)}/${path.basename(file)}`;
            const lines = lineCount(file);
            modules++;
            if (key in exempt) {
                seen.add(key);
                if (lines <= MAX_LINES) {
                    findings.push({
                        file,
                        message: `${lines} lines, within the ${MAX_LINES}-line budget: remove its exemption from scripts/checks/lwc-size.mjs`
                    });
                }
                continue;
            }
            largest = Math.max(largest, lines);
            if (lines > MAX_LINES) {
                findings.push({
                    file,
                    line: MAX_LINES + 1,
                    message: `${lines} lines, over the ${MAX_LINES}-line budget: move the labels into ${path.basename(bundle)}Labels.ts, the DTO-to-screen functions into ${path.basename(bundle)}Screen.ts, or a section into a child component`
                });
            }
        }
    }
    for (const key of Object.keys(exempt).filter((name) => !seen.has(name))) {
        findings.push({
            file: 'scripts/checks/lwc-size.mjs',
            message: `${key} is exempt but no longer exists: remove its exemption`
        });
    }
    return {
        findings,
        summary: `${modules} module(s), the largest not exempt ${largest} lines (budget ${MAX_LINES}), ${Object.keys(exempt).length} exempt`
    };
}
