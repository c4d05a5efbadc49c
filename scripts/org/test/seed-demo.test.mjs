// npm run seed-demo against a fake org: the preview's demo team mapped onto the org's users, upserted
// by external id in batches of 200 (re-runs update, never duplicate), stale demo rows removed, a
// production org refused, and failed rows and API errors reported clearly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ERRORS, startFakeOrg } from './fake-org.mjs';
import { MANAGER, REPS, USERS, answerQuery, packageDescribe } from './fixtures.mjs';
import { STACK_TRACE, captureIo, loadScript, orgEnv } from './helpers.mjs';

const { main } = await loadScript('seed-demo');
const LEDGER = 'Adoption_Ledger_Entry__c';

async function withOrg(options, body) {
    let org;
    const demoLedger = () =>
        [...(org.upserts.get(LEDGER)?.values() ?? [])].filter((row) => row.Idempotency_Key__c.startsWith('demo|'));
    org = await startFakeOrg({
        query: (soql, context) =>
            answerQuery(soql, context, {
                [LEDGER]: demoLedger,
                User: () => USERS.map(({ Id, Name, Username }) => ({ Id, Name, Username })),
                ...options.overrides
            }),
        describe: packageDescribe(),
        pageSize: 400,
        ...options.server
    });
    try {
        return await body(org);
    } finally {
        await org.close();
    }
}

function patches(org, type, externalIdField) {
    return org.requests.filter(
        (request) =>
            request.method === 'PATCH' &&
            request.path === `/services/data/v62.0/composite/sobjects/${type}/${externalIdField}`
    );
}

