// npm run weekly-report against a fake org: the Markdown and CSV files a manager takes to the weekly
// meeting, the progress display, argument checks, and clear messages for API errors.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ERRORS, startFakeOrg } from './fake-org.mjs';
import { INTERACTIONS, REPS, answerQuery, packageDescribe } from './fixtures.mjs';
import { STACK_TRACE, captureIo, loadScript, orgEnv, tempDir } from './helpers.mjs';

const { main } = await loadScript('weekly-report');

async function withOrg(options, body) {
    const org = await startFakeOrg({
        query: (soql, context) => answerQuery(soql, context, options.overrides ?? {}),
        describe: packageDescribe(),
        pageSize: 2,
        ...options.server
    });
    try {
        return await body(org);
    } finally {
        await org.close();
    }
}

function outDir() {
    return tempDir('weekly-report');
}

test("weekly-report: last week of the running user's team, as Markdown and CSV", async () => {
    await withOrg({}, async (org) => {
        const out = outDir();
        const run = captureIo({ env: orgEnv(org) });
        assert.equal(await main(['--out', out], run.io), 0, run.err());
        const files = run.out().trim().split('\n');
        const prefix = path.join(out, 'adoption-2026-W47-ada-admin');
        assert.deepEqual(
            files,
            ['.md', '-leaderboard.csv', '-pulse.csv', '-opportunities.csv', '-badges.csv', '-prompts.csv'].map(
                (suffix) => `${prefix}${suffix}`
            )
        );

        const markdown = readFileSync(`${prefix}.md`, 'utf8');
        assert.match(markdown, /^# Adoption weekly report: Ada Admin's team, 2026-W47$/m);
        assert.match(markdown, /Mon, 16 Nov 2026 to Sun, 22 Nov 2026\. Generated 2026-11-25/);
        assert.match(markdown, /Team: Ada Admin and 4 direct reports/);
        assert.match(markdown, /- Team points: \*\*370\*\* \(\+120 against 2026-W46\)/);
        assert.match(markdown, /- Active: 4 of 5; no scored action: Eve Stone/);
        assert.match(markdown, /- Most improved: Chloe Park \(\+80\)/);
        assert.match(markdown, /\| 1 \| Ben Ortiz \| 120 \| ▲ \+20 \|/);
        assert.match(markdown, /\| 1 \| Chloe Park \| 120 \| ▲ \+80 \|/, 'equal points share a rank');
        assert.match(markdown, /\| 3 \| Dan O'Neil \| 90 \| new \|/);
        assert.match(markdown, /\| 4 \| Ada Admin \(manager\) \| 40 \| ▼ -10 \|/);
        assert.match(
            markdown,
            /\| Eve Stone \| Initech, pilot \| Qualification \| {2}\| 2026-10-01 \| close date passed, no next step \|/
        );
        assert.match(markdown, /\| Ben Ortiz \| Century Week \| Bronze \| 2026-11-20 15:04 \|/);
        assert.match(markdown, /\| Opportunity Missing Next Step \| 5 \| 2 \| 1 \| 1 \| 1 \| 50% \|/);

        const leaderboard = readFileSync(`${prefix}-leaderboard.csv`, 'utf8').split('\r\n');
        assert.equal(
            leaderboard[0],
            'week,rank,name,user_id,points,previous_week_points,change,actions,active_days,current_streak,level'
        );
        assert.equal(leaderboard[1], `2026-W47,1,Ben Ortiz,${REPS[0]},120,100,20,20,5,5,3`);
        assert.equal(leaderboard[3], `2026-W47,3,Dan O'Neil,${REPS[2]},90,,,12,4,1,2`);
        const pulse = readFileSync(`${prefix}-pulse.csv`, 'utf8');
        assert.match(pulse, new RegExp(`^2026-W47,Eve Stone,${REPS[3]},0,true,1,1$`, 'm'));
        const opportunities = readFileSync(`${prefix}-opportunities.csv`, 'utf8');
        assert.match(opportunities, /,"Initech, pilot",/, 'a comma is quoted');
        assert.match(opportunities, /,"'=HYPERLINK\(""x""\)",/, 'a formula is defused and quotes doubled');

        const queries = org.requests.map((request) => request.query).filter(Boolean);
        assert.ok(queries.some((soql) => /Period_Key__c IN \('2026-W47', '2026-W46'\)/.test(soql)));
        assert.ok(
            queries.some((soql) =>
                /FROM User WHERE \(Id = '005000000000001AAA' OR ManagerId = '005000000000001AAA'\) AND IsActive = true/.test(
                    soql
                )
            )
        );
        assert.ok(
            queries.some((soql) =>
                /COUNT\(Id\) scored FROM Adoption_Ledger_Entry__c .* Scored_On__c >= 2026-11-16 AND Scored_On__c <= 2026-11-22 GROUP BY User__c/.test(
                    soql
                )
            )
        );
        assert.ok(
            queries.some((soql) =>
                /Awarded_At__c >= 2026-11-16T00:00:00Z AND Awarded_At__c < 2026-11-23T00:00:00Z/.test(soql)
            )
        );
        assert.ok(queries.some((soql) => /IsClosed = false .*\(CloseDate < TODAY OR NextStep = null\)/.test(soql)));
        assert.ok(
            org.requests.filter((request) => /\/query\/01g/.test(request.path)).length >= 3,
            'follows nextRecordsUrl pages'
        );

        assert.match(run.err(), /^\[1\/9\] Connecting\n\[2\/9\] Reading the adoption settings\n/);
        assert.match(run.err(), /^Weekly report for Ada Admin's team, 2026-W47: 5 people\.$/m);
    });
});

test('weekly-report: on a terminal, progress is one line redrawn in place', async () => {
    await withOrg({}, async (org) => {
        const run = captureIo({ env: orgEnv(org), tty: true });
        assert.equal(await main(['--out', outDir()], run.io), 0);
        const clearLine = '\r\u001b[2K';
        assert.ok(run.err().startsWith(clearLine), JSON.stringify(run.err().slice(0, 40)));
        assert.match(run.err().slice(clearLine.length), /^[-\\|/] \[1\/9\] Connecting/);
        assert.doesNotMatch(run.err(), /^\[1\/9\] Connecting$/m);
        assert.ok(run.err().includes(`${clearLine}Weekly report for`));
    });
});

test('weekly-report: --team by username, --week, and the hide-from-boards preference', async () => {
    // REPS[1] hides; the row about REPS[2] belongs to someone else (a forgery) and hides nobody.
    const overrides = {
        Adoption_Preference__c: () => [
            { User__c: REPS[1], OwnerId: REPS[1] },
            { User__c: REPS[2], OwnerId: REPS[0] }
        ]
    };
    await withOrg({ overrides }, async (org) => {
        const out = outDir();
        const run = captureIo({ env: orgEnv(org) });
        assert.equal(
            await main(['--team', "dan.o'neil@example.com", '--week', '2026-W47', '--out', out], run.io),
            0,
            run.err()
        );
        const markdown = readFileSync(run.out().split('\n')[0], 'utf8');
        assert.ok(
            org.requests.some(
                (request) =>
                    request.query ===
                    "SELECT Id, Name, Username, IsActive FROM User WHERE Username = 'dan.o\\'neil@example.com' LIMIT 1"
            )
        );
        assert.doesNotMatch(markdown, /\| Chloe Park \| 120/);
        assert.match(markdown, /1 team member\(s\) chose to hide from leaderboards/);
    });
});

test('weekly-report: counts only prompt interactions owned by the rep they describe', async () => {
    // A rep with access to the object could write rows about a colleague: 40 showings of a prompt
    // to REPS[3] written by REPS[0], and an acted row about REPS[1] written by REPS[2]. Neither counts,
    // as the Apex readers (PromptInteractionsSelector) ignore them.
    const forged = [
        {
            User__c: REPS[3],
            OwnerId: REPS[0],
            Prompt_Name__c: 'Forged_Prompt',
            Shown_Count__c: 40,
            Acted__c: false,
            Resolved__c: false,
            Dismissed__c: true
        },
        {
            User__c: REPS[1],
            OwnerId: REPS[2],
            Prompt_Name__c: 'Opportunity_Missing_Next_Step',
            Shown_Count__c: 9,
            Acted__c: true,
            Resolved__c: true,
            Dismissed__c: false
        }
    ];
    const overrides = { Adoption_Prompt_Interaction__c: () => [...INTERACTIONS, ...forged] };
    await withOrg({ overrides }, async (org) => {
        const out = outDir();
        const run = captureIo({ env: orgEnv(org) });
        assert.equal(await main(['--out', out], run.io), 0, run.err());
        const [markdownFile, , , , , promptsFile] = run.out().trim().split('\n');
        const markdown = readFileSync(markdownFile, 'utf8');
        assert.match(
            markdown,
            /\| Opportunity Missing Next Step \| 5 \| 2 \| 1 \| 1 \| 1 \| 50% \|/,
            'the same figures as without the forged rows'
        );
        assert.doesNotMatch(markdown, /Forged Prompt/);
        const prompts = readFileSync(promptsFile, 'utf8');
        assert.doesNotMatch(prompts, /Forged_Prompt/);
        assert.match(prompts, /^2026-W47,Opportunity_Missing_Next_Step,5,2,1,1,1$/m);
        assert.ok(
            org.requests.some((request) =>
                /SELECT User__c, OwnerId, Prompt_Name__c,.* FROM Adoption_Prompt_Interaction__c/.test(
                    request.query ?? ''
                )
            ),
            'the owner is read with each row'
        );
    });
});

test('weekly-report: --week picks the week and the one before it', async () => {
    await withOrg({}, async (org) => {
        const run = captureIo({ env: orgEnv(org) });
        assert.equal(await main(['--week', '2026-W01', '--out', outDir()], run.io), 0, run.err());
        assert.ok(
            org.requests.some((request) => /Period_Key__c IN \('2026-W01', '2025-W52'\)/.test(request.query ?? ''))
        );
        assert.ok(
            org.requests.some((request) =>
                /Scored_On__c >= 2025-12-29 AND Scored_On__c <= 2026-01-04/.test(request.query ?? '')
            )
        );
    });
});

test('weekly-report: an unknown manager is named', async () => {
    await withOrg({ overrides: { User: () => [] } }, async (org) => {
        const run = captureIo({ env: orgEnv(org) });
        assert.equal(await main(['--team', 'nobody@example.com', '--out', outDir()], run.io), 1);
        assert.match(
            run.err(),
            /^weekly-report: No user nobody@example\.com in this org: check the --team username or Id\.$/m
        );
    });
});

test('weekly-report: bad arguments exit 2 naming the problem', async () => {
    for (const [argv, message] of [
        [['--week', '2026-47'], /--week must be a week key like 2026-W47, got '2026-47'/],
        [['--team', 'maria'], /--team must be a user Id .* or a username/],
        [['--team', '001000000000001AAA'], /is not a user Id: user Ids start with 005/],
        [['--as-of', '2026-02-30'], /--as-of must be a date like 2026-11-20, got '2026-02-30'/],
        [['--out', ''], /--out needs a folder/]
    ]) {
        const run = captureIo();
        assert.equal(await main(argv, run.io), 2, argv.join(' '));
        assert.match(run.err(), message);
        assert.match(run.err(), /Run `npm run weekly-report -- --help` for the options\./);
    }
});

test('weekly-report: a week the year does not have exits 2', async () => {
    await withOrg({}, async (org) => {
        const run = captureIo({ env: orgEnv(org) });
        assert.equal(await main(['--week', '2025-W53'], run.io), 2);
        assert.match(run.err(), /--week 2025-W53: 2025 has no week 53/);
    });
});

for (const [what, fault, message] of [
    [
        '401 INVALID_SESSION_ID',
        { path: /Adoption_Settings__mdt/, ...ERRORS.expiredSession },
        /The org session has expired or is not valid/
    ],
    [
        '403 REQUEST_LIMIT_EXCEEDED',
        { path: /FROM Opportunity/, ...ERRORS.requestLimit },
        /The org has used up its API request limit/
    ],
    ['400 MALFORMED_ID', { path: /FROM User/, ...ERRORS.malformedId }, /Salesforce rejected an Id as malformed/],
    [
        '400 INVALID_FIELD',
        { path: /FROM Adoption_Period_Score__c/, ...ERRORS.invalidField },
        /A field the script uses does not exist in the org .* \(INVALID_FIELD: No such column 'Bonus__c' on entity 'Adoption_Period_Score__c'/
    ]
]) {
    test(`weekly-report: ${what} prints one clear message, no stack trace`, async () => {
        await withOrg({ server: { faults: [fault] } }, async (org) => {
            const run = captureIo({ env: orgEnv(org) });
            assert.equal(await main(['--out', outDir()], run.io), 1);
            assert.match(run.err(), new RegExp(`^weekly-report: ${message.source}`, 'm'));
            assert.doesNotMatch(run.err() + run.out(), STACK_TRACE);
            assert.equal(run.out(), '', 'no file list when nothing was written');
        });
    });
}
