// What a deploy of force-app sends, checked before any org sees it:
//  1. every LWC bundle that deploys (not matched by .forceignore) has the `.js` tsc emits beside each
//     of its `.ts` modules (`name.ts` and the modules it imports, `./nameLabels`): the server rejects a
//     bundle without its JavaScript, after the whole upload;
//  2. no deployed component imports or embeds a bundle .forceignore keeps out (c/adoptionTypes);
//  3. every custom component on a Lightning page is an exposed bundle whose js-meta.xml targets that
//     page type, and every page an app names (utility bar, Home override) exists with the right type;
//  4. a permission set that shows a page (a Lightning page tab, or an app's Home page and utility bar)
//     grants every Apex class the page's components call, including the components they embed: a
//     missing class access turns the page into an access error for that persona.
// scripts/org calls missingBuild() before `sf project deploy start`, so `npm run deploy` refuses an
// unbuilt tree with the bundles' names instead of the server's message.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, bundleModules, lwcBundles, relativePath, typeFiles } from './lib.mjs';

/** The js-meta.xml target each FlexiPage type needs. */
export const PAGE_TARGETS = {
    AppPage: 'lightning__AppPage',
    HomePage: 'lightning__HomePage',
    RecordPage: 'lightning__RecordPage',
    UtilityBar: 'lightning__UtilityBar'
};

function lineOf(text, index) {
    return text.slice(0, index).split('\n').length;
}

function values(xml, tag) {
    return [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((match) => ({
        value: match[1].trim(),
        index: match.index
    }));
}

function blocks(xml, tag) {
    return [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => ({
        body: match[1],
        index: match.index
    }));
}

function first(xml, tag) {
    return values(xml, tag)[0]?.value;
}

// ---------------------------------------------------------------------------------------------
// .forceignore (gitignore syntax, the subset the project uses: *, **, ?, a leading or inner /).

function globToRegExp(pattern) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        if (char === '*' && pattern[i + 1] === '*') {
            const slash = pattern[i + 2] === '/';
            source += slash ? '(?:.*/)?' : '.*';
            i += slash ? 2 : 1;
        } else if (char === '*') {
            source += '[^/]*';
        } else if (char === '?') {
            source += '[^/]';
        } else {
            source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
        }
    }
    return source;
}

/** A matcher for the repository's .forceignore: (relative path) => ignored. */
export function forceIgnore(root = REPO_ROOT) {
    const file = path.join(root, '.forceignore');
    const rules = (existsSync(file) ? readFileSync(file, 'utf8') : '')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'))
        .map((line) => {
            const negated = line.startsWith('!');
            let pattern = (negated ? line.slice(1) : line).replace(/\/$/, '/**');
            // Without a slash (other than a trailing one) a pattern matches a name at any depth.
            if (!pattern.replace(/\/\*\*$/, '').includes('/')) {
                pattern = `**/${pattern}`;
            }
            return { negated, regexp: new RegExp(`^${globToRegExp(pattern.replace(/^\//, ''))}(?:/.*)?$`) };
        });
    return (relative) => {
        let ignored = false;
        for (const rule of rules) {
            if (rule.regexp.test(relative)) {
                ignored = !rule.negated;
            }
        }
        return ignored;
    };
}

// ---------------------------------------------------------------------------------------------
// 1 and 2: the emitted JavaScript.

/**
 * Bundles that deploy without their emitted JavaScript: [{ bundle, file, problem }]. Every module of
 * the bundle counts (the main `name.ts` and the modules beside it, `./nameLabels`): the platform
 * loads each `.js` the main file imports. A `.ts` newer than its `.js` counts too (an older build).
 */
export function missingBuild(root = REPO_ROOT) {
    const ignored = forceIgnore(root);
    const problems = [];
    for (const dir of lwcBundles(root)) {
        const name = path.basename(dir);
        if (ignored(`${relativePath(root, dir)}/${name}.js-meta.xml`)) {
            continue;
        }
        for (const ts of bundleModules(dir)) {
            const js = ts.replace(/\.ts$/, '.js');
            const [tsName, jsName] = [path.basename(ts), path.basename(js)];
            if (!existsSync(js)) {
                problems.push({ bundle: name, file: ts, problem: `has no ${jsName}: run \`npm run build\`` });
            } else if (statSync(ts).mtimeMs > statSync(js).mtimeMs) {
                problems.push({
                    bundle: name,
                    file: ts,
                    problem: `${tsName} is newer than ${jsName}: run \`npm run build\``
                });
            }
        }
    }
    return problems;
}

/** `c-foo-bar` -> `fooBar`. */
function bundleOfTag(tag) {
    return tag.replace(/^c-/, '').replace(/-([a-z0-9])/g, (_, char) => char.toUpperCase());
}

