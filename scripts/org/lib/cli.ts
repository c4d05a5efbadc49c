// The plumbing every org script shares: argument parsing with --help, exit codes (0 ok, 1 failed,
// 2 bad arguments), and one place that turns any error into a clear sentence instead of a stack trace.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeError } from './errors.js';

/** What a script reads and writes, so a test can run it in-process with its own streams. */
export interface Io {
    stdout: { write(text: string): unknown };
    stderr: { write(text: string): unknown; isTTY?: boolean };
    env: Record<string, string | undefined>;
    cwd: string;
    /** The clock: "today" and "last week" are relative to it. */
    now: () => Date;
}

/** The real process streams, environment and clock. */
export function processIo(): Io {
    return {
        stdout: process.stdout,
        stderr: process.stderr,
        env: process.env,
        cwd: process.cwd(),
        now: () => new Date()
    };
}

/** Bad arguments or configuration: the script prints the message and a pointer to --help, exit 2. */
export class UsageError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'UsageError';
    }
}

/** A failure with a message already written for the admin (no stack trace), exit 1 unless told. */
export class CliError extends Error {
    readonly exitCode: number;
    constructor(message: string, exitCode = 1) {
        super(message);
        this.name = 'CliError';
        this.exitCode = exitCode;
    }
}

export type OptionSpec =
    | { type: 'string'; short?: string; multiple?: false }
    | { type: 'boolean'; short?: string; multiple?: false };

export interface Command<V> {
    /** The npm script name, e.g. 'weekly-report'. */
    name: string;
    /** The full --help text. */
    help: string;
    options: Record<string, OptionSpec>;
    /** Checks and converts the parsed options; throws UsageError. */
    validate: (values: Record<string, string | boolean | undefined>, io: Io) => V;
    run: (args: V, io: Io) => Promise<number>;
}

/** The repository root: the folder with sfdx-project.json above this file (source or compiled). */
export function repoRoot(): string {
    let dir = __dirname;
    while (!existsSync(path.join(dir, 'sfdx-project.json'))) {
        const parent = path.dirname(dir);
        if (parent === dir) {
            throw new CliError('Cannot find sfdx-project.json above the scripts: run them from the project.');
        }
        dir = parent;
    }
    return dir;
}

/** The API version the project is written for (sfdx-project.json sourceApiVersion). */
export function apiVersion(): string {
    try {
        const project = JSON.parse(readFileSync(path.join(repoRoot(), 'sfdx-project.json'), 'utf8')) as {
            sourceApiVersion?: string;
        };
        return project.sourceApiVersion ?? '62.0';
    } catch {
        return '62.0';
    }
}

/** Parses argv, prints --help, validates, runs, and maps every failure to a message and exit code. */
export async function runCommand<V>(command: Command<V>, argv: readonly string[], io: Io): Promise<number> {
    let args: V;
    try {
        const parsed = parseArgs({
            args: [...argv],
            options: { ...command.options, help: { type: 'boolean', short: 'h' } },
            strict: true,
            allowPositionals: false
        });
        const values = parsed.values as Record<string, string | boolean | undefined>;
        if (values.help) {
            io.stdout.write(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
            return 0;
        }
        args = command.validate(values, io);
    } catch (error) {
        io.stderr.write(`${command.name}: ${argumentMessage(error)}\n`);
        io.stderr.write(`Run \`npm run ${command.name} -- --help\` for the options.\n`);
        return 2;
    }
    try {
        return await command.run(args, io);
    } catch (error) {
        if (error instanceof UsageError) {
            io.stderr.write(`${command.name}: ${error.message}\n`);
            io.stderr.write(`Run \`npm run ${command.name} -- --help\` for the options.\n`);
            return 2;
        }
        io.stderr.write(`${command.name}: ${describeError(error)}\n`);
        if (io.env.DEBUG && error instanceof Error && error.stack) {
            io.stderr.write(`${error.stack}\n`);
        }
        return error instanceof CliError ? error.exitCode : 1;
    }
}

/** node:util parseArgs messages, shortened to what the admin typed wrong. */
function argumentMessage(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        const option = /'([^']+)'/.exec(message)?.[1] ?? message;
        return `unknown option '${option}'.`;
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
        const value = /'([^']+)'/.exec(message)?.[1] ?? message;
        return `unexpected argument '${value}': each value follows its option name (e.g. --target-org adoption).`;
    }
    return message;
}

// ---------------------------------------------------------------- argument checks

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A 'YYYY-MM-DD' that is a real calendar date. */
export function checkDate(value: string, flag: string): string {
    const match = DATE.exec(value);
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    if (!date || date.toISOString().slice(0, 10) !== value) {
        throw new UsageError(`${flag} must be a date like 2026-11-20, got '${value}'.`);
    }
    return value;
}

/** A whole number within [min, max]. */
export function checkInteger(value: string, flag: string, min: number, max: number): number {
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got '${value}'.`);
    }
    return Number(value);
}

/** A 15- or 18-character Salesforce Id. */
export function isSalesforceId(value: string): boolean {
    return /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(value);
}

/** The org chosen by --target-org, else SF_TARGET_ORG, else undefined (the sf default org). */
export function targetOrgOf(values: Record<string, string | boolean | undefined>, io: Io): string | undefined {
    const flag = values['target-org'];
    if (typeof flag === 'string') {
        if (!flag.trim()) {
            throw new UsageError('--target-org needs an org alias or username.');
        }
        return flag.trim();
    }
    const env = io.env.SF_TARGET_ORG?.trim();
    return env ? env : undefined;
}

/** The calendar date of a moment on this machine's clock, 'YYYY-MM-DD'. */
export function localDate(moment: Date): string {
    const pad = (value: number): string => String(value).padStart(2, '0');
    return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** Text of a string option, or undefined. */
export function stringOption(values: Record<string, string | boolean | undefined>, name: string): string | undefined {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
}
