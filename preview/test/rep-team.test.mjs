// A rep on the Team Adoption tab (the Adoption_Team Lightning page, which Adoption_Rep shows): the page
// holds the same components as the deployed page, the pulse says it is for managers instead of an
// error, the board and the rep's challenges render, and nothing fails axe or the console.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { REPO_ROOT, findFile } from '../../scripts/checks/lib.mjs';
import { axeViolations, launchBrowser, openPage, screenshot, startPreview, waitFor } from './helpers.mjs';

const preview = await startPreview();
const browser = await launchBrowser(preview.url);
after(async () => {
    await browser.close();
    await preview.close();
});

test('the preview page holds the components of the deployed Team Adoption page, in order', () => {
    const flexipage = readFileSync(findFile(REPO_ROOT, 'flexipages', 'Adoption_Team.flexipage-meta.xml'), 'utf8');
    const deployed = [...flexipage.matchAll(/<componentName>(\w+)<\/componentName>/g)].map((match) => match[1]);
    const page = JSON.parse(readFileSync(path.join(REPO_ROOT, 'preview/pages/personas/rep-team.json'), 'utf8'));
    assert.deepEqual(
        page.components.map((item) => item.component.replace(/^c\//, '')),
        deployed
    );
    // Adoption_Rep is what a rep has: it grants no manager custom permission.
    assert.equal(page.user, 'rep');
    assert.equal(page.customPermissions, undefined);
});

test('a rep sees the pulse is for managers, not an error, beside the board and their challenges', async () => {
    const page = await openPage(browser, 'rep-team');
    const notice = await waitFor(page, 'c-adoption-pulse .managers-only');
    assert.match(await notice.innerText(), /for managers/);
    assert.equal(await page.locator('c-adoption-pulse c-error-panel').count(), 0, 'no error panel in the pulse');
    assert.equal(await page.locator('c-adoption-pulse table').count(), 0, 'no team figures for a rep');
    await waitFor(page, 'c-leaderboard [data-ready]', { state: 'attached' });
    assert.ok((await page.locator('c-leaderboard tbody tr').count()) > 0, 'the team board lists people');
    await waitFor(page, 'c-challenges article', { state: 'attached' });
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'rep-team');
    assert.deepEqual(page.problems, []);
    await page.close();
});
