// `npm run doctor`: is the package healthy in this org? Compares the org with this repository
// (objects and fields, the settings record, triggers, permission sets and their assignments, every rule
// and prompt condition against the fields it names, badges against rules, recent error logs, the
// scheduled jobs, the org's room for one more trigger with parallel subscriptions) and prints
// one line per check. Exit 0 when nothing failed (warnings allowed), 1 when something did, 2 on bad
// arguments.
import type { Connection } from 'jsforce';
import { parseThresholds } from 'c/adoptionCore';
import { processIo, runCommand, targetOrgOf, type Command, type Io } from './lib/cli.js';
import { conditionFields } from './lib/conditions.js';
import { connect, runningUser } from './lib/connection.js';
import { describeError, errorCodeOf } from './lib/errors.js';
import { packageShape } from './lib/package.js';
import { Progress } from './lib/progress.js';
import { queryAll, soqlIn, text, type Row } from './lib/query.js';

const HELP = `Usage: npm run doctor -- [--target-org <alias>]

Checks the CRM Adoption package in an org and prints one line per check:
  package objects   every object and field of the package (force-app) is in the org
  settings          the Adoption_Settings__mdt record Default exists and is valid
  triggers          every trigger of the package (force-app) is in the org and Active
  permission sets   Adoption_Rep, Adoption_Manager, Adoption_Admin exist and are assigned
  rules, prompts    each condition's object exists and every field it names exists there
  badges            Rule Count and First Action badges name an existing rule
  error log         Adoption_Error_Log__c entries of the last 7 days
  scheduled jobs    challenge closing (hourly) is scheduled when challenges are running; the weekly
                    digest's schedule is reported
  partitions        the signal trigger runs with parallel subscriptions, or the org has room for one
                    more (REST limits: PlatformEventTriggersWithParallelProcessing, at most 5 an org);
                    run it before a first deploy: a full org refuses the subscriber config

Options:
  -o, --target-org <alias>  the org (alias or username); default: SF_TARGET_ORG, then the sf CLI's
                            default org. Without --target-org, SF_INSTANCE_URL + SF_ACCESS_TOKEN are
                            used when both are set.
  -h, --help                this text

Exit code: 0 all checks pass (warnings allowed), 1 a check failed or the org could not be read,
2 bad arguments.`;

type Status = 'PASS' | 'WARN' | 'FAIL';

interface CheckResult {
    name: string;
    status: Status;
    summary: string;
    details: string[];
}

interface FieldInfo {
    name: string;
    relationshipName?: string | null;
    referenceTo?: string[] | null;
}

type Describer = (objectName: string) => Promise<FieldInfo[] | null>;

const SCHEMA_MISSING = new Set(['INVALID_TYPE', 'INVALID_FIELD', 'NOT_FOUND']);

function schemaMissing(error: unknown): boolean {
    return SCHEMA_MISSING.has(errorCodeOf(error) ?? '');
}

function describer(conn: Connection): Describer {
    const cache = new Map<string, Promise<FieldInfo[] | null>>();
    return (objectName) => {
        const key = objectName.toLowerCase();
        let entry = cache.get(key);
        if (!entry) {
            entry = conn.describe(objectName).then(
                (result) => result.fields as FieldInfo[],
                (error: unknown) => {
                    if (schemaMissing(error)) {
                        return null;
                    }
                    throw error;
                }
            );
            cache.set(key, entry);
        }
        return entry;
    };
}

/** Why a field path cannot be read on an object, or null when it can. */
async function pathProblem(describe: Describer, objectName: string, fieldPath: string): Promise<string | null> {
    const parts = fieldPath.split('.');
    let objects = [objectName];
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i]!.toLowerCase();
        const described = (await Promise.all(objects.map((name) => describe(name)))).filter(
            (fields): fields is FieldInfo[] => fields !== null
        );
        const last = i === parts.length - 1;
        if (last) {
            return described.some((fields) => fields.some((field) => field.name.toLowerCase() === part))
                ? null
                : `field '${fieldPath}' does not exist on ${objectName} (or you cannot see it)`;
        }
        const next = described
            .flatMap((fields) => fields)
            .filter((field) => field.relationshipName?.toLowerCase() === part)
            .flatMap((field) => field.referenceTo ?? []);
        if (!next.length) {
            return `'${parts.slice(0, i + 1).join('.')}' in '${fieldPath}' is not a relationship of ${objectName}`;
        }
        objects = next;
    }
    return null;
}

