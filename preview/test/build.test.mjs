// The preview's build-time contracts, without a browser: the sample data is deterministic and
// realistic, and the platform plugin refuses what the org would refuse, naming the import.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { rollup } from 'rollup';
import { REPO_ROOT, readLabels } from '../data/metadata.mjs';
import { addDays, generateBenchmark, generateDemo, loadCore } from '../data/generate.mjs';
import { platformModules } from '../plugins/platform.mjs';
import { readPages } from '../build.mjs';
import { SAMPLE_TODAY } from './helpers.mjs';

const demo = await generateDemo({ today: SAMPLE_TODAY });

test('the sample data is the same on every run', async () => {
    assert.equal(JSON.stringify(await generateDemo({ today: SAMPLE_TODAY })), JSON.stringify(demo));
});

test('period keys are the ones adoptionCore computes, in the documented formats', async () => {
    const core = await loadCore();
    const formats = {
        Week: /^\d{4}-W\d{2}$/,
        Month: /^\d{4}-\d{2}$/,
        Quarter: /^FY\d{4}-Q[1-4]$/,
        Year: /^\d{4}$/,
        'All Time': /^ALL$/
    };
    for (const row of demo.periodScores) {
        assert.match(row.Period_Key__c, formats[row.Period_Type__c], row.Unique_Key__c);
        assert.equal(row.Unique_Key__c, `${row.User__c}|${row.Period_Key__c}`);
    }
    const fiscal = Number(demo.settings.Fiscal_Year_Start_Month__c);
    const byEnd = demo.settings.Fiscal_Year_Based_On__c !== 'Starting Month';
    assert.deepEqual(demo.meta.currentPeriods, core.periodKeys(SAMPLE_TODAY, 1, fiscal, byEnd));
});

test('the team has the people a manager meets', () => {
    const { personas, ledger, users } = demo;
    const entriesOf = (id) => ledger.filter((entry) => entry.User__c === id);
    assert.ok(users.length >= 24 && users.length <= 26, `${users.length} users`);
    const quietSince = addDays(SAMPLE_TODAY, -21);
    assert.ok(entriesOf(personas.inactive).length > 0, 'the inactive rep was active before');
    assert.ok(
        entriesOf(personas.inactive).every((entry) => entry.Scored_On__c <= quietSince),
        'silent for 3 weeks'
    );
    const newcomer = users.find((user) => user.Id === personas.newcomer);
    assert.ok(newcomer.CreatedDate >= addDays(SAMPLE_TODAY, -14), 'the newcomer joined recently');
    assert.ok(entriesOf(personas.manager).length > 50, 'the manager also sells');
    assert.equal(entriesOf(personas.admin).length, 0, 'the admin does not score');
    const allTime = (id) =>
        demo.periodScores.find((row) => row.User__c === id && row.Period_Key__c === 'ALL')?.Points__c ?? 0;
    assert.ok(allTime(personas.topPerformer) > allTime(personas.newcomer) * 5, 'a real spread');
});

test('awards name badges that exist, once per user, badge and period', () => {
    const names = new Set(demo.badges.map((badge) => badge.DeveloperName));
    const keys = new Set();
    for (const award of demo.badgeAwards) {
        assert.ok(names.has(award.Badge_Name__c), award.Badge_Name__c);
        assert.ok(!keys.has(award.Unique_Key__c), `duplicate ${award.Unique_Key__c}`);
        keys.add(award.Unique_Key__c);
    }
    assert.ok(demo.badgeAwards.length > 20);
});

test('the benchmark has 1,000 users, a row each per current period, and ties', async () => {
    const bench = await generateBenchmark({ users: 1000, today: SAMPLE_TODAY });
    assert.equal(bench.users.length, 1000);
    const week = bench.periodScores.filter((row) => row.Period_Key__c === bench.meta.currentPeriods.Week);
    assert.equal(week.length, 1000);
    assert.ok(new Set(week.map((row) => row.Points__c)).size < 1000, 'some scores tie');
});

/** Bundles one module through the platform plugin alone; resolves to the output or rejects. */
async function bundle(code) {
    const build = await rollup({
        input: 'entry',
        onwarn: () => {},
        plugins: [
            {
                name: 'entry',
                resolveId: (id) => (id === 'entry' ? '\0entry' : null),
                load: (id) => (id === '\0entry' ? code : null)
            },
            platformModules({
                root: REPO_ROOT,
                previewDir: `${REPO_ROOT}/preview`,
                labels: readLabels(),
                entries: new Map(),
                demo: async () => demo,
                benchmark: async () => ({})
            })
        ],
        external: (id) => id === 'lwc' || id.endsWith('.ts')
    });
    const { output } = await build.generate({ format: 'es' });
    return output[0].code;
}

test('an Apex import with no local answer fails the build, naming the import and the file to add', async () => {
    await assert.rejects(bundle("import m from '@salesforce/apex/NoSuchController.noSuchMethod'; m();"), (error) => {
        assert.match(error.message, /@salesforce\/apex\/NoSuchController\.noSuchMethod/);
        assert.match(error.message, /preview\/apex\/NoSuchController\.noSuchMethod\.ts/);
        return true;
    });
});

test('a label missing from the labels file fails the build, naming the label', async () => {
    await assert.rejects(bundle("import l from '@salesforce/label/c.No_Such_Label'; console.log(l);"), /No_Such_Label/);
});

test('labels come from the real labels file', async () => {
    const code = await bundle("import l from '@salesforce/label/c.Adoption_Sample_Data_Banner'; console.log(l);");
    assert.ok(code.includes(JSON.stringify(readLabels().get('Adoption_Sample_Data_Banner'))));
});

test('lightning-combobox keeps off ElementInternals (closed gate), other gates stay as shipped', async () => {
    const code = await bundle(
        "import g from '@salesforce/gate/bc.260.enableComboboxElementInternals'; console.log(g.isOpen());"
    );
    assert.match(code, /isOpen: \(\) => false/);
});

test('a page action other than celebrate or toast fails the build, naming the page: no broadcast to publish on', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'preview-pages-'));
    try {
        mkdirSync(path.join(root, 'components'));
        const page = (actions) => JSON.stringify({ title: 'Celebration', user: 'rep', components: [], actions });
        writeFileSync(
            path.join(root, 'components', 'good.json'),
            page([
                { label: 'Award me', celebrate: { userId: { $ref: 'user.Id' }, celebrations: [{ Kind__c: 'Badge' }] } }
            ])
        );
        const labels = new Map([['Adoption_Sample_Data_Banner', 'Sample data']]);
        const [good] = readPages(demo, labels, new Set(), root);
        assert.equal(good.actions[0].celebrate.userId, demo.personas.rep, 'the $ref resolves to the persona');
        writeFileSync(
            path.join(root, 'components', 'stale.json'),
            page([{ label: 'Send', publish: { channel: '/event/Adoption_Celebration__e', payload: {} } }])
        );
        assert.throws(
            () => readPages(demo, labels, new Set(), root),
            /preview\/pages\/components\/stale\.json actions\[0\]: .*unknown: publish/
        );
    } finally {
        rmSync(root, { recursive: true, force: true });
    }
});
