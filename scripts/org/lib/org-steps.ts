// The org life-cycle steps `npm run deploy` and `npm run org:create` share: check the CLI, resolve the
// target org, build, deploy, assign a permission set. Each prints the command it runs.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError, repoRoot, type Io } from './cli.js';
import { orgDisplay, parseSfJson, runSf, sfHint, sfVersion, type OrgDisplay } from './sf.js';

/** Prints a step: "==> Deploying (sf project deploy start ...)". */
export function announce(io: Io, message: string, command?: readonly string[]): void {
    io.stdout.write(`\n==> ${message}${command ? `\n    $ ${command.join(' ')}` : ''}\n`);
}

/** Checks that sf is installed; returns its version line. */
export async function checkCli(io: Io): Promise<string> {
    announce(io, 'Checking the Salesforce CLI', ['sf', '--version']);
    const version = await sfVersion(io);
    io.stdout.write(`    ${version}\n`);
    return version;
}

export interface TargetOrg {
    /** What to pass as --target-org: the alias or username given, else the default org's username. */
    target: string;
    display: OrgDisplay;
}

/** Resolves the org a command acts on and says which it is. */
export async function resolveTargetOrg(io: Io, targetOrg: string | undefined): Promise<TargetOrg> {
    const command = ['sf', 'org', 'display', ...(targetOrg ? ['--target-org', targetOrg] : []), '--json'];
    announce(io, `Checking the target org (${targetOrg ?? 'the sf default org'})`, command);
    const display = await orgDisplay(io, targetOrg);
    const target = targetOrg ?? display.username;
    if (!target) {
        throw new CliError('`sf org display` did not name the org: pass --target-org <alias>.');
    }
    io.stdout.write(
        `    ${display.username ?? target}${display.alias ? ` [${display.alias}]` : ''} at ${display.instanceUrl ?? 'unknown instance'}\n`
    );
    return { target, display };
}

/** `npm run build`: the TypeScript components emit the .js that deploys. */
export function build(io: Io): Promise<void> {
    announce(io, 'Building the components (TypeScript to the .js that deploys)', ['npm', 'run', 'build']);
    return new Promise((resolve, reject) => {
        const child = spawn('npm', ['run', 'build'], {
            cwd: repoRoot(),
            env: io.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            shell: process.platform === 'win32'
        });
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (chunk: string) => io.stdout.write(chunk));
        child.stderr.on('data', (chunk: string) => io.stderr.write(chunk));
        child.on('error', (error) => reject(new CliError(`Could not run \`npm run build\`: ${error.message}`)));
        child.on('close', (status) =>
            status === 0
                ? resolve()
                : reject(new CliError('`npm run build` failed (above): fix the TypeScript errors, then deploy again.'))
        );
    });
}

interface Unbuilt {
    bundle: string;
    problem: string;
}

/**
 * Refuses a tree whose components are not built (or built from older sources): the server would reject
 * a bundle without its .js only after the whole upload, with a message that does not say "build".
 * The rule is the offline "Deploy set" check's own (scripts/checks/deploy.mjs), called, not copied.
 */
export async function checkBuilt(io: Io, root: string = repoRoot()): Promise<void> {
    const check = pathToFileURL(path.join(repoRoot(), 'scripts', 'checks', 'deploy.mjs')).href;
    const { missingBuild } = (await import(check)) as { missingBuild: (root: string) => Unbuilt[] };
    const unbuilt = missingBuild(root);
    if (unbuilt.length > 0) {
        throw new CliError(
            `Not deploying: ${unbuilt.length} component(s) are not built:\n` +
                unbuilt.map((item) => `  ${item.bundle}: ${item.problem}`).join('\n') +
                '\nRun `npm run build` (or `npm run deploy` without --skip-build), then deploy again.'
        );
    }
    io.stdout.write('    every component has its built .js\n');
}

/** `sf project deploy start --source-dir force-app --target-org X`, with sf's own progress. */
export async function deploySource(io: Io, target: string): Promise<void> {
    await checkBuilt(io);
    const args = ['project', 'deploy', 'start', '--source-dir', 'force-app', '--target-org', target];
    announce(io, `Deploying force-app to ${target}`, ['sf', ...args]);
    const result = await runSf(args, { ...io, cwd: repoRoot() }, { echo: true });
    if (result.status !== 0) {
        const json = parseSfJson(result.stdout);
        const hint = sfHint(json?.name, `${result.stdout}\n${result.stderr}`);
        throw new CliError(
            `The deploy failed (sf exited with ${result.status}; its errors are above).${hint ? `\n${hint}` : ''}\n` +
                'Common causes: a component the org lacks (see the error lines), or Apex tests failing in a production org.'
        );
    }
}

/** Assigns a permission set to the org's user; an existing assignment counts as done. */
export async function assignPermissionSet(io: Io, target: string, name: string): Promise<'assigned' | 'already'> {
    const args = ['org', 'assign', 'permset', '--name', name, '--target-org', target];
    announce(io, `Assigning the ${name} permission set to the org's user`, ['sf', ...args]);
    const result = await runSf([...args, '--json'], io);
    const json = parseSfJson<{
        successes?: { name: string; value: string }[];
        failures?: { name: string; message: string }[];
    }>(result.stdout);
    const failures = json?.result?.failures ?? [];
    if (result.status === 0 && !failures.length) {
        io.stdout.write(`    ${name} assigned.\n`);
        return 'assigned';
    }
    const messages = failures.length
        ? failures.map((failure) => failure.message)
        : [json?.message ?? result.stderr.trim()];
    if (messages.length && messages.every((message) => /Duplicate PermissionSetAssignment/i.test(message))) {
        io.stdout.write(`    ${name} was already assigned.\n`);
        return 'already';
    }
    throw new CliError(
        `Assigning ${name} failed: ${messages.join('; ') || `sf exited with ${result.status}`}` +
            (/not found/i.test(messages.join(' ')) ? '\nIs the package deployed? Run the deploy first.' : '')
    );
}