async function checkObjects(describe: Describer, expected: Map<string, string[]>): Promise<CheckResult> {
    const details: string[] = [];
    let fine = 0;
    const names = [...expected.keys()];
    const described = await Promise.all(names.map((name) => describe(name)));
    names.forEach((name, index) => {
        const fields = described[index];
        if (!fields) {
            details.push(`${name} is not in the org (or you cannot see it)`);
            return;
        }
        const present = new Set(fields.map((field) => field.name.toLowerCase()));
        const missing = (expected.get(name) ?? []).filter((fieldName) => !present.has(fieldName.toLowerCase()));
        if (missing.length) {
            details.push(`${name} lacks ${missing.join(', ')} (not deployed, or no field access)`);
        } else {
            fine++;
        }
    });
    return details.length
        ? {
              name: 'Package objects',
              status: 'FAIL',
              summary: `${fine} of ${names.length} objects complete: deploy with \`npm run deploy\` and assign Adoption_Admin`,
              details
          }
        : {
              name: 'Package objects',
              status: 'PASS',
              summary: `${names.length} of ${names.length} objects deployed with all their fields`,
              details
          };
}

async function checkSettings(conn: Connection): Promise<CheckResult> {
    const name = 'Settings';
    let rows: Row[];
    try {
        rows = await queryAll(
            conn,
            "SELECT DeveloperName, Enabled__c, Week_Start_Day__c, Level_Thresholds__c, Working_Days__c FROM Adoption_Settings__mdt WHERE DeveloperName = 'Default'"
        );
    } catch (error) {
        if (schemaMissing(error)) {
            return {
                name,
                status: 'FAIL',
                summary: 'Adoption_Settings__mdt is not in the org: deploy the package',
                details: [describeError(error)]
            };
        }
        throw error;
    }
    const settings = rows[0];
    if (!settings) {
        return {
            name,
            status: 'FAIL',
            summary: 'the Adoption_Settings__mdt record Default is missing: deploy the package (its customMetadata)',
            details: []
        };
    }
    const details: string[] = [];
    let status: Status = 'PASS';
    try {
        parseThresholds(text(settings, 'Level_Thresholds__c'));
    } catch (error) {
        status = 'FAIL';
        details.push(`Level_Thresholds__c: ${describeError(error)}`);
    }
    const days = text(settings, 'Working_Days__c')
        .split(',')
        .map((day) => day.trim())
        .filter(Boolean);
    const badDays = days.filter((day) => !/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/i.test(day));
    if (!days.length || badDays.length) {
        status = 'FAIL';
        details.push(
            `Working_Days__c must list days like Mon,Tue,Wed,Thu,Fri; got '${text(settings, 'Working_Days__c')}'`
        );
    }
    if (settings.Enabled__c !== true) {
        if (status === 'PASS') {
            status = 'WARN';
        }
        details.push(
            'Enabled__c is off: nothing is scored and no prompt shows until it is on (Setup > Custom Metadata Types > Adoption Settings > Default)'
        );
    }
    const summary =
        status === 'PASS'
            ? `Default record found, enabled, weeks start on ${text(settings, 'Week_Start_Day__c') || 'Monday'}`
            : status === 'WARN'
              ? 'Default record found, but switched off'
              : 'Default record found, with invalid values';
    return { name, status, summary, details };
}

async function checkTriggers(conn: Connection, expected: string[]): Promise<CheckResult> {
    const rows = await queryAll(
        conn,
        "SELECT Name, Status, TableEnumOrId FROM ApexTrigger WHERE Name LIKE 'Adoption%Trigger'",
        true
    );
    const byName = new Map(rows.map((row) => [text(row, 'Name').toLowerCase(), row]));
    const details: string[] = [];
    let active = 0;
    for (const triggerName of expected) {
        const row = byName.get(triggerName.toLowerCase());
        if (!row) {
            details.push(`${triggerName} is not in the org: deploy the package`);
        } else if (text(row, 'Status') !== 'Active') {
            details.push(
                `${triggerName} on ${text(row, 'TableEnumOrId')} is ${text(row, 'Status') || 'not active'}: activate it (deploy it with <status>Active</status>)`
            );
        } else {
            active++;
        }
    }
    const extra = rows
        .map((row) => text(row, 'Name'))
        .filter((triggerName) => !expected.some((name) => name.toLowerCase() === triggerName.toLowerCase()));
    if (extra.length) {
        details.push(`in the org but not in this repository (left from an older version?): ${extra.join(', ')}`);
    }
    const failed = active < expected.length;
    return {
        name: 'Triggers',
        status: failed ? 'FAIL' : extra.length ? 'WARN' : 'PASS',
        summary: `${active} of ${expected.length} active`,
        details
    };
}

