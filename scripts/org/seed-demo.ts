// `npm run seed-demo`: loads the demo sales team into an org, so the components have something to
// show. The data is the local preview's own sample team (preview/data/generate.mjs: 25 people, 90 days,
// deterministic for a seed and a day); the org's active users stand in for its people, the running
// user for the manager. Rows are upserted by their external ids (Idempotency_Key__c, Unique_Key__c),
// so a re-run updates instead of duplicating; demo ledger rows carry the key prefix 'demo|', and those
// a later run no longer generates are deleted.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection } from 'jsforce';
import {
    checkDate,
    checkInteger,
    CliError,
    localDate,
    processIo,
    repoRoot,
    runCommand,
    stringOption,
    targetOrgOf,
    UsageError,
    type Command,
    type Io
} from './lib/cli.js';
import { DEMO_PERMISSION_SET, grantDemoAccess, missingWriteAccess, type WriteNeed } from './lib/access.js';
import { connect, runningUser, type RunningUser } from './lib/connection.js';
import { errorCodeOf, summariseRowErrors, type RowError } from './lib/errors.js';
import { packageShape } from './lib/package.js';
import { Progress } from './lib/progress.js';
import { COLLECTION_SIZE, queryAll, soqlIn, text, upsertAll, type Row, type UpsertSummary } from './lib/query.js';

const HELP = `Usage: npm run seed-demo -- [--target-org <alias>] [--users <usernames>] [--max-users <n>]
                          [--as-of <YYYY-MM-DD>] [--seed <text>] [--dry-run] [--allow-production]

Loads a demo sales team into an org: 90 days of ledger entries, the period scores they add up to
(week, month, quarter, year, all time) and the badges they earn. The data is the local preview's
sample team (preview/data/generate.mjs); the org's active users stand in for its people: you for the
manager, then the others by name (a top performer, a steady rep, someone gone quiet, a newcomer, ...).
No user is created or changed.

Re-runs are safe: rows are upserted by their external ids (ledger Idempotency_Key__c, score and award
Unique_Key__c). Demo ledger keys start with 'demo|'; those a re-run no longer generates are deleted.
Period scores and badge awards use the engine's own keys (userId|period, userId|badge|period), so demo
rows overwrite real ones of the same user and period: use a scratch, developer or sandbox org.

Options:
  -o, --target-org <alias>  the org (alias or username); default: SF_TARGET_ORG, then the sf CLI's
                            default org. Without --target-org, SF_INSTANCE_URL + SF_ACCESS_TOKEN are
                            used when both are set.
  --users <usernames>       comma-separated usernames of the users to load data for (active users).
                            Default: every active standard user, you first.
  --max-users <n>           at most this many users, 1 to 25. Default: 25.
  --as-of <YYYY-MM-DD>      the demo's "today". Default: today. The same day and seed give the same rows.
  --seed <text>             another seed gives another (equally plausible) team history.
  --dry-run                 read the org and show what would be loaded; write nothing.
  --grant-access            when you cannot write these objects (usual: the package's permission sets
                            only read them, the engine writes them), create the permission set
                            ${DEMO_PERMISSION_SET} (create, edit, delete, modify all on the three
                            objects, edit on their fields) and assign it to you. Without it, the
                            script stops and lists what you cannot write.
  --allow-production        load even into a production org (refused otherwise).
  -h, --help                this text

Needs: the package deployed (npm run deploy), \`npm run build\` done (the demo uses the emitted
adoptionCore.js), and write access to the three objects (see --grant-access).

Exit code: 0 loaded, 1 a row failed or the org could not be read or written, 2 bad arguments.`;

interface Args {
    targetOrg: string | undefined;
    usernames: string[] | undefined;
    maxUsers: number;
    asOf: string | undefined;
    seed: string | undefined;
    dryRun: boolean;
    grantAccess: boolean;
    allowProduction: boolean;
}