test("seed-demo: loads the demo team for the org's users, by external id, in batches of 200", async () => {
    await withOrg({}, async (org) => {
        const run = captureIo({ env: orgEnv(org) });
        assert.equal(await main(['--as-of', '2026-11-25'], run.io), 0, run.err());
        const out = run.out();
        assert.match(
            out,
            /^ {2}Ada Admin \(you\) +as Maya Okafor, Regional Sales Manager \(manager who also sells\)$/m
        );
        assert.match(out, /^ {2}Ben Ortiz +as Lucas Meyer, Senior Account Executive \(top performer\)$/m);
        assert.match(out, /^ {2}Dan O'Neil +as Jonas Weber, .*\(gone quiet for three weeks\)$/m);
        assert.match(out, /^ {2}Ledger entries +\d+ created, 0 updated$/m);

        const ledger = [...org.upserts.get(LEDGER).values()];
        const scores = [...org.upserts.get('Adoption_Period_Score__c').values()];
        const awards = [...org.upserts.get('Adoption_Badge_Award__c').values()];
        const orgUsers = new Set([MANAGER, ...REPS]);
        assert.ok(ledger.length > 200 && scores.length > 0 && awards.length > 0);
        for (const row of [...ledger, ...scores, ...awards]) {
            assert.ok(orgUsers.has(row.User__c), `User__c ${row.User__c} is an org user`);
            assert.equal(row.OwnerId, row.User__c, 'owned by the rep it belongs to');
        }
        assert.ok(
            ledger.every(
                (row) => row.Idempotency_Key__c.startsWith('demo|') && row.Idempotency_Key__c.includes(row.User__c)
            )
        );
        assert.ok(
            ledger.every((row) => row.Record_Id__c === null),
            'no links to demo records that do not exist'
        );
        assert.ok(
            scores.every((row) => row.Unique_Key__c === `${row.User__c}|${row.Period_Key__c}`),
            "the engine's own score key"
        );
        assert.ok(
            awards.every((row) => row.Unique_Key__c === `${row.User__c}|${row.Badge_Name__c}|${row.Period_Key__c}`)
        );
        assert.ok(!('Id' in JSON.parse(org.requests.find((request) => request.method === 'PATCH').body).records[0]));
        const ledgerPatches = patches(org, LEDGER, 'Idempotency_Key__c');
        assert.equal(ledgerPatches.length, Math.ceil(ledger.length / 200));
        assert.deepEqual(JSON.parse(ledgerPatches[0].body).records[0].attributes, { type: LEDGER });
        assert.equal(JSON.parse(ledgerPatches[0].body).allOrNone, false);
    });
});

test('seed-demo: a re-run updates the same rows; a later day replaces the demo ledger without duplicates', async () => {
    await withOrg({}, async (org) => {
        const first = captureIo({ env: orgEnv(org) });
        assert.equal(await main(['--as-of', '2026-11-25'], first.io), 0);
        const count = org.upserts.get(LEDGER).size;
        const again = captureIo({ env: orgEnv(org) });
        assert.equal(await main(['--as-of', '2026-11-25'], again.io), 0);
        assert.match(again.out(), new RegExp(`^ {2}Ledger entries +0 created, ${count} updated$`, 'm'));
        assert.match(again.out(), /^ {2}Period scores +0 created, \d+ updated$/m);
        assert.match(again.out(), /^ {2}Stale demo rows +0 deleted$/m);
        assert.equal(org.upserts.get(LEDGER).size, count);

        const later = captureIo({ env: orgEnv(org) });
        assert.equal(await main(['--as-of', '2026-11-26'], later.io), 0);
        assert.match(later.out(), /^ {2}Stale demo rows +[1-9]\d* deleted$/m);
        const keys = [...org.upserts.get(LEDGER).keys()];
        assert.equal(new Set(keys).size, keys.length);
        assert.ok(org.deleted.length > 0 && org.requests.some((request) => request.method === 'DELETE'));
    });
});

test('seed-demo: --dry-run reads and plans, writes nothing', async () => {
    await withOrg({}, async (org) => {
        const run = captureIo({ env: orgEnv(org) });
        assert.equal(await main(['--dry-run', '--max-users', '2'], run.io), 0, run.err());
        assert.match(
            run.out(),
            /Dry run: would upsert \d+ ledger entries, \d+ period scores, \d+ badge awards and delete 0 stale demo ledger entries\. Nothing was written\./
        );
        assert.equal(run.out().match(/ as /g).length, 2);
        assert.ok(org.requests.every((request) => request.method === 'GET'));
    });
});

test('seed-demo: --users picks the users; an unknown one is named', async () => {
    await withOrg(
        {
            overrides: {
                User: (soql) =>
                    USERS.filter((user) => soql.includes(`'${user.Username}'`)).map(({ Id, Name, Username }) => ({
                        Id,
                        Name,
                        Username
                    }))
            }
        },
        async (org) => {
            const run = captureIo({ env: orgEnv(org) });
            assert.equal(
                await main(['--users', 'ben@example.com,chloe@example.com', '--dry-run'], run.io),
                0,
                run.err()
            );
            assert.match(run.out(), /^ {2}Ben Ortiz +as Maya Okafor/m);
            const missing = captureIo({ env: orgEnv(org) });
            assert.equal(await main(['--users', 'ben@example.com,zed@example.com'], missing.io), 1);
            assert.match(missing.err(), /No active user with username zed@example\.com in this org \(--users\)\./);
        }
    );
});

test('seed-demo: refuses a production org unless --allow-production', async () => {
    const production = {
        Organization: () => [
            { Name: 'Acme', IsSandbox: false, OrganizationType: 'Enterprise Edition', TrialExpirationDate: null }
        ]
    };
    await withOrg({ overrides: production }, async (org) => {
        const run = captureIo({ env: orgEnv(org) });
        assert.equal(await main([], run.io), 1);
        assert.match(run.err(), /Acme looks like a production org \(Enterprise Edition\).*pass --allow-production/);
        assert.ok(!org.requests.some((request) => request.method === 'PATCH'));
        const allowed = captureIo({ env: orgEnv(org) });
        assert.equal(await main(['--allow-production', '--max-users', '1'], allowed.io), 0, allowed.err());
    });
});

test('seed-demo: failed rows are counted and explained, exit 1', async () => {
    const validateRow = (type, record) =>
        record.User__c === REPS[0]
            ? {
                  statusCode: 'MALFORMED_ID',
                  message: 'User: id value of incorrect type: 005000000000002AAA',
                  fields: ['User__c']
              }
            : undefined;
    await withOrg({ server: { validateRow } }, async (org) => {
        const run = captureIo({ env: orgEnv(org) });
        assert.equal(await main([], run.io), 1);
        assert.match(run.out(), /^ {2}Ledger entries +\d+ created, 0 updated, \d+ FAILED$/m);
        assert.match(
            run.err(),
            /^ {2}ledger: \d+ rows: MALFORMED_ID \(User__c\): User: id value of incorrect type: 005000000000002AAA$/m
        );
        assert.match(run.err(), /Salesforce rejected an Id as malformed/);
        assert.doesNotMatch(run.err(), STACK_TRACE);
    });
});

for (const [what, fault, message] of [
    [
        '400 INVALID_FIELD on the upsert',
        { method: 'PATCH', path: /Adoption_Period_Score__c/, ...ERRORS.invalidField },
        /A field the script uses does not exist in the org .*npm run doctor/
    ],
    [
        '403 REQUEST_LIMIT_EXCEEDED half way',
        { method: 'PATCH', path: /Adoption_Badge_Award__c/, ...ERRORS.requestLimit },
        /The org has used up its API request limit.*re-runs are safe/
    ],
    [
        '401 INVALID_SESSION_ID',
        { path: /FROM Organization/, ...ERRORS.expiredSession },
        /The org session has expired or is not valid/
    ],
    [
        '400 MALFORMED_ID on a delete',
        { method: 'DELETE', path: /composite\/sobjects/, ...ERRORS.malformedId },
        /Salesforce rejected an Id as malformed/
    ]
]) {
    test(`seed-demo: ${what} prints one clear message, no stack trace`, async () => {
        await withOrg({ server: { faults: [fault] } }, async (org) => {
            if (fault.method === 'DELETE') {
                assert.equal(
                    await main(['--as-of', '2026-11-20', '--max-users', '1'], captureIo({ env: orgEnv(org) }).io),
                    0
                );
            }
            const run = captureIo({ env: orgEnv(org) });
            assert.equal(await main(['--max-users', '1'], run.io), 1);
            assert.match(run.err(), new RegExp(`^seed-demo: ${message.source}`, 'm'));
            assert.doesNotMatch(run.err() + run.out(), STACK_TRACE);
        });
    });
}

test('seed-demo: without write access it stops and lists what is missing; --grant-access sets up Adoption_Demo_Loader', async () => {
    let org;
    const created = (type) => org.created.get(type) ?? [];
    const granted = () => created('PermissionSetAssignment').length > 0;
    const describe = packageDescribe();
    for (const objectName of [LEDGER, 'Adoption_Period_Score__c', 'Adoption_Badge_Award__c']) {
        const fields = describe[objectName];
        describe[objectName] = () =>
            fields.map((field) =>
                granted() || field.name === 'Id' ? field : { ...field, createable: false, updateable: false }
            );
    }
    const fromCreated = (type) => () => created(type);
    org = await startFakeOrg({
        query: (soql, context) =>
            answerQuery(soql, context, {
                [LEDGER]: () => [],
                User: () => USERS.map(({ Id, Name, Username }) => ({ Id, Name, Username })),
                PermissionSet: fromCreated('PermissionSet'),
                ObjectPermissions: fromCreated('ObjectPermissions'),
                FieldPermissions: fromCreated('FieldPermissions'),
                PermissionSetAssignment: fromCreated('PermissionSetAssignment')
            }),
        describe
    });
    try {
        const dry = captureIo({ env: orgEnv(org) });
        assert.equal(await main(['--dry-run', '--max-users', '1'], dry.io), 0, dry.err());
        assert.match(
            dry.out(),
            /You cannot write everything yet \(a real run needs --grant-access\):\n {2}Adoption_Ledger_Entry__c: cannot write Category__c, /
        );

        const refused = captureIo({ env: orgEnv(org) });
        assert.equal(await main(['--max-users', '1'], refused.io), 1);
        assert.match(
            refused.err(),
            /seed-demo: You cannot write the demo rows:\n {2}Adoption_Ledger_Entry__c: cannot write .*Idempotency_Key__c.*\n {2}Adoption_Period_Score__c: /
        );
        assert.match(
            refused.err(),
            /Re-run with --grant-access to create and assign the permission set Adoption_Demo_Loader/
        );
        assert.ok(!org.requests.some((request) => request.method !== 'GET'), 'nothing written');

        const run = captureIo({ env: orgEnv(org) });
        assert.equal(await main(['--max-users', '1', '--grant-access'], run.io), 0, run.err());
        assert.match(run.err(), /assigned the permission set Adoption_Demo_Loader to you/);
        const [permissionSet] = created('PermissionSet');
        assert.equal(permissionSet.Name, 'Adoption_Demo_Loader');
        assert.deepEqual(
            created('ObjectPermissions').map((row) => [
                row.SobjectType,
                row.ParentId,
                row.PermissionsCreate,
                row.PermissionsEdit,
                row.PermissionsDelete,
                row.PermissionsModifyAllRecords
            ]),
            [LEDGER, 'Adoption_Period_Score__c', 'Adoption_Badge_Award__c'].map((type) => [
                type,
                permissionSet.Id,
                true,
                true,
                true,
                true
            ])
        );
        const fieldPermissions = created('FieldPermissions').map((row) => row.Field);
        assert.ok(
            fieldPermissions.includes('Adoption_Ledger_Entry__c.Idempotency_Key__c') &&
                fieldPermissions.includes('Adoption_Badge_Award__c.Unique_Key__c')
        );
        assert.ok(!fieldPermissions.some((name) => name.endsWith('.OwnerId')), 'OwnerId has no field permission');
        assert.deepEqual(
            created('PermissionSetAssignment').map((row) => [row.PermissionSetId, row.AssigneeId]),
            [[permissionSet.Id, MANAGER]]
        );
        assert.ok(org.upserts.get(LEDGER).size > 0);

        const again = captureIo({ env: orgEnv(org) });
        assert.equal(await main(['--max-users', '1', '--grant-access'], again.io), 0, again.err());
        assert.equal(created('PermissionSet').length, 1, 'set up once');
        assert.equal(created('PermissionSetAssignment').length, 1);
    } finally {
        await org.close();
    }
});

test('seed-demo: an org without the package says to deploy it', async () => {
    await withOrg({ overrides: { [LEDGER]: () => undefined } }, async (org) => {
        const run = captureIo({ env: orgEnv(org) });
        assert.equal(await main([], run.io), 1);
        assert.match(
            run.err(),
            /Cannot read Adoption_Ledger_Entry__c: the CRM Adoption package is not deployed in this org, or you lack the Adoption_Admin permission set\. Run `npm run deploy`/
        );
    });
});

test('seed-demo: bad arguments exit 2', async () => {
    for (const [argv, message] of [
        [['--users', 'ben'], /--users must be comma-separated usernames/],
        [['--max-users', '0'], /--max-users must be a whole number from 1 to 25, got '0'/],
        [['--max-users', '26'], /--max-users must be a whole number from 1 to 25/],
        [['--as-of', 'yesterday'], /--as-of must be a date like 2026-11-20/],
        [['--dry-run=yes'], /--dry-run/]
    ]) {
        const run = captureIo();
        assert.equal(await main(argv, run.io), 2, `${argv.join(' ')}: ${run.err()}`);
        assert.match(run.err(), message);
    }
});