async function checkPermissionSets(conn: Connection, expected: string[], userId: string): Promise<CheckResult> {
    const name = 'Permission sets';
    const sets = await queryAll(conn, `SELECT Id, Name FROM PermissionSet WHERE Name IN ${soqlIn(expected)}`);
    const present = new Set(sets.map((row) => text(row, 'Name')));
    const assignments = await queryAll(
        conn,
        `SELECT AssigneeId, PermissionSet.Name FROM PermissionSetAssignment WHERE PermissionSet.Name IN ${soqlIn(expected)} AND Assignee.IsActive = true`
    );
    const counts = new Map<string, number>();
    let runningUserIsAdmin = false;
    for (const row of assignments) {
        const setName = text(row, 'PermissionSet.Name');
        counts.set(setName, (counts.get(setName) ?? 0) + 1);
        if (setName === 'Adoption_Admin' && text(row, 'AssigneeId').slice(0, 15) === userId.slice(0, 15)) {
            runningUserIsAdmin = true;
        }
    }
    const details: string[] = [];
    let status: Status = 'PASS';
    const missing = expected.filter((setName) => !present.has(setName));
    if (missing.length) {
        status = 'FAIL';
        details.push(`not in the org: ${missing.join(', ')} (deploy the package)`);
    }
    if (present.has('Adoption_Admin') && !counts.get('Adoption_Admin')) {
        status = 'FAIL';
        details.push(
            'nobody has Adoption_Admin: `sf org assign permset --name Adoption_Admin` (or `npm run deploy`, which assigns it to you)'
        );
    } else if (present.has('Adoption_Admin') && !runningUserIsAdmin) {
        status = status === 'FAIL' ? status : 'WARN';
        details.push('you do not have Adoption_Admin: some checks may not see every field');
    }
    const people = (counts.get('Adoption_Rep') ?? 0) + (counts.get('Adoption_Manager') ?? 0);
    if (present.has('Adoption_Rep') && people === 0) {
        status = status === 'FAIL' ? status : 'WARN';
        details.push(
            'no active user has Adoption_Rep or Adoption_Manager yet: reps and managers see nothing until they do'
        );
    }
    const summary = expected.map((setName) => `${setName} ${counts.get(setName) ?? 0}`).join(', ');
    return { name, status, summary: `active users assigned: ${summary}`, details };
}

interface ConditionSource {
    label: string;
    active: boolean;
    objectName: string;
    conditions: { field: string; value: string }[];
    /** Fields named by a setting rather than a condition: the setting, and the field path. */
    extraFields: { field: string; path: string }[];
}

async function checkConditions(name: string, describe: Describer, sources: ConditionSource[]): Promise<CheckResult> {
    const details: string[] = [];
    let failed = false;
    let bad = 0;
    for (const source of sources) {
        const problems: string[] = [];
        if (!source.objectName) {
            problems.push('Object__c is blank');
        } else if (!(await describe(source.objectName))) {
            problems.push(`Object__c '${source.objectName}' is not an object in the org (or you cannot see it)`);
        } else {
            for (const condition of source.conditions) {
                const parsed = conditionFields(condition.value);
                if (parsed.error) {
                    problems.push(`${condition.field}: ${parsed.error}`);
                }
                for (const fieldPath of parsed.fields) {
                    const problem = await pathProblem(describe, source.objectName, fieldPath);
                    if (problem) {
                        problems.push(`${condition.field}: ${problem}`);
                    }
                }
            }
            for (const extra of source.extraFields) {
                const problem = await pathProblem(describe, source.objectName, extra.path);
                if (problem) {
                    problems.push(`${extra.field}: ${problem}`);
                }
            }
        }
        if (problems.length) {
            bad++;
            failed ||= source.active;
            details.push(
                ...problems.map((problem) => `${source.label}${source.active ? '' : ' (inactive)'}: ${problem}`)
            );
        }
    }
    const status: Status = failed ? 'FAIL' : bad ? 'WARN' : 'PASS';
    const summary = bad
        ? `${bad} of ${sources.length} with problems; an active one with a problem is skipped by the engine and shows on the health page`
        : `${sources.length} checked, every object and field exists`;
    return { name, status, summary, details };
}

