// The phone pages (formFactor Small) as the Salesforce mobile app shows them: a phone's window with a
// touch screen, at 360, 375, 390 and 414 px wide. On each page and in each state (a badge open, a
// celebration, the history's second page, a prompt's editor, the challenge form, the end-now
// confirmation, a closed challenge): the document is no wider than the window, no component reaches
// past its edges or scrolls sideways inside it, every pointer target is at least 44 x 44 px (the
// exceptions below, each with its reason, at least WCAG 2.5.8's 24 x 24 px), the keyboard still
// works, and axe passes. Prints the widths measured and the smallest target of each page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { listFiles } from '../../scripts/checks/lib.mjs';
import {
    PHONE_VIEWPORT,
    PHONE_VIEWPORTS,
    REPO_ROOT,
    axeViolations,
    click,
    launchBrowser,
    measureLayout,
    openPage,
    screenshot,
    startPreview,
    waitFor
} from './helpers.mjs';

/** Salesforce mobile app guidelines ("Tap Target Size", 44 x 44 px); WCAG 2.5.5 (AAA). */
const MIN_TARGET = 44;
/**
 * WCAG 2.5.8 Target Size (Minimum), AA, what an exception is still held to: 24 x 24 px, or spaced so
 * that a 24 px circle centred on it meets no other target and no other small target's circle.
 */
const MIN_EXCEPTION = 24;

/**
 * Targets allowed under 44 px, each with its reason. They are the insides of Lightning base
 * components: the platform's form controls. A component cannot size another's insides (its CSS is
 * scoped to its own template, and Salesforce does not support overriding base components' internal
 * classes: LWC Developer Guide, "Style Components Using Lightning Design System Styling Hooks"),
 * and SLDS has no styling hook for these heights. On a touch screen SLDS's touch stylesheet gives
 * them their touch sizes (inputs line-height 2.625rem, checkbox labels min-height 2.75rem, a toggle's
 * row 1.75rem); whether the Salesforce mobile app loads it needs a phone and an org to see.
 */
const EXCEPTIONS = [
    {
        base: 'lightning-input',
        reason: "a base component's field, checkbox or toggle (My Progress's 'Hide me from boards', the form's name and target, a prompt's editor): the platform sizes it"
    },
    { base: 'lightning-textarea', reason: "a base component's text area: the platform sizes it" },
    { base: 'lightning-combobox', reason: "a base component's picklist: the platform sizes it" },
    {
        base: 'lightning-dual-listbox',
        reason: "a base component's lists and move buttons (the form's rules): the platform sizes them"
    },
    {
        base: 'lightning-checkbox-group',
        reason: "a base component's checkboxes (the form's categories): the platform sizes them"
    }
];

const preview = await startPreview();
const browser = await launchBrowser(preview.url, { phone: true });
after(async () => {
    await browser.close();
    await preview.close();
});

/**
 * WCAG 2.5.8's spacing test for a target under 24 x 24 px: the other target its 24 px circle (centred
 * on its box) meets, or the circle of another target under 24 px; undefined when there is none.
 */
function crowdedBy(target, targets) {
    const radius = MIN_EXCEPTION / 2;
    const centre = (box) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    const small = (box) => box.width < MIN_EXCEPTION || box.height < MIN_EXCEPTION;
    const own = centre(target);
    return targets.find((other) => {
        if (other === target) {
            return false;
        }
        const dx = Math.max(other.left - own.x, 0, own.x - (other.left + other.width));
        const dy = Math.max(other.top - own.y, 0, own.y - (other.top + other.height));
        const theirs = centre(other);
        return (
            Math.hypot(dx, dy) < radius || (small(other) && Math.hypot(theirs.x - own.x, theirs.y - own.y) < 2 * radius)
        );
    });
}

/** A frame and an idle task: what the page shows after an interaction settles. */
async function settle(page) {
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** The element that has the keyboard, through the shadow roots it is in. */
async function focused(page) {
    return page.evaluate(() => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) {
            element = element.shadowRoot.activeElement;
        }
        return { text: (element?.textContent ?? '').trim(), className: String(element?.className ?? '') };
    });
}

/**
 * The page's state at every phone width: no horizontal scrolling, nothing past the window's edges,
 * no box that scrolls sideways, targets of 44 px but the exceptions (24 px for those), axe clean.
 * Prints one line per state; returns the smallest target seen.
 */
