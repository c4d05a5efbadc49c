// Every persona page in German and in Japanese (?lang=de, ?lang=ja): loads cleanly, passes axe, says
// so in <html lang>, shows no custom label in English where the language has a translation, and no
// text overflows or is clipped: no box whose text is wider (or taller) than the box without being a
// scroll container, which is how a German word too long for its button or a Japanese line that does
// not wrap shows. Screenshots of two persona pages per language go to docs/screenshots for the README.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { readLabels, readTranslations } from '../../scripts/checks/translations.mjs';
import {
    REPO_ROOT,
    TIMEOUT_MS,
    axeViolations,
    builtPages,
    launchBrowser,
    openPage,
    screenshot,
    startPreview
} from './helpers.mjs';

const LANGUAGES = ['de', 'ja'];
const SCREENSHOTS = new Set(['rep-home', 'manager']);

const preview = await startPreview();
const browser = await launchBrowser(preview.url);
after(async () => {
    await browser.close();
    await preview.close();
});

/**
 * In the page: every block that lays out text (its own text, or only inline children) inside the
 * regions the components are placed in, with the ones whose text does not fit. The DOM is walked
 * with the native childNodes: synthetic shadow hides component internals from the patched one.
 * Boxes hidden on purpose (slds-assistive-text: 1 px, absolutely placed) are skipped.
 */
function textBoxes() {
    const frame = document.createElement('iframe');
    frame.style.display = 'none';
    document.body.appendChild(frame);
    const childNodes = Object.getOwnPropertyDescriptor(frame.contentWindow.Node.prototype, 'childNodes').get;
    frame.remove();
    const where = (element) => {
        const parts = [];
        for (let node = element; node && node !== document.body && parts.length < 4; node = node.parentElement) {
            const classes = typeof node.className === 'string' ? node.className.trim().split(/\s+/).slice(0, 2) : [];
            parts.unshift([node.tagName.toLowerCase(), ...classes.filter(Boolean)].join('.'));
        }
        return parts.join(' > ');
    };
    const textOf = (element) =>
        [...childNodes.call(element)]
            .map((node) => (node.nodeType === 3 ? node.textContent : node.nodeType === 1 ? textOf(node) : ''))
            .join('');
    const texts = [];
    const problems = [];
    const visit = (parent) => {
        for (const element of childNodes.call(parent)) {
            if (element.nodeType !== 1) {
                continue;
            }
            const style = getComputedStyle(element);
            if (style.display === 'none' || style.visibility === 'hidden') {
                continue;
            }
            if (style.position === 'absolute' && (element.clientWidth <= 1 || element.clientHeight <= 1)) {
                continue;
            }
            const children = [...childNodes.call(element)];
            const ownText = children.some((node) => node.nodeType === 3 && node.textContent.trim());
            const inlineOnly = children.every(
                (node) => node.nodeType !== 1 || getComputedStyle(node).display === 'inline'
            );
            const text = textOf(element).replace(/\s+/g, ' ').trim();
            if (text && (ownText || inlineOnly) && element.clientWidth > 0) {
                texts.push(text);
                const scrollsX = ['auto', 'scroll'].includes(style.overflowX);
                const scrollsY = ['auto', 'scroll'].includes(style.overflowY);
                if (!scrollsX && element.scrollWidth > element.clientWidth + 1) {
                    problems.push(
                        `${style.overflowX === 'visible' ? 'overflows' : 'clipped'} (${element.scrollWidth} px in ${element.clientWidth} px): "${text.slice(0, 60)}" at ${where(element)}`
                    );
                } else if (!scrollsY && element.scrollHeight > element.clientHeight + 2) {
                    problems.push(
                        `${style.overflowY === 'visible' ? 'overflows' : 'clipped'} vertically (${element.scrollHeight} px in ${element.clientHeight} px): "${text.slice(0, 60)}" at ${where(element)}`
                    );
                }
            }
            visit(element);
        }
    };
    visit(document.querySelector('.preview-regions') ?? document.body);
    return {
        texts,
        problems,
        pageWider: document.documentElement.scrollWidth > window.innerWidth,
        lang: document.documentElement.lang
    };
}

