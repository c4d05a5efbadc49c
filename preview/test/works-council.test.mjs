// Works council mode in a real browser (production build, headless Chromium), as the manager and the
// admin see it: the pulse holds whole teams (everyone with the same manager) of at least the minimum
// size, never merged, and never a person (no people
// table, no names needing attention, no onboarding names), says what it leaves out, and shows no
// figure at all when the team is below the minimum; the boards beside it load as those users see
// them. No axe violations, no console errors.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { axeViolations, launchBrowser, openPage, startPreview, waitFor } from './helpers.mjs';

const preview = await startPreview();
const browser = await launchBrowser(preview.url);
after(async () => {
    await browser.close();
    await preview.close();
});

const PULSE = 'c-adoption-pulse';

/** The group rows' names, top to bottom. */
async function groupNames(page) {
    return (await page.locator(`${PULSE} tr.group .group-label`).allInnerTexts()).map((name) => name.trim());
}

async function assertNoPerson(page) {
    assert.equal(await page.locator(`${PULSE} tr.person`).count(), 0, 'no person rows');
    assert.equal(await page.locator(`${PULSE} .attention-item`).count(), 0, 'no names needing attention');
    assert.equal(await page.locator(`${PULSE} .onboarding-item`).count(), 0, 'no onboarding names');
}

/** A cell's number ('1,234' -> 1234); null for '—'. */
function numberOf(text) {
    const digits = text.replace(/[^\d]/g, '');
    return digits === '' ? null : Number(digits);
}

/**
 * Security review 3, H1: every tile adds up what the teams shown show, nothing else, so that a tile
 * minus the teams shown leaves nothing (the people in a team whose own forecast is withheld included).
 */
async function assertTilesAddUpTheTeamsShown(page) {
    const rows = await page
        .locator(`${PULSE} tr.group:not(.withheld)`)
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())));
    const sum = (column) => rows.reduce((total, cells) => total + (numberOf(cells[column]) ?? 0), 0);
    const tile = async (key) =>
        (await page.locator(`${PULSE} .tile[data-key="${key}"] .tile-value`).innerText()).trim();
    const people = sum(0);
    assert.equal(await tile('active'), `${sum(1)} of ${people}`, 'active: the teams shown');
    assert.equal(await tile('loggedIn'), `${sum(2)} of ${people}`, 'logged in: the teams shown');
    assert.equal(numberOf(await tile('points')), sum(3), 'points: the teams shown');
    assert.equal(await tile('attention'), `${sum(4)} of ${people}`, 'attention: the teams shown');
    const forecast = await tile('forecast');
    if (rows.every((cells) => numberOf(cells[6]) === null)) {
        assert.equal(forecast, '—', 'no team shows its forecast: the tile shows none either');
    } else {
        assert.equal(numberOf(forecast.split(' of ')[0]), sum(6), 'forecast-ready: the teams whose forecast is shown');
    }
    if (rows.every((cells) => numberOf(cells[11]) === null)) {
        assert.doesNotMatch(await tile('completeness'), /\d/, 'no team shows its completeness: no figure on the tile');
    }
}

test('the manager sees their team as one group of 11, without themselves and without a name', async () => {
    const page = await openPage(browser, 'adoption-pulse-works-council');
    await waitFor(page, `${PULSE} [data-ready]`, { state: 'attached' });
    await assertNoPerson(page);
    assert.deepEqual(await groupNames(page), ['Your team']);
    assert.equal((await page.locator(`${PULSE} tr.group .group-size`).innerText()).trim(), '11');
    const notes = (await page.locator(`${PULSE} .note`).allInnerTexts()).map((note) => note.trim());
    assert.ok(
        notes.some((note) => /^Works council mode: .* at least 5 people/.test(note)),
        notes.join(' | ')
    );
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('a team below the minimum shows no figure at all, and says why', async () => {
    const page = await openPage(browser, 'adoption-pulse-works-council-small');
    const none = await waitFor(page, `${PULSE} .works-council-none`);
    assert.match(await none.innerText(), /fewer than 12 people besides you/);
    assert.equal(await page.locator(`${PULSE} .tiles`).count(), 0, 'no tiles of zeros');
    assert.equal(await page.locator(`${PULSE} tr.group`).count(), 0, 'no group table');
    await assertNoPerson(page);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('the admin sees everyone by team, whole teams only, nothing merged', async () => {
    const page = await openPage(browser, 'adoption-pulse-works-council-admin');
    await waitFor(page, `${PULSE} [data-ready]`, { state: 'attached' });
    await assertNoPerson(page);
    const names = await groupNames(page);
    const sizes = (await page.locator(`${PULSE} tr.group .group-size`).allInnerTexts()).map((size) => size.trim());
    assert.deepEqual(
        Object.fromEntries(names.map((name, index) => [name, sizes[index]])),
        { 'Team of Maya Okafor': '11', 'Team of Daniel Brooks': '11', 'People without a team lead': '2' },
        "each manager's reports; the two managers, who have no manager, withheld; the admin (the viewer) in none"
    );
    assert.equal(await page.locator(`${PULSE} tr.group.withheld`).count(), 1, 'the two managers: not shown');
    await assertTilesAddUpTheTeamsShown(page);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
});

for (const persona of ['manager-works-council', 'admin-works-council']) {
    test(`${persona}: the board and the pulse load as that user sees them, with team figures only`, async () => {
        const page = await openPage(browser, persona);
        await waitFor(page, `${PULSE} [data-ready]`, { state: 'attached' });
        await waitFor(page, 'c-leaderboard [data-ready]', { state: 'attached' });
        await assertNoPerson(page);
        assert.ok((await page.locator(`${PULSE} tr.group`).count()) >= 1, 'at least one group');
        assert.deepEqual(await axeViolations(page), []);
        assert.deepEqual(page.problems, []);
        await page.close();
    });
}
