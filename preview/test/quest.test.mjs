// The newcomer's onboarding quest in the preview's production build: My Progress shows the quest's
// steps in order, each with its state in words, the current step with why it matters, and a labelled
// progress bar, derived from the sample's all-time rule counts as QuestsService derives them.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { axeViolations, launchBrowser, openPage, startPreview, waitFor } from './helpers.mjs';

const preview = await startPreview();
const browser = await launchBrowser(preview.url);
after(async () => {
    await browser.close();
    await preview.close();
});

test('the newcomer sees the onboarding quest steps, the current one and why it matters', async () => {
    const page = await openPage(browser, 'my-progress-newcomer');
    await waitFor(page, 'c-my-progress .my-progress[data-ready="true"]');
    const quest = await waitFor(page, 'c-my-progress .quest');
    assert.match(await quest.locator('h3').innerText(), /Getting started/);
    assert.equal((await quest.locator('.quest-label').innerText()).trim(), 'New rep onboarding');

    const labels = (await quest.locator('.quest-step-label').allInnerTexts()).map((label) => label.trim());
    assert.equal(labels.length, 4, `four steps: ${labels.join(', ')}`);
    const states = (await quest.locator('.quest-step-state').allInnerTexts()).map((state) => state.trim());
    for (const state of states) {
        assert.ok(['Done', 'Current step', 'To do'].includes(state), `a state in words: ${state}`);
    }
    assert.ok(states.filter((state) => state === 'Current step').length <= 1, 'at most one current step');
    const counts = await quest.locator('.quest-step-count').allInnerTexts();
    for (const count of counts) {
        assert.match(count, /^\d+ of \d+$/);
    }

    assert.match(await quest.locator('.quest-progress').innerText(), /^\d of 4 steps done$/);
    assert.match(
        (await quest
            .locator('.quest-bar [role="progressbar"], .quest-bar[aria-label]')
            .first()
            .getAttribute('aria-label')) ?? '',
        /New rep onboarding/
    );
    if (states.includes('Current step')) {
        const current = labels[states.indexOf('Current step')];
        assert.equal((await quest.locator('.quest-next-text').innerText()).trim(), `Next: ${current}`);
        assert.ok((await quest.locator('.quest-next-why').innerText()).trim().length > 0, 'why it matters');
    } else {
        assert.match(await quest.locator('.quest-complete').innerText(), /Quest complete/);
        const badges = await page.locator('c-my-progress .badge-label').allInnerTexts();
        assert.ok(badges.includes('Onboarding Complete'), `the quest's badge is earned: ${badges.join(', ')}`);
    }
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('the experienced rep who finished the quest long ago does not see it', async () => {
    const page = await openPage(browser, 'my-progress');
    await waitFor(page, 'c-my-progress .my-progress[data-ready="true"]');
    assert.equal(await page.locator('c-my-progress .quest').count(), 0);
    await page.close();
});