/** English label values a page in `lang` must not show: those the language translates differently. */
function englishOnly(lang) {
    const { labels } = readLabels(REPO_ROOT);
    const { customLabels } = readTranslations(REPO_ROOT, lang);
    const english = new Map();
    for (const [name, { value }] of labels) {
        const translated = customLabels.get(name)?.value;
        // Several words, so that a name or a number that reads the same in both is not a finding.
        if (translated && translated !== value && /\p{L}{2,}\s+\p{L}{2,}/u.test(value) && !/\{\w+\}/.test(value)) {
            english.set(value, name);
        }
    }
    return english;
}

async function openSettled(pageId, lang) {
    const page = await openPage(browser, `/pages/${pageId}.html?lang=${lang}`, { waitForMount: false });
    await page.waitForFunction(() => window.__preview?.mounted === true, null, { timeout: TIMEOUT_MS });
    // Components fetch their chunks and data after mounting: let the page settle first.
    await page.waitForLoadState('networkidle', { timeout: TIMEOUT_MS });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    return page;
}

const personas = builtPages().filter((entry) => entry.group === 'personas');

for (const lang of LANGUAGES) {
    const untranslated = englishOnly(lang);
    for (const entry of personas) {
        test(`${entry.id} in ${lang}: no clipped or overflowing text, no English label, axe clean`, async () => {
            const page = await openSettled(entry.id, lang);
            const boxes = await page.evaluate(textBoxes);
            const violations = await axeViolations(page);
            if (SCREENSHOTS.has(entry.id)) {
                await screenshot(page, `${entry.id}-${lang}`);
            }
            const leaked = boxes.texts
                .filter((text) => untranslated.has(text))
                .map((text) => `${untranslated.get(text)}: "${text}"`);
            process.stdout.write(`${lang}: ${boxes.texts.length} text boxes measured on ${entry.id}\n`);
            assert.equal(boxes.lang, lang, '<html lang> names the page language');
            assert.ok(boxes.texts.length > 3, `the components rendered their text (${boxes.texts.length} boxes)`);
            assert.deepEqual(page.problems, [], 'console errors, page errors or failed requests');
            assert.deepEqual(boxes.problems, [], 'clipped or overflowing text');
            assert.equal(boxes.pageWider, false, 'the page is no wider than the window');
            assert.deepEqual([...new Set(leaked)], [], 'custom labels shown in English');
            assert.deepEqual(violations, [], 'axe violations');
            await page.close();
        });
    }
}

test('the text check fails on a box too narrow for its words, and sees inside the components', async () => {
    const page = await openSettled('rep-home', 'de');
    await page.evaluate(() => {
        const region = document.querySelector('.preview-regions');
        const box = document.createElement('p');
        box.style.cssText = 'width: 60px; white-space: nowrap; overflow: hidden';
        box.textContent = 'Punkteverlaufsübersichtsseite';
        region.prepend(box);
    });
    const boxes = await page.evaluate(textBoxes);
    assert.equal(boxes.problems.length, 1, boxes.problems.join('\n'));
    assert.match(boxes.problems[0], /^clipped \(\d+ px in 60 px\): "Punkteverlaufsübersichtsseite"/);
    assert.ok(boxes.texts.includes('Mein Fortschritt'), 'text inside a component (synthetic shadow) is measured');
    await page.close();
});

test('the language switch reloads the page in the chosen language', async () => {
    const page = await openSettled('rep-home', 'de');
    await Promise.all([page.waitForURL(/[?&]lang=ja/), page.selectOption('#preview-language', 'ja')]);
    await page.waitForFunction(() => window.__preview?.mounted === true, null, { timeout: TIMEOUT_MS });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja');
    await page.locator('text=マイ進捗').first().waitFor({ timeout: TIMEOUT_MS });
    assert.deepEqual(page.problems, []);
    await page.close();
});
