// My Progress > Notifications in a real browser (production build, headless Chromium): the section
// lists what the rep hears about, ticked, with the quiet hours and the daily cap; a mute saves, says
// so and stays; and a muted topic stays out of the celebration card (the sample's top performer mutes
// streaks and the bell and phone).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { axeViolations, click, launchBrowser, openPage, screenshot, startPreview, waitFor } from './helpers.mjs';

const preview = await startPreview();
const browser = await launchBrowser(preview.url);
after(async () => {
    await browser.close();
    await preview.close();
});

const SECTION = 'c-my-progress c-my-progress-notifications';

/** Whether each box is ticked, by its key. */
async function ticks(page) {
    const boxes = page.locator(`${SECTION} lightning-input.mute-option`);
    const result = {};
    for (let i = 0; i < (await boxes.count()); i++) {
        const box = boxes.nth(i);
        result[await box.getAttribute('data-key')] = await box.locator('input').isChecked();
    }
    return result;
}

test('My Progress > Notifications: every kind ticked on day one, a mute saves and stays, quiet hours and the cap told', async () => {
    const page = await openPage(browser, 'my-progress');
    await waitFor(page, 'c-my-progress .my-progress[data-ready="true"]');
    await waitFor(page, `${SECTION} .notifications`);
    assert.equal((await page.locator(`${SECTION} h3`).innerText()).trim(), 'Notifications');
    assert.equal((await page.locator(`${SECTION} legend`).innerText()).trim(), 'Tell me about');
    assert.deepEqual(await ticks(page), {
        badge: true,
        level: true,
        streak: true,
        challenge: true,
        recognition: true,
        prompt: true,
        push: true
    });
    assert.equal(
        (await page.locator(`${SECTION} .quiet-hours`).innerText()).trim(),
        'Quiet hours: 8:00 PM to 7:00 AM in your time zone. No bell or phone notifications then; your news waits in the app.'
    );
    // The page's clock is 15:00 UTC, 07:00 in Los Angeles: the quiet hours have just ended.
    assert.equal(await page.locator(`${SECTION} .quiet-now`).count(), 0);
    assert.match(await page.locator(`${SECTION} .daily-cap`).innerText(), /At most 6 interruptions a day/);

    await click(page, `${SECTION} lightning-input.mute-option[data-key="streak"] label`);
    await page.waitForFunction(
        () =>
            document
                .querySelector('c-my-progress')
                ?.shadowRoot?.querySelector('c-my-progress-notifications')
                ?.shadowRoot?.querySelector('.mute-status')
                ?.textContent?.trim() === 'Saved.'
    );
    const after = await ticks(page);
    assert.equal(after.streak, false, 'streaks muted');
    assert.equal(after.badge, true, 'the rest untouched');
    assert.equal(
        await page.locator(`${SECTION} lightning-input.mute-option[data-key="streak"] input`).isDisabled(),
        false,
        'the boxes are back once saved'
    );
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'my-progress-notifications');
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('a muted topic stays out of the celebration card: a streak and a level arrive, the level shows alone', async () => {
    const page = await openPage(browser, 'adoption-celebration-muted');
    await page.evaluate(() => window.localStorage.clear());
    await Promise.all([
        page.waitForEvent('load'),
        click(page, '#preview-actions button:has-text("Award me a streak and a level")')
    ]);
    await page.waitForFunction(() => window.__preview?.mounted === true);
    const title = await waitFor(page, 'c-adoption-celebration .celebration-title');
    assert.equal((await title.innerText()).trim(), 'Level up!');
    const stored = await page.evaluate(() => window.__preview.celebrations());
    assert.equal(stored.length, 2, 'both rows stored: nothing is lost');
    assert.ok(
        stored.every((row) => row.Seen_At__c !== null),
        'the streak was taken unshown, so it does not come back'
    );
    await waitFor(page, `${SECTION} .notifications`);
    const shown = await ticks(page);
    assert.equal(shown.streak, false, 'the sample rep muted streaks');
    assert.equal(shown.push, false, 'and the bell and phone');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
});
