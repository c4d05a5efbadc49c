// Helpers for browser tests of the local preview: real Chromium (the Debian package) driven by
// playwright-core, against the production build served on 127.0.0.1. Every wait is bounded; the
// network beyond the preview server is blocked, so a test that passes here needs nothing from outside.
//
// A test file:
//   const preview = await startPreview();             // build + serve, or reuse PREVIEW_URL
//   const browser = await launchBrowser(preview.url);
//   const page = await openPage(browser, 'rep-home');  // waits until the components are mounted
//   await click(page, 'text=Show a toast');
//   await waitFor(page, '[role="status"]');
//   assert.deepEqual(page.problems, []);               // console errors, page errors, failed requests
//   ...
//   await browser.close(); await preview.close();
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The flags TOOLING.md lists for Chromium on these machines. */
export const CHROMIUM_FLAGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
];
/** The sample data's "today" in tests, and the browser clock's: screenshots do not change daily. */
export const SAMPLE_TODAY = '2026-11-20';
export const TIMEOUT_MS = 15000;
export const VIEWPORT = { width: 1280, height: 800 };
/**
 * Phones' windows in CSS pixels (portrait), the widths the Salesforce mobile app lays a page out in:
 * Android's common 360 px, iPhone mini/X (375), iPhone 12 to 15 (390), iPhone Plus/XR/11 (414).
 */
export const PHONE_VIEWPORTS = [
    { width: 360, height: 740 },
    { width: 375, height: 812 },
    { width: 390, height: 844 },
    { width: 414, height: 896 }
];
export const PHONE_VIEWPORT = PHONE_VIEWPORTS[1];
/** The window a page of each `formFactor` (preview/pages/*.json) is opened in. */
export const FORM_FACTOR_VIEWPORTS = { Large: VIEWPORT, Medium: { width: 768, height: 1024 }, Small: PHONE_VIEWPORT };
export const MAX_SCREENSHOT_HEIGHT = 2400;
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'docs', 'screenshots');

/** Throws the exact install command when Chromium is missing. */
export function requireChromium() {
    if (!existsSync(CHROMIUM)) {
        throw new Error(
            `Chromium is not installed at ${CHROMIUM}. Install the Debian package: apt-get install -y chromium (as root; run apt-get update first on a fresh machine), or set CHROMIUM_PATH.`
        );
    }
}

/**
 * The preview to test: PREVIEW_URL when the runner (preview/test/run.mjs) already serves a build,
 * else a fresh production build served on a free port (running one test file on its own).
 */
export async function startPreview() {
    if (process.env.PREVIEW_URL) {
        return { url: process.env.PREVIEW_URL, close: async () => {} };
    }
    const { buildPreview } = await import('../build.mjs');
    const { startServer } = await import('../server.mjs');
    const { outDir } = await buildPreview({
        mode: 'production',
        today: SAMPLE_TODAY,
        strictTypes: true,
        log: () => {}
    });
    return startServer({ dir: outDir, port: 0 });
}

/** The pages the build wrote (id, group, title, url). */
export function builtPages() {
    return JSON.parse(readFileSync(path.join(REPO_ROOT, 'preview', 'dist', 'pages.json'), 'utf8'));
}

/**
 * Chromium with a fresh user-data dir, one browser context. Requests to anything but the preview
 * server are aborted and reported as problems of the page that made them. `{ phone: true }`: a phone's
 * window (375 x 812) with a touch screen and the page's meta viewport honoured, as the Salesforce
 * mobile app shows a page; CSS `(pointer: coarse)` and `(hover: none)` hold there.
 */
export async function launchBrowser(baseUrl, { phone = false } = {}) {
    requireChromium();
    const { chromium } = require('playwright-core');
    const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'crm-adoption-chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM,
        args: CHROMIUM_FLAGS,
        viewport: phone ? PHONE_VIEWPORT : VIEWPORT,
        isMobile: phone,
        hasTouch: phone,
        deviceScaleFactor: 1,
        locale: 'en-US',
        timezoneId: 'UTC',
        timeout: TIMEOUT_MS
    });
    context.setDefaultTimeout(TIMEOUT_MS);
    const origin = new URL(baseUrl).origin;
    await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(origin) || url.startsWith('data:')) {
            return route.continue();
        }
        const frame = route.request().frame();
        frame?.page()?.problems?.push(`blocked a request outside the preview: ${url}`);
        return route.abort('blockedbyclient');
    });
    return {
        context,
        baseUrl,
        async close() {
            await context.close();
            rmSync(userDataDir, { recursive: true, force: true });
        }
    };
}

