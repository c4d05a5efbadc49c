// `npm run org:create`: a scratch org with the package and demo data, ready to click through:
// create (config/project-scratch-def.json), deploy, assign Adoption_Admin, load the demo team.
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
    checkInteger,
    CliError,
    processIo,
    repoRoot,
    runCommand,
    stringOption,
    UsageError,
    type Command,
    type Io
} from './lib/cli.js';
import { announce, checkCli } from './lib/org-steps.js';
import { sfJson } from './lib/sf.js';
import { deployTo } from './deploy.js';
import { main as seedDemo } from './seed-demo.js';

const HELP = `Usage: npm run org:create -- [--alias <alias>] [--target-dev-hub <alias>] [--duration-days <n>]
                           [--definition-file <file>] [--skip-seed]

Creates a scratch org with the package and a demo team, step by step:
  1. sf --version
  2. sf org create scratch --definition-file config/project-scratch-def.json --alias <alias>
       --set-default --duration-days <n> --wait 30 [--target-dev-hub <alias>]
  3. npm run build, sf project deploy start --source-dir force-app --target-org <alias>
  4. sf org assign permset --name Adoption_Admin --target-org <alias>
  5. npm run seed-demo -- --target-org <alias> --grant-access
                                          (the demo sales team; skip with --skip-seed)

Needs a Dev Hub: log in once with \`sf org login web --alias devhub --set-default-dev-hub\` (Dev Hub
enabled in its Setup). The new org becomes the sf default org.

Options:
  --alias <alias>              the scratch org's alias. Default: adoption
  --target-dev-hub <alias>     the Dev Hub. Default: SF_TARGET_DEV_HUB, then the sf default Dev Hub
  --duration-days <n>          1 to 30 days before the org expires. Default: 7
  --definition-file <file>     Default: config/project-scratch-def.json
  --skip-seed                  no demo data
  -h, --help                   this text

Exit code: 0 ready, 1 a step failed (its message says which and why), 2 bad arguments.`;

interface Args {
    alias: string;
    devHub: string | undefined;
    durationDays: number;
    definitionFile: string;
    skipSeed: boolean;
}

const ALIAS = /^[A-Za-z0-9][A-Za-z0-9_.@-]*$/;

function validate(values: Record<string, string | boolean | undefined>, io: Io): Args {
    const alias = stringOption(values, 'alias') ?? 'adoption';
    if (!ALIAS.test(alias)) {
        throw new UsageError(`--alias must be letters, digits, '_', '.', '-' (e.g. adoption), got '${alias}'.`);
    }
    const devHub = stringOption(values, 'target-dev-hub') ?? (io.env.SF_TARGET_DEV_HUB?.trim() || undefined);
    if (devHub !== undefined && !devHub.trim()) {
        throw new UsageError('--target-dev-hub needs the Dev Hub alias or username.');
    }
    const days = stringOption(values, 'duration-days');
    const definitionFile = stringOption(values, 'definition-file') ?? 'config/project-scratch-def.json';
    if (!existsSync(path.resolve(repoRoot(), definitionFile))) {
        throw new UsageError(`--definition-file ${definitionFile} does not exist.`);
    }
    return {
        alias,
        devHub,
        durationDays: days === undefined ? 7 : checkInteger(days, '--duration-days', 1, 30),
        definitionFile,
        skipSeed: values['skip-seed'] === true
    };
}

async function run(args: Args, io: Io): Promise<number> {
    await checkCli(io);
    const create = [
        'org',
        'create',
        'scratch',
        '--definition-file',
        args.definitionFile,
        '--alias',
        args.alias,
        '--set-default',
        '--duration-days',
        String(args.durationDays),
        '--wait',
        '30',
        ...(args.devHub ? ['--target-dev-hub', args.devHub] : [])
    ];
    announce(io, `Creating the scratch org '${args.alias}' (this takes a few minutes)`, ['sf', ...create, '--json']);
    const created = await sfJson<{ username?: string; orgId?: string }>(
        create,
        { ...io, cwd: repoRoot() },
        'Creating the scratch org'
    );
    io.stdout.write(`    ${created.username ?? args.alias} (org ${created.orgId ?? 'unknown'}) is ready.\n`);

    await deployTo(io, args.alias, { cliChecked: true });

    if (!args.skipSeed) {
        announce(io, 'Loading the demo sales team', [
            'npm',
            'run',
            'seed-demo',
            '--',
            '--target-org',
            args.alias,
            '--grant-access'
        ]);
        const seeded = await seedDemo(['--target-org', args.alias, '--grant-access'], io);
        if (seeded !== 0) {
            throw new CliError(
                `The org '${args.alias}' is deployed, but the demo data did not load (above). Re-run \`npm run seed-demo -- --target-org ${args.alias}\`.`
            );
        }
    }
    io.stdout.write(
        `\nScratch org '${args.alias}' is ready (expires in ${args.durationDays} day(s)). Next:\n` +
            `  sf org open --target-org ${args.alias}\n` +
            `  npm run doctor -- --target-org ${args.alias}\n` +
            `  sf org delete scratch --target-org ${args.alias} --no-prompt   (when done)\n`
    );
    return 0;
}

export const command: Command<Args> = {
    name: 'org:create',
    help: HELP,
    options: {
        alias: { type: 'string', short: 'a' },
        'target-dev-hub': { type: 'string', short: 'v' },
        'duration-days': { type: 'string', short: 'd' },
        'definition-file': { type: 'string', short: 'f' },
        'skip-seed': { type: 'boolean' }
    },
    validate,
    run
};

export function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
    return runCommand(command, argv, io);
}
