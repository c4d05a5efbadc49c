// Recognition in a real browser (production build, headless Chromium): a rep recognises a teammate on
// an opportunity (no points, whatever a peer is: the points field is not offered) and the wall shows it;
// the player-manager recognises a report with points and withdraws it from the wall; the form opened
// for oneself is refused by the server with its own sentence; a director's wall shows their own team;
// the phone page fits the phone. Each page runs with axe.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import {
    axeViolations,
    launchBrowser,
    measureLayout,
    openPage,
    screenshot,
    startPreview,
    waitFor
} from './helpers.mjs';

const preview = await startPreview();
const browser = await launchBrowser(preview.url);
after(async () => {
    await browser.close();
    await preview.close();
});

const FORM = 'c-recognise';
const WALL = 'c-recognition-wall';

/** Opens a page with the org's recognitions back to the sample's two. */
async function freshPage(id) {
    const page = await openPage(browser, id);
    // Let the first load finish its requests (the sample data's chunk) before starting again.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await waitFor(page, `${FORM} lightning-combobox.recipient, ${WALL} lightning-card`);
    return page;
}

async function pick(page, name) {
    await page.locator(`${FORM} lightning-combobox.recipient button`).click();
    await page.locator(`${FORM} lightning-base-combobox-item`).filter({ hasText: name }).first().click();
}

async function write(page, message) {
    await page.locator(`${FORM} lightning-textarea.message textarea`).fill(message);
    await page.locator(`${FORM} lightning-textarea.message textarea`).blur();
}

async function status(page) {
    await page.waitForFunction(
        () =>
            (document.querySelector('c-recognise')?.shadowRoot?.querySelector('.status')?.textContent ?? '').trim() !==
            ''
    );
    return (await page.locator(`${FORM} .status`).innerText()).trim();
}

async function headings(page) {
    return (await page.locator(`${WALL} .heading`).allInnerTexts()).map((text) => text.trim());
}

test('a rep recognises a teammate on a record: no points offered, sent, and on the wall', async () => {
    const page = await freshPage('recognise-rep');
    await waitFor(page, `${WALL} .entry`);
    assert.deepEqual(await headings(page), [
        'Lucas Meyer recognised Priya Raman',
        'Maya Okafor recognised Priya Raman'
    ]);
    await pick(page, 'Lucas Meyer');
    assert.equal(await page.locator(`${FORM} lightning-input.points`).count(), 0, 'a peer is offered no points');
    assert.match(await page.locator(`${FORM} .peer-note`).innerText(), /carries no points/);
    await write(page, 'Your call notes saved the Acme renewal.');
    await page.locator(`${FORM} lightning-button.submit button`).click();
    assert.equal(await status(page), 'Recognition sent to Lucas Meyer.');
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'recognise-rep');

    await page.reload();
    await waitFor(page, `${WALL} .entry`);
    assert.equal((await headings(page))[0], 'Priya Raman recognised Lucas Meyer', 'the newest first');
    assert.equal(await page.locator(`${WALL} .entry`).first().locator('.details').count(), 0, 'no points, no value');
    assert.equal(
        await page.locator(`${WALL} .entry`).first().locator('button.withdraw').count(),
        1,
        'its giver may withdraw'
    );
    assert.deepEqual(page.problems, []);
});

test('the manager recognises a report with points, then withdraws it from the wall', async () => {
    const page = await freshPage('recognise-manager');
    await pick(page, 'Priya Raman');
    await waitFor(page, `${FORM} lightning-input.points`);
    assert.equal(
        (await page.locator(`${FORM} .points-help`).innerText()).trim(),
        'You can give 85 more points this week, up to 25 per recognition.',
        'the sample manager gave 15 of 100 this week'
    );
    await write(page, 'The next step you logged kept Bluebird in the forecast.');
    await page.locator(`${FORM} lightning-input.points input`).fill('20');
    await page.locator(`${FORM} lightning-input.points input`).blur();
    await page.locator(`${FORM} lightning-button.submit button`).click();
    assert.equal(await status(page), 'Recognition sent to Priya Raman with 20 points.');
    await page.waitForFunction(() =>
        (document.querySelector('c-recognise')?.shadowRoot?.querySelector('.points-help')?.textContent ?? '').includes(
            '65 more'
        )
    );
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'recognise-manager');

    await page.reload();
    await waitFor(page, `${WALL} .entry`);
    const newest = page.locator(`${WALL} .entry`).first();
    assert.equal((await newest.locator('.heading').innerText()).trim(), 'Maya Okafor recognised Priya Raman');
    assert.match(await newest.locator('.details').innerText(), /20 points/);
    assert.equal(
        await newest.locator('button.withdraw').getAttribute('aria-label'),
        'Withdraw recognition of Priya Raman'
    );
    const before = await page.locator(`${WALL} .entry`).count();
    await newest.locator('button.withdraw').click();
    await page.waitForFunction(
        () =>
            (
                document.querySelector('c-recognition-wall')?.shadowRoot?.querySelector('.status')?.textContent ?? ''
            ).trim() === 'Recognition withdrawn.'
    );
    assert.equal(await page.locator(`${WALL} .entry`).count(), before - 1, 'gone from the wall');
    assert.deepEqual(page.problems, []);
});

