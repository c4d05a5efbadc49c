// The daily stand-up in a real browser (production build, headless Chromium), as a rep, the
// player-manager, the director, a rep asking for the team, and the manager in works council mode: each
// item links to its record, the weekly status loads on request with last week beside it, the team
// comes in stand-up order (obstacles, quiet, the rest, the caller last) with a time box each inside ten
// minutes, works council mode shows totals and no one, and no page has an axe violation or a console
// error. On the phone page (a touch screen at 360 to 414 px), with the week open and closed: nothing
// wider than the screen, no box scrolling sideways, every target at least 44 x 44 px.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import {
    PHONE_VIEWPORTS,
    axeViolations,
    click,
    launchBrowser,
    measureLayout,
    openPage,
    startPreview,
    waitFor
} from './helpers.mjs';

const CARD = 'c-standup-card';
const GROUP_ORDER = ['Needs help', 'Quiet since the last working day', 'On track', 'You'];
const preview = await startPreview();
const browser = await launchBrowser(preview.url);
const phone = await launchBrowser(preview.url, { phone: true });
after(async () => {
    await browser.close();
    await phone.close();
    await preview.close();
});

async function open(pageId) {
    const page = await openPage(browser, pageId);
    await waitFor(page, `${CARD} .weekly-toggle`);
    return page;
}

async function assertClean(page) {
    assert.deepEqual(await axeViolations(page), [], 'no axe violations');
    assert.deepEqual(page.problems, [], 'no console errors or failed requests');
}

test("a rep held out of a prompt's experiment: the card lists none of that prompt", async () => {
    const shown = await open('standup-card');
    const before = await shown.locator(`${CARD} [data-section="prompts"] .item-detail`).allInnerTexts();
    assert.ok(
        before.some((detail) => detail.includes('Add a next step')),
        `the Next Step prompt flags records without the experiment: ${before}`
    );
    const page = await open('standup-card-held-out');
    const details = await page.locator(`${CARD} [data-section="prompts"] .item-detail`).allInnerTexts();
    assert.ok(!details.some((detail) => detail.includes('Add a next step')), `held out: ${details}`);
    await assertClean(page);
});

test("a rep's card: every item links to its record, the week on request", async () => {
    const page = await open('standup-card');
    assert.equal(await page.locator(`${CARD} li.person`).count(), 1, 'the rep alone');
    const hrefs = await page
        .locator(`${CARD} a.item-link`)
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    assert.ok(hrefs.length >= 4, `items link to records: ${hrefs.length}`);
    for (const href of hrefs) {
        assert.match(href, /^\/lightning\/r\/[A-Za-z0-9]{18}\/view$/);
    }
    const tasks = await page.locator(`${CARD} [data-section="tasks"] .item-title`).allInnerTexts();
    assert.deepEqual(
        tasks,
        ['Call Northwind about the POS pilot', 'Book the Globex QBR', 'Send the ROI model to Umbrella'],
        "today's first, then the overdue; not the one due later"
    );
    assert.match(await page.locator(`${CARD} [data-section="tasks"] .item-detail`).last().innerText(), /Overdue/);
    const obstacles = await page.locator(`${CARD} [data-section="obstacles"] .item-detail`).allInnerTexts();
    assert.ok(
        obstacles.some((detail) => /No next step/.test(detail)),
        `the rep's Commit deals without a next step: ${obstacles}`
    );
    assert.ok(
        (await page.locator(`${CARD} [data-section="prompts"] .item-link`).count()) > 0,
        'records a prompt flags'
    );

    const toggle = page.locator(`${CARD} button.weekly-toggle`);
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    await waitFor(page, `${CARD} tr.kpi`);
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    const codes = await page.locator(`${CARD} tr.kpi`).evaluateAll((rows) => rows.map((row) => row.dataset.code));
    assert.deepEqual(codes, ['Scored_Actions', 'Points', 'Active_Reps', 'Login_Days', 'Next_Step_Share', 'Past_Close']);
    assert.equal(
        await page.locator(`${CARD} tr.kpi[data-code="Next_Step_Share"] .kpi-last`).innerText(),
        'now',
        'hygiene is a snapshot'
    );
    await assertClean(page);
    await page.close();
});

