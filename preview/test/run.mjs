#!/usr/bin/env node
// `npm run test:browser`: one production build of the preview, served on 127.0.0.1 for the whole
// run, then every preview/test/*.test.mjs under node's test runner (real Chromium, one file at a
// time). The last line is `N passed, N failed`, counting test cases; .ci/run adds it to npm test's.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAMPLE_TODAY, requireChromium } from './helpers.mjs';

const TEST_DIR = path.dirname(fileURLToPath(import.meta.url));
/** The whole test run; a hung browser must not hang CI. */
const RUN_TIMEOUT_MS = 20 * 60 * 1000;
// Node applies it to each file as a whole too: pages.test.mjs opens every preview page (67, about 2 s
// each on a loaded 2-core machine), which passed 120 s once other work shared the machine.
const TEST_TIMEOUT_MS = 300 * 1000;

function closing(passed, failed) {
    process.stdout.write(`${passed} passed, ${failed} failed\n`);
    process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
}

function runTests(files, env) {
    const tapDir = mkdtempSync(path.join(os.tmpdir(), 'crm-adoption-tap-'));
    const tapFile = path.join(tapDir, 'results.tap');
    return new Promise((resolve) => {
        const child = spawn(
            process.execPath,
            [
                '--test',
                '--test-concurrency=1',
                `--test-timeout=${TEST_TIMEOUT_MS}`,
                '--test-reporter=spec',
                '--test-reporter-destination=stdout',
                '--test-reporter=tap',
                `--test-reporter-destination=${tapFile}`,
                ...files
            ],
            { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } }
        );
        const timer = setTimeout(() => {
            process.stdout.write(`browser tests: still running after ${RUN_TIMEOUT_MS / 60000} min, stopping them\n`);
            child.kill('SIGKILL');
        }, RUN_TIMEOUT_MS);
        child.on('close', (status) => {
            clearTimeout(timer);
            let tap = '';
            try {
                tap = readFileSync(tapFile, 'utf8');
            } catch {
                // No report: the runner died; counted as a failure below.
            }
            rmSync(tapDir, { recursive: true, force: true });
            const count = (name) => Number(new RegExp(`^# ${name} (\\d+)`, 'm').exec(tap)?.[1] ?? 0);
            resolve({ status, passed: count('pass'), failed: count('fail') + count('cancelled') });
        });
    });
}

async function main() {
    const started = performance.now();
    try {
        requireChromium();
    } catch (error) {
        process.stdout.write(`browser tests: ${error.message}\n`);
        closing(0, 1);
        return;
    }
    const { buildPreview } = await import('../build.mjs');
    const { startServer } = await import('../server.mjs');
    let built;
    try {
        built = await buildPreview({ mode: 'production', today: SAMPLE_TODAY, strictTypes: true });
    } catch (error) {
        process.stdout.write(`browser tests: the preview build failed:\n${error.message}\n`);
        closing(0, 1);
        return;
    }
    const server = await startServer({ dir: built.outDir, port: 0 });
    // `npm run test:browser -- challenges rep`: only the files whose names hold one of the words.
    const only = process.argv.slice(2);
    const files = readdirSync(TEST_DIR)
        .filter((name) => name.endsWith('.test.mjs'))
        .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
        .sort()
        .map((name) => path.join(TEST_DIR, name));
    const testsStarted = performance.now();
    let result;
    try {
        result = await runTests(files, { PREVIEW_URL: server.url });
    } finally {
        await server.close();
    }
    const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);
    process.stdout.write(
        `browser tests: build ${built.seconds.toFixed(1)} s, tests ${seconds(testsStarted)} s, total ${seconds(started)} s\n`
    );
    // A runner that exits non-zero without a failing case (a crash in a file's setup) still fails.
    const failed = result.failed + (result.status !== 0 && result.failed === 0 ? 1 : 0);
    closing(result.passed, failed);
}

await main();