test('the form opened for oneself is refused by the server, and what was typed stays', async () => {
    const page = await freshPage('recognise-self');
    await write(page, 'Me, myself and I.');
    await page.locator(`${FORM} lightning-button.submit button`).click();
    await waitFor(page, `${FORM} .error`);
    assert.equal(
        (await page.locator(`${FORM} .error`).innerText()).trim(),
        'You cannot recognise yourself. Pick a colleague.'
    );
    assert.equal(await page.locator(`${FORM} .error`).getAttribute('role'), 'alert');
    assert.equal(await page.locator(`${FORM} lightning-textarea.message textarea`).inputValue(), 'Me, myself and I.');
    assert.deepEqual(await axeViolations(page), []);
});

test('a director sees their own team on the wall, and the phone form fits the phone', async () => {
    const director = await freshPage('recognition-wall-director');
    await waitFor(director, `${WALL} .empty`);
    assert.equal(
        await director.locator(`${WALL} .entry`).count(),
        0,
        "the West team's recognitions are not the director's team"
    );
    assert.deepEqual(await axeViolations(director), []);
    await screenshot(director, 'recognition-wall-director');

    const phone = await openPage(browser, 'recognise-rep-phone', { viewport: { width: 360, height: 780 } });
    await waitFor(phone, `${FORM} lightning-combobox.recipient`);
    const layout = await measureLayout(phone);
    assert.ok(layout.scrollWidth <= 360, `no sideways scroll at 360 px (${layout.scrollWidth})`);
    const button = await phone.locator(`${FORM} lightning-button.submit button`).boundingBox();
    assert.ok(button && button.height >= 44, `the Recognise button is a 44 px target (${button?.height})`);
    await screenshot(phone, 'recognise-rep-phone');
});

/** Opens a page with the sample's recognitions, and a leaderboard row's Recognise panel for a colleague. */
async function recogniseFromRow(id, name) {
    const page = await openPage(browser, id);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    const row = page.locator('c-leaderboard tr.board-row', { hasText: name }).first();
    await row.locator('.recognise-button').waitFor();
    assert.equal(await row.locator('.recognise-button').getAttribute('aria-label'), `Recognise ${name}`);
    await row.locator('.recognise-button').click();
    const panel = page.locator('c-leaderboard .recognise-panel');
    await panel.locator(`${FORM} lightning-combobox.record`).waitFor();
    return { page, row, panel };
}

/** The first record the panel's picker offers, chosen; its label. */
async function pickFirstRecord(panel) {
    await panel.locator(`${FORM} lightning-combobox.record button`).click();
    const item = panel.locator(`${FORM} lightning-combobox.record lightning-base-combobox-item`).first();
    const label = (await item.innerText()).trim();
    await item.click();
    return label;
}

async function panelStatus(panel) {
    const status = panel.locator(`${FORM} .status`);
    await status.filter({ hasText: /\S/ }).waitFor();
    return (await status.innerText()).trim();
}

test('from the team board the manager recognises a report on one of their records, with points', async () => {
    const { page, panel } = await recogniseFromRow('manager', 'Priya Raman');
    assert.equal(
        await page.locator('c-leaderboard .recognise-heading').evaluate((heading) => heading.matches(':focus')),
        true,
        'the panel takes the focus'
    );
    assert.equal((await panel.locator(`${FORM} .recipient-name`).innerText()).trim(), 'Priya Raman');
    assert.equal(await panel.locator(`${FORM} lightning-combobox.recipient`).count(), 0, 'the row chose the colleague');
    assert.match(await pickFirstRecord(panel), /^.+ \((Opportunity|Account|Contact|Lead)\)$/);
    await panel
        .locator(`${FORM} lightning-textarea.message textarea`)
        .fill('The next step you logged kept Bluebird in the forecast.');
    await panel.locator(`${FORM} lightning-input.points input`).fill('10');
    await panel.locator(`${FORM} lightning-input.points input`).blur();
    await panel.locator(`${FORM} lightning-button.submit button`).click();
    assert.equal(await panelStatus(panel), 'Recognition sent to Priya Raman with 10 points.');
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'recognise-from-board');

    // Escape, where the manager last typed, closes the panel; the focus goes back to the row's button.
    await panel.locator(`${FORM} lightning-textarea.message textarea`).press('Escape');
    await panel.waitFor({ state: 'detached' });
    const focused = await page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) {
            active = active.shadowRoot.activeElement;
        }
        return active?.getAttribute('aria-label') ?? '';
    });
    assert.equal(focused, 'Recognise Priya Raman');
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('from the Team Adoption board a rep recognises a peer: no points, and no button on their own row', async () => {
    const { page, panel } = await recogniseFromRow('rep-team', 'Lucas Meyer');
    assert.equal(
        await page.locator('c-leaderboard tr.board-row_current .recognise-button').count(),
        0,
        'nobody recognises themselves'
    );
    assert.equal(await panel.locator(`${FORM} lightning-input.points`).count(), 0, 'a peer is offered no points');
    await pickFirstRecord(panel);
    await panel.locator(`${FORM} lightning-textarea.message textarea`).fill('Thanks for updating the close date.');
    await panel.locator(`${FORM} lightning-textarea.message textarea`).blur();
    await panel.locator(`${FORM} lightning-button.submit button`).click();
    assert.equal(await panelStatus(panel), 'Recognition sent to Lucas Meyer.');
    await panel.locator('button.recognise-close').click();
    await panel.waitFor({ state: 'detached' });

    // The recognition is on the team wall of the same page once it is read again.
    await page.reload();
    const wall = page.locator(WALL);
    await wall.locator('.entry').first().waitFor();
    assert.equal(
        (await wall.locator('.entry .heading').first().innerText()).trim(),
        'Priya Raman recognised Lucas Meyer'
    );
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
});
