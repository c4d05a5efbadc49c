// The npm scripts as an admin runs them (`npm run <name> -- ...` in a real process), the helpers they
// share (condition tokenizer, week keys, CSV), and the workflow check.
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { checkWorkflows } from '../../checks/workflows.mjs';
import { compiledPath } from '../build.mjs';
import { ERRORS, startFakeOrg } from './fake-org.mjs';
import { answerQuery, packageDescribe } from './fixtures.mjs';
import { STACK_TRACE, npmRun } from './helpers.mjs';

const lib = (name) => import(pathToFileURL(compiledPath(`scripts/org/lib/${name}.ts`)).href);
const { conditionFields } = await lib('conditions');
const { parseWeekKey, lastWeek } = await lib('weeks');
const { csv, slug } = await lib('tables');
const { describeError } = await lib('errors');

const SCRIPTS = ['deploy', 'org:create', 'test:apex', 'seed-demo', 'weekly-report', 'doctor'];

test('every org script answers --help through npm run, exit 0', async () => {
    const runs = await Promise.all(SCRIPTS.map((name) => npmRun(name, ['--help'])));
    runs.forEach((run, index) => {
        assert.equal(run.status, 0, `${SCRIPTS[index]}: ${run.stderr}`);
        assert.match(run.stdout, new RegExp(`^Usage: npm run ${SCRIPTS[index]} -- `));
        assert.match(run.stdout, /Exit code: 0 /);
        assert.equal(run.stderr, '');
    });
});

test('npm run: a bad argument exits 2; an API error prints one line, no stack trace', async () => {
    const org = await startFakeOrg({
        query: (soql, context) => answerQuery(soql, context),
        describe: packageDescribe(),
        faults: [{ path: /FROM Adoption_Settings__mdt/, ...ERRORS.requestLimit }]
    });
    try {
        const [bad, limited] = await Promise.all([
            npmRun('weekly-report', ['--week', 'last']),
            npmRun('doctor', [], { env: { SF_INSTANCE_URL: org.url, SF_ACCESS_TOKEN: org.token, SF_TARGET_ORG: '' } })
        ]);
        assert.equal(bad.status, 2);
        assert.match(
            bad.stderr,
            /^weekly-report: --week must be a week key like 2026-W47, got 'last'\.\nRun `npm run weekly-report -- --help` for the options\.\n$/
        );
        assert.equal(limited.status, 1, limited.stdout + limited.stderr);
        assert.match(
            limited.stderr,
            /^doctor: The org has used up its API request limit\..*\(REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded\.\)$/m
        );
        assert.doesNotMatch(limited.stderr + limited.stdout, STACK_TRACE);
    } finally {
        await org.close();
    }
});

test("conditions: the fields a condition names, keywords and literals aside, with the parser's own errors", () => {
    assert.deepEqual(conditionFields("StageName CHANGED TO 'Closed Won' AND Amount > 0"), {
        fields: ['StageName', 'Amount']
    });
    assert.deepEqual(conditionFields('NOT (IsClosed = TRUE) or NextStep is not blank AND CloseDate < DAYS_AGO(3)'), {
        fields: ['IsClosed', 'NextStep', 'CloseDate']
    });
    assert.deepEqual(conditionFields("Account.Name CONTAINS 'O\\'Brien' AND Probability >= -5.5 AND ISNEW"), {
        fields: ['Account.Name', 'Probability']
    });
    assert.deepEqual(conditionFields("Description != 'AND Foo = 1' AND Email BECAME FILLED"), {
        fields: ['Description', 'Email']
    });
    assert.deepEqual(conditionFields(''), { fields: [] });
    assert.deepEqual(conditionFields(null), { fields: [] });
    assert.equal(conditionFields("Name = 'open").error, 'Text starting at position 8 has no closing quote.');
    assert.equal(conditionFields('Amount ! 5').error, "Unexpected character '!' at position 8.");
    assert.equal(conditionFields('Amount > 5 & Name IS BLANK').error, "Unexpected character '&' at position 12.");
    assert.equal(conditionFields('Account. IS BLANK').error, "Field name 'Account.' at position 1 is not valid.");
    // The package's parser, not a tokenizer: a condition that reads fields but is not a sentence fails.
    assert.match(
        conditionFields('Amount >').error,
        /^Expected a value .* at position 9, found the end of the condition\.$/
    );
});

