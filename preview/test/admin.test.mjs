// The admin setup and health page in a real browser (production build, headless Chromium): the
// statuses are shown, a dry run starts and its progress is followed until it completes (the page
// polls the job every 3 seconds; the local job runs for 5), and the digest, the hourly challenge
// closing, the retention purge and the nightly deletion sweep can be scheduled (the sweep run now).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { axeViolations, click, launchBrowser, openPage, startPreview, waitFor } from './helpers.mjs';

const preview = await startPreview();
const browser = await launchBrowser(preview.url);
after(async () => {
    await browser.close();
    await preview.close();
});

test('the admin page shows the health of rules, badges and prompts', async () => {
    const page = await openPage(browser, 'adoption-admin');
    await waitFor(page, 'c-adoption-admin .package-status');
    assert.equal(await page.locator('c-adoption-admin .package-status').innerText(), 'On');
    assert.ok((await page.locator('c-adoption-admin .rules-table tr.item-row').count()) >= 10, 'every rule');
    assert.ok((await page.locator('c-adoption-admin tr.object-row').count()) >= 7, 'every tracked object');
    assert.ok((await page.locator('c-adoption-admin tr.error-row').count()) >= 1, 'the error log');
    await waitFor(page, 'c-adoption-admin c-prompt-effectiveness');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('a dry run starts and shows its progress until it completes', async () => {
    const page = await openPage(browser, 'adoption-admin');
    await waitFor(page, 'c-adoption-admin .package-status');
    await click(page, 'c-adoption-admin lightning-button.dry-run-button button');
    const heading = page.locator('c-adoption-admin .job-heading');
    await waitFor(page, 'c-adoption-admin .job-heading');
    assert.match(await heading.innerText(), /^Dry Run: (Queued|Running)$/);
    await waitFor(page, 'c-adoption-admin .job-progress', { state: 'attached' });
    await page.waitForFunction(
        () =>
            document
                .querySelector('c-adoption-admin')
                ?.shadowRoot?.querySelector('c-adoption-history-tools')
                ?.shadowRoot?.querySelector('.job-heading')?.textContent === 'Dry Run: Completed',
        null,
        { timeout: 15000 }
    );
    assert.match(
        await page.locator('c-adoption-admin .job-counters').innerText(),
        /[\d,]+ records, [\d,]+ actions, [\d,]+ points/
    );
    assert.ok((await page.locator('c-adoption-admin tr.job-result').count()) >= 1, 'results by rule');
    assert.equal(await page.locator('c-adoption-admin .job-progress').count(), 0);
    assert.equal(await page.locator('c-adoption-admin tr.job-row').first().locator('th').innerText(), 'Dry Run');
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('the digest can be scheduled and unscheduled', async () => {
    const page = await openPage(browser, 'adoption-admin');
    await click(page, 'c-adoption-admin lightning-button.schedule-button button');
    await waitFor(page, 'c-adoption-admin lightning-button.unschedule-button');
    assert.match(
        await page.locator('c-adoption-admin .digest-schedule').innerText(),
        /^Scheduled: next run .+, sent as .+\.$/
    );
    await click(page, 'c-adoption-admin lightning-button.unschedule-button button');
    await waitFor(page, 'c-adoption-admin lightning-button.schedule-button');
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('the hourly challenge closing can be scheduled and unscheduled beside the digest', async () => {
    const page = await openPage(browser, 'adoption-admin');
    await waitFor(page, 'c-adoption-admin .closing-schedule');
    assert.match(await page.locator('c-adoption-admin .closing-schedule').innerText(), /^Not scheduled/);
    await click(page, 'c-adoption-admin lightning-button.closing-schedule-button button');
    await waitFor(page, 'c-adoption-admin lightning-button.closing-unschedule-button');
    assert.match(
        await page.locator('c-adoption-admin .closing-schedule').innerText(),
        /^Scheduled hourly: next run .+, as .+\.$/
    );
    assert.equal(
        await page.locator('c-adoption-admin lightning-button.unschedule-button').count(),
        0,
        'digest untouched'
    );
    assert.deepEqual(await axeViolations(page), []);
    await click(page, 'c-adoption-admin lightning-button.closing-unschedule-button button');
    await waitFor(page, 'c-adoption-admin lightning-button.closing-schedule-button');
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('the retention purge is flagged until scheduled, and who may publish the events is listed', async () => {
    const page = await openPage(browser, 'adoption-admin');
    await waitFor(page, 'c-adoption-admin .retention-schedule');
    assert.match(await page.locator('c-adoption-admin .retention-schedule').innerText(), /^Not scheduled/);
    assert.match(
        await page.locator('c-adoption-admin .retention-schedule').getAttribute('class'),
        /slds-text-color_error/
    );
    assert.deepEqual(
        (await page.locator('c-adoption-admin tr.grant-row').allInnerTexts()).map((row) => row.replace(/\s+/g, ' ')),
        ['Integration: Events Permission set Adoption_Signal__e']
    );
    await click(page, 'c-adoption-admin lightning-button.retention-schedule-button button');
    await waitFor(page, 'c-adoption-admin lightning-button.retention-unschedule-button');
    assert.match(
        await page.locator('c-adoption-admin .retention-schedule').innerText(),
        /^Scheduled daily: next run .+, as .+\.$/
    );
    await click(page, 'c-adoption-admin lightning-button.retention-unschedule-button button');
    await waitFor(page, 'c-adoption-admin lightning-button.retention-schedule-button');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('the deletion sweep is flagged until scheduled, and runs now with its job followed', async () => {
    const page = await openPage(browser, 'adoption-admin');
    await waitFor(page, 'c-adoption-admin .sweep-schedule');
    assert.equal(await page.locator('c-adoption-admin .sweep h2').innerText(), 'Deletion sweep');
    assert.match(await page.locator('c-adoption-admin .sweep-schedule').innerText(), /^Not scheduled/);
    assert.match(await page.locator('c-adoption-admin .sweep-schedule').getAttribute('class'), /slds-text-color_error/);
    await click(page, 'c-adoption-admin lightning-button.sweep-schedule-button button');
    await waitFor(page, 'c-adoption-admin lightning-button.sweep-unschedule-button');
    assert.match(
        await page.locator('c-adoption-admin .sweep-schedule').innerText(),
        /^Scheduled nightly: next run .+, as .+\.$/
    );
    await click(page, 'c-adoption-admin lightning-button.sweep-run-button button');
    await waitFor(page, 'c-adoption-admin .job-heading');
    assert.match(await page.locator('c-adoption-admin .job-heading').innerText(), /^Sweep: (Queued|Running)$/);
    await click(page, 'c-adoption-admin lightning-button.sweep-unschedule-button button');
    await waitFor(page, 'c-adoption-admin lightning-button.sweep-schedule-button');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
});

test("in works council mode a manager who can open a rep's rows is flagged in red, with what to do", async () => {
    let page = await openPage(browser, 'adoption-admin');
    await waitFor(page, 'c-adoption-admin .package-status');
    assert.equal(await page.locator('c-adoption-admin section.manager-access').count(), 0, 'not outside the mode');
    await page.close();

    page = await openPage(browser, 'adoption-admin-works-council');
    const text = await waitFor(page, 'c-adoption-admin section.manager-access .access-text');
    assert.match(await text.getAttribute('class'), /slds-text-color_error/);
    assert.match(await text.innerText(), /can read the rows of .*Grant Access Using Hierarchies/s);
    const rows = (await page.locator('c-adoption-admin tr.access-row').allInnerTexts()).map((row) =>
        row.replace(/\s+/g, ' ').trim()
    );
    assert.deepEqual(rows, [
        'Period Scores The manager can open it',
        'Ledger Entries The manager can open it',
        'Badge Awards The manager can open it',
        'Adoption Celebrations No row to test',
        'Prompt Interactions No row to test'
    ]);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
});