async function checkPhoneLayout(page, label) {
    const widths = [];
    let smallest = null;
    let smallestException = null;
    let excepted = 0;
    for (const viewport of PHONE_VIEWPORTS) {
        await page.setViewportSize(viewport);
        const layout = await measureLayout(page);
        const at = `${label} at ${viewport.width} px`;
        widths.push(`${viewport.width}:${layout.scrollWidth}`);
        assert.equal(layout.viewportWidth, viewport.width, `${at}: the window is the phone's`);
        assert.ok(
            layout.scrollWidth <= viewport.width,
            `${at}: the document is ${layout.scrollWidth} px wide, wider than the screen`
        );
        assert.deepEqual(layout.overflowing, [], `${at}: elements past the screen's edges`);
        assert.deepEqual(layout.sideScrollers, [], `${at}: boxes that scroll sideways`);
        assert.ok(layout.targets.length > 0, `${at}: targets were found`);
        for (const target of layout.targets) {
            const exception = EXCEPTIONS.find((entry) => entry.base === target.base);
            const min = exception ? MIN_EXCEPTION : MIN_TARGET;
            const big = target.width >= min && target.height >= min;
            const crowd = big || !exception ? undefined : crowdedBy(target, layout.targets);
            assert.ok(
                big || (exception && !crowd),
                `${at}: ${target.component} ${target.name}${target.base ? ` (in ${target.base})` : ''} is ${target.width} x ${target.height} px, under ${min} x ${min}${crowd ? `, and its 24 px circle meets ${crowd.name} (an exception: ${exception.reason})` : ''}`
            );
            if (exception) {
                excepted++;
                if (
                    !smallestException ||
                    Math.min(target.width, target.height) < Math.min(smallestException.width, smallestException.height)
                ) {
                    smallestException = { ...target, viewport: viewport.width };
                }
                continue;
            }
            const size = (box) => [Math.min(box.width, box.height), box.width * box.height];
            const [side, area] = size(target);
            if (!smallest || side < size(smallest)[0] || (side === size(smallest)[0] && area < size(smallest)[1])) {
                smallest = { ...target, viewport: viewport.width };
            }
        }
    }
    await page.setViewportSize(PHONE_VIEWPORT);
    await settle(page);
    assert.deepEqual(await axeViolations(page), [], `${label}: axe violations`);
    process.stdout.write(
        `phone: ${label}: scroll width at each window ${widths.join(', ')}; smallest target ${smallest.width} x ${smallest.height} px (${smallest.component} ${smallest.name}, ${smallest.viewport} px)${excepted ? `; ${excepted / PHONE_VIEWPORTS.length} base-component target(s) held to ${MIN_EXCEPTION} px, the smallest ${smallestException.width} x ${smallestException.height} px (${smallestException.base} in ${smallestException.component}, ${smallestException.viewport} px)` : ''}\n`
    );
    return smallest;
}

