// The leaderboard in a real browser (production build, headless Chromium): the DESIGN.md budget
// "a 1,000-user leaderboard is interactive within 100 ms of data arrival", on load and after a
// filter change; the signed-in user pinned and "show more"; and a refused parameter shown as the
// server's clear message. Prints `leaderboard 1000 rows: N ms` and the re-render figure, then the same
// board's time in lightning-datatable from the same run and the ratio of the two.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import {
    click,
    launchBrowser,
    measureAfter,
    openAndMeasure,
    openPage,
    report,
    startPreview,
    waitFor
} from './helpers.mjs';

const APEX = 'LeaderboardController.getBoard';
const BUDGET_MS = 100;
const preview = await startPreview();
const browser = await launchBrowser(preview.url);
after(async () => {
    await browser.close();
    await preview.close();
});

/** Picks a value in one of the leaderboard's comboboxes, as a user does. */
async function choose(page, filter, value) {
    await click(page, `c-leaderboard lightning-combobox.filter-${filter} button`);
    await click(
        page,
        `c-leaderboard lightning-combobox.filter-${filter} lightning-base-combobox-item[data-value="${value}"]`
    );
}

test('a 1,000-user board is interactive within 100 ms of data arrival, and after a period change; lightning-datatable is timed beside it', async () => {
    const { page, ...load } = await openAndMeasure(browser, 'leaderboard-benchmark', {
        apex: APEX,
        ready: 'c-leaderboard[data-ready]'
    });
    report('leaderboard-benchmark (1,000 users, on load)', load);
    process.stdout.write(`leaderboard 1000 rows: ${load.interactiveMs.toFixed(1)} ms\n`);
    assert.equal(await page.locator('c-leaderboard tbody:not(.pinned) tr.board-row').count(), 25);
    assert.match(await page.locator('c-leaderboard .showing').innerText(), /25 of 1,?000/);
    assert.equal(await page.locator('c-leaderboard tbody.pinned tr.board-row_current').count(), 1);

    const lastWeek = await measureAfter(page, () => choose(page, 'period', 'LastWeek'), {
        apex: APEX,
        ready: 'c-leaderboard[data-board^="LastWeek|Everyone"]'
    });
    report('leaderboard-benchmark (1,000 users, period changed to last week)', lastWeek);
    process.stdout.write(`leaderboard 1000 rows after a period change: ${lastWeek.interactiveMs.toFixed(1)} ms\n`);

    assert.ok(load.interactiveMs < BUDGET_MS, `on load: ${load.interactiveMs.toFixed(1)} ms, budget ${BUDGET_MS} ms`);
    assert.ok(
        lastWeek.interactiveMs < BUDGET_MS,
        `after a period change: ${lastWeek.interactiveMs.toFixed(1)} ms, budget ${BUDGET_MS} ms`
    );

    // The same board (this week, everyone: all 1,000 rows) in lightning-datatable, in the same run and
    // measured the same way: DESIGN.md's reason for the plain SLDS table, kept measured.
    const datatable = await measureAfter(
        page,
        () => click(page, 'c-preview-datatable-benchmark lightning-button.render-datatable button'),
        { apex: APEX, ready: 'c-preview-datatable-benchmark[data-ready]', timeout: 60000 }
    );
    report('leaderboard-benchmark (the same board in lightning-datatable)', datatable);
    const datatableRows = Number(await page.locator('c-preview-datatable-benchmark').getAttribute('data-rows'));
    assert.equal(datatableRows, 1000, 'the datatable holds every row of the board');
    process.stdout.write(
        `leaderboard 1000 rows: our table ${load.interactiveMs.toFixed(1)} ms (view model of all 1,000, first 25 shown), ` +
            `lightning-datatable ${datatable.interactiveMs.toFixed(1)} ms (all ${datatableRows} rows), ` +
            `ratio ${(datatable.interactiveMs / load.interactiveMs).toFixed(1)}x\n`
    );
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('show more adds the next rows, and the signed-in user is highlighted where they stand', async () => {
    const page = await openPage(browser, 'leaderboard-benchmark');
    await waitFor(page, 'c-leaderboard [data-ready]', { state: 'attached' });
    await click(page, 'c-leaderboard lightning-button.show-more button');
    await page.waitForFunction(
        () => document.querySelector('c-leaderboard')?.shadowRoot?.querySelector('tr[data-index="25"]') !== null,
        null
    );
    assert.equal(await page.locator('c-leaderboard tbody:not(.pinned) tr.board-row').count(), 50);
    // Focus moves to the first row added, so a keyboard user reads on from there.
    assert.equal(
        await page.evaluate(
            () => document.querySelector('c-leaderboard')?.shadowRoot?.activeElement?.getAttribute('data-index') ?? null
        ),
        '25'
    );
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('a refused parameter shows the server\u2019s clear message', async () => {
    const page = await openPage(browser, 'leaderboard');
    await waitFor(page, 'c-leaderboard [data-ready]', { state: 'attached' });
    // A stale bookmark or a tampered request: a period the server does not know.
    await page.evaluate(() => {
        const combobox = document
            .querySelector('c-leaderboard')
            ?.shadowRoot?.querySelector('lightning-combobox.filter-period');
        combobox?.dispatchEvent(new CustomEvent('change', { detail: { value: 'NextDecade' } }));
    });
    const panel = await waitFor(page, 'c-leaderboard c-error-panel .friendly-message');
    assert.equal(await panel.innerText(), 'Unknown period: NextDecade. Choose a period from the list.');

    await choose(page, 'period', 'ThisMonth');
    await waitFor(page, 'c-leaderboard [data-board^="ThisMonth|Team"]', { state: 'attached' });
    assert.equal(await page.locator('c-leaderboard c-error-panel').count(), 0);
    // The refusal is the local Apex answer's error: the page itself reports no problem.
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('a rep sees their manager\u2019s team with their own row highlighted', async () => {
    const page = await openPage(browser, 'leaderboard-rep');
    await waitFor(page, 'c-leaderboard [data-ready]', { state: 'attached' });
    const current = page.locator('c-leaderboard tr.board-row_current');
    assert.equal(await current.count(), 1);
    assert.match(await current.innerText(), /You/);
    assert.ok((await page.locator('c-leaderboard .tag-manager').count()) >= 1, 'the manager plays too');
    assert.deepEqual(page.problems, []);
    await page.close();
});