function pageUrl(browser, pageIdOrPath) {
    return pageIdOrPath.startsWith('/')
        ? browser.baseUrl + pageIdOrPath
        : `${browser.baseUrl}/pages/${pageIdOrPath}.html`;
}

/**
 * In the page, before any script: Date starts at `iso` and runs on from there. Not Playwright's
 * clock, which also replaces performance.now() with a whole-millisecond one, too coarse to time a
 * render.
 */
function shiftDate(iso) {
    const RealDate = Date;
    const realNow = RealDate.now.bind(RealDate);
    const offset = new RealDate(iso).getTime() - realNow();
    RealDate.now = () => realNow() + offset;
    globalThis.Date = new Proxy(RealDate, {
        construct: (target, args, newTarget) =>
            Reflect.construct(target, args.length ? args : [target.now()], newTarget),
        apply: (target) => new target(target.now()).toString()
    });
}

/**
 * Opens a preview page and waits until its components are mounted. `page.problems` collects console
 * errors, uncaught errors, failed requests and HTTP errors for the test to assert on.
 * `viewport` opens it in a window of that size (a phone page in a phone's: FORM_FACTOR_VIEWPORTS).
 * @param {{ beforeLoad?: (page) => Promise<void>, waitForMount?: boolean, viewport?: { width: number, height: number } }} options
 */
