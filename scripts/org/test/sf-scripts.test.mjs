// npm run deploy, org:create and test:apex with a fake `sf` (and `npm`) on PATH: the commands they run,
// in order, with the right flags; the target org from --target-org, SF_TARGET_ORG or the sf default;
// and a clear message for each way the CLI can fail.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startFakeOrg } from './fake-org.mjs';
import { USERS, answerQuery, packageDescribe } from './fixtures.mjs';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compiledPath } from '../build.mjs';
import { STACK_TRACE, captureIo, fakeSf, loadScript, pathWithoutSf, tempDir } from './helpers.mjs';

const deploy = (await loadScript('deploy')).main;
const orgCreate = (await loadScript('org-create')).main;
const apexTests = (await loadScript('apex-tests')).main;

const display = (username = 'ada@acme.test', alias = 'adoption') => ({
    status: 0,
    result: {
        username,
        alias,
        instanceUrl: 'https://acme.my.salesforce.com',
        accessToken: '00D!secret',
        connectedStatus: 'Connected'
    }
});
const assigned = {
    status: 0,
    result: { successes: [{ name: 'ada@acme.test', value: 'Adoption_Admin' }], failures: [] }
};

test('deploy: checks the CLI and org, builds, deploys force-app, assigns Adoption_Admin', async () => {
    const sf = fakeSf([
        { match: '^org display --target-org adoption --json$', stdout: display() },
        { match: '^project deploy start', stdout: 'Deploying v62.0 metadata to ada@acme.test\nStatus: Succeeded\n' },
        { match: '^org assign permset', stdout: assigned }
    ]);
    const run = captureIo({ env: sf.env });
    assert.equal(await deploy(['--target-org', 'adoption'], run.io), 0, run.err());
    assert.deepEqual(sf.calls(), [
        ['sf', '--version'],
        ['sf', 'org', 'display', '--target-org', 'adoption', '--json'],
        ['npm', 'run', 'build'],
        ['sf', 'project', 'deploy', 'start', '--source-dir', 'force-app', '--target-org', 'adoption'],
        ['sf', 'org', 'assign', 'permset', '--name', 'Adoption_Admin', '--target-org', 'adoption', '--json']
    ]);
    const out = run.out();
    assert.match(
        out,
        /==> Deploying force-app to adoption\n {4}\$ sf project deploy start --source-dir force-app --target-org adoption\n/
    );
    assert.match(out, /Status: Succeeded/, "sf's own output is shown");
    assert.match(out, /Adoption_Admin assigned\./);
    assert.match(
        out,
        /sf org assign permset --name Adoption_Rep --on-behalf-of <rep username> \(repeat per rep\) --target-org adoption/
    );
    assert.doesNotMatch(out, /secret/, 'never prints the access token');
});

test('deploy: the target org comes from SF_TARGET_ORG, else the sf default org', async () => {
    const sf = fakeSf([
        { match: '^org display --target-org from-env --json$', stdout: display('env@acme.test', 'from-env') },
        { match: '^org display --json$', stdout: display('default@acme.test', '') },
        { match: '^org assign permset', stdout: assigned }
    ]);
    const fromEnv = captureIo({ env: { ...sf.env, SF_TARGET_ORG: 'from-env' } });
    assert.equal(await deploy(['--skip-build'], fromEnv.io), 0, fromEnv.err());
    const fallback = captureIo({ env: sf.env });
    assert.equal(await deploy(['--skip-build'], fallback.io), 0, fallback.err());
    const deploys = sf.calls().filter((call) => call[1] === 'project');
    assert.deepEqual(
        deploys.map((call) => call.at(-1)),
        ['from-env', 'default@acme.test']
    );
    assert.ok(!sf.calls().some((call) => call[0] === 'npm'), '--skip-build skips npm run build');
});

test('deploy: an existing Adoption_Admin assignment is fine', async () => {
    const sf = fakeSf([
        { match: '^org display', stdout: display() },
        {
            match: '^org assign permset',
            status: 1,
            stdout: {
                status: 1,
                result: {
                    successes: [],
                    failures: [
                        { name: 'ada@acme.test', message: 'Duplicate PermissionSetAssignment: Assignee, PermissionSet' }
                    ]
                }
            }
        }
    ]);
    const run = captureIo({ env: sf.env });
    assert.equal(await deploy(['--skip-build'], run.io), 0, run.err());
    assert.match(run.out(), /Adoption_Admin was already assigned\./);
});