test('the phone page holds the components of the deployed My Progress tab, in order, at form factor Small', () => {
    const [flexipage] = listFiles(
        path.join(REPO_ROOT, 'force-app'),
        (name) => name === 'Adoption_My_Progress.flexipage-meta.xml'
    );
    assert.ok(flexipage, 'the My Progress Lightning page exists');
    const deployed = [...readFileSync(flexipage, 'utf8').matchAll(/<componentName>(\w+)<\/componentName>/g)].map(
        (match) => match[1]
    );
    const page = JSON.parse(readFileSync(path.join(REPO_ROOT, 'preview/pages/personas/rep-phone.json'), 'utf8'));
    assert.deepEqual(
        page.components.map((item) => item.component.replace(/^c\//, '')),
        deployed
    );
    assert.equal(page.formFactor, 'Small');
});

test('My Progress tab on a phone: every section, a badge opened and closed from the keyboard, the next history page', async () => {
    const page = await openPage(browser, 'rep-phone');
    await waitFor(page, 'c-my-progress .my-progress[data-ready="true"]');
    await waitFor(page, 'c-my-progress .history-entry');
    await settle(page);
    for (const section of [
        '.stats',
        '.level',
        'c-my-progress-badges',
        'c-my-progress-next-badges',
        'c-my-progress-history',
        '.privacy'
    ]) {
        assert.equal(await page.locator(`c-my-progress ${section}`).count(), 1, `the ${section} section shows`);
    }
    await checkPhoneLayout(page, 'rep-phone');

    // A badge opens from the keyboard, its details fit the screen, and Escape closes it.
    const badge = page.locator('c-my-progress .badge-button').first();
    const label = (await badge.locator('.badge-label').innerText()).trim();
    await badge.focus();
    await page.keyboard.press('Enter');
    const details = await waitFor(page, 'c-my-progress .badge-details');
    assert.match(await details.innerText(), new RegExp(label));
    await checkPhoneLayout(page, 'rep-phone, a badge open');
    await screenshot(page, 'rep-phone-badge');
    await page.keyboard.press('Escape');
    await waitFor(page, 'c-my-progress .badge-details', { state: 'detached' });
    assert.match((await focused(page)).className, /badge-button/, 'the keyboard is back on the badge');

    // The history's next page, with the pager's Previous now enabled.
    const entries = page.locator('c-my-progress .history-entry');
    const firstPage = (await entries.allInnerTexts()).join('|');
    await page.locator('c-my-progress .next-page button').tap();
    const deadline = Date.now() + 5000;
    let texts = await entries.allInnerTexts();
    while ((texts.length === 0 || texts.join('|') === firstPage) && Date.now() < deadline) {
        await page.waitForTimeout(50);
        texts = await entries.allInnerTexts();
    }
    assert.notEqual(texts.join('|'), firstPage, 'a tap on Next shows other entries');
    await checkPhoneLayout(page, 'rep-phone, history page 2');
    assert.deepEqual(page.problems, []);
    await page.close();
});

test("a badge celebrated on the phone's My Progress tab fits the screen and closes from the keyboard", async () => {
    const page = await openPage(browser, 'rep-phone');
    await page.evaluate(() => window.localStorage.clear());
    await Promise.all([page.waitForEvent('load'), click(page, '#preview-actions button:has-text("Award me a badge")')]);
    await page.waitForFunction(() => window.__preview?.mounted === true);
    const title = await waitFor(page, 'c-adoption-celebration .celebration-title');
    assert.equal((await title.innerText()).trim(), 'Century Week');
    await checkPhoneLayout(page, 'rep-phone, a celebration');
    await page.locator('c-adoption-celebration button.close-button').focus();
    await page.keyboard.press('Enter');
    await waitFor(page, 'c-adoption-celebration .celebration-title', { state: 'detached' });
    assert.deepEqual(page.problems, []);
    await page.close();
});

test("a newcomer's My Progress on a phone: the onboarding quest and every other section", async () => {
    const page = await openPage(browser, 'my-progress-newcomer-phone');
    await waitFor(page, 'c-my-progress .my-progress[data-ready="true"]');
    await waitFor(page, 'c-my-progress c-my-progress-quest .quest-steps');
    await settle(page);
    await checkPhoneLayout(page, 'my-progress-newcomer-phone');
    assert.deepEqual(page.problems, []);
    await page.close();
});

test("a record page's prompts on a phone: three prompts, and a prompt's editor opened and cancelled from the keyboard", async () => {
    const COMPONENT = 'c-why-this-matters';
    const page = await openPage(browser, 'record-page-phone');
    await waitFor(page, `${COMPONENT} li[data-name]`);
    await settle(page);
    assert.equal(await page.locator(`${COMPONENT} li[data-name]`).count(), 3, 'three prompts');
    await checkPhoneLayout(page, 'record-page-phone');

    const act = page.locator(`${COMPONENT} button.act[data-name="Opportunity_Missing_Next_Step"]`);
    await act.focus();
    await page.keyboard.press('Enter');
    await waitFor(page, `${COMPONENT} .edit-inline`);
    await settle(page);
    await checkPhoneLayout(page, "record-page-phone, a prompt's editor open");
    await screenshot(page, 'record-page-phone-edit');
    await page.locator(`${COMPONENT} button.cancel`).focus();
    await page.keyboard.press('Enter');
    await waitFor(page, `${COMPONENT} .edit-inline`, { state: 'detached' });
    assert.deepEqual(page.problems, []);
    await page.close();
});

test('Challenges on a phone: the list and the open challenge, the form opened from the keyboard, the end-now confirmation, a closed challenge', async () => {
    const ROOT = 'c-challenges';
    const page = await openPage(browser, 'challenges-phone');
    await waitFor(page, `${ROOT} .challenge-name`);
    await waitFor(page, `${ROOT} c-leaderboard tr.board-row`);
    await settle(page);
    await checkPhoneLayout(page, 'challenges-phone');

    // The form, from the keyboard: New challenge, Enter.
    await page.locator(`${ROOT} lightning-button.new-button button`).focus();
    await page.keyboard.press('Enter');
    await waitFor(page, `${ROOT} .challenge-form`);
    await settle(page);
    await checkPhoneLayout(page, 'challenges-phone, the form open');
    await screenshot(page, 'challenges-phone-form');
    await page.locator(`${ROOT} lightning-button.cancel-form-button button`).focus();
    await page.keyboard.press('Enter');
    await waitFor(page, `${ROOT} .challenge-form`, { state: 'detached' });

    // End now asks first; the keyboard is on the confirmation.
    await page.locator(`${ROOT} lightning-button[data-action="end"] button`).focus();
    await page.keyboard.press('Enter');
    await waitFor(page, `${ROOT} .confirm[role="alertdialog"]`);
    assert.equal((await focused(page)).text, 'Yes, end it', 'the keyboard is on the confirmation');
    await checkPhoneLayout(page, 'challenges-phone, ending a challenge');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitFor(page, `${ROOT} .confirm[role="alertdialog"]`, { state: 'detached' });

    // A closed challenge, tapped in the list: its winners.
    await page.locator(`${ROOT} .challenge-button`, { hasText: 'Pipeline month' }).tap();
    await waitFor(page, `${ROOT} .winners`);
    await settle(page);
    await checkPhoneLayout(page, 'challenges-phone, a closed challenge');
    assert.deepEqual(page.problems, []);
    await page.close();
});

test("a rep's live challenge on a phone: progress and the board in the screen's width", async () => {
    const page = await openPage(browser, 'challenges-rep-phone');
    await waitFor(page, 'c-challenges c-leaderboard tr.board-row_current');
    await settle(page);
    await checkPhoneLayout(page, 'challenges-rep-phone');
    assert.deepEqual(page.problems, []);
    await page.close();
});
