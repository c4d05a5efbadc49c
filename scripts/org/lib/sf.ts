// Running the Salesforce CLI (`sf`): found on PATH, never a dependency of this project (it needs
// Node.js 22+, the project's checks run on Node 20). Output is streamed through the script's own
// streams, so a test can run a fake `sf` and read everything.
import { spawn } from 'node:child_process';
import { CliError, type Io } from './cli.js';

export const SF_MISSING =
    'The Salesforce CLI (`sf`) was not found on PATH. Install it with the installer from ' +
    'https://developer.salesforce.com/tools/salesforcecli (it brings its own Node.js), or with ' +
    '`npm install --global @salesforce/cli` on Node.js 22 or later (check with `node --version`). ' +
    'Then log in: `sf org login web --alias adoption`.';

export interface SfRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

export interface SfOptions {
    /** Stream the command's output to the script's stdout/stderr as it arrives. */
    echo?: boolean;
}

/** Runs `sf <args>`; resolves with its output; throws CliError (SF_MISSING) when sf is not installed. */
export function runSf(args: readonly string[], io: Io, options: SfOptions = {}): Promise<SfRun> {
    return new Promise((resolve, reject) => {
        const child = spawn('sf', [...args], {
            cwd: io.cwd,
            env: io.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            shell: process.platform === 'win32'
        });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (chunk: string) => {
            stdout += chunk;
            if (options.echo) {
                io.stdout.write(chunk);
            }
        });
        child.stderr.on('data', (chunk: string) => {
            stderr += chunk;
            if (options.echo) {
                io.stderr.write(chunk);
            }
        });
        child.on('error', (error: NodeJS.ErrnoException) => {
            reject(error.code === 'ENOENT' ? new CliError(SF_MISSING) : error);
        });
        child.on('close', (status) => {
            if (process.platform === 'win32' && status === 1 && /is not recognized/.test(stderr)) {
                reject(new CliError(SF_MISSING));
                return;
            }
            resolve({ status, stdout, stderr });
        });
    });
}

/** `sf --version`: the first line, e.g. '@salesforce/cli/2.110.22 linux-x64 node-v22.12.0'. */
export async function sfVersion(io: Io): Promise<string> {
    const result = await runSf(['--version'], io);
    if (result.status !== 0) {
        throw new CliError(
            `\`sf --version\` failed: ${(result.stderr || result.stdout).trim().slice(0, 500)}\n${SF_MISSING}`
        );
    }
    return result.stdout.trim().split('\n')[0] ?? '';
}

/** The JSON sf prints with --json: { status, result } on success, { status, name, message } on failure. */
export interface SfJson<T> {
    status?: number;
    result?: T;
    name?: string;
    message?: string;
    actions?: string[];
}

/** Parses the JSON object in sf's stdout (ignoring anything printed before it). */
export function parseSfJson<T>(stdout: string): SfJson<T> | undefined {
    const start = stdout.indexOf('{');
    if (start < 0) {
        return undefined;
    }
    try {
        // eslint-disable-next-line no-control-regex
        return JSON.parse(stdout.slice(start).replace(/\u001b\[[0-9;]*m/g, '')) as SfJson<T>;
    } catch {
        return undefined;
    }
}

/** What to do about the errors sf reports most often. */
export function sfHint(name: string | undefined, message: string): string {
    if (name === 'NoDefaultEnvError' || /No default (environment|org|username)/i.test(message)) {
        return 'No org chosen: pass --target-org <alias>, set SF_TARGET_ORG, or set a default with `sf config set target-org <alias>`. Log in first with `sf org login web --alias adoption`.';
    }
    if (name === 'NamedOrgNotFoundError' || /No authorization information found/i.test(message)) {
        return 'The CLI has no login for that org: log in with `sf org login web --alias <alias>` (or check the alias with `sf org list`).';
    }
    if (/NoDefaultDevHub|target-dev-hub|Dev Hub/i.test(`${name ?? ''} ${message}`)) {
        return 'No Dev Hub: log in to your Dev Hub with `sf org login web --alias devhub --set-default-dev-hub` (enable Dev Hub in its Setup first), or pass --target-dev-hub.';
    }
    if (/expired|invalid_grant|RefreshToken/i.test(`${name ?? ''} ${message}`)) {
        return 'The CLI login has expired: log in again with `sf org login web --alias <alias>`.';
    }
    return '';
}

/** Runs an sf command with --json and returns its result, or throws a CliError with sf's message and a hint. */
export async function sfJson<T>(args: readonly string[], io: Io, what: string): Promise<T> {
    const run = await runSf([...args, '--json'], io);
    const json = parseSfJson<T>(run.stdout);
    if (run.status === 0 && json?.result !== undefined) {
        return json.result;
    }
    const message = json?.message ?? (run.stderr || run.stdout).trim().slice(0, 1000);
    const hint = sfHint(json?.name, message);
    throw new CliError(`${what} failed: ${message || `sf exited with ${run.status}`}${hint ? `\n${hint}` : ''}`);
}

/** The parts of `sf org display --json` the scripts use (accessToken never leaves memory). */
export interface OrgDisplay {
    id?: string;
    username?: string;
    alias?: string;
    instanceUrl?: string;
    accessToken?: string;
    apiVersion?: string;
    connectedStatus?: string;
}

/** `sf org display --json [--target-org X]`: the org the command will act on. */
export function orgDisplay(io: Io, targetOrg: string | undefined): Promise<OrgDisplay> {
    const args = ['org', 'display', ...(targetOrg ? ['--target-org', targetOrg] : [])];
    return sfJson<OrgDisplay>(args, io, `\`sf ${args.join(' ')}\``);
}