export async function openPage(browser, pageIdOrPath, { beforeLoad, waitForMount = true, viewport } = {}) {
    const page = await browser.context.newPage();
    if (viewport) {
        await page.setViewportSize(viewport);
    }
    page.problems = [];
    page.on('console', (message) => {
        if (message.type() === 'error') {
            page.problems.push(`console error: ${message.text()}`);
        }
    });
    page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => {
        page.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on('response', (response) => {
        if (response.status() >= 400) {
            page.problems.push(`HTTP ${response.status()}: ${response.url()}`);
        }
    });
    // Components compare dates with "now": start the page's clock on the sample day.
    await page.addInitScript(shiftDate, `${SAMPLE_TODAY}T15:00:00Z`);
    if (beforeLoad) {
        await beforeLoad(page);
    }
    const started = Date.now();
    await page.goto(pageUrl(browser, pageIdOrPath), { waitUntil: 'load', timeout: TIMEOUT_MS });
    if (waitForMount && !pageIdOrPath.startsWith('/')) {
        await page.waitForFunction(() => window.__preview?.mounted === true, null, { timeout: TIMEOUT_MS });
    }
    page.loadMs = Date.now() - started;
    return page;
}

/** Clicks an element (CSS or Playwright selector; synthetic shadow trees are searched too). */
export async function click(page, selector, { timeout = TIMEOUT_MS } = {}) {
    await page.locator(selector).first().click({ timeout });
}

/** Waits until an element is visible; returns its locator. */
export async function waitFor(page, selector, { timeout = TIMEOUT_MS, state = 'visible' } = {}) {
    const locator = page.locator(selector).first();
    await locator.waitFor({ state, timeout });
    return locator;
}

/**
 * In the page: records when an element matching `selector` first appears or starts to match (an
 * attribute change counts), then when the browser is next idle after painting it ("interactive").
 */
function installRenderWatch(selector) {
    const watch = { selector, renderedAt: null, interactiveAt: null };
    window.__previewRenderWatch = watch;
    const matches = (node) =>
        node.nodeType === 1 && (node.matches(selector) || (node.querySelector && node.querySelector(selector)));
    const observer = new MutationObserver((records) => {
        if (watch.renderedAt !== null) {
            return;
        }
        if (records.some((record) => matches(record.target) || [...record.addedNodes].some(matches))) {
            watch.renderedAt = performance.now();
            observer.disconnect();
            // After the frame that paints it, the next task runs: the page can take input.
            requestAnimationFrame(() => setTimeout(() => (watch.interactiveAt = performance.now()), 0));
        }
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
}

async function readRenderWatch(page, apex, timeout) {
    await page.waitForFunction(() => window.__previewRenderWatch?.interactiveAt != null, null, { timeout });
    const { watch, arrivals } = await page.evaluate(() => ({
        watch: window.__previewRenderWatch,
        arrivals: window.__preview?.arrivals ?? []
    }));
    const arrival = arrivals.filter((entry) => entry.method === apex && entry.at <= watch.renderedAt).pop();
    if (!arrival) {
        throw new Error(`No data from ${apex} arrived before ${watch.selector} rendered: is the selector right?`);
    }
    return {
        apex,
        dataAt: arrival.at,
        renderMs: watch.renderedAt - arrival.at,
        interactiveMs: watch.interactiveAt - arrival.at
    };
}

/**
 * "Interactive within N ms of data arrival" on page load: from the moment the local Apex answer
 * `apex` ('Class.method') delivered its data to the moment `ready` (the component's rendered
 * marker, e.g. 'c-adoption-leaderboard[data-rendered]') matched, and to the next idle task after
 * that frame. Returns { page, renderMs, interactiveMs }.
 */
export async function openAndMeasure(browser, pageId, { apex, ready, timeout = TIMEOUT_MS }) {
    const page = await openPage(browser, pageId, {
        beforeLoad: (target) => target.addInitScript(installRenderWatch, ready),
        waitForMount: false
    });
    return { page, ...(await readRenderWatch(page, apex, timeout)) };
}

/** The same measure for data fetched after an interaction: `action` is an async function. */
export async function measureAfter(page, action, { apex, ready, timeout = TIMEOUT_MS }) {
    await page.evaluate(installRenderWatch, ready);
    await action();
    return readRenderWatch(page, apex, timeout);
}

/** Prints a measure on its own line, e.g. `render: 12.3 ms (interactive: 15.1 ms) rep-home`. */
export function report(label, measure) {
    process.stdout.write(
        `render: ${measure.renderMs.toFixed(1)} ms (interactive: ${measure.interactiveMs.toFixed(1)} ms) ${label}\n`
    );
}

/**
 * axe-core over the whole page (WCAG 2.x A and AA, and best practices). Returns the violations
 * formatted one per line; [] when there are none.
 */
export async function axeViolations(page, { datepickers = false } = {}) {
    const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: source });
    const violations = await page.evaluate(async (datepickerEquivalent) => {
        const result = await window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
            resultTypes: ['violations']
        });
        // The calendar button inside lightning-datepicker (a base component, 14 px) is exempt from WCAG
        // 2.2's target size (2.5.8) by its "Equivalent" exception: the date's own text field, which meets
        // the size, does the same. axe cannot know that, so a page with date inputs says so here; only
        // that button, only for that rule.
        // A target inside shadow roots is an array of selectors, one per root.
        const exempt = (violation, node) => {
            const parts = node.target.flat();
            return (
                datepickerEquivalent &&
                violation.id === 'target-size' &&
                parts.some((part) => String(part).startsWith('lightning-datepicker')) &&
                String(parts[parts.length - 1]).startsWith('button[title=')
            );
        };
        return result.violations
            .map((violation) => ({ violation, nodes: violation.nodes.filter((node) => !exempt(violation, node)) }))
            .filter(({ nodes }) => nodes.length > 0)
            .map(({ violation, nodes }) => ({
                id: violation.id,
                impact: violation.impact,
                help: violation.help,
                targets: nodes.slice(0, 5).map((node) => node.target.join(' '))
            }));
    }, datepickers);
    return violations.map(
        (violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.targets.join(', ')}`
    );
}

/** Saves a full-page screenshot to docs/screenshots/<name>.png; returns the path. */
export async function screenshot(page, name) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${name}.png`);
    // The whole page, cut at 2,400 px: a 500-row table would otherwise make a multi-megabyte image.
    const { width, height } = await page.evaluate(() => ({
        width: document.documentElement.scrollWidth,
        height: document.documentElement.scrollHeight
    }));
    await page.screenshot({
        path: file,
        fullPage: true,
        animations: 'disabled',
        clip: { x: 0, y: 0, width, height: Math.min(height, MAX_SCREENSHOT_HEIGHT) }
    });
    return file;
}

/**
 * In the page: what a phone shows of the components. The shadow roots are walked (synthetic shadow
 * hides a component's insides from document queries), and each element is told with the component
 * that owns it: the nearest `c-*` host, and the base component (`lightning-*`) whose insides it is,
 * if any. Returns the window's width, the document's scroll width, the elements that reach past the
 * window's edges, the boxes that scroll sideways, and every pointer target with its size. A target
 * is a link, button, form field or focusable element; a visually hidden checkbox or toggle is
 * targeted through its label, so the label's box counts; one scrolled out of a box that clips it (the
 * options below a list's fold) is not on the screen and does not count.
 */
