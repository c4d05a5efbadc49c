// npm run doctor against a fake org: a healthy org passes; each kind of problem fails with a line
// naming it; API errors print one clear sentence, never a stack trace.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPO_ROOT, typeEntries } from '../../checks/lib.mjs';
import { ERRORS, startFakeOrg } from './fake-org.mjs';
import { BADGES, PROMPTS, RULES, answerQuery, packageDescribe } from './fixtures.mjs';
import { STACK_TRACE, captureIo, fakeSf, loadScript, orgEnv, pathWithoutSf } from './helpers.mjs';

// The doctor checks every object the repository deploys, so the count follows the repository.
const OBJECTS = typeEntries(REPO_ROOT, 'objects').length;

const { main } = await loadScript('doctor');

async function withOrg(options, body) {
    const org = await startFakeOrg({
        query: (soql, context) => answerQuery(soql, context, options.overrides ?? {}),
        describe: options.describe ?? packageDescribe(),
        pageSize: 2,
        ...options.server
    });
    try {
        return await body(org);
    } finally {
        await org.close();
    }
}

test('doctor: a healthy org passes every check, reading paged queries, describes and the Tooling API', async () => {
    await withOrg({}, async (org) => {
        const run = captureIo({ env: orgEnv(org) });
        const code = await main([], run.io);
        assert.equal(code, 0, run.out() + run.err());
        for (const check of [
            'Package objects',
            'Settings',
            'Triggers',
            'Permission sets',
            'Rules',
            'Prompts',
            'Badges',
            'Error log',
            'Scheduled jobs',
            'Partitions'
        ]) {
            assert.match(run.out(), new RegExp(`^PASS  ${check}`, 'm'));
        }
        assert.match(run.out(), /All checks pass\.$/m);
        assert.match(run.out(), /^PASS {2}Scheduled jobs +challenge closing scheduled, next run 2026-11-22T23:05/m);
        assert.match(run.out(), /- weekly digest: next run 2026-11-23T07:00/);
        assert.match(run.out(), /as admin@example\.com/);
        assert.ok(
            org.requests.some(
                (request) =>
                    request.path === '/services/data/v62.0/tooling/query' && /FROM ApexTrigger/.test(request.query)
            )
        );
        assert.ok(
            org.requests.some((request) => /^\/services\/data\/v62\.0\/tooling\/query\/01g/.test(request.path)),
            'follows the tooling nextRecordsUrl'
        );
        assert.ok(
            org.requests.some((request) => /^\/services\/data\/v62\.0\/query\/01g/.test(request.path)),
            'follows nextRecordsUrl'
        );
        assert.ok(
            org.requests.some(
                (request) => request.path === '/services/data/v62.0/sobjects/Adoption_Ledger_Entry__c/describe'
            )
        );
        assert.match(
            run.out(),
            /^PASS {2}Partitions +the signal trigger runs with parallel subscriptions \(1 of 5 used in the org\)$/m
        );
        assert.ok(
            org.requests.some((request) => request.path === '/services/data/v62.0/limits'),
            'reads the REST limits resource'
        );
        assert.match(run.err(), /^\[1\/10\] Connecting$/m, 'plain progress lines when stderr is not a terminal');
    });
});

test('doctor: connects through `sf org display --json` for --target-org', async () => {
    await withOrg({}, async (org) => {
        const sf = fakeSf([
            {
                match: '^org display --target-org adoption --json$',
                stdout: {
                    status: 0,
                    result: {
                        username: 'ada@acme.test',
                        alias: 'adoption',
                        instanceUrl: org.url,
                        accessToken: org.token,
                        connectedStatus: 'Connected'
                    }
                }
            }
        ]);
        const run = captureIo({
            env: { ...sf.env, SF_INSTANCE_URL: 'https://ignored.example.com', SF_ACCESS_TOKEN: 'ignored' }
        });
        assert.equal(await main(['--target-org', 'adoption'], run.io), 0, run.out() + run.err());
        assert.match(run.out(), /ada@acme\.test \[adoption\]/);
        assert.deepEqual(sf.calls(), [['sf', 'org', 'display', '--target-org', 'adoption', '--json']]);
        assert.doesNotMatch(run.out() + run.err(), new RegExp(org.token), 'never prints the access token');
    });
});

