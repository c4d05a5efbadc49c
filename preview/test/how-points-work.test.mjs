// "How points work" in a real browser (production build, headless Chromium), as a rep: every active
// rule of the force-app records with its facts in words, every active badge with its criterion, the
// levels, what is stored and for how long, who can see it; and the same page in works council mode.
// No axe violations, no console errors.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import { typeFiles } from '../../scripts/checks/source.mjs';
import { REPO_ROOT, axeViolations, launchBrowser, openPage, startPreview, waitFor } from './helpers.mjs';

const preview = await startPreview();
const browser = await launchBrowser(preview.url);
after(async () => {
    await browser.close();
    await preview.close();
});

const ROOT = 'c-how-points-work';

/** How many records of a custom metadata type are active in force-app. */
function activeRecords(type) {
    return typeFiles(REPO_ROOT, 'customMetadata', (name) => name.startsWith(`${type}.`)).filter((file) =>
        /<field>Active__c<\/field>\s*<value xsi:type="xsd:boolean">true<\/value>/.test(readFileSync(file, 'utf8'))
    ).length;
}

/** A number field of one custom metadata record in force-app, e.g. Adoption_Rule.Log_Call's Daily_Cap__c. */
function recordNumber(record, field) {
    const [file] = typeFiles(REPO_ROOT, 'customMetadata', (name) => name === `${record}.md-meta.xml`);
    assert.ok(file, `${record} is a custom metadata record in force-app`);
    const xml = readFileSync(file, 'utf8');
    const match = new RegExp(`<field>${field}</field>\\s*<value xsi:type="xsd:double">([\\d.]+)</value>`).exec(xml);
    assert.ok(match, `${record} has a ${field}`);
    return Number(match[1]);
}

test('a rep reads every active rule, badge and level, what is stored and who can see it', async () => {
    const page = await openPage(browser, 'how-points-work');
    await waitFor(page, `${ROOT} [data-ready]`, { state: 'attached' });
    assert.equal(await page.locator(`${ROOT} li.rule`).count(), activeRecords('Adoption_Rule'), 'every active rule');
    assert.equal(await page.locator(`${ROOT} li.badge`).count(), activeRecords('Adoption_Badge'), 'every active badge');
    const call = page.locator(`${ROOT} li.rule[data-key="Log_Call"]`);
    const facts = (await call.locator('.rule-fact').allInnerTexts()).map((fact) => fact.trim());
    assert.ok(facts.includes('5 points each time'), facts.join(' | '));
    // The shipped cap, read from the record (the second security review lowered it from 20 to 10).
    const cap = recordNumber('Adoption_Rule.Log_Call', 'Daily_Cap__c');
    assert.ok(facts.includes(`Counts at most ${cap} times a day`), facts.join(' | '));
    assert.match(await call.locator('.rule-why').innerText(), /^Why it matters: /);
    const champion = page.locator(`${ROOT} li.badge[data-key="Call_Champion"] .badge-criterion`);
    assert.equal((await champion.innerText()).trim(), 'Log a call: 25 times in one week');
    assert.equal(await page.locator(`${ROOT} tr.level-row`).count(), 8, 'the default ladder: 8 levels');
    assert.equal(await page.locator(`${ROOT} .stored-item`).count(), 7, 'seven kinds of data');
    assert.match(
        await page.locator(`${ROOT} .stored-item[data-key="LedgerEntries"] .stored-kept`).innerText(),
        /Kept 90 days/
    );
    const who = (await page.locator(`${ROOT} .who-line`).allInnerTexts()).join(' | ');
    assert.match(who, /rank band/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('in works council mode the page says managers see groups of at least five only', async () => {
    const page = await openPage(browser, 'how-points-work-works-council');
    await waitFor(page, `${ROOT} [data-ready]`, { state: 'attached' });
    const who = (await page.locator(`${ROOT} .who-line`).allInnerTexts()).join(' | ');
    assert.match(who, /Works council mode is on/);
    assert.match(who, /at least 5 people/);
    assert.doesNotMatch(who, /rank band/);
    // The sample org keeps Grant Access Using Hierarchies on (security review 3, M1): no false promise.
    assert.doesNotMatch(who, /nobody but you and the admins/);
    assert.match(who, /managers above you in the role hierarchy may still be able to open your own points/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
});

test("in works council mode the page promises privacy once no manager above can open the rep's rows", async () => {
    const page = await openPage(browser, 'how-points-work-works-council-private');
    await waitFor(page, `${ROOT} [data-ready]`, { state: 'attached' });
    const who = (await page.locator(`${ROOT} .who-line`).allInnerTexts()).join(' | ');
    assert.match(who, /nobody but you and the admins sees your own figures/);
    assert.doesNotMatch(who, /may still be able to open/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
});