async function checkRulesAndPrompts(
    conn: Connection,
    describe: Describer
): Promise<{ rules: CheckResult; prompts: CheckResult; badges: CheckResult }> {
    const missing = (name: string, error: unknown): CheckResult => ({
        name,
        status: 'FAIL',
        summary: 'cannot read the custom metadata: deploy the package',
        details: [describeError(error)]
    });
    let rules: CheckResult;
    let ruleNames = new Set<string>();
    try {
        const rows = await queryAll(
            conn,
            'SELECT DeveloperName, Active__c, Object__c, Operation__c, Condition__c, Undo_Condition__c, Once_Per_Value_Of__c FROM Adoption_Rule__mdt ORDER BY DeveloperName'
        );
        ruleNames = new Set(rows.map((row) => text(row, 'DeveloperName')));
        rules = await checkConditions(
            'Rules',
            describe,
            rows.map((row) => ({
                label: text(row, 'DeveloperName'),
                active: row.Active__c === true,
                objectName: text(row, 'Object__c'),
                conditions: [
                    { field: 'Condition__c', value: text(row, 'Condition__c') },
                    { field: 'Undo_Condition__c', value: text(row, 'Undo_Condition__c') }
                ],
                extraFields: text(row, 'Once_Per_Value_Of__c')
                    ? [{ field: 'Once_Per_Value_Of__c', path: text(row, 'Once_Per_Value_Of__c') }]
                    : []
            }))
        );
    } catch (error) {
        if (!schemaMissing(error)) {
            throw error;
        }
        rules = missing('Rules', error);
    }
    let prompts: CheckResult;
    try {
        const rows = await queryAll(
            conn,
            'SELECT DeveloperName, Active__c, Object__c, Condition__c, Figure_Condition__c, Action_Type__c, Action_Field__c FROM Adoption_Prompt__mdt ORDER BY DeveloperName'
        );
        prompts = await checkConditions(
            'Prompts',
            describe,
            rows.map((row) => ({
                label: text(row, 'DeveloperName'),
                active: row.Active__c === true,
                objectName: text(row, 'Object__c'),
                conditions: [
                    { field: 'Condition__c', value: text(row, 'Condition__c') },
                    { field: 'Figure_Condition__c', value: text(row, 'Figure_Condition__c') }
                ],
                extraFields:
                    text(row, 'Action_Type__c') === 'Edit Field' && text(row, 'Action_Field__c')
                        ? [{ field: 'Action_Field__c', path: text(row, 'Action_Field__c') }]
                        : []
            }))
        );
    } catch (error) {
        if (!schemaMissing(error)) {
            throw error;
        }
        prompts = missing('Prompts', error);
    }
    let badges: CheckResult;
    try {
        const rows = await queryAll(
            conn,
            'SELECT DeveloperName, Active__c, Criteria_Type__c, Rule_Name__c FROM Adoption_Badge__mdt ORDER BY DeveloperName'
        );
        const details: string[] = [];
        let failed = false;
        for (const row of rows) {
            const criteria = text(row, 'Criteria_Type__c');
            if (criteria !== 'Rule Count' && criteria !== 'First Action') {
                continue;
            }
            const ruleName = text(row, 'Rule_Name__c');
            if (!ruleNames.has(ruleName)) {
                failed ||= row.Active__c === true;
                details.push(
                    `${text(row, 'DeveloperName')}${row.Active__c === true ? '' : ' (inactive)'}: ${criteria} needs Rule_Name__c to name a rule; '${ruleName}' is not one`
                );
            }
        }
        badges = {
            name: 'Badges',
            status: failed ? 'FAIL' : details.length ? 'WARN' : 'PASS',
            summary: details.length
                ? `${details.length} of ${rows.length} name a rule that does not exist`
                : `${rows.length} checked`,
            details
        };
    } catch (error) {
        if (!schemaMissing(error)) {
            throw error;
        }
        badges = missing('Badges', error);
    }
    return { rules, prompts, badges };
}

