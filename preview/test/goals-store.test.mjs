// Personal goals' local answers without a browser (preview/apex/goalsStore.ts), bundled as
// challenges-store-loader bundles the challenges' store: the preview's own plugins (real labels, the
// sample of SAMPLE_TODAY, the emitted c/adoptionCore), a stand-in page whose user each test sets, and
// the sample's settings, which a test may change. Review goals-final M1: in works council mode the
// answers of propose and respond carry the rep's progress to the rep only, as GoalsService.readBack.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { REPO_ROOT, readLabels } from '../data/metadata.mjs';
import { generateDemo } from '../data/generate.mjs';
import { findBundle } from '../../scripts/checks/source.mjs';
import { platformModules } from '../plugins/platform.mjs';
import { compileTypeScript } from '../plugins/typescript.mjs';
import { SAMPLE_TODAY } from './helpers.mjs';

const PREVIEW_DIR = path.join(REPO_ROOT, 'preview');
const CORE_JS = path.join(findBundle(REPO_ROOT, 'adoptionCore') ?? REPO_ROOT, 'adoptionCore.js');
const demo = await generateDemo({ today: SAMPLE_TODAY });
const page = { userId: demo.personas.manager, customPermissions: ['Adoption_Manage'] };

async function loadGoalsStore() {
    assert.ok(existsSync(CORE_JS), 'run `npm run build` first: the store uses the emitted adoptionCore.js');
    globalThis.__goalsTestPage = page;
    globalThis.__goalsTestData = demo;
    const stubs = {
        name: 'goals-test-stubs',
        resolveId(source, importer) {
            if (source.startsWith('c/')) {
                // c/adoptionCore and c/goalPace: their emitted .js beside the source.
                const name = source.slice(2);
                return path.join(findBundle(REPO_ROOT, name) ?? REPO_ROOT, `${name}.js`);
            }
            if (source === '../runtime/demo') {
                return '\0goals-test-demo';
            }
            if (source.startsWith('.') && importer && !importer.startsWith('\0') && importer.startsWith(PREVIEW_DIR)) {
                const file = path.resolve(path.dirname(importer), source);
                return existsSync(`${file}.ts`) ? `${file}.ts` : null;
            }
            return null;
        },
        load(id) {
            if (id === '\0goals-test-demo') {
                return [
                    'export const demoData = async () => globalThis.__goalsTestData;',
                    'export const currentUserId = () => globalThis.__goalsTestPage.userId;'
                ].join('\n');
            }
            return null;
        }
    };
    const build = await rollup({
        input: path.join(PREVIEW_DIR, 'apex', 'goalsStore.ts'),
        onwarn: () => {},
        plugins: [
            stubs,
            compileTypeScript({
                root: PREVIEW_DIR,
                forceApp: path.join(REPO_ROOT, 'force-app'),
                tsconfig: path.join(PREVIEW_DIR, 'tsconfig.json')
            }),
            platformModules({
                root: REPO_ROOT,
                previewDir: PREVIEW_DIR,
                labels: readLabels(),
                entries: new Map(),
                demo: async () => demo,
                benchmark: async () => ({})
            })
        ]
    });
    const { output } = await build.generate({ format: 'es' });
    await build.close();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'goals-store-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'store.mjs');
    writeFileSync(file, output[0].code);
    return import(pathToFileURL(file).href);
}

const store = await loadGoalsStore();

function as(persona) {
    page.userId = demo.personas[persona];
}

test('works council mode: the answers of propose and respond carry progress to the rep only', async () => {
    demo.settings.Works_Council_Mode__c = true;
    after(() => {
        demo.settings.Works_Council_Mode__c = false;
    });
    const rep = demo.users.find((user) => user.Id === demo.personas.rep);
    assert.equal(rep.ManagerId, demo.personas.manager, 'the sample rep reports to the manager');
    as('manager');
    const { pickers } = await store.teamGoals(null);
    const week = pickers.periods.find((period) => period.periodType === 'Week');
    const nextWeek = pickers.periods.filter((period) => period.periodType === 'Week')[1];
    const proposed = await store.proposeGoal({
        repId: rep.Id,
        periodType: 'Week',
        periodStart: week.periodStart,
        kind: 'Points',
        measure: null,
        target: 100,
        message: null
    });
    assert.equal(proposed.status, 'Proposed');
    assert.equal(proposed.done, undefined, 'the manager proposal answer carries no points of the rep');
    assert.equal(proposed.expected, undefined, 'nor the expected figure');
    assert.equal(proposed.state, undefined, 'nor the pace');

    as('rep');
    const own = await store.proposeGoal({
        repId: null,
        periodType: 'Week',
        periodStart: nextWeek.periodStart,
        kind: 'Points',
        measure: null,
        target: 90,
        message: null
    });
    assert.equal(typeof own.done, 'number', 'the rep sees their own progress in the answer');
    const accepted = await store.respondToGoal(proposed.id, 'accept', null, null);
    assert.equal(typeof accepted.done, 'number', 'and when they accept');

    as('manager');
    const answered = await store.respondToGoal(own.id, 'accept', null, null);
    assert.equal(answered.status, 'Agreed', 'the manager sees the status of what they accepted');
    assert.equal(answered.done, undefined, 'but not the rep progress');
    assert.equal(answered.state, undefined, 'nor the pace');
});

test('only the proposer withdraws a proposal, while it is proposed, as GoalsService.respond', async () => {
    const rep = demo.users.find((user) => user.Id === demo.personas.rep);
    as('rep');
    const { pickers } = await store.myGoals();
    const nextMonth = pickers.periods.filter((period) => period.periodType === 'Month')[1];
    const proposal = {
        repId: null,
        periodType: 'Month',
        periodStart: nextMonth.periodStart,
        kind: 'Points',
        measure: null,
        target: 400,
        message: null
    };
    const own = await store.proposeGoal(proposal);
    assert.equal(own.canWithdraw, true, 'the rep is offered their own proposal');

    as('manager');
    const fromManager = await store.proposeGoal({ ...proposal, repId: rep.Id, kind: 'Category', measure: 'Activity' });
    await assert.rejects(store.respondToGoal(own.id, 'withdraw', null, null), {
        message: 'Only the person who proposed this goal can withdraw it.'
    });

    as('rep');
    await assert.rejects(store.respondToGoal(fromManager.id, 'withdraw', null, null), {
        message: 'Only the person who proposed this goal can withdraw it.'
    });
    const withdrawn = await store.respondToGoal(own.id, 'withdraw', null, null);
    assert.equal(withdrawn.status, 'Withdrawn');
    assert.equal(withdrawn.canWithdraw, false, 'no second withdrawal');
    await assert.rejects(store.respondToGoal(own.id, 'withdraw', null, null), {
        message: 'This goal has already been answered.'
    });
    const again = await store.proposeGoal(proposal);
    assert.equal(again.status, 'Proposed', 'the measure and period are free again');

    as('manager');
    await assert.rejects(store.respondToGoal(own.id, 'accept', null, null), {
        message: 'This goal has already been answered.'
    });
    assert.equal((await store.respondToGoal(fromManager.id, 'withdraw', null, null)).status, 'Withdrawn');
});
