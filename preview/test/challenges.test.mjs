// Challenges in a real browser (production build, headless Chromium). A rep's view (the live
// challenge, their progress, no manager actions); then as the player-manager: the
// seeded live challenge with its board, then a whole life cycle through the UI: create a team
// challenge (Average) with the form, start a hidden test run (the notice, team rows on the board),
// announce it, end it after the inline confirmation, and read the winners. Axe on each new state;
// leaves docs/screenshots/challenges-test-run.png.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import {
    SAMPLE_TODAY,
    axeViolations,
    click,
    launchBrowser,
    openPage,
    screenshot,
    startPreview,
    waitFor
} from './helpers.mjs';

const ROOT = 'c-challenges';
const NAME = 'Pipeline relay';
const preview = await startPreview();
const browser = await launchBrowser(preview.url);
after(async () => {
    await browser.close();
    await preview.close();
});

/** The open challenge's status badge, as read. */
async function status(page) {
    return (await page.locator(`${ROOT} .challenge-heading .status`).innerText()).replace(/^Status:\s*/, '').trim();
}

/** The element that has the keyboard, through the shadow roots it is in. */
async function focused(page) {
    return page.evaluate(() => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) {
            element = element.shadowRoot.activeElement;
        }
        return { text: (element?.textContent ?? '').trim(), className: String(element?.className ?? '') };
    });
}

/** Clicks a manager action (a lightning-button with data-action) and waits for its toast. */
async function act(page, action, toast) {
    await click(page, `${ROOT} lightning-button[data-action="${action}"] button`);
    if (action === 'end') {
        await waitFor(page, `${ROOT} .confirm[role="alertdialog"]`);
        assert.equal((await focused(page)).text, 'Yes, end it', 'the keyboard is on the confirmation');
        assert.deepEqual(await axeViolations(page), [], 'the confirmation is accessible');
        await click(page, `${ROOT} lightning-button.confirm-end button`);
    }
    await page.locator('[role="status"]', { hasText: toast }).first().waitFor({ timeout: 15000 });
}