test('doctor: names every problem of a broken org and exits 1', async () => {
    const describe = packageDescribe();
    delete describe.Adoption_Job__c;
    describe.Adoption_Ledger_Entry__c = describe.Adoption_Ledger_Entry__c.filter(
        (field) => field.name !== 'Idempotency_Key__c'
    );
    const overrides = {
        Adoption_Settings__mdt: () => [],
        ApexTrigger: () => [
            { Name: 'AdoptionTaskTrigger', Status: 'Inactive', TableEnumOrId: 'Task' },
            { Name: 'AdoptionOldTrigger', Status: 'Active', TableEnumOrId: 'Lead' }
        ],
        PermissionSetAssignment: () => [],
        Adoption_Rule__mdt: () => [
            ...RULES,
            {
                DeveloperName: 'Bad_Field',
                Active__c: true,
                Object__c: 'Opportunity',
                Condition__c: "Stage = 'Won' AND Owner.Nickname IS BLANK"
            },
            { DeveloperName: 'Bad_Object', Active__c: false, Object__c: 'Invoice__c', Condition__c: '' },
            {
                DeveloperName: 'Bad_Relationship',
                Active__c: true,
                Object__c: 'Opportunity',
                Condition__c: 'Partner.Name IS BLANK'
            },
            {
                DeveloperName: 'Bad_Undo',
                Active__c: true,
                Object__c: 'Opportunity',
                Condition__c: 'StageName CHANGED AND Amount INCREASED',
                Undo_Condition__c: 'Stage_Order__c DECREASED',
                Once_Per_Value_Of__c: 'Stage__c'
            }
        ],
        Adoption_Prompt__mdt: () => [
            ...PROMPTS,
            {
                DeveloperName: 'Bad_Quote',
                Active__c: true,
                Object__c: 'Opportunity',
                Condition__c: "StageName = 'Closed",
                Figure_Condition__c: null,
                Action_Type__c: 'Edit Field',
                Action_Field__c: 'Next_Step__c'
            }
        ],
        Adoption_Badge__mdt: () => [
            ...BADGES,
            { DeveloperName: 'Ghost', Active__c: true, Criteria_Type__c: 'Rule Count', Rule_Name__c: 'No_Such_Rule' }
        ],
        Adoption_Error_Log__c: () => [
            { Source__c: 'Capture', Message__c: 'Rule Bad_Field disabled: no field Stage', Rule_Name__c: 'Bad_Field' },
            { Source__c: 'Capture', Message__c: 'Rule Bad_Field disabled: no field Stage', Rule_Name__c: 'Bad_Field' }
        ],
        CronTrigger: () => [],
        Adoption_Challenge__c: () => [{ Id: 'a0X000000000001AAA' }, { Id: 'a0X000000000002AAA' }]
    };
    await withOrg({ describe, overrides }, async (org) => {
        const run = captureIo({ env: orgEnv(org) });
        assert.equal(await main([], run.io), 1, run.out());
        const out = run.out();
        assert.match(out, new RegExp(`^FAIL {2}Package objects {2}${OBJECTS - 2} of ${OBJECTS} objects complete`, 'm'));
        assert.match(out, /- Adoption_Job__c is not in the org/);
        assert.match(out, /- Adoption_Ledger_Entry__c lacks Idempotency_Key__c/);
        assert.match(out, /^FAIL {2}Settings .*record Default is missing/m);
        assert.match(out, /^FAIL {2}Triggers +0 of \d+ active/m);
        assert.match(out, /- AdoptionTaskTrigger on Task is Inactive/);
        assert.match(out, /- AdoptionCaseTrigger is not in the org/);
        assert.match(out, /AdoptionOldTrigger/);
        assert.match(out, /^FAIL {2}Permission sets .*Adoption_Admin 0/m);
        assert.match(out, /- nobody has Adoption_Admin/);
        assert.match(out, /^FAIL {2}Rules +4 of 7 with problems/m);
        assert.match(out, /- Bad_Undo: Undo_Condition__c: field 'Stage_Order__c' does not exist on Opportunity/);
        assert.match(out, /- Bad_Undo: Once_Per_Value_Of__c: field 'Stage__c' does not exist on Opportunity/);
        assert.doesNotMatch(out, /- Bad_Undo: Condition__c/, 'INCREASED parses and Amount exists');
        assert.match(out, /- Bad_Field: Condition__c: field 'Stage' does not exist on Opportunity/);
        assert.match(out, /- Bad_Field: Condition__c: field 'Owner\.Nickname' does not exist on Opportunity/);
        assert.match(out, /- Bad_Object \(inactive\): Object__c 'Invoice__c' is not an object in the org/);
        assert.match(
            out,
            /- Bad_Relationship: Condition__c: 'Partner' in 'Partner\.Name' is not a relationship of Opportunity/
        );
        assert.doesNotMatch(out, /Close_Won:/, 'Account.Industry resolves through the Account relationship');
        assert.match(out, /^FAIL {2}Prompts/m);
        assert.match(out, /- Bad_Quote: Condition__c: Text starting at position 13 has no closing quote\./);
        assert.match(out, /- Bad_Quote: Action_Field__c: field 'Next_Step__c' does not exist on Opportunity/);
        assert.match(out, /^FAIL {2}Badges .*1 of 3 name a rule that does not exist/m);
        assert.match(out, /^WARN {2}Error log +2 errors logged in the last 7 days/m);
        assert.match(out, /- 2x Capture \(Bad_Field\): Rule Bad_Field disabled/);
        assert.match(
            out,
            /^WARN {2}Scheduled jobs +2 running challenge\(s\) but challenge closing is not scheduled: schedule it on the Adoption Setup page/m
        );
        assert.match(out, /- weekly digest: not scheduled/);
        assert.match(out, /7 check\(s\) failed, 2 warning\(s\)/);
    });
});