async function checkErrorLog(conn: Connection): Promise<CheckResult> {
    const name = 'Error log';
    let rows: Row[];
    try {
        rows = await queryAll(
            conn,
            'SELECT Source__c, Message__c, Rule_Name__c, Occurred_At__c FROM Adoption_Error_Log__c WHERE CreatedDate = LAST_N_DAYS:7 ORDER BY CreatedDate DESC LIMIT 200'
        );
    } catch (error) {
        if (schemaMissing(error)) {
            return {
                name,
                status: 'FAIL',
                summary: 'Adoption_Error_Log__c cannot be read: deploy the package and assign Adoption_Admin',
                details: [describeError(error)]
            };
        }
        throw error;
    }
    if (!rows.length) {
        return { name, status: 'PASS', summary: 'no errors logged in the last 7 days', details: [] };
    }
    const kinds = new Map<string, number>();
    for (const row of rows) {
        const key = `${text(row, 'Source__c') || 'Unknown'}${text(row, 'Rule_Name__c') ? ` (${text(row, 'Rule_Name__c')})` : ''}: ${text(row, 'Message__c')}`;
        kinds.set(key, (kinds.get(key) ?? 0) + 1);
    }
    const details = [...kinds.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([key, count]) => `${count}x ${key}`);
    return {
        name,
        status: 'WARN',
        summary: `${rows.length === 200 ? '200+' : rows.length} errors logged in the last 7 days: open the Adoption Error Logs tab for details`,
        details
    };
}

// The names the Apex jobs schedule themselves under (AdoptionChallengeJob.JOB_NAME, AdoptionDigestJob.JOB_NAME).
const CLOSING_JOB = 'Adoption challenge closing';
const DIGEST_JOB = 'Adoption weekly digest';

/**
 * Challenges end on time only while the hourly closing job is scheduled (an admin schedules it on the
 * Adoption Setup page): a running challenge without it is a warning. The digest's schedule is told.
 */
async function checkScheduledJobs(conn: Connection): Promise<CheckResult> {
    const name = 'Scheduled jobs';
    let jobs: Row[];
    let running: Row[];
    try {
        jobs = await queryAll(
            conn,
            `SELECT CronJobDetail.Name, State, NextFireTime FROM CronTrigger WHERE CronJobDetail.Name IN ${soqlIn([CLOSING_JOB, DIGEST_JOB])}`
        );
        running = await queryAll(
            conn,
            "SELECT Id FROM Adoption_Challenge__c WHERE Status__c IN ('Hidden', 'Live') LIMIT 200"
        );
    } catch (error) {
        if (schemaMissing(error)) {
            return {
                name,
                status: 'FAIL',
                summary:
                    'the scheduled jobs or Adoption_Challenge__c cannot be read: deploy the package and assign Adoption_Admin',
                details: [describeError(error)]
            };
        }
        throw error;
    }
    const next = (jobName: string): string | null => {
        const job = jobs.find((row) => text(row, 'CronJobDetail.Name') === jobName);
        return job ? text(job, 'NextFireTime') || text(job, 'State') : null;
    };
    const closing = next(CLOSING_JOB);
    const digest = next(DIGEST_JOB);
    const details = [
        `weekly digest: ${digest ? `next run ${digest}` : 'not scheduled (schedule it on the Adoption Setup page to email managers)'}`
    ];
    if (closing) {
        return { name, status: 'PASS', summary: `challenge closing scheduled, next run ${closing}`, details };
    }
    if (running.length) {
        return {
            name,
            status: 'WARN',
            summary: `${running.length === 200 ? '200+' : running.length} running challenge(s) but challenge closing is not scheduled: schedule it on the Adoption Setup page, or they stay open after their end`,
            details
        };
    }
    return { name, status: 'PASS', summary: 'no running challenge; challenge closing is not scheduled', details };
}

// The limit the REST limits resource reports for triggers with parallel subscriptions (Platform Events
// Developer Guide, "Parallel Subscription Limits": at most 5 an org, enforced when a
// PlatformEventSubscriberConfig is saved).
const PARALLEL_LIMIT = 'PlatformEventTriggersWithParallelProcessing';
const SIGNAL_TOPIC = 'Adoption_Signal__e';

/**
 * The package's PlatformEventSubscriberConfig gives the signal trigger 10 parallel partitions, and an
 * org may configure parallel subscriptions for at most 5 triggers: the deploy fails when 5 are taken
 * already. PASS when the signal trigger is partitioned (EventBusSubscriber.IsPartitioned, API 62) or a
 * slot is left; FAIL when none is; WARN when the org does not say.
 */
