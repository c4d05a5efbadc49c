#!/usr/bin/env node
// `npm run deploy|org:create|test:apex|seed-demo|weekly-report|doctor`: compiles the TypeScript in
// scripts/org when it changed, then runs the one script with the arguments after `--`.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildScripts, compiledPath } from './build.mjs';

const SCRIPTS = {
    deploy: 'deploy',
    'org-create': 'org:create',
    'apex-tests': 'test:apex',
    'seed-demo': 'seed-demo',
    'weekly-report': 'weekly-report',
    doctor: 'doctor'
};

const [name, ...args] = process.argv.slice(2);
if (!name || !(name in SCRIPTS)) {
    process.stderr.write(`usage: node scripts/org/run.mjs <${Object.keys(SCRIPTS).join('|')}> [options]\n`);
    process.exit(2);
}

const build = buildScripts({
    onCompile: () =>
        process.stderr.write('Compiling the org scripts (scripts/org, TypeScript): first run or changed sources...\n')
});
if (!build.ok) {
    process.stderr.write(`${build.output}\n`);
    process.stderr.write(
        `npm run ${SCRIPTS[name]}: the TypeScript in scripts/org does not compile (errors above); fix them, or run \`npm test\` for the full report.\n`
    );
    process.exit(1);
}

const module = await import(pathToFileURL(compiledPath(path.join('scripts', 'org', `${name}.ts`))).href);
const main = module.main ?? module.default?.main;
process.exitCode = await main(args);
