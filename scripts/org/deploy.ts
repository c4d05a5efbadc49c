// `npm run deploy`: build, deploy force-app to the target org, and give the running user the
// Adoption_Admin permission set, printing each command as it runs it.
import { processIo, runCommand, targetOrgOf, type Command, type Io } from './lib/cli.js';
import { assignPermissionSet, build, checkCli, deploySource, resolveTargetOrg } from './lib/org-steps.js';

const HELP = `Usage: npm run deploy -- [--target-org <alias>] [--skip-build]

Deploys the CRM Adoption package to an org with the Salesforce CLI:
  1. sf --version                          the CLI is installed (it needs Node.js 22+)
  2. sf org display --json                 the target org is logged in
  3. npm run build                         TypeScript components -> the .js that deploys
  4. sf project deploy start --source-dir force-app --target-org <org>
  5. sf org assign permset --name Adoption_Admin --target-org <org>   (you; already assigned is fine)

Then assign Adoption_Rep to reps and Adoption_Manager to managers (see README), and run
\`npm run doctor\` to check the org.

Options:
  -o, --target-org <alias>  the org (alias or username); default: SF_TARGET_ORG, then the sf CLI's
                            default org (sf config set target-org <alias>)
  --skip-build              deploy what is already built (after your own \`npm run build\`)
  -h, --help                this text

Exit code: 0 deployed, 1 a step failed (its message says which and why), 2 bad arguments.`;

interface Args {
    targetOrg: string | undefined;
    skipBuild: boolean;
}

/** Deploys and assigns Adoption_Admin; org:create reuses it (having checked the CLI already). */
export async function deployTo(
    io: Io,
    targetOrg: string | undefined,
    { skipBuild = false, cliChecked = false }: { skipBuild?: boolean; cliChecked?: boolean } = {}
): Promise<string> {
    if (!cliChecked) {
        await checkCli(io);
    }
    const org = await resolveTargetOrg(io, targetOrg);
    if (!skipBuild) {
        await build(io);
    }
    await deploySource(io, org.target);
    await assignPermissionSet(io, org.target, 'Adoption_Admin');
    return org.target;
}

export const command: Command<Args> = {
    name: 'deploy',
    help: HELP,
    options: { 'target-org': { type: 'string', short: 'o' }, 'skip-build': { type: 'boolean' } },
    validate: (values, io) => ({ targetOrg: targetOrgOf(values, io), skipBuild: values['skip-build'] === true }),
    run: async (args, io) => {
        const target = await deployTo(io, args.targetOrg, { skipBuild: args.skipBuild });
        io.stdout.write(
            `\nDeployed to ${target}. Next:\n` +
                `  sf org assign permset --name Adoption_Rep --on-behalf-of <rep username> (repeat per rep) --target-org ${target}\n` +
                `  sf org assign permset --name Adoption_Manager --on-behalf-of <manager username> --target-org ${target}\n` +
                `  npm run doctor -- --target-org ${target}\n`
        );
        return 0;
    }
};

export function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
    return runCommand(command, argv, io);
}
