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