test('the manager sees the seeded challenges and the live one with its board', async () => {
    const page = await openPage(browser, 'challenges');
    await waitFor(page, `${ROOT} .challenge-name`);

    const items = page.locator(`${ROOT} button.challenge-button`);
    assert.ok((await items.count()) >= 2, 'the seeded live and closed challenges are listed');
    assert.equal(await page.locator(`${ROOT} button.challenge-button[aria-current="page"]`).count(), 1);
    assert.equal(await status(page), 'Live');
    assert.match(await page.locator(`${ROOT} .detail-time dd`).innerText(), /^\d+ d \d+ h$|Starts in|Ended/);
    await waitFor(page, `${ROOT} c-leaderboard tr.board-row`);
    assert.equal(await page.locator(`${ROOT} c-leaderboard lightning-combobox`).count(), 0, 'no board filters');

    // The closed team challenge names its winners.
    const closed = items.filter({ hasText: 'Closed' }).first();
    await closed.click();
    await waitFor(page, `${ROOT} .winners`);
    assert.equal(await status(page), 'Closed');
    assert.ok((await page.locator(`${ROOT} .winner`).count()) >= 1, 'the seeded closed challenge has winners');
    assert.ok((await page.locator(`${ROOT} c-leaderboard .members`).count()) >= 1, 'team rows show their size');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('a rep sees the live challenge they take part in, their progress and the board, and nothing to manage', async () => {
    const page = await openPage(browser, 'challenges-rep');
    await waitFor(page, `${ROOT} .challenge-name`);
    assert.equal(await status(page), 'Live');
    assert.equal(await page.locator(`${ROOT} lightning-button.new-button`).count(), 0, 'no New challenge');
    assert.equal(await page.locator(`${ROOT} lightning-button[data-action]`).count(), 0, 'no manager actions');
    assert.equal(await page.locator(`${ROOT} lightning-progress-bar`).count(), 1, 'their progress toward the target');
    await waitFor(page, `${ROOT} c-leaderboard tr.board-row_current`);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('a team challenge goes from the form through a hidden test run to live, then ends with winners', async () => {
    const page = await openPage(browser, 'challenges');
    await waitFor(page, `${ROOT} .challenge-name`);

    await click(page, `${ROOT} lightning-button.new-button button`);
    await waitFor(page, `${ROOT} .challenge-form`);
    // Saving an empty name is refused in the form, before any call.
    await click(page, `${ROOT} lightning-button.save-button button`);
    const nameHelp = await waitFor(page, `${ROOT} lightning-input.field-name [data-help-message]`);
    assert.ok((await nameHelp.innerText()).trim().length > 0, 'the name says what is missing');
    assert.equal(await page.locator(`${ROOT} .challenge-form`).count(), 1);

    await page.locator(`${ROOT} lightning-input.field-name input`).fill(NAME);
    // Five days before the sample day, so the sample's actions count and there are winners to name (a
    // start may lie at most a week back: Challenges.MAX_START_DAYS_AGO).
    const weekBefore = new Date(Date.parse(`${SAMPLE_TODAY}T00:00:00Z`) - 5 * 86_400_000).toISOString().slice(0, 10);
    await page.locator(`${ROOT} input.field-start`).fill(`${weekBefore}T09:00`);
    await click(page, `${ROOT} lightning-combobox.field-format button`);
    await click(page, `${ROOT} lightning-combobox.field-format lightning-base-combobox-item[data-value="Team"]`);
    await waitFor(page, `${ROOT} lightning-combobox.field-scoring`);
    assert.match(await page.locator(`${ROOT} lightning-combobox.field-scoring button`).innerText(), /Average/);
    // Org: the manager and everyone below them (Everyone is for admins only, ScopesService). By manager
    // they would be a single team; by role (their titles here) teams compete.
    await click(page, `${ROOT} lightning-combobox.field-participants button`);
    await click(page, `${ROOT} lightning-combobox.field-participants lightning-base-combobox-item[data-value="Org"]`);
    await click(page, `${ROOT} lightning-combobox.field-team-by button`);
    await click(page, `${ROOT} lightning-combobox.field-team-by lightning-base-combobox-item[data-value="Role"]`);
    await page.locator(`${ROOT} lightning-textarea.field-prize textarea`).fill('Team breakfast');
    assert.deepEqual(await axeViolations(page), [], 'the form is accessible');

    await click(page, `${ROOT} lightning-button.save-button button`);
    await page
        .locator('[role="status"]', { hasText: `Draft saved: ${NAME}` })
        .first()
        .waitFor({ timeout: 15000 });
    await page.locator(`${ROOT} .challenge-name`, { hasText: NAME }).waitFor({ timeout: 15000 });
    assert.equal(await page.locator(`${ROOT} .challenge-form`).count(), 0);
    assert.equal(await status(page), 'Draft');
    assert.match(
        await page.locator(`${ROOT} button.challenge-button[aria-current="page"]`).innerText(),
        new RegExp(NAME)
    );
    assert.match(await page.locator(`${ROOT} .detail-format dd`).innerText(), /Team vs team/);

    await act(page, 'test', `Test run started: ${NAME}`);
    await waitFor(page, `${ROOT} .hidden-notice`);
    assert.match(await page.locator(`${ROOT} .hidden-notice`).innerText(), /Only you and admins see this test run/);
    assert.equal(await status(page), 'Test run (Hidden)');
    await waitFor(page, `${ROOT} c-leaderboard tr.board-row .members`);
    const headers = (await page.locator(`${ROOT} c-leaderboard thead th`).allInnerTexts()).map((text) => text.trim());
    assert.deepEqual(headers.slice(2), ['Points per member', 'Team points']);
    assert.ok((await page.locator(`${ROOT} c-leaderboard tbody tr.board-row`).count()) >= 2, 'teams compete');
    assert.match(await page.locator(`${ROOT} .announcer`).innerText(), new RegExp(`Test run started: ${NAME}`));
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'challenges-test-run');

    await act(page, 'announce', `${NAME} is announced and live.`);
    await page.locator(`${ROOT} .challenge-heading .status`, { hasText: 'Live' }).waitFor({ timeout: 15000 });
    assert.equal(await page.locator(`${ROOT} .hidden-notice`).count(), 0);
    // The Announce button is gone: the keyboard waits on the challenge's heading.
    assert.match((await focused(page)).className, /challenge-name/);

    await act(page, 'end', `${NAME} has ended.`);
    await waitFor(page, `${ROOT} .winners`);
    assert.equal(await status(page), 'Closed');
    const winners = await page.locator(`${ROOT} .winner`).allInnerTexts();
    assert.ok(winners.length >= 1, `winners are named: ${winners.join(', ')}`);
    assert.equal(await page.locator(`${ROOT} lightning-button[data-action]`).count(), 0, 'nothing left to do');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
});