/** The source a bundle is read from: its .ts files (else its .js), and its templates. */
function bundleSources(dir) {
    const names = readdirSync(dir).filter((file) => statSync(path.join(dir, file)).isFile());
    const hasTs = names.some((file) => file.endsWith('.ts'));
    return names
        .filter((file) => (hasTs ? file.endsWith('.ts') : file.endsWith('.js')) || file.endsWith('.html'))
        .filter((file) => !file.endsWith('.d.ts'))
        .map((file) => path.join(dir, file));
}

/**
 * Every bundle's runtime references: { name -> { dir, apex: Set<class>, uses: Map<bundle, {file,line}> } }.
 * `import type` is erased by tsc, so it is no reference.
 */
export function readBundles(root = REPO_ROOT) {
    const bundles = new Map();
    for (const dir of lwcBundles(root)) {
        const entry = { dir, apex: new Set(), uses: new Map() };
        for (const file of bundleSources(dir)) {
            const text = readFileSync(file, 'utf8');
            if (file.endsWith('.html')) {
                for (const match of text.matchAll(/<(c-[a-z0-9-]+)/g)) {
                    entry.uses.set(bundleOfTag(match[1]), { file, line: lineOf(text, match.index) });
                }
                continue;
            }
            for (const match of text.matchAll(/^\s*import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
                if (match[1]) {
                    continue;
                }
                const apex = /^@salesforce\/apex\/(\w+)\./.exec(match[2]);
                const local = /^c\/(\w+)$/.exec(match[2]);
                if (apex) {
                    entry.apex.add(apex[1]);
                } else if (local) {
                    entry.uses.set(local[1], { file, line: lineOf(text, match.index) });
                }
            }
        }
        bundles.set(path.basename(dir), entry);
    }
    return bundles;
}

/** The Apex classes a component calls, itself or through the components it imports or embeds. */
function apexOf(bundles, name, seen = new Set()) {
    if (seen.has(name) || !bundles.has(name)) {
        return new Set();
    }
    seen.add(name);
    const entry = bundles.get(name);
    const classes = new Set(entry.apex);
    for (const used of entry.uses.keys()) {
        for (const apexClass of apexOf(bundles, used, seen)) {
            classes.add(apexClass);
        }
    }
    return classes;
}

function checkIgnoredImports(root, bundles, findings) {
    const ignored = forceIgnore(root);
    const isIgnored = (name) => ignored(`${relativePath(root, bundles.get(name).dir)}/${name}.js-meta.xml`);
    for (const [name, entry] of bundles) {
        if (isIgnored(name)) {
            continue;
        }
        for (const [used, site] of entry.uses) {
            if (bundles.has(used) && isIgnored(used)) {
                findings.push({
                    ...site,
                    message: `${name} uses c/${used}, which .forceignore keeps out of the deploy: import only its types (\`import type\`), or deploy it`
                });
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 3 and 4: pages, apps and permission sets.

function readPages(root) {
    const pages = new Map();
    for (const file of typeFiles(root, 'flexipages', (name) => name.endsWith('.flexipage-meta.xml'))) {
        const xml = readFileSync(file, 'utf8');
        const components = values(xml, 'componentName').map(({ value, index }) => ({
            name: value.replace(/^c:/, ''),
            custom: !value.includes(':') || value.startsWith('c:'),
            line: lineOf(xml, index)
        }));
        // The page's own <type> is its last one (regions and properties have a <type> too).
        pages.set(path.basename(file, '.flexipage-meta.xml'), {
            file,
            type: values(xml, 'type').pop()?.value,
            components
        });
    }
    return pages;
}

function bundleTargets(entry) {
    const metaFile = path.join(entry.dir, `${path.basename(entry.dir)}.js-meta.xml`);
    if (!existsSync(metaFile)) {
        return { exposed: false, targets: [] };
    }
    const xml = readFileSync(metaFile, 'utf8');
    const targetsBlock = /<targets>([\s\S]*?)<\/targets>/.exec(xml)?.[1] ?? '';
    return { exposed: first(xml, 'isExposed') === 'true', targets: values(targetsBlock, 'target').map((t) => t.value) };
}

function checkPageComponents(pages, bundles, findings) {
    for (const [pageName, page] of pages) {
        const target = PAGE_TARGETS[page.type];
        for (const component of page.components.filter((item) => item.custom)) {
            const entry = bundles.get(component.name);
            if (!entry) {
                findings.push({
                    file: page.file,
                    line: component.line,
                    message: `${pageName} places ${component.name}, which is no component in lwc/`
                });
                continue;
            }
            const { exposed, targets } = bundleTargets(entry);
            if (!exposed || (target && !targets.includes(target))) {
                findings.push({
                    file: page.file,
                    line: component.line,
                    message: `${pageName} is a ${page.type}, but ${component.name}.js-meta.xml ${exposed ? `targets only ${targets.join(', ') || 'nothing'}` : 'is not exposed'}: add ${target ?? 'the target'}`
                });
            }
        }
    }
}

/** Apps: name -> { file, pages: [{ page, type, line }] } (the utility bar and flexipage overrides). */
function readApps(root, pages, findings) {
    const apps = new Map();
    for (const file of typeFiles(root, 'applications', (name) => name.endsWith('.app-meta.xml'))) {
        const xml = readFileSync(file, 'utf8');
        const named = [];
        for (const { value, index } of values(xml, 'utilityBar')) {
            named.push({ page: value, type: 'UtilityBar', line: lineOf(xml, index) });
        }
        for (const { body, index } of blocks(xml, 'actionOverrides')) {
            if (first(body, 'type') !== 'Flexipage') {
                continue;
            }
            const home = first(body, 'pageOrSobjectType') === 'standard-home';
            if (home && first(body, 'actionName') !== 'Tab') {
                findings.push({
                    file,
                    line: lineOf(xml, index),
                    message: 'a standard-home override must have the actionName Tab'
                });
            }
            named.push({
                page: first(body, 'content'),
                type: home ? 'HomePage' : 'RecordPage',
                line: lineOf(xml, index)
            });
        }
        for (const item of named) {
            const page = pages.get(item.page);
            if (!page || page.type !== item.type) {
                findings.push({
                    file,
                    line: item.line,
                    message: page
                        ? `uses ${item.page} as its ${item.type}, but ${item.page} is of type ${page.type}`
                        : `uses ${item.page} as its ${item.type}, but flexipages/ has no such page`
                });
            }
        }
        apps.set(path.basename(file, '.app-meta.xml'), { file, pages: named.map((item) => item.page) });
    }
    return apps;
}

function tabPages(root) {
    const tabs = new Map();
    for (const file of typeFiles(root, 'tabs', (name) => name.endsWith('.tab-meta.xml'))) {
        const page = first(readFileSync(file, 'utf8'), 'flexiPage');
        if (page) {
            tabs.set(path.basename(file, '.tab-meta.xml'), page);
        }
    }
    return tabs;
}

function checkPermissionSets(root, pages, apps, bundles, findings) {
    const tabs = tabPages(root);
    for (const file of typeFiles(root, 'permissionsets', (name) => name.endsWith('.permissionset-meta.xml'))) {
        const xml = readFileSync(file, 'utf8');
        const granted = new Set(
            blocks(xml, 'classAccesses')
                .filter(({ body }) => first(body, 'enabled') === 'true')
                .map(({ body }) => first(body, 'apexClass'))
        );
        const shown = [];
        for (const { body, index } of blocks(xml, 'tabSettings')) {
            const page = tabs.get(first(body, 'tab'));
            if (page && first(body, 'visibility') !== 'Hidden') {
                shown.push({ page, why: `the ${first(body, 'tab')} tab`, line: lineOf(xml, index) });
            }
        }
        for (const { body, index } of blocks(xml, 'applicationVisibilities')) {
            const app = apps.get(first(body, 'application'));
            if (app && first(body, 'visible') === 'true') {
                for (const page of app.pages) {
                    shown.push({ page, why: `the ${first(body, 'application')} app`, line: lineOf(xml, index) });
                }
            }
        }
        const name = path.basename(file, '.permissionset-meta.xml');
        for (const { page, why, line } of shown) {
            for (const component of pages.get(page)?.components.filter((item) => item.custom) ?? []) {
                for (const apexClass of [...apexOf(bundles, component.name)].sort()) {
                    if (!granted.has(apexClass)) {
                        findings.push({
                            file,
                            line,
                            message: `${name} shows ${page} (${why}), whose ${component.name} calls ${apexClass}, but grants no classAccesses for ${apexClass}: that persona gets an access error`
                        });
                    }
                }
            }
        }
    }
}

/** Runs every part of the check under `root`. */
export function checkDeploy({ root = REPO_ROOT } = {}) {
    const findings = missingBuild(root).map(({ file, bundle, problem }) => ({
        file,
        message: `the ${bundle} bundle deploys but ${problem}`
    }));
    const bundles = readBundles(root);
    checkIgnoredImports(root, bundles, findings);
    const pages = readPages(root);
    checkPageComponents(pages, bundles, findings);
    const apps = readApps(root, pages, findings);
    checkPermissionSets(root, pages, apps, bundles, findings);
    return {
        findings,
        summary: `${bundles.size} bundle(s), ${pages.size} page(s), ${apps.size} app(s) and their permission sets checked`
    };
}