function readLayout() {
    const describe = (element) => {
        const classes = typeof element.className === 'string' ? element.className.trim().split(/\s+/) : [];
        const name = (element.getAttribute('aria-label') || element.getAttribute('title') || element.textContent || '')
            .replace(/\s+/g, ' ')
            .trim()
            .slice(0, 40);
        return `${[element.tagName.toLowerCase(), ...classes.filter(Boolean).slice(0, 3)].join('.')}${name ? ` "${name}"` : ''}`;
    };
    const width = window.innerWidth;
    const elements = [];
    const roots = [{ root: document, hosts: [] }];
    while (roots.length) {
        const { root, hosts } = roots.pop();
        for (const element of root.querySelectorAll('*')) {
            elements.push({ element, hosts });
            if (element.shadowRoot) {
                roots.push({ root: element.shadowRoot, hosts: [element.tagName.toLowerCase(), ...hosts] });
            }
        }
    }
    const owned = elements
        .map(({ element, hosts }) => ({
            element,
            component: hosts.find((tag) => tag.startsWith('c-')),
            // The outermost base component between the element and its c-* host.
            base: hosts
                .slice(
                    0,
                    Math.max(
                        hosts.findIndex((tag) => tag.startsWith('c-')),
                        0
                    )
                )
                .filter((tag) => tag.startsWith('lightning-'))
                .pop()
        }))
        .filter((entry) => entry.component);
    const shown = (element) => {
        const style = getComputedStyle(element);
        const rect = element.getBoundingClientRect();
        return style.visibility !== 'hidden' && style.display !== 'none' && rect.width > 0 && rect.height > 0;
    };
    const hiddenOnPurpose = (element) => {
        const rect = element.getBoundingClientRect();
        return getComputedStyle(element).position === 'absolute' && (rect.width <= 1 || rect.height <= 1);
    };
    const overflowing = [];
    const sideScrollers = [];
    for (const { element, component } of owned) {
        if (!shown(element) || hiddenOnPurpose(element)) {
            continue;
        }
        const rect = element.getBoundingClientRect();
        if (rect.right > width + 0.5 || rect.left < -0.5) {
            overflowing.push(
                `${component} ${describe(element)}: ${Math.round(rect.left)} to ${Math.round(rect.right)} px`
            );
        }
        const style = getComputedStyle(element);
        if (['auto', 'scroll'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1) {
            sideScrollers.push(
                `${component} ${describe(element)}: ${element.scrollWidth} px in ${element.clientWidth} px`
            );
        }
    }
    // Native parentElement: synthetic shadow's patched one stops at each shadow root.
    const frame = document.createElement('iframe');
    frame.style.display = 'none';
    document.body.appendChild(frame);
    const parentOf = Object.getOwnPropertyDescriptor(frame.contentWindow.Node.prototype, 'parentElement').get;
    frame.remove();
    // A target scrolled out of a box that clips it (a long list's options) cannot be tapped there.
    const clippedAway = (element, rect) => {
        let { left, top, right, bottom } = rect;
        for (let node = parentOf.call(element); node && node !== document.body; node = parentOf.call(node)) {
            const style = getComputedStyle(node);
            if (style.overflowX === 'visible' && style.overflowY === 'visible') {
                continue;
            }
            const box = node.getBoundingClientRect();
            left = Math.max(left, box.left);
            top = Math.max(top, box.top);
            right = Math.min(right, box.right);
            bottom = Math.min(bottom, box.bottom);
        }
        return right - left <= 0 || bottom - top <= 0;
    };
    const interactive =
        'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="checkbox"], [role="switch"], [role="tab"], [role="combobox"], [role="option"], [tabindex]:not([tabindex="-1"])';
    const targets = [];
    for (const { element, component, base } of owned) {
        if (!element.matches(interactive) || !shown(element)) {
            continue;
        }
        let target = element;
        let rect = element.getBoundingClientRect();
        if (rect.width <= 2 || rect.height <= 2) {
            target = element.labels?.[0] ?? element.closest('label') ?? element;
            rect = target.getBoundingClientRect();
        }
        if (clippedAway(target, rect)) {
            continue;
        }
        targets.push({
            component,
            base: base ?? null,
            name: describe(element),
            viaLabel: target !== element,
            left: rect.left,
            top: rect.top,
            width: Math.round(rect.width * 10) / 10,
            height: Math.round(rect.height * 10) / 10
        });
    }
    return {
        viewportWidth: width,
        scrollWidth: document.scrollingElement.scrollWidth,
        overflowing,
        sideScrollers,
        targets
    };
}

/** What a phone shows of the page's components (see readLayout), after the next frame. */
export async function measureLayout(page) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    return page.evaluate(readLayout);
}
