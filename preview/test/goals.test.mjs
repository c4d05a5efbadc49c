// Personal goals (issue 18) in the preview's production build: a rep proposes and sees pace, the
// manager accepts or edits a proposal and sees each rep's attainment, and the director prints the
// monthly summary of both managers' teams. The local answers check what GoalsService checks, so a
// negative target is refused with the label's message and nothing is saved. Either side withdraws its
// own proposal; the admin schedules the nightly goal realignment on the admin page.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { axeViolations, click, launchBrowser, openPage, screenshot, startPreview, waitFor } from './helpers.mjs';

const preview = await startPreview();
const browser = await launchBrowser(preview.url);
after(async () => {
    await browser.close();
    await preview.close();
});

const SECTION = 'c-goal-section';
const TEAM = 'c-goal-team';

async function typeTarget(page, root, value) {
    const input = page.locator(`${root} c-goal-form .field-target input`);
    await input.fill(String(value));
    await input.dispatchEvent('change');
}

test('a rep sees pace, is refused a negative target, proposes a goal and accepts the manager proposal', async () => {
    const page = await openPage(browser, 'goal-section-rep');
    await waitFor(page, `${SECTION} .goal-title`);
    const paces = await page.locator(`${SECTION} .goal-pace`).allInnerTexts();
    assert.ok(
        paces.some((text) => /^(On track|Behind): \d+ of 15 expected by Friday$/.test(text.trim())),
        `the call goal paced by Friday: ${paces.join(' | ')}`
    );
    const before = await page.locator(`${SECTION} c-goal-item`).count();
    await screenshot(page, 'goal-section-rep');

    await click(page, `${SECTION} .goals-propose`);
    await click(page, `${SECTION} lightning-combobox.field-kind button`);
    await click(page, `${SECTION} lightning-combobox.field-kind lightning-base-combobox-item[data-value="Points"]`);
    await typeTarget(page, SECTION, -15);
    await click(page, `${SECTION} .goal-submit`);
    const alert = await waitFor(page, `${SECTION} .goal-form-error`);
    assert.equal((await alert.innerText()).trim(), 'The target must be a whole number from 1 to 100,000.');
    assert.equal(await page.locator(`${SECTION} c-goal-item`).count(), before, 'nothing saved');
    assert.deepEqual(await axeViolations(page), []);

    await typeTarget(page, SECTION, 120);
    await click(page, `${SECTION} .goal-submit`);
    await waitFor(page, `${SECTION} .goals-status:has-text("Proposal sent.")`);
    assert.equal(await page.locator(`${SECTION} c-goal-item`).count(), before + 1, 'the proposal is listed');
    const waiting = await page.locator(`${SECTION} .goal-waiting`).allInnerTexts();
    assert.ok(waiting.map((text) => text.trim()).includes('Waiting for your manager'), waiting.join(' | '));

    await click(page, `${SECTION} .goal-accept`);
    await waitFor(page, `${SECTION} .goals-status:has-text("Saved.")`);
    assert.equal(await page.locator(`${SECTION} .goal-accept`).count(), 0, 'nothing left to answer');
    assert.deepEqual(await axeViolations(page), []);

    // The rep takes their own proposal back while it waits (review goals-final m4).
    assert.equal(await page.locator(`${SECTION} .goal-withdraw`).count(), 1, 'only their own proposal');
    await click(page, `${SECTION} .goal-withdraw`);
    await waitFor(page, `${SECTION} .goals-status:has-text("Proposal withdrawn.")`);
    assert.equal(await page.locator(`${SECTION} .goal-withdraw`).count(), 0, 'nothing left to withdraw');
    const statuses = await page.locator(`${SECTION} .goal-status`).allInnerTexts();
    assert.ok(statuses.map((text) => text.trim()).includes('Withdrawn'), statuses.join(' | '));
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('the manager sees each rep attainment, edits a proposal target and is refused a negative one', async () => {
    const page = await openPage(browser, 'goal-team-manager');
    await waitFor(page, `${TEAM} .goal-rep-name`);
    const reps = await page.locator(`${TEAM} .goal-rep-name`).allInnerTexts();
    assert.ok(reps.length >= 2, `the West reps with goals: ${reps.join(', ')}`);
    const reached = await page.locator(`${TEAM} .goal-rep-reached`).allInnerTexts();
    assert.ok(
        reached.some((text) => /^\d+ of \d+ agreed goals reached$/.test(text.trim())),
        reached.join(' | ')
    );
    assert.equal(await page.locator(`${TEAM} .goal-rep-name:has-text("East")`).count(), 0);
    await screenshot(page, 'goal-team-manager');

    const target = page.locator(`${TEAM} .goal-new-target input`).first();
    await target.fill('-3');
    await target.dispatchEvent('change');
    await click(page, `${TEAM} .goal-save-target`);
    const refused = await waitFor(page, `${TEAM} .goal-team-answer-error`);
    assert.equal((await refused.innerText()).trim(), 'The target must be a whole number from 1 to 100,000.');
    await target.fill('25');
    await target.dispatchEvent('change');
    await click(page, `${TEAM} .goal-save-target`);
    await waitFor(page, `${TEAM} .goal-team-status:has-text("Saved.")`);
    assert.equal(await page.locator(`${TEAM} .goal-save-target`).count(), 0, 'the proposal is agreed');

    await click(page, `${TEAM} .goal-team-propose`);
    await click(page, `${TEAM} lightning-combobox.field-kind button`);
    await click(page, `${TEAM} lightning-combobox.field-kind lightning-base-combobox-item[data-value="Points"]`);
    // Review goals-final M5: without a rep the form sends nothing (no goal of the manager's own).
    await typeTarget(page, TEAM, 10);
    await click(page, `${TEAM} .goal-submit`);
    await waitFor(page, `${TEAM} lightning-combobox.field-rep:has-text("Complete this field")`);
    assert.equal(await page.locator(`${TEAM} .goal-team-status:has-text("Proposal sent.")`).count(), 0);
    await click(page, `${TEAM} lightning-combobox.field-rep button`);
    await click(page, `${TEAM} lightning-combobox.field-rep lightning-base-combobox-item >> nth=0`);
    await typeTarget(page, TEAM, -1);
    await click(page, `${TEAM} .goal-submit`);
    const formAlert = await waitFor(page, `${TEAM} .goal-form-error`);
    assert.equal((await formAlert.innerText()).trim(), 'The target must be a whole number from 1 to 100,000.');
    assert.deepEqual(await axeViolations(page), []);

    // The manager sends a proposal and takes it back (review goals-final m4).
    const withdrawable = await page.locator(`${TEAM} .goal-withdraw`).count();
    await typeTarget(page, TEAM, 30);
    await click(page, `${TEAM} .goal-submit`);
    await waitFor(page, `${TEAM} .goal-team-status:has-text("Proposal sent.")`);
    assert.equal(
        await page.locator(`${TEAM} .goal-withdraw`).count(),
        withdrawable + 1,
        'their proposal may be withdrawn'
    );
    await click(page, `${TEAM} .goal-withdraw >> nth=-1`);
    await waitFor(page, `${TEAM} .goal-team-status:has-text("Proposal withdrawn.")`);
    assert.equal(await page.locator(`${TEAM} .goal-withdraw`).count(), withdrawable, 'withdrawn');
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('the director sees the monthly summary of both managers teams, printable', async () => {
    const page = await openPage(browser, 'goal-summary-director');
    await waitFor(page, 'c-goal-summary .goal-summary-rep-name');
    assert.match(await page.locator('c-goal-summary .goal-summary-month').innerText(), /^Goals for November 2026$/);
    const reps = await page.locator('c-goal-summary .goal-summary-rep-name').allInnerTexts();
    assert.ok(reps.length >= 3, `reps of both teams: ${reps.join(', ')}`);
    assert.ok((await page.locator('c-goal-summary tbody tr').count()) >= 4, 'a row per goal');
    assert.equal(await page.locator('c-goal-summary .goal-summary-print').count(), 1);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('c-goal-summary .goal-summary-nav').isVisible(), false, 'print hides the buttons');
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'goal-summary-director');
    await click(page, 'c-goal-summary .goal-summary-previous');
    await waitFor(page, 'c-goal-summary .goal-summary-month:has-text("October 2026")');
    assert.equal(await page.locator('c-goal-summary .goal-summary-empty').count(), 1, 'no goals in October');
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('the admin schedules the nightly goal realignment from the admin page, flagged until then', async () => {
    const page = await openPage(browser, 'adoption-admin');
    const line = 'c-adoption-admin .goals-schedule';
    await waitFor(page, line);
    assert.match(await page.locator(line).innerText(), /^Not scheduled: when a rep's manager changes/);
    assert.match(await page.locator(line).getAttribute('class'), /slds-text-color_error/);
    await click(page, 'c-adoption-admin lightning-button.goals-schedule-button button');
    await waitFor(page, 'c-adoption-admin lightning-button.goals-unschedule-button');
    assert.match(await page.locator(line).innerText(), /^Scheduled nightly: next run .+, as .+\.$/);
    assert.doesNotMatch(await page.locator(line).getAttribute('class'), /slds-text-color_error/);
    assert.equal(
        await page.locator('c-adoption-admin lightning-button.closing-unschedule-button').count(),
        0,
        'the challenge closing is untouched'
    );
    assert.deepEqual(await axeViolations(page), []);
    await click(page, 'c-adoption-admin lightning-button.goals-unschedule-button button');
    await waitFor(page, 'c-adoption-admin lightning-button.goals-schedule-button');
    assert.deepEqual(page.problems, []);
    await page.close();
});
