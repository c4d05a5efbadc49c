// Privacy in a real browser (production build, headless Chromium): a rep's page in works council mode
// (their own figures and team averages on the board, their own progress, their own row only on the
// individual challenge), rank bands on a 6-person board (the rep is told the one band everyone is in,
// nothing of anyone else), and the Hide me from boards toggle on My Progress, whose choice the
// board on the same page then honours (in works council mode by saying so: the team average still
// counts everyone).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { axeViolations, click, launchBrowser, openPage, screenshot, startPreview, waitFor } from './helpers.mjs';

const preview = await startPreview();
const browser = await launchBrowser(preview.url);
after(async () => {
    await browser.close();
    await preview.close();
});

/** The texts of a locator's cells, trimmed. */
async function texts(locator) {
    return (await locator.allInnerTexts()).map((value) => value.trim());
}

test('works council mode: the rep sees their own figures, team averages, their progress and their own challenge row', async () => {
    const page = await openPage(browser, 'rep-works-council');
    await waitFor(page, 'c-leaderboard [data-ready]', { state: 'attached' });
    const board = page.locator('c-leaderboard').first();
    assert.match(await board.locator('.notice').first().innerText(), /Works council mode/);
    assert.equal(await board.locator('tr.board-row').count(), 1, 'one person row: the rep');
    assert.equal(await board.locator('tr.board-row.board-row_current').count(), 1, 'and it is theirs');
    const groups = board.locator('tr.group-row');
    assert.ok((await groups.count()) >= 1, 'at least their team');
    const names = await texts(board.locator('tr.group-row .group-name'));
    assert.ok(names.includes("Maya Okafor's team"), `the rep's team: ${names.join(', ')}`);
    for (const members of await texts(board.locator('tr.group-row .col-members'))) {
        assert.ok(Number(members) >= 5, `no aggregate below 5 people: ${members}`);
    }
    assert.match(await board.locator('tr.group-row.board-row_current').innerText(), /Your team/);
    // The team's average is the manager's exact board averaged without the manager: a team is everyone
    // with the same manager, and the manager is on their own manager's team (WorksCouncilTeams).
    const managerPage = await openPage(browser, 'leaderboard');
    await waitFor(managerPage, 'c-leaderboard [data-ready]', { state: 'attached' });
    const points = (
        await texts(
            managerPage.locator('c-leaderboard tbody:not(.pinned) tr.board-row:not(.board-row_current) .col-value')
        )
    ).map((cell) => Number(cell.split('\n')[0].replace(/[^0-9.-]/g, '')));
    await managerPage.close();
    const average = Math.round((points.reduce((sum, value) => sum + value, 0) / points.length) * 10) / 10;
    const mine = board.locator('tr.group-row.board-row_current');
    assert.equal(Number((await mine.locator('.col-members').innerText()).trim()), points.length, 'everyone counted');
    assert.equal(
        Number((await mine.locator('.col-value').innerText()).trim().replace(/,/g, '')),
        average,
        `the team's average over ${points.join(', ')}`
    );

    await waitFor(page, 'c-my-progress .my-progress[data-ready="true"]');
    assert.match(await page.locator('c-my-progress .level-name').innerText(), /\d/, 'their own progress');

    await waitFor(page, 'c-challenges c-leaderboard [data-ready]', { state: 'attached' });
    const challengeRows = page.locator('c-challenges c-leaderboard tr.board-row');
    assert.equal(await challengeRows.count(), 1, 'the individual challenge shows the rep their own row alone');
    assert.equal(await page.locator('c-challenges c-leaderboard tr.board-row_current').count(), 1);

    await page.waitForLoadState('networkidle');
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'rep-works-council');
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('rank bands on a 6-person board: one band for the rep, nothing of anyone else', async () => {
    const page = await openPage(browser, 'leaderboard-small-team');
    await waitFor(page, 'c-leaderboard [data-ready]', { state: 'attached' });
    const rows = page.locator('c-leaderboard tbody:not(.pinned) tr.board-row');
    assert.equal(await rows.count(), 6, 'the rep, their manager and four colleagues');
    const mine = page.locator('c-leaderboard tbody:not(.pinned) tr.board-row_current');
    assert.match(await mine.locator('.col-rank').innerText(), /Building momentum/, 'the one band, top 100 %');
    const others = page.locator('c-leaderboard tbody:not(.pinned) tr.board-row:not(.board-row_current)');
    assert.equal(await others.count(), 5);
    for (const column of ['.col-rank', '.col-value', '.col-badges', '.col-streak']) {
        for (const cell of await texts(others.locator(`${column} [aria-hidden="true"]`))) {
            assert.ok(cell === '–' || cell === '', `${column} of another person shows nothing: "${cell}"`);
        }
    }
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('Hide me from boards: the toggle saves, says so, and the works council average does not move', async () => {
    const page = await openPage(browser, 'rep-works-council');
    await waitFor(page, 'c-my-progress .my-progress[data-ready="true"]');
    await waitFor(page, 'c-leaderboard [data-ready]', { state: 'attached' });
    const team = page.locator('c-leaderboard tr.group-row.board-row_current .col-members');
    const before = Number((await team.innerText()).trim());

    await click(page, 'c-my-progress lightning-input.hide-toggle label');
    const status = page.locator('c-my-progress .hide-status');
    await page.waitForFunction(
        () =>
            (document.querySelector('c-my-progress')?.shadowRoot?.querySelector('.hide-status')?.textContent ?? '')
                .length > 0
    );
    assert.equal((await status.innerText()).trim(), "You are hidden from other people's boards.");
    assert.equal(await page.locator('c-my-progress lightning-input.hide-toggle input').isChecked(), true);

    await click(page, 'c-leaderboard button.refresh-button');
    // The board honours the choice (it says so), and the team's average still counts the rep: an
    // aggregate that moved with the toggle would give away exactly the rep's own figure.
    await page.waitForFunction(() =>
        [...(document.querySelector('c-leaderboard')?.shadowRoot?.querySelectorAll('.notice') ?? [])].some((notice) =>
            notice.textContent?.includes("You are hidden from other people's boards.")
        )
    );
    assert.equal(Number((await team.innerText()).trim()), before, 'everyone is still counted');
    assert.match(await page.locator('c-my-progress .level-name').innerText(), /\d/, 'still their own progress');

    await click(page, 'c-my-progress lightning-input.hide-toggle label');
    await page.waitForFunction(
        () =>
            document.querySelector('c-my-progress')?.shadowRoot?.querySelector('.hide-status')?.textContent?.trim() ===
            'You are shown on boards again.'
    );
    assert.equal(await page.locator('c-my-progress lightning-input.hide-toggle input').isChecked(), false);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
});
