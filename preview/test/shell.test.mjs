// The pipeline end to end through the preview's placeholder component: a wired Apex call with a
// reactive parameter (and its timing), lightning-combobox (the closed ElementInternals gate), a
// toast, and getRecord on a record page. Celebrations (a per-user read) are tested in rep.test.mjs.
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

const APEX = 'PreviewDemoController.getTeamSummary';
const preview = await startPreview();
const browser = await launchBrowser(preview.url);
after(async () => {
    await browser.close();
    await preview.close();
});

test('wired Apex renders, and the combobox re-queries it for another period', async () => {
    const { page, ...first } = await openAndMeasure(browser, 'preview-shell', {
        apex: APEX,
        ready: 'c-preview-shell[data-rendered]'
    });
    report('preview-shell (week, on load)', first);
    assert.equal(await page.locator('c-preview-shell').getAttribute('data-rendered'), '2026-W47');

    const month = await measureAfter(
        page,
        async () => {
            await click(page, 'c-preview-shell lightning-combobox button');
            await click(page, 'c-preview-shell lightning-base-combobox-item[data-value="Month"]');
        },
        { apex: APEX, ready: 'c-preview-shell[data-rendered="2026-11"]' }
    );
    report('preview-shell (month, after a combobox change)', month);
    assert.match(await page.locator('c-preview-shell table caption').innerText(), /2026-11/);
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('a page on the 1,000-user benchmark set loads it and renders from it', async () => {
    const { page, ...measure } = await openAndMeasure(browser, 'preview-shell-benchmark', {
        apex: APEX,
        ready: 'c-preview-shell[data-rendered]'
    });
    report('preview-shell-benchmark (1,000 users, on load)', measure);
    assert.match(await page.locator('c-preview-shell').innerText(), /of 1000 people scored/);
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('a component toast shows on the page', async () => {
    const page = await openPage(browser, 'preview-shell');
    await click(page, 'c-preview-shell lightning-button button');
    const toast = await waitFor(page, '#preview-toasts [role="status"]');
    assert.match(await toast.innerText(), /Toasts work/);
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('getRecord answers from the sample records on the record page', async () => {
    const page = await openPage(browser, 'preview-shell-record');
    const record = await waitFor(page, 'c-preview-shell .preview-shell__record');
    assert.match(await record.innerText(), /Northwind: POS refresh/);
    assert.deepEqual(page.problems, []);
    await page.close();
});