test('deploy: each failing step says what failed and what to do', async () => {
    const cases = [
        [
            { PATH: pathWithoutSf() },
            [],
            /sf`\) was not found on PATH.*npm install --global @salesforce\/cli` on Node\.js 22 or later/s
        ],
        [
            null,
            [
                {
                    match: '^org display',
                    status: 1,
                    stdout: {
                        status: 1,
                        name: 'NoDefaultEnvError',
                        message: 'No default environment found. Use -o or --target-org to specify an environment.'
                    }
                }
            ],
            /No default environment found.*\nNo org chosen: pass --target-org <alias>, set SF_TARGET_ORG/s
        ],
        [
            null,
            [
                {
                    match: '^org display',
                    status: 1,
                    stdout: {
                        status: 1,
                        name: 'NamedOrgNotFoundError',
                        message: 'No authorization information found for nope.'
                    }
                }
            ],
            /No authorization information found for nope\.\nThe CLI has no login for that org: log in with `sf org login web --alias <alias>`/
        ],
        [
            null,
            [
                { match: '^org display', stdout: display() },
                {
                    match: '^project deploy start',
                    status: 1,
                    stderr: 'Error (1): Deploy failed.\n  ApexClass CaptureService: Variable does not exist: x (12:5)\n'
                }
            ],
            /The deploy failed \(sf exited with 1; its errors are above\)/
        ],
        [
            null,
            [
                { match: '^org display', stdout: display() },
                {
                    match: '^org assign permset',
                    status: 1,
                    stdout: {
                        status: 1,
                        result: {
                            successes: [],
                            failures: [
                                { name: 'ada', message: 'Permission set "Adoption_Admin" not found in target org.' }
                            ]
                        }
                    }
                }
            ],
            /Assigning Adoption_Admin failed: Permission set "Adoption_Admin" not found in target org\.\nIs the package deployed\?/
        ]
    ];
    for (const [env, scenario, message] of cases) {
        const sf = fakeSf(scenario);
        const run = captureIo({ env: env ?? sf.env });
        assert.equal(await deploy(['--skip-build'], run.io), 1, message.source);
        assert.match(run.err(), /^deploy: /m);
        assert.match(run.err(), message);
        assert.doesNotMatch(run.err(), STACK_TRACE);
    }
});

test('deploy: a failing build stops before the deploy', async () => {
    const sf = fakeSf(
        [{ match: '^org display', stdout: display() }],
        [{ match: '^run build$', status: 1, stdout: 'FAIL TypeScript build\n' }]
    );
    const run = captureIo({ env: sf.env });
    assert.equal(await deploy([], run.io), 1);
    assert.match(run.err(), /`npm run build` failed \(above\)/);
    assert.ok(!sf.calls().some((call) => call[1] === 'project'));
});

test('deploy: an unbuilt component stops the deploy before sf uploads anything, naming the bundle', async () => {
    const { checkBuilt } = await import(pathToFileURL(compiledPath('scripts/org/lib/org-steps.ts')).href);
    // A project with one built bundle (its .js newer than its .ts) and one that was never built.
    const project = tempDir('unbuilt');
    const lwc = path.join(project, 'force-app/main/default/lwc');
    for (const [name, built] of [
        ['board', true],
        ['widget', false]
    ]) {
        mkdirSync(path.join(lwc, name), { recursive: true });
        writeFileSync(path.join(lwc, name, `${name}.js-meta.xml`), '<LightningComponentBundle/>\n');
        writeFileSync(path.join(lwc, name, `${name}.ts`), 'export {};\n');
        utimesSync(path.join(lwc, name, `${name}.ts`), new Date('2020-01-01'), new Date('2020-01-01'));
        if (built) {
            writeFileSync(path.join(lwc, name, `${name}.js`), 'export {};\n');
        }
    }
    const run = captureIo();
    await assert.rejects(checkBuilt(run.io, project), (error) => {
        assert.equal(
            error.message,
            'Not deploying: 1 component(s) are not built:\n  widget: has no widget.js: run `npm run build`\n' +
                'Run `npm run build` (or `npm run deploy` without --skip-build), then deploy again.'
        );
        return true;
    });
    // A source edited after the build counts as unbuilt too.
    utimesSync(path.join(lwc, 'board', 'board.ts'), new Date(), new Date());
    await assert.rejects(checkBuilt(run.io, project), /board: board\.ts is newer than board\.js/);
    // The repository itself is built (npm test builds first; the test helpers build when it is not).
    await checkBuilt(run.io);
    assert.match(run.out(), /every component has its built \.js/);
});