/** What seed-demo uses of the preview's generator (preview/data/generate.mjs). */
interface DemoUser {
    Id: string;
    Name: string;
    Title?: string;
    ManagerId: string | null;
}

interface DemoData {
    meta: { seed: string; today: string; windowDays: number };
    personas: Record<string, string>;
    users: DemoUser[];
    ledger: Row[];
    periodScores: Row[];
    badgeAwards: Row[];
}

interface DemoModule {
    generateDemo(options: { today?: string; seed?: string; root?: string }): Promise<DemoData>;
}

export const GENERATOR = 'preview/data/generate.mjs';
export const DEMO_KEY_PREFIX = 'demo|';
const LEDGER = 'Adoption_Ledger_Entry__c';
const SCORES = 'Adoption_Period_Score__c';
const AWARDS = 'Adoption_Badge_Award__c';
const KEY_LIMIT = 255;

/** The order in which org users take over demo people: the personas a manager meets first. */
const PERSONA_ORDER = ['manager', 'topPerformer', 'rep', 'inactive', 'newcomer'];
const PERSONA_LABELS: Record<string, string> = {
    manager: 'manager who also sells',
    topPerformer: 'top performer',
    rep: 'steady rep',
    inactive: 'gone quiet for three weeks',
    newcomer: 'newcomer',
    mostImproved: 'most improved',
    eastManager: 'second manager',
    admin: 'admin'
};

function validate(values: Record<string, string | boolean | undefined>, io: Io): Args {
    const users = stringOption(values, 'users');
    const usernames = users
        ?.split(',')
        .map((name) => name.trim())
        .filter(Boolean);
    if (usernames !== undefined && (!usernames.length || usernames.some((name) => !/^[^\s@]+@[^\s@]+$/.test(name)))) {
        throw new UsageError(`--users must be comma-separated usernames (name@example.com), got '${users}'.`);
    }
    const maxUsers = stringOption(values, 'max-users');
    const asOf = stringOption(values, 'as-of');
    const seed = stringOption(values, 'seed');
    if (seed !== undefined && !seed.trim()) {
        throw new UsageError('--seed needs some text.');
    }
    return {
        targetOrg: targetOrgOf(values, io),
        usernames,
        maxUsers: maxUsers === undefined ? 25 : checkInteger(maxUsers, '--max-users', 1, 25),
        asOf: asOf === undefined ? undefined : checkDate(asOf, '--as-of'),
        seed,
        dryRun: values['dry-run'] === true,
        grantAccess: values['grant-access'] === true,
        allowProduction: values['allow-production'] === true
    };
}

async function loadGenerator(): Promise<DemoModule> {
    const file = path.join(repoRoot(), GENERATOR);
    try {
        return (await import(pathToFileURL(file).href)) as DemoModule;
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new CliError(`Cannot load the demo team generator ${GENERATOR}: ${reason}`);
    }
}

/** Refuses a production org unless told: demo scores would overwrite real ones. */
async function checkOrgKind(conn: Connection, allowProduction: boolean): Promise<string> {
    const org =
        (await queryAll(conn, 'SELECT Name, IsSandbox, OrganizationType, TrialExpirationDate FROM Organization'))[0] ??
        {};
    const kind =
        org.IsSandbox === true
            ? 'sandbox'
            : org.TrialExpirationDate
              ? 'scratch or trial org'
              : text(org, 'OrganizationType') || 'unknown edition';
    const production =
        org.IsSandbox !== true && !org.TrialExpirationDate && text(org, 'OrganizationType') !== 'Developer Edition';
    if (production && !allowProduction) {
        throw new CliError(
            `${text(org, 'Name') || 'This org'} looks like a production org (${kind}): demo scores and badges would mix with real ones. Use a scratch, developer or sandbox org, or pass --allow-production if you mean it.`
        );
    }
    return kind;
}

interface OrgUser {
    id: string;
    name: string;
    username: string;
}