test('doctor: an org without the package says to deploy it', async () => {
    const overrides = {
        Adoption_Settings__mdt: () => undefined,
        Adoption_Rule__mdt: () => undefined,
        Adoption_Prompt__mdt: () => undefined,
        Adoption_Badge__mdt: () => undefined,
        Adoption_Error_Log__c: () => undefined,
        Adoption_Challenge__c: () => undefined
    };
    await withOrg({ describe: {}, overrides }, async (org) => {
        const run = captureIo({ env: orgEnv(org) });
        assert.equal(await main([], run.io), 1);
        assert.match(
            run.out(),
            new RegExp(
                `^FAIL {2}Package objects {2}0 of ${OBJECTS} objects complete: deploy with \`npm run deploy\``,
                'm'
            )
        );
        assert.match(run.out(), /^FAIL {2}Settings +Adoption_Settings__mdt is not in the org: deploy the package/m);
        assert.match(run.out(), /^FAIL {2}Scheduled jobs +the scheduled jobs or Adoption_Challenge__c cannot be read/m);
        assert.doesNotMatch(run.out() + run.err(), STACK_TRACE);
    });
});

test('doctor: before a first deploy, an org with all 5 parallel-subscription triggers taken fails; one with room passes', async () => {
    const notYetDeployed = { EventBusSubscriber: () => [] };
    const full = { PlatformEventTriggersWithParallelProcessing: { Max: 5, Remaining: 0 } };
    await withOrg({ overrides: notYetDeployed, server: { limits: full } }, async (org) => {
        const run = captureIo({ env: orgEnv(org) });
        assert.equal(await main([], run.io), 1);
        assert.match(
            run.out(),
            /^FAIL {2}Partitions +the org has 5 of 5 triggers with parallel subscriptions: deploying AdoptionSignalTriggerConfig \(10 partitions\) is refused/m
        );
    });
    await withOrg({ overrides: notYetDeployed }, async (org) => {
        const run = captureIo({ env: orgEnv(org) });
        assert.equal(await main([], run.io), 0, run.out());
        assert.match(run.out(), /^PASS {2}Partitions +4 of 5 triggers with parallel subscriptions left/m);
    });
});