const RUN_RESULT = (orgWide, coverage, tests = []) => ({
    status: tests.some((item) => item.Outcome === 'Fail') ? 100 : 0,
    result: {
        summary: {
            outcome: tests.some((item) => item.Outcome === 'Fail') ? 'Failed' : 'Passed',
            testsRan: 42,
            passing: 42 - tests.filter((item) => item.Outcome === 'Fail').length,
            failing: tests.filter((item) => item.Outcome === 'Fail').length,
            skipped: 0,
            passRate: '100%',
            failRate: '0%',
            testStartTime: 'Wed Nov 25 2026 10:00:00 AM',
            testExecutionTime: '8371 ms',
            testTotalTime: '8371 ms',
            commandTime: '412 ms',
            hostname: 'https://acme.my.salesforce.com',
            orgId: '00D000000000001EAA',
            username: 'ada@acme.test',
            testRunId: '7078G00001Wh65F',
            userId: '005000000000001AAA',
            testRunCoverage: orgWide,
            orgWideCoverage: orgWide
        },
        tests,
        coverage: {
            coverage: coverage.map(([name, covered, total]) => ({
                id: '01p000000000001AAA',
                name,
                totalLines: total,
                lines: {},
                totalCovered: covered,
                coveredPercent: total ? Math.floor((100 * covered) / total) : 0
            })),
            records: [],
            summary: { totalLines: 1000, coveredLines: 900, orgWideCoverage: orgWide, testRunCoverage: orgWide }
        }
    }
});

function apexScenario(result, status = result.status) {
    return [
        { match: '^org display', stdout: display() },
        { match: '^apex run test', status, stdout: `${JSON.stringify(result, null, 2)}\n` }
    ];
}

test('test:apex: runs the local tests with coverage and passes at 90% or more', async () => {
    const sf = fakeSf(
        apexScenario(
            RUN_RESULT('93%', [
                ['Conditions', 95, 100],
                ['CaptureService', 180, 200]
            ])
        )
    );
    const run = captureIo({ env: sf.env });
    assert.equal(await apexTests(['--target-org', 'adoption'], run.io), 0, run.err());
    assert.deepEqual(sf.calls().at(-1), [
        'sf',
        'apex',
        'run',
        'test',
        '--code-coverage',
        '--result-format',
        'json',
        '--wait',
        '30',
        '--test-level',
        'RunLocalTests',
        '--target-org',
        'adoption'
    ]);
    assert.match(run.out(), /Apex tests: Passed, 42 ran, 42 passed, 0 failed, 0 skipped \(8371 ms\)/);
    assert.match(run.out(), /Org-wide coverage: 93% \(minimum 90%\)/);
    assert.match(run.out(), /Every package class and trigger is at 90% or more\./);
});