async function orgUsers(conn: Connection, me: RunningUser, args: Args): Promise<OrgUser[]> {
    const where = args.usernames
        ? `Username IN ${soqlIn(args.usernames)} AND IsActive = true`
        : "IsActive = true AND UserType = 'Standard'";
    const rows = await queryAll(conn, `SELECT Id, Name, Username FROM User WHERE ${where} ORDER BY Name LIMIT 500`);
    if (args.usernames) {
        const found = new Set(rows.map((row) => text(row, 'Username').toLowerCase()));
        const missing = args.usernames.filter((name) => !found.has(name.toLowerCase()));
        if (missing.length) {
            throw new CliError(`No active user with username ${missing.join(', ')} in this org (--users).`);
        }
    }
    const users = rows.map((row) => ({
        id: text(row, 'Id'),
        name: text(row, 'Name'),
        username: text(row, 'Username')
    }));
    const mine = users.findIndex((user) => user.id.slice(0, 15) === me.id.slice(0, 15));
    if (mine > 0) {
        users.unshift(...users.splice(mine, 1));
    }
    if (!users.length) {
        throw new CliError('The org has no active standard users to load demo data for.');
    }
    return users.slice(0, args.maxUsers);
}

/** Demo people in the order org users take them over. */
function demoOrder(demo: DemoData): DemoUser[] {
    const byId = new Map(demo.users.map((user) => [user.Id, user]));
    const ordered: DemoUser[] = [];
    const add = (user: DemoUser | undefined): void => {
        if (user && !ordered.includes(user)) {
            ordered.push(user);
        }
    };
    for (const persona of PERSONA_ORDER) {
        add(byId.get(demo.personas[persona] ?? ''));
    }
    const manager = demo.personas.manager;
    demo.users.filter((user) => user.ManagerId === manager).forEach(add);
    add(byId.get(demo.personas.mostImproved ?? ''));
    demo.users.filter((user) => user.Id !== demo.personas.admin).forEach(add);
    add(byId.get(demo.personas.admin ?? ''));
    return ordered;
}

function personaOf(demo: DemoData, userId: string): string | undefined {
    return Object.entries(demo.personas).find(([, id]) => id === userId)?.[0];
}

/** Every field the rows set. */
function fieldsIn(rows: readonly Row[]): string[] {
    return [...new Set(rows.flatMap((row) => Object.keys(row)))].sort();
}

/** Rewrites a demo row for the org: demo user Ids become org user Ids; only the object's own fields. */
function forOrg(row: Row, fields: Set<string>, idMap: Map<string, string>): Row | null {
    const demoUser = text(row, 'User__c');
    const orgUser = idMap.get(demoUser);
    if (!orgUser) {
        return null;
    }
    const out: Row = {};
    for (const [name, value] of Object.entries(row)) {
        if (!fields.has(name)) {
            continue;
        }
        out[name] = typeof value === 'string' ? value.split(demoUser).join(orgUser) : value;
    }
    return out;
}

async function deleteStaleLedger(
    conn: Connection,
    ids: string[],
    onBatch: (done: number) => void
): Promise<{ deleted: number; errors: RowError[] }> {
    let deleted = 0;
    const errors: RowError[] = [];
    for (let start = 0; start < ids.length; start += COLLECTION_SIZE) {
        const batch = ids.slice(start, start + COLLECTION_SIZE);
        const results = (await conn.sobject(LEDGER).destroy(batch, { allOrNone: false })) as unknown as {
            success: boolean;
            errors?: RowError[];
        }[];
        for (const result of results) {
            if (result.success) {
                deleted++;
            } else {
                errors.push(...(result.errors?.length ? result.errors : [{ message: 'unknown error' }]));
            }
        }
        onBatch(Math.min(start + COLLECTION_SIZE, ids.length));
    }
    return { deleted, errors };
}

function line(io: Io, label: string, summary: UpsertSummary): void {
    io.stdout.write(
        `  ${label.padEnd(16)} ${summary.created} created, ${summary.updated} updated${summary.failed ? `, ${summary.failed} FAILED` : ''}\n`
    );
}