async function checkParallelTriggers(conn: Connection): Promise<CheckResult> {
    const name = 'Partitions';
    let limit: { Max: number; Remaining: number } | undefined;
    try {
        limit = (await conn.limits())[PARALLEL_LIMIT];
    } catch (error) {
        return {
            name,
            status: 'WARN',
            summary: 'the org limits could not be read: check Setup > Company Information before deploying',
            details: [describeError(error)]
        };
    }
    let partitioned = false;
    try {
        const rows = await queryAll(
            conn,
            `SELECT IsPartitioned FROM EventBusSubscriber WHERE Topic = '${SIGNAL_TOPIC}' AND Type = 'ApexTrigger'`
        );
        partitioned = rows.some((row) => row.IsPartitioned === true);
    } catch {
        // Without View Setup and Configuration the subscriber is not readable: the limit alone decides.
    }
    if (partitioned) {
        return {
            name,
            status: 'PASS',
            summary: `the signal trigger runs with parallel subscriptions${limit ? ` (${limit.Max - limit.Remaining} of ${limit.Max} used in the org)` : ''}`,
            details: []
        };
    }
    if (!limit) {
        return {
            name,
            status: 'WARN',
            summary: `the org does not report ${PARALLEL_LIMIT}: the subscriber config's 10 partitions may be refused at deploy`,
            details: []
        };
    }
    if (limit.Remaining > 0) {
        return {
            name,
            status: 'PASS',
            summary: `${limit.Remaining} of ${limit.Max} triggers with parallel subscriptions left: the signal trigger's config fits`,
            details: []
        };
    }
    return {
        name,
        status: 'FAIL',
        summary: `the org has ${limit.Max} of ${limit.Max} triggers with parallel subscriptions: deploying AdoptionSignalTriggerConfig (10 partitions) is refused; see README, "Deploy to an org"`,
        details: []
    };
}

function printReport(io: Io, label: string, results: CheckResult[]): number {
    io.stdout.write(`CRM Adoption doctor: ${label}\n\n`);
    const width = Math.max(...results.map((result) => result.name.length));
    for (const result of results) {
        io.stdout.write(`${result.status}  ${result.name.padEnd(width)}  ${result.summary}\n`);
        for (const detail of result.details) {
            io.stdout.write(`${' '.repeat(width + 8)}- ${detail}\n`);
        }
    }
    const failures = results.filter((result) => result.status === 'FAIL').length;
    const warnings = results.filter((result) => result.status === 'WARN').length;
    io.stdout.write('\n');
    if (failures) {
        io.stdout.write(
            `${failures} check(s) failed, ${warnings} warning(s). Fix the FAIL lines, then re-run \`npm run doctor\`.\n`
        );
        return 1;
    }
    io.stdout.write(warnings ? `All checks pass, with ${warnings} warning(s).\n` : 'All checks pass.\n');
    return 0;
}

interface Args {
    targetOrg: string | undefined;
}

export const command: Command<Args> = {
    name: 'doctor',
    help: HELP,
    options: { 'target-org': { type: 'string', short: 'o' } },
    validate: (values, io) => ({ targetOrg: targetOrgOf(values, io) }),
    run: async (args, io) => {
        const progress = new Progress(io, 10);
        try {
            progress.next('Connecting');
            const org = await connect(io, args.targetOrg);
            const user = await runningUser(org.conn);
            const expected = packageShape();
            const describe = describer(org.conn);
            const results: CheckResult[] = [];
            progress.next('Describing the package objects');
            results.push(await checkObjects(describe, expected.objects));
            progress.next('Reading the settings record');
            results.push(await checkSettings(org.conn));
            progress.next('Reading trigger status (Tooling API)');
            results.push(await checkTriggers(org.conn, expected.triggers));
            progress.next('Counting permission set assignments');
            results.push(await checkPermissionSets(org.conn, expected.permissionSets, user.id));
            progress.next('Checking rule and prompt conditions against the org');
            const configuration = await checkRulesAndPrompts(org.conn, describe);
            results.push(configuration.rules, configuration.prompts);
            progress.next('Checking badges');
            results.push(configuration.badges);
            progress.next('Reading the error log');
            results.push(await checkErrorLog(org.conn));
            progress.next('Reading the scheduled jobs');
            results.push(await checkScheduledJobs(org.conn));
            progress.next('Reading the parallel subscription limit');
            results.push(await checkParallelTriggers(org.conn));
            progress.stop();
            return printReport(io, `${org.label} as ${user.username}`, results);
        } finally {
            progress.stop();
        }
    }
};

export function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
    return runCommand(command, argv, io);
}
