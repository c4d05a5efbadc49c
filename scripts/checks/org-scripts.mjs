// The org scripts (scripts/org/**/*.ts): tsc over scripts/tsconfig.json, strict, emitting into
// .cache/build/ what `npm run deploy|doctor|...` and the org script tests run.
import { REPO_ROOT } from './lib.mjs';
import { parse } from './typescript.mjs';
import { buildScripts } from '../org/build.mjs';

export function checkOrgScripts({ root = REPO_ROOT } = {}) {
    const result = buildScripts({ force: true });
    const findings = result.ok ? [] : parse(result.output, root);
    if (!result.ok && findings.length === 0) {
        findings.push({ file: 'scripts/tsconfig.json', message: result.output || 'tsc failed' });
    }
    return { findings, summary: `${findings.length} type error(s)` };
}
