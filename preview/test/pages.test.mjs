// Every preview page: loads with no console errors, page errors or failed requests, passes axe, and
// leaves a screenshot in docs/screenshots/<page>.png for the README.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import {
    FORM_FACTOR_VIEWPORTS,
    TIMEOUT_MS,
    axeViolations,
    builtPages,
    launchBrowser,
    openPage,
    screenshot,
    startPreview
} from './helpers.mjs';

const preview = await startPreview();
const browser = await launchBrowser(preview.url);
after(async () => {
    await browser.close();
    await preview.close();
});

const pages = [{ id: 'index', path: '/' }, ...builtPages()];

for (const entry of pages) {
    test(`${entry.id}: loads cleanly, passes axe, screenshot`, async () => {
        // A phone page (formFactor Small) in a phone's window: its screenshot is the phone's.
        const page = await openPage(browser, entry.path ?? entry.id, {
            viewport: FORM_FACTOR_VIEWPORTS[entry.formFactor]
        });
        // Components fetch their chunks and data after mounting: let the page settle first.
        await page.waitForLoadState('networkidle', { timeout: TIMEOUT_MS });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
        const violations = await axeViolations(page);
        await screenshot(page, entry.id);
        process.stdout.write(`load: ${page.loadMs} ms ${entry.id}\n`);
        assert.deepEqual(page.problems, [], 'console errors, page errors or failed requests');
        assert.deepEqual(violations, [], 'axe violations');
        await page.close();
    });
}