const API_ERRORS = [
    [
        'an expired session (401 INVALID_SESSION_ID)',
        { token: 'other' },
        /The org session has expired or is not valid.*sf org login web.*\(INVALID_SESSION_ID: Session expired or invalid\)/
    ],
    [
        'the API request limit (403 REQUEST_LIMIT_EXCEEDED)',
        { faults: [{ path: /FROM ApexTrigger/, ...ERRORS.requestLimit }] },
        /The org has used up its API request limit.*re-runs are safe\. \(REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded\.\)/
    ],
    [
        'a malformed Id (400 MALFORMED_ID)',
        { faults: [{ path: /PermissionSetAssignment/, ...ERRORS.malformedId }] },
        /Salesforce rejected an Id as malformed.*\(MALFORMED_ID: Id in upsert is not valid: 005BAD\)/
    ]
];

for (const [what, setup, message] of API_ERRORS) {
    test(`doctor: ${what} prints one clear message and exits 1`, async () => {
        await withOrg({ server: setup.faults ? { faults: setup.faults } : {} }, async (org) => {
            const env = orgEnv(org, setup.token ? { SF_ACCESS_TOKEN: setup.token } : {});
            const run = captureIo({ env });
            assert.equal(await main([], run.io), 1, run.out());
            assert.match(run.err(), new RegExp(`^doctor: ${message.source}`, 'm'));
            assert.doesNotMatch(run.err() + run.out(), STACK_TRACE);
        });
    });
}

test('doctor: without sf and without a token, says how to install the CLI (Node 22+)', async () => {
    const run = captureIo({ env: { PATH: pathWithoutSf() } });
    assert.equal(await main([], run.io), 1);
    assert.match(run.err(), /`sf`\) was not found on PATH/);
    assert.match(run.err(), /npm install --global @salesforce\/cli` on Node\.js 22 or later/);
    assert.match(run.err(), /set SF_INSTANCE_URL and SF_ACCESS_TOKEN/);
});

test('doctor: without an org says how to choose one', async () => {
    const sf = fakeSf([
        {
            match: '^org display --json$',
            status: 1,
            stdout: {
                status: 1,
                name: 'NoDefaultEnvError',
                message: 'No default environment found. Use -o or --target-org to specify an environment.',
                exitCode: 1
            }
        }
    ]);
    const run = captureIo({ env: sf.env });
    assert.equal(await main([], run.io), 1);
    assert.match(run.err(), /No default environment found/);
    assert.match(
        run.err(),
        /pass --target-org <alias>, set SF_TARGET_ORG, or set a default with `sf config set target-org <alias>`/
    );
});

test('doctor: bad arguments and half-set credentials exit 2 with a pointer to --help', async () => {
    for (const [argv, env, message] of [
        [['--target-org'], {}, /argument missing/],
        [['--verbose'], {}, /unknown option '--verbose'/],
        [
            [],
            { SF_INSTANCE_URL: 'https://x.my.salesforce.com' },
            /SF_INSTANCE_URL and SF_ACCESS_TOKEN go together: SF_ACCESS_TOKEN is not set/
        ],
        [[], { SF_INSTANCE_URL: 'ftp://x', SF_ACCESS_TOKEN: 't' }, /SF_INSTANCE_URL must be an https URL/]
    ]) {
        const run = captureIo({ env });
        assert.equal(await main(argv, run.io), 2, `${argv.join(' ')}: ${run.err()}`);
        assert.match(run.err(), message);
        assert.match(run.err(), /Run `npm run doctor -- --help` for the options\./);
    }
});