test("weeks: keys in the org's week start, and the week before", () => {
    assert.deepEqual(parseWeekKey('2026-W47', 1), {
        key: '2026-W47',
        start: '2026-11-16',
        end: '2026-11-22',
        previousKey: '2026-W46'
    });
    assert.deepEqual(parseWeekKey('2021-W01', 1), {
        key: '2021-W01',
        start: '2021-01-04',
        end: '2021-01-10',
        previousKey: '2020-W53'
    });
    assert.equal(parseWeekKey('2026-W47', 7).start, '2026-11-22', 'Sunday weeks');
    assert.throws(() => parseWeekKey('2025-W53', 1), /2025 has no week 53/);
    assert.throws(() => parseWeekKey('2026-W00', 1), /week numbers run from 01 to 53/);
    assert.equal(lastWeek('2026-11-25', 1).key, '2026-W47');
    assert.equal(lastWeek('2026-01-01', 1).key, '2025-W52');
});

test('tables: CSV is RFC 4180 and safe to open in a spreadsheet; slugs are file-name safe', () => {
    assert.equal(
        csv(
            ['a', 'b', 'c', 'd'],
            [
                ['x, y', 'say "hi"', '=1+1', -3],
                [null, true, '@me', 'line\nbreak']
            ]
        ),
        'a,b,c,d\r\n"x, y","say ""hi""",\'=1+1,-3\r\n,true,\'@me,"line\nbreak"\r\n'
    );
    assert.equal(slug("Dan O'Neil"), 'dan-o-neil');
    assert.equal(slug('Zoë Ångström'), 'zoe-angstrom');
    assert.equal(slug('***'), 'team');
});

test('errors: network failures and unknown codes read as one sentence', () => {
    const refused = Object.assign(new Error('fetch failed'), {
        cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
    });
    assert.equal(
        describeError(refused),
        'Cannot reach the org: the connection was refused (ECONNREFUSED). Check the instance URL and your network, then re-run.'
    );
    const unknown = Object.assign(new Error('Something odd'), { name: 'WEIRD_CODE', errorCode: 'WEIRD_CODE' });
    assert.equal(describeError(unknown), 'The org answered WEIRD_CODE: Something odd');
    const html = Object.assign(new Error('<html>Gateway</html>'), { errorCode: 'ERROR_HTTP_502' });
    assert.equal(describeError(html), 'The org answered HTTP 502: <html>Gateway</html>');
});

test('workflows: actionlint names each mistake of a broken workflow with its line', () => {
    const root = path.join(path.dirname(new URL(import.meta.url).pathname), 'workflow-fixture');
    const findings = checkWorkflows({ root }).findings.map(
        (finding) => `${path.relative(root, finding.file)}:${finding.line}:${finding.col} ${finding.message}`
    );
    assert.equal(findings.length, 4, findings.join('\n'));
    assert.match(
        findings[0],
        /^\.github\/workflows\/bad\.yml:7:9 context "secrets" is not allowed here\..* \[expression\]$/
    );
    assert.match(
        findings[1],
        /^\.github\/workflows\/bad\.yml:11:11 input "node-versoin" is not defined in action "actions\/setup-node@v4"\..* \[action\]$/
    );
    assert.match(
        findings[2],
        /^\.github\/workflows\/bad\.yml:12:24 property "refname" is not defined in object type .* \[expression\]$/
    );
    assert.match(
        findings[3],
        /^\.github\/workflows\/bad\.yml:13:3 job "after" needs job "scrach" which does not exist in this workflow \[job-needs\]$/
    );
});