async function run(args: Args, io: Io): Promise<number> {
    const progress = new Progress(io, args.dryRun ? 5 : 9);
    try {
        progress.next('Connecting');
        const org = await connect(io, args.targetOrg);
        const conn = org.conn;
        const me = await runningUser(conn);

        progress.next('Checking the org');
        const kind = await checkOrgKind(conn, args.allowProduction);
        let existing: Row[];
        try {
            existing = await queryAll(
                conn,
                `SELECT Id, Idempotency_Key__c FROM ${LEDGER} WHERE Idempotency_Key__c LIKE '${DEMO_KEY_PREFIX}%'`
            );
        } catch (error) {
            if (errorCodeOf(error) === 'INVALID_TYPE' || errorCodeOf(error) === 'INVALID_FIELD') {
                throw new CliError(
                    `Cannot read ${LEDGER}: the CRM Adoption package is not deployed in this org, or you lack the Adoption_Admin permission set. Run \`npm run deploy\` (it assigns Adoption_Admin to you), then \`npm run doctor\`.`
                );
            }
            throw error;
        }

        progress.next('Reading active users');
        const users = await orgUsers(conn, me, args);

        progress.next('Generating the demo team');
        const generator = await loadGenerator();
        const today = args.asOf ?? localDate(io.now());
        let demo: DemoData;
        try {
            demo = await generator.generateDemo({ today, ...(args.seed ? { seed: args.seed } : {}), root: repoRoot() });
        } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new CliError(`The demo team generator (${GENERATOR}) failed: ${reason}`);
        }
        const people = demoOrder(demo).slice(0, users.length);
        const idMap = new Map(people.map((person, index) => [person.Id, users[index]!.id]));
        const shape = packageShape();
        const fieldsOf = (type: string): Set<string> => new Set([...(shape.objects.get(type) ?? []), 'OwnerId']);
        const ledger = demo.ledger
            .map((row) => forOrg(row, fieldsOf(LEDGER), idMap))
            .filter((row): row is Row => row !== null)
            .map((row) => ({
                ...row,
                Record_Id__c: null,
                Idempotency_Key__c: `${DEMO_KEY_PREFIX}${text(row, 'Idempotency_Key__c')}`.slice(0, KEY_LIMIT)
            }));
        const scores = demo.periodScores
            .map((row) => forOrg(row, fieldsOf(SCORES), idMap))
            .filter((row): row is Row => row !== null);
        const awards = demo.badgeAwards
            .map((row) => forOrg(row, fieldsOf(AWARDS), idMap))
            .filter((row): row is Row => row !== null);
        const needs: WriteNeed[] = [
            { objectName: LEDGER, fields: fieldsIn(ledger), delete: true },
            { objectName: SCORES, fields: fieldsIn(scores), delete: false },
            { objectName: AWARDS, fields: fieldsIn(awards), delete: false }
        ];
        progress.next('Checking that you can write the demo rows');
        let missing = await missingWriteAccess(conn, needs);
        if (missing.length && args.grantAccess && !args.dryRun) {
            progress.detail(`creating and assigning ${DEMO_PERMISSION_SET}`);
            await grantDemoAccess(conn, me.id, needs);
            io.stderr.write(
                `seed-demo: assigned the permission set ${DEMO_PERMISSION_SET} to you (write access to the demo objects).\n`
            );
            missing = await missingWriteAccess(conn, needs);
            if (missing.length) {
                throw new CliError(
                    `Even with ${DEMO_PERMISSION_SET} assigned you cannot write:\n  ${missing.join('\n  ')}\nPermission changes can take a moment: re-run in a minute.`
                );
            }
        }
        if (missing.length && !args.dryRun) {
            throw new CliError(
                `You cannot write the demo rows:\n  ${missing.join('\n  ')}\n` +
                    "The package's permission sets only read these objects (the engine writes them in system context). " +
                    `Re-run with --grant-access to create and assign the permission set ${DEMO_PERMISSION_SET}, or give yourself create, edit and delete on these objects and edit on their fields.`
            );
        }
        const keep = new Set(ledger.map((row) => text(row, 'Idempotency_Key__c')));
        const stale = existing
            .filter((row) => !keep.has(text(row, 'Idempotency_Key__c')))
            .map((row) => text(row, 'Id'));

        progress.stop();
        io.stdout.write(
            `Demo team for ${org.label} (${kind}), ${demo.meta.windowDays} days to ${demo.meta.today}, seed '${demo.meta.seed}':\n`
        );
        people.forEach((person, index) => {
            const user = users[index]!;
            const persona = personaOf(demo, person.Id);
            io.stdout.write(
                `  ${`${user.name}${user.id === me.id ? ' (you)' : ''}`.padEnd(28)} as ${person.Name}, ${person.Title ?? 'rep'}${persona ? ` (${PERSONA_LABELS[persona] ?? persona})` : ''}\n`
            );
        });
        if (args.dryRun) {
            if (missing.length) {
                io.stdout.write(
                    `You cannot write everything yet (a real run needs --grant-access):\n  ${missing.join('\n  ')}\n`
                );
            }
            io.stdout.write(
                `Dry run: would upsert ${ledger.length} ledger entries, ${scores.length} period scores, ${awards.length} badge awards and delete ${stale.length} stale demo ledger entries. Nothing was written.\n`
            );
            return 0;
        }

        progress.next(`Upserting ${ledger.length} ledger entries`);
        const ledgerResult = await upsertAll(conn, LEDGER, ledger, 'Idempotency_Key__c', (done, total) =>
            progress.detail(`${done} of ${total}`)
        );
        progress.next(`Deleting ${stale.length} stale demo ledger entries`);
        const cleanup = await deleteStaleLedger(conn, stale, (done) => progress.detail(`${done} of ${stale.length}`));
        progress.next(`Upserting ${scores.length} period scores`);
        const scoreResult = await upsertAll(conn, SCORES, scores, 'Unique_Key__c', (done, total) =>
            progress.detail(`${done} of ${total}`)
        );
        progress.next(`Upserting ${awards.length} badge awards`);
        const awardResult = await upsertAll(conn, AWARDS, awards, 'Unique_Key__c', (done, total) =>
            progress.detail(`${done} of ${total}`)
        );
        progress.stop();

        line(io, 'Ledger entries', ledgerResult);
        io.stdout.write(
            `  ${'Stale demo rows'.padEnd(16)} ${cleanup.deleted} deleted${cleanup.errors.length ? `, ${cleanup.errors.length} FAILED` : ''}\n`
        );
        line(io, 'Period scores', scoreResult);
        line(io, 'Badge awards', awardResult);
        const problems = [
            ...ledgerResult.problems.map((problem) => `ledger: ${problem}`),
            ...summariseRowErrors(cleanup.errors).map((problem) => `delete: ${problem}`),
            ...scoreResult.problems.map((problem) => `period scores: ${problem}`),
            ...awardResult.problems.map((problem) => `badge awards: ${problem}`)
        ];
        if (problems.length) {
            io.stderr.write(
                `seed-demo: some rows were not saved:\n${problems.map((problem) => `  ${problem}`).join('\n')}\n`
            );
            return 1;
        }
        io.stdout.write("Done. Open the Adoption app, or run `npm run weekly-report` to see the team's week.\n");
        return 0;
    } finally {
        progress.stop();
    }
}

export const command: Command<Args> = {
    name: 'seed-demo',
    help: HELP,
    options: {
        'target-org': { type: 'string', short: 'o' },
        users: { type: 'string' },
        'max-users': { type: 'string' },
        'as-of': { type: 'string' },
        seed: { type: 'string' },
        'dry-run': { type: 'boolean' },
        'grant-access': { type: 'boolean' },
        'allow-production': { type: 'boolean' }
    },
    validate,
    run
};

export function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
    return runCommand(command, argv, io);
}