test("the manager's team in stand-up order, ten minutes at most", async () => {
    const page = await open('standup-team');
    const groups = await page.locator(`${CARD} li.person .person-group`).allInnerTexts();
    assert.ok(groups.length >= 5, `the team: ${groups.length}`);
    const ranks = groups.map((group) => GROUP_ORDER.indexOf(group.trim()));
    assert.ok(!ranks.includes(-1), `known groups: ${groups}`);
    assert.deepEqual(
        ranks,
        [...ranks].sort((a, b) => a - b),
        `groups in order: ${groups}`
    );
    assert.equal(groups.at(-1).trim(), 'You', 'the manager last');
    assert.equal(groups[0].trim(), 'Needs help', 'someone with an obstacle first');
    const seconds = (await page.locator(`${CARD} .person-time`).allInnerTexts()).map((text) =>
        Number(text.replace(/\D/g, ''))
    );
    assert.ok(seconds.reduce((sum, value) => sum + value, 0) <= 600, `time boxes: ${seconds}`);
    assert.match(await page.locator(`${CARD} .total`).innerText(), /min for \d+ people/);
    await click(page, `${CARD} button.weekly-toggle`);
    await waitFor(page, `${CARD} tr.kpi`);
    assert.equal(await page.locator(`${CARD} tr.kpi`).count(), 6);
    await assertClean(page);
    await page.close();
});

test("the director's team is her managers", async () => {
    const page = await open('standup-director');
    const names = await page.locator(`${CARD} li.person .person-name`).allInnerTexts();
    assert.equal(names.length, 3, `the director and her two managers: ${names}`);
    assert.match(names.at(-1), /Rachel Adeyemi/, 'the director last');
    await assertClean(page);
    await page.close();
});

test('a rep asking for the team is told it is for people who lead one', async () => {
    const page = await open('standup-team-rep');
    assert.equal(await page.locator(`${CARD} .notice`).innerText(), 'The team stand-up is for people who lead a team.');
    assert.equal(await page.locator(`${CARD} li.person`).count(), 0, 'no one');
    await click(page, `${CARD} button.weekly-toggle`);
    await waitFor(page, `${CARD} .weekly-notice`);
    assert.equal(await page.locator(`${CARD} tr.kpi`).count(), 0, 'no KPI');
    await assertClean(page);
    await page.close();
});

test('works council mode: the team averages, no one', async () => {
    const page = await open('standup-team-works-council');
    assert.match(await page.locator(`${CARD} .notice`).innerText(), /Works council mode/);
    assert.equal(await page.locator(`${CARD} li.person`).count(), 0, 'no person');
    assert.equal(await page.locator(`${CARD} .totals-row`).count(), 5, 'people, scored, tasks, prompts, obstacles');
    const headings = await page.locator(`${CARD} .totals-heading`).allInnerTexts();
    assert.deepEqual(
        headings.slice(1).map((heading) => heading.endsWith('(per person)')),
        [true, true, true, true],
        `averages, never sums: ${headings}`
    );
    await click(page, `${CARD} button.weekly-toggle`);
    await waitFor(page, `${CARD} tr.kpi`);
    assert.match(await page.locator(`${CARD} tr.kpi[data-code="Points"] .kpi-label`).innerText(), /per person/);
    await assertClean(page);
    await page.close();
});

test("the rep's card on a phone: fits 360 to 414 px, 44 px targets, the week open and closed", async () => {
    const page = await openPage(phone, 'standup-card', { viewport: PHONE_VIEWPORTS[0] });
    await waitFor(page, `${CARD} .weekly-toggle`);
    const smallest = [];
    for (const state of ['closed', 'open']) {
        if (state === 'open') {
            await click(page, `${CARD} button.weekly-toggle`);
            await waitFor(page, `${CARD} tr.kpi`);
        }
        for (const viewport of PHONE_VIEWPORTS) {
            await page.setViewportSize(viewport);
            const layout = await measureLayout(page);
            const at = `week ${state} at ${viewport.width} px`;
            assert.ok(layout.scrollWidth <= viewport.width, `${at}: the document is ${layout.scrollWidth} px wide`);
            assert.deepEqual(layout.overflowing, [], `${at}: elements past the screen's edges`);
            assert.deepEqual(layout.sideScrollers, [], `${at}: boxes that scroll sideways`);
            const card = layout.targets.filter((target) => target.component === CARD);
            assert.ok(card.length >= 5, `${at}: the card's targets were found (${card.length})`);
            for (const target of card) {
                assert.ok(
                    target.width >= 44 && target.height >= 44,
                    `${at}: ${target.name} is ${target.width} x ${target.height} px`
                );
            }
            smallest.push(Math.min(...card.map((target) => Math.min(target.width, target.height))));
        }
    }
    process.stdout.write(`phone: standup-card: smallest target side ${Math.min(...smallest)} px\n`);
    await assertClean(page);
    await page.close();
});
