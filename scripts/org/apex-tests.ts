// `npm run test:apex`: runs the org's local Apex tests with code coverage through the sf CLI, reads its
// JSON, and fails when a test fails or org-wide coverage is under the minimum (90%), listing each
// class and trigger of this package under it.
import path from 'node:path';
import { typeFiles } from '../checks/source.mjs';
import {
    checkInteger,
    CliError,
    processIo,
    repoRoot,
    runCommand,
    stringOption,
    targetOrgOf,
    type Command,
    type Io
} from './lib/cli.js';
import { announce, checkCli, resolveTargetOrg } from './lib/org-steps.js';
import { parseSfJson, runSf, sfHint } from './lib/sf.js';

const HELP = `Usage: npm run test:apex -- [--target-org <alias>] [--min-coverage <percent>] [--wait <minutes>]

Runs the Apex tests in the target org with code coverage and checks the result:
  sf apex run test --code-coverage --result-format json --wait 30 --test-level RunLocalTests --target-org <org>
Fails when a test fails or org-wide coverage is under the minimum; lists every class and trigger of
this package (force-app) whose coverage is under it, and every failing test with its message.

Options:
  -o, --target-org <alias>   the org (alias or username); default: SF_TARGET_ORG, then the sf CLI's
                             default org
  --min-coverage <percent>   the org-wide minimum, 0 to 100. Default: 90
  --wait <minutes>           how long sf waits for the run, 1 to 240. Default: 30
  -h, --help                 this text

Exit code: 0 every test passed and coverage is at least the minimum, 1 otherwise (or the run could
not start), 2 bad arguments.`;

interface Args {
    targetOrg: string | undefined;
    minCoverage: number;
    wait: number;
}

/** The parts of `sf apex run test --result-format json` this script reads (plugin-apex RunResult). */
interface RunResult {
    summary?: {
        outcome?: string;
        testsRan?: number;
        passing?: number;
        failing?: number;
        skipped?: number;
        testExecutionTime?: string;
        orgWideCoverage?: string;
        testRunId?: string;
    };
    tests?: { FullName?: string; Outcome?: string; Message?: string | null; StackTrace?: string | null }[];
    coverage?: {
        coverage?: { name: string; totalLines: number; totalCovered: number; coveredPercent: number }[];
        summary?: { orgWideCoverage?: string };
    };
}

function packageCode(): Set<string> {
    // Classes and their tests sit in different feature folders (force-app/main, force-app/tests).
    const names = new Set<string>();
    for (const [dir, suffix] of [
        ['classes', '.cls'],
        ['triggers', '.trigger']
    ] as const) {
        typeFiles(repoRoot(), dir, (name) => name.endsWith(suffix)).forEach((file) =>
            names.add(path.basename(file).slice(0, -suffix.length).toLowerCase())
        );
    }
    return names;
}

function percent(value: string | undefined): number | undefined {
    if (value === undefined || value === null) {
        return undefined;
    }
    const number = Number.parseFloat(String(value).replace('%', ''));
    return Number.isFinite(number) ? number : undefined;
}