test('test:apex: fails under 90% org-wide, listing the package classes under 90%', async () => {
    const coverage = [
        ['CaptureService', 150, 200],
        ['AdoptionTaskTrigger', 1, 2],
        ['Conditions', 99, 100],
        ['SomeoneElsesClass', 1, 10],
        ['EmptyClass', 0, 0]
    ];
    const sf = fakeSf(apexScenario(RUN_RESULT('84%', coverage)));
    const run = captureIo({ env: sf.env });
    assert.equal(await apexTests([], run.io), 1);
    assert.match(
        run.out(),
        /Package classes and triggers under 90%:\n {2}AdoptionTaskTrigger +50% +\(1 of 2 lines\)\n {2}CaptureService +75% +\(150 of 200 lines\)\n/
    );
    assert.doesNotMatch(run.out(), /Conditions +99%/);
    assert.match(run.out(), /\(1 other class\(es\) in the org are under 90%/);
    assert.match(run.err(), /test:apex: org-wide coverage 84% is under 90%: add tests for the classes listed above\./);
});

test('test:apex: a failing test fails the run (sf exits 100), with its message and stack', async () => {
    const failing = {
        Id: '07M000000000001AAA',
        Outcome: 'Fail',
        FullName: 'CaptureServiceTest.it_should_publish_one_signal_per_rule',
        MethodName: 'it_should_publish_one_signal_per_rule',
        Message: 'System.AssertException: Assertion Failed: one signal: Expected: 1, Actual: 2',
        StackTrace: 'Class.CaptureServiceTest.it_should_publish_one_signal_per_rule: line 42, column 1',
        ApexClass: { Id: '01p', Name: 'CaptureServiceTest', NamespacePrefix: null },
        RunTime: 30
    };
    const sf = fakeSf(apexScenario(RUN_RESULT('95%', [['CaptureService', 190, 200]], [failing])));
    const run = captureIo({ env: sf.env });
    assert.equal(await apexTests(['--min-coverage', '75'], run.io), 1);
    assert.match(run.out(), /Apex tests: Failed, 42 ran, 41 passed, 1 failed/);
    assert.match(
        run.out(),
        /Failing tests:\n {2}CaptureServiceTest\.it_should_publish_one_signal_per_rule: System\.AssertException: Assertion Failed: one signal: Expected: 1, Actual: 2\n {6}Class\.CaptureServiceTest/
    );
    assert.match(run.err(), /test:apex: 1 test\(s\) failed\./);
});

test("test:apex: a run that produces no result shows sf's reason", async () => {
    const sf = fakeSf([
        { match: '^org display', stdout: display() },
        { match: '^apex run test', status: 1, stderr: 'Error (1): INVALID_SESSION_ID: Session expired or invalid\n' }
    ]);
    const run = captureIo({ env: sf.env });
    assert.equal(await apexTests([], run.io), 1);
    assert.match(
        run.err(),
        /The Apex test run did not produce a result \(sf exited with 1\): Error \(1\): INVALID_SESSION_ID: Session expired or invalid/
    );
    assert.match(run.err(), /The CLI login has expired: log in again/);
});

test('test:apex and org:create: bad arguments exit 2', async () => {
    for (const [main, argv, message] of [
        [apexTests, ['--min-coverage', '101'], /--min-coverage must be a whole number from 0 to 100/],
        [apexTests, ['--wait', '0'], /--wait must be a whole number from 1 to 240/],
        [orgCreate, ['--alias', 'my org'], /--alias must be letters, digits/],
        [orgCreate, ['--duration-days', '31'], /--duration-days must be a whole number from 1 to 30/],
        [orgCreate, ['--definition-file', 'config/nope.json'], /--definition-file config\/nope\.json does not exist/]
    ]) {
        const run = captureIo();
        assert.equal(await main(argv, run.io), 2, argv.join(' '));
        assert.match(run.err(), message);
    }
});

test('org:create: creates the scratch org, deploys, assigns, and loads the demo team', async () => {
    const org = await startFakeOrg({
        query: (soql, context) =>
            answerQuery(soql, context, {
                Adoption_Ledger_Entry__c: () => [],
                User: () => USERS.map(({ Id, Name, Username }) => ({ Id, Name, Username }))
            }),
        describe: packageDescribe()
    });
    try {
        const sf = fakeSf([
            {
                match: '^org create scratch',
                stdout: { status: 0, result: { username: 'test-abc@example.com', orgId: '00D000000000002EAA' } }
            },
            {
                match: '^org display --target-org demo --json$',
                stdout: {
                    status: 0,
                    result: {
                        username: 'test-abc@example.com',
                        alias: 'demo',
                        instanceUrl: org.url,
                        accessToken: org.token
                    }
                }
            },
            { match: '^org assign permset', stdout: assigned }
        ]);
        const run = captureIo({ env: sf.env });
        assert.equal(
            await orgCreate(['--alias', 'demo', '--duration-days', '3', '--target-dev-hub', 'devhub'], run.io),
            0,
            run.err()
        );
        const calls = sf.calls().map((call) => call.slice(0, 4).join(' '));
        assert.deepEqual(calls, [
            'sf --version',
            'sf org create scratch',
            'sf org display --target-org',
            'npm run build',
            'sf project deploy start',
            'sf org assign permset',
            'sf org display --target-org'
        ]);
        assert.deepEqual(sf.calls()[1], [
            'sf',
            'org',
            'create',
            'scratch',
            '--definition-file',
            'config/project-scratch-def.json',
            '--alias',
            'demo',
            '--set-default',
            '--duration-days',
            '3',
            '--wait',
            '30',
            '--target-dev-hub',
            'devhub',
            '--json'
        ]);
        assert.ok(org.upserts.get('Adoption_Ledger_Entry__c').size > 0, 'the demo team is loaded');
        assert.match(run.out(), /Scratch org 'demo' is ready \(expires in 3 day\(s\)\)/);
        assert.match(run.out(), /sf org open --target-org demo/);
    } finally {
        await org.close();
    }
});

test('org:create: without a Dev Hub, says how to log in to one', async () => {
    const sf = fakeSf([
        {
            match: '^org create scratch',
            status: 1,
            stdout: {
                status: 1,
                name: 'NoDefaultDevHubError',
                message: 'No default dev hub found. Use -v or --target-dev-hub to specify an environment.'
            }
        }
    ]);
    const run = captureIo({ env: sf.env });
    assert.equal(await orgCreate(['--skip-seed'], run.io), 1);
    assert.match(run.err(), /Creating the scratch org failed: No default dev hub found\./);
    assert.match(run.err(), /sf org login web --alias devhub --set-default-dev-hub/);
});
