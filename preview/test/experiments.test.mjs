// Prompt experiments in Chromium (issue 19 part 2). The admin's effectiveness page: the ended
// experiment of the sample compares both arms with intervals and a verdict, the running one says "not
// enough data yet"; a share out of bounds is refused with the server's message and starts nothing; an
// experiment starts, then ends with the prompt retired (after a confirmation) and is brought back. The rep held out of an experiment sees no
// prompt on the record page, and the page records that the rep qualified (HeldOut).
// Every page also passes pages.test.mjs (no console errors, axe).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { click, launchBrowser, openPage, startPreview, waitFor } from './helpers.mjs';

const SECTION = 'c-prompt-effectiveness c-prompt-experiments';
const preview = await startPreview();
const browser = await launchBrowser(preview.url);
after(async () => {
    await browser.close();
    await preview.close();
});

async function experiment(page, title) {
    const article = page.locator(`${SECTION} article.experiment`, {
        has: page.locator('.experiment-title', { hasText: title })
    });
    await article.first().waitFor();
    return article.first();
}

test('the admin compares both arms of an experiment, with "not enough data yet" below the minimum', async () => {
    const page = await openPage(browser, 'prompt-effectiveness');
    await waitFor(page, `${SECTION} article.experiment`);

    const ended = await experiment(page, 'This close date has passed');
    assert.equal(await ended.locator('.status').innerText(), 'Ended, prompt kept');
    const prompted = await ended.locator('tr[data-arm="prompted"] td').allInnerTexts();
    const heldOut = await ended.locator('tr[data-arm="heldOut"] td').allInnerTexts();
    assert.ok(
        Number(prompted[0]) >= 30 && Number(heldOut[0]) >= 30,
        `both arms reach the minimum: ${prompted[0]}, ${heldOut[0]}`
    );
    assert.equal(Number(prompted[0]) + Number(heldOut[0]), 90, 'every record of the sample history, in one arm');
    assert.match(prompted[2], /^\d+(\.\d)?% \(\d+(\.\d)?% to \d+(\.\d)?%\)$/, 'a rate with its interval');
    assert.match(
        await ended.locator('.difference').innerText(),
        /^Difference: \+\d+(\.\d)? points \(95 % interval [+-]?\d+(\.\d)? to \+\d+(\.\d)?\)\.$/
    );
    assert.match(await ended.locator('.verdict').innerText(), /The prompt helps|No clear difference yet/);

    const running = await experiment(page, 'No activity in 14 days');
    assert.equal(await running.locator('.status').innerText(), 'Running');
    assert.equal(
        await running.locator('.verdict').innerText(),
        'Not enough data yet: each group needs at least 30 qualifying records from at least 5 reps.'
    );
    assert.equal(await running.locator('.difference').count(), 0, 'no difference below the minimum');
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('a share out of bounds is refused with its message; an experiment starts, then ends retired', async () => {
    const page = await openPage(browser, 'prompt-effectiveness');
    await waitFor(page, `${SECTION} .start`);
    const before = await page.locator(`${SECTION} article.experiment`).count();

    await page.locator(`${SECTION} .prompt-select`).selectOption('Lead_Not_Yet_Worked');
    await page.locator(`${SECTION} .share-input`).fill('0');
    await page.locator(`${SECTION} .share-input`).dispatchEvent('change');
    await click(page, `${SECTION} .start`);
    const panel = await waitFor(page, 'c-prompt-effectiveness c-error-panel');
    assert.match(await panel.innerText(), /The holdout share must be a whole number from 5 to 50 %\./);
    assert.equal(await page.locator(`${SECTION} article.experiment`).count(), before, 'nothing started');

    await page.locator(`${SECTION} .share-input`).fill('25');
    await page.locator(`${SECTION} .share-input`).dispatchEvent('change');
    await click(page, `${SECTION} .start`);
    const started = await experiment(page, 'This lead is waiting for you');
    assert.equal(await started.locator('.status').innerText(), 'Running');
    assert.equal(await started.locator('.holdout').innerText(), '25 % held out');
    assert.equal(await page.locator('c-prompt-effectiveness c-error-panel').count(), 0, 'the refusal is cleared');
    assert.ok(
        !(await page.locator(`${SECTION} .prompt-select option`).allInnerTexts()).some((text) =>
            text.includes('This lead is waiting for you')
        ),
        'a prompt under experiment cannot start another'
    );

    await click(
        page,
        `${SECTION} article.experiment button.retire[aria-label="End and retire: ${await started.locator('.experiment-title').innerText()}"]`
    );
    // Retire asks first (review m7); the confirmation takes the focus.
    await started.locator('.retire-yes:focus').waitFor();
    assert.match(await started.locator('.confirm-text').innerText(), /^Retire This lead is waiting for you\?/);
    await click(page, `${SECTION} article.experiment .retire-yes`);
    await started.locator('.status', { hasText: 'Ended, prompt retired' }).waitFor();
    assert.equal(await started.locator('.keep').count(), 0, 'an ended experiment has no end buttons');

    // And it can be brought back from the page: it leaves the retired list and can start again.
    const bringBack = `${SECTION} .bring-back[aria-label^="Bring back: This lead is waiting for you"]`;
    await click(page, bringBack);
    await page.locator(bringBack).waitFor({ state: 'detached' });
    await page.locator(`${SECTION} .prompt-select option`, { hasText: 'This lead is waiting for you' }).waitFor({
        state: 'attached'
    });
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('a rep held out of an experiment sees no prompt, and the page records that they qualified', async () => {
    const page = await openPage(browser, 'why-this-matters-held-out');
    await page.waitForFunction(
        () => performance.getEntriesByName('apex:PromptsController.recordInteraction').length > 0
    );
    assert.equal(await page.locator('c-why-this-matters li[data-name]').count(), 0, 'no prompt shows');
    assert.equal(await page.locator('c-why-this-matters [role="region"]').count(), 0, 'not even the card');
    assert.deepEqual(page.problems, []);
    await page.close();
});