/** Prints the result; returns the exit code. */
export function report(result: RunResult, minCoverage: number, io: Io): number {
    const summary = result.summary ?? {};
    const failures = (result.tests ?? []).filter((test) => test.Outcome === 'Fail' || test.Outcome === 'CompileFail');
    io.stdout.write(
        `\nApex tests: ${summary.outcome ?? 'unknown outcome'}, ${summary.testsRan ?? 0} ran, ${summary.passing ?? 0} passed, ` +
            `${summary.failing ?? failures.length} failed, ${summary.skipped ?? 0} skipped${summary.testExecutionTime ? ` (${summary.testExecutionTime})` : ''}\n`
    );
    const orgWide = percent(summary.orgWideCoverage ?? result.coverage?.summary?.orgWideCoverage);
    io.stdout.write(
        orgWide === undefined
            ? 'Org-wide coverage: not in the result\n'
            : `Org-wide coverage: ${orgWide}% (minimum ${minCoverage}%)\n`
    );
    const ours = packageCode();
    const classes = result.coverage?.coverage ?? [];
    const under = classes
        .filter((item) => item.totalLines > 0 && item.coveredPercent < minCoverage)
        .sort((a, b) => a.coveredPercent - b.coveredPercent || a.name.localeCompare(b.name));
    const ourUnder = under.filter((item) => ours.has(item.name.toLowerCase()));
    if (ourUnder.length) {
        io.stdout.write(`Package classes and triggers under ${minCoverage}%:\n`);
        const width = Math.max(...ourUnder.map((item) => item.name.length));
        for (const item of ourUnder) {
            io.stdout.write(
                `  ${item.name.padEnd(width)}  ${String(item.coveredPercent).padStart(3)}%  (${item.totalCovered} of ${item.totalLines} lines)\n`
            );
        }
    } else if (classes.length) {
        io.stdout.write(`Every package class and trigger is at ${minCoverage}% or more.\n`);
    }
    if (under.length > ourUnder.length) {
        io.stdout.write(
            `(${under.length - ourUnder.length} other class(es) in the org are under ${minCoverage}%; they count in the org-wide figure.)\n`
        );
    }
    if (failures.length) {
        io.stdout.write('Failing tests:\n');
        for (const test of failures) {
            io.stdout.write(`  ${test.FullName ?? 'unknown test'}: ${(test.Message ?? '').trim()}\n`);
            if (test.StackTrace) {
                io.stdout.write(
                    `${test.StackTrace.trim()
                        .split('\n')
                        .map((frame) => `      ${frame}`)
                        .join('\n')}\n`
                );
            }
        }
    }
    const problems: string[] = [];
    if (failures.length || (summary.failing ?? 0) > 0) {
        problems.push(`${failures.length || summary.failing} test(s) failed`);
    }
    if (orgWide === undefined) {
        problems.push('the result has no org-wide coverage (did the run use --code-coverage?)');
    } else if (orgWide < minCoverage) {
        problems.push(`org-wide coverage ${orgWide}% is under ${minCoverage}%: add tests for the classes listed above`);
    }
    if (problems.length) {
        io.stderr.write(`test:apex: ${problems.join('; ')}.\n`);
        return 1;
    }
    io.stdout.write('All Apex tests pass and coverage meets the minimum.\n');
    return 0;
}

export const command: Command<Args> = {
    name: 'test:apex',
    help: HELP,
    options: {
        'target-org': { type: 'string', short: 'o' },
        'min-coverage': { type: 'string' },
        wait: { type: 'string', short: 'w' }
    },
    validate: (values, io) => {
        const min = stringOption(values, 'min-coverage');
        const wait = stringOption(values, 'wait');
        return {
            targetOrg: targetOrgOf(values, io),
            minCoverage: min === undefined ? 90 : checkInteger(min, '--min-coverage', 0, 100),
            wait: wait === undefined ? 30 : checkInteger(wait, '--wait', 1, 240)
        };
    },
    run: async (args, io) => {
        await checkCli(io);
        const org = await resolveTargetOrg(io, args.targetOrg);
        const sfArgs = [
            'apex',
            'run',
            'test',
            '--code-coverage',
            '--result-format',
            'json',
            '--wait',
            String(args.wait),
            '--test-level',
            'RunLocalTests',
            '--target-org',
            org.target
        ];
        announce(io, `Running the Apex tests in ${org.target} (up to ${args.wait} minutes)`, ['sf', ...sfArgs]);
        const run = await runSf(sfArgs, io);
        const json = parseSfJson<RunResult>(run.stdout);
        const result = (json?.result ?? json) as RunResult | undefined;
        if (!result?.summary) {
            const message = json?.message ?? (run.stderr || run.stdout).trim().slice(0, 2000);
            const hint = sfHint(json?.name, message);
            throw new CliError(
                `The Apex test run did not produce a result (sf exited with ${run.status}): ${message || 'no output'}${hint ? `\n${hint}` : ''}`
            );
        }
        return report(result, args.minCoverage, io);
    }
};

export function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
    return runCommand(command, argv, io);
}
