// Leaders by example in a real browser (production build, headless Chromium): the director sees both
// managers with their own figures beside their teams and the flags in words, can sort by keyboard,
// and nothing fails axe; works council mode shows whole teams only, no manager figure; a first-line
// manager sees nobody above or beside them; a rep is told the view is for people who lead managers;
// with Show Manager Activity on the team board says how the manager used the system this week, to
// the rep and to the manager, and with it off (the shipped default) says nothing.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { axeViolations, launchBrowser, openPage, screenshot, startPreview, waitFor } from './helpers.mjs';

const preview = await startPreview();
const browser = await launchBrowser(preview.url);
after(async () => {
    await browser.close();
    await preview.close();
});

const READY = 'c-adoption-leaders .adoption-leaders[data-ready="true"]';

function names(page) {
    return page.locator('c-adoption-leaders tbody th .name').allInnerTexts();
}

test('the director sees each manager own use beside the team, with flags in words, and sorts by keyboard', async () => {
    const page = await openPage(browser, 'adoption-leaders');
    await waitFor(page, READY, { state: 'attached' });
    assert.deepEqual((await names(page)).sort(), ['Daniel Brooks', 'Maya Okafor']);
    assert.equal(await page.locator('c-adoption-leaders thead th').count(), 8, 'own and team columns');
    for (const cell of await page.locator('c-adoption-leaders td.logins').allInnerTexts()) {
        assert.match(cell, /^\d+ of 28 days$/, 'login days as a count, never a time');
    }
    const flags = await page.locator('c-adoption-leaders .flag').allInnerTexts();
    for (const flag of flags) {
        assert.ok(['Leads by example', 'Not seen in the system this week'].includes(flag), flag);
    }
    // Keyboard: focus the "Name" toggle and press Enter.
    await page.locator('c-adoption-leaders button.sort-name').focus();
    await page.keyboard.press('Enter');
    assert.deepEqual(await names(page), ['Daniel Brooks', 'Maya Okafor']);
    assert.equal(await page.locator('c-adoption-leaders button.sort-name').getAttribute('aria-pressed'), 'true');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await screenshot(page, 'adoption-leaders');
    await page.close();
});

test('works council mode shows whole teams only, and no manager figure', async () => {
    const page = await openPage(browser, 'adoption-leaders-works-council');
    await waitFor(page, READY, { state: 'attached' });
    assert.equal(await page.locator('c-adoption-leaders td.logins').count(), 0, 'no login figure');
    assert.equal(await page.locator('c-adoption-leaders td.this-week').count(), 0, 'no own actions');
    assert.equal(await page.locator('c-adoption-leaders .flag').count(), 0, 'no flag about a person');
    for (const name of await names(page)) {
        assert.match(name, /'s team$/, 'rows are teams');
    }
    assert.match((await page.locator('c-adoption-leaders .note').allInnerTexts()).join(' '), /Works council mode/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await screenshot(page, 'adoption-leaders-works-council');
    await page.close();
});

test('a first-line manager sees nobody above or beside them', async () => {
    const page = await openPage(browser, 'adoption-leaders-manager');
    await waitFor(page, READY, { state: 'attached' });
    assert.match(await page.locator('c-adoption-leaders .empty').innerText(), /No managers report to you/);
    assert.equal(await page.locator('c-adoption-leaders table').count(), 0);
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
});

test('a rep is told the view is for people who lead managers', async () => {
    const page = await openPage(browser, 'adoption-leaders-rep');
    await waitFor(page, 'c-adoption-leaders c-error-panel', { state: 'attached' });
    assert.match(await page.locator('c-adoption-leaders c-error-panel').innerText(), /for people who lead managers/);
    assert.equal(await page.locator('c-adoption-leaders table').count(), 0, 'no figures for a rep');
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'adoption-leaders-rep');
    await page.close();
});

test('with Show Manager Activity on, the board tells the rep and the manager the manager week', async () => {
    const rep = await openPage(browser, 'leaderboard-rep-manager-line');
    const line = await waitFor(rep, 'c-leaders-manager-line .manager-line');
    assert.match(await line.innerText(), /^Your manager Maya Okafor this week: \d+ actions on \d+ days$/);
    assert.equal(await line.getAttribute('role'), 'status');
    assert.deepEqual(await axeViolations(rep), []);
    await screenshot(rep, 'leaderboard-rep-manager-line');
    await rep.close();
    const manager = await openPage(browser, 'leaderboard-manager-line');
    const own = await waitFor(manager, 'c-leaders-manager-line .manager-line');
    assert.match(await own.innerText(), /^Your team sees your week: \d+ actions on \d+ days$/);
    await screenshot(manager, 'leaderboard-manager-line');
    await manager.close();
});

test('with the shipped default (off), the board says nothing about the manager', async () => {
    const page = await openPage(browser, 'leaderboard-rep');
    await waitFor(page, 'c-leaderboard [data-ready]', { state: 'attached' });
    await page.waitForLoadState('networkidle');
    assert.equal(await page.locator('c-leaders-manager-line .manager-line').count(), 0);
    await page.close();
});
