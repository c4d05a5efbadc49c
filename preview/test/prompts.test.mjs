// "Why this matters" prompts on a record, in Chromium: the rep fixes the field and the prompt
// resolves on the spot (updateRecord, then getRecord fires again); a snooze takes a prompt away; the
// daily interruption budget caps what shows; the Contact and Lead starter prompts work too. And the
// admin's effectiveness table renders.
// Every page also passes pages.test.mjs (no console errors, axe).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { click, launchBrowser, openPage, startPreview, waitFor } from './helpers.mjs';

const COMPONENT = 'c-why-this-matters';
const preview = await startPreview();
const browser = await launchBrowser(preview.url);
after(async () => {
    await browser.close();
    await preview.close();
});

/** The titles of the prompts on screen, in order. */
async function titles(page) {
    return page.locator(`${COMPONENT} li[data-name] .title`).allInnerTexts();
}

test('three prompts show, most severe first, and fixing the next step resolves that one', async () => {
    const page = await openPage(browser, 'why-this-matters');
    await waitFor(page, `${COMPONENT} li[data-name]`);
    assert.deepEqual(await titles(page), ['This close date has passed', 'Add a next step', 'No activity in 14 days']);
    assert.deepEqual(await page.locator(`${COMPONENT} .severity`).allInnerTexts(), ['Critical', 'Warning', 'Warning']);
    assert.match(
        await page.locator(`${COMPONENT} li[data-name="Opportunity_Missing_Next_Step"] .message`).innerText(),
        /^\d+ of your open opportunities have no next step\. .* on Globex: fleet telematics\?$/
    );

    await click(page, `${COMPONENT} button.act[data-name="Opportunity_Missing_Next_Step"]`);
    await page.locator(`${COMPONENT} lightning-input.edit-input input`).fill('Demo with the CFO on Thursday');
    await click(page, `${COMPONENT} button.save[data-name="Opportunity_Missing_Next_Step"]`);

    const thanks = await waitFor(page, `${COMPONENT} li[data-name="Opportunity_Missing_Next_Step"] .thanks`);
    assert.match(await thanks.innerText(), /Thank you/);
    assert.equal(
        await page.locator(`${COMPONENT} .status`).innerText(),
        'Fixed: Add a next step. Thank you.',
        'screen readers hear it'
    );
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('a snoozed prompt leaves the record', async () => {
    const page = await openPage(browser, 'why-this-matters');
    await waitFor(page, `${COMPONENT} li[data-name]`);

    await click(page, `${COMPONENT} button.snooze[data-name="Opportunity_No_Recent_Activity"]`);

    await waitFor(page, `${COMPONENT} li[data-name="Opportunity_No_Recent_Activity"]`, { state: 'detached' });
    assert.deepEqual(await titles(page), ['This close date has passed', 'Add a next step']);
    assert.match(await page.locator(`${COMPONENT} .status`).innerText(), /^Snoozed: No activity in 14 days\./);
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('a budget of two shows two prompts, and a dismissal does not bring the third', async () => {
    const page = await openPage(browser, 'why-this-matters-budget');
    await waitFor(page, `${COMPONENT} li[data-name]`);
    assert.deepEqual(await titles(page), ['This close date has passed', 'Add a next step']);

    await click(page, `${COMPONENT} button.dismiss[data-name="Opportunity_Close_Date_Past"]`);

    await waitFor(page, `${COMPONENT} li[data-name="Opportunity_Close_Date_Past"]`, { state: 'detached' });
    assert.deepEqual(await titles(page), ['Add a next step'], 'the budget is spent for today');
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('the admin sees the effectiveness of every prompt', async () => {
    const page = await openPage(browser, 'prompt-effectiveness');
    await waitFor(page, 'c-prompt-effectiveness table');
    // The experiments' tables (rows with data-arm) are experiments.test.mjs's.
    const rows = await page.locator('c-prompt-effectiveness tbody tr:not([data-arm])').count();
    assert.equal(rows, 5, 'one row per starter prompt');
    assert.match(await page.locator('c-prompt-effectiveness caption.caption').innerText(), /last 30 days/);
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('the Contact starter prompt asks for the missing email, and adding it resolves the prompt', async () => {
    const page = await openPage(browser, 'why-this-matters-contact');
    await waitFor(page, `${COMPONENT} li[data-name="Contact_Missing_Email"]`);
    await click(page, `${COMPONENT} button.act[data-name="Contact_Missing_Email"]`);
    await page.locator(`${COMPONENT} lightning-input.edit-input input`).fill('morgan.chen@example.com');
    await click(page, `${COMPONENT} button.save[data-name="Contact_Missing_Email"]`);
    const thanks = await waitFor(page, `${COMPONENT} li[data-name="Contact_Missing_Email"] .thanks`);
    assert.match(await thanks.innerText(), /Thank you/);
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('the Lead starter prompt shows on a lead nobody has worked, with its call to action', async () => {
    const page = await openPage(browser, 'why-this-matters-lead');
    await waitFor(page, `${COMPONENT} li[data-name="Lead_Not_Yet_Worked"]`);
    assert.equal(await page.locator(`${COMPONENT} button.act[data-name="Lead_Not_Yet_Worked"]`).count(), 1);
    assert.deepEqual(page.problems, []);
    await page.close();
});
