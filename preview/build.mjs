#!/usr/bin/env node
// Builds the local preview into preview/dist: the package's components as they deploy (the .js tsc
// emits beside each .ts, compiled by the LWC compiler), base components, SLDS, synthetic shadow, and
// local answers for everything only an org can answer (preview/plugins/platform.mjs).
//
//   node preview/build.mjs           production build (what benchmarks and browser tests use)
//   node preview/build.mjs --serve   build, then serve on http://127.0.0.1:$PORT (default 4173)
//   PREVIEW_DEV=1                    development build: LWC's dev-mode checks and warnings, slower
//   PREVIEW_TODAY=2026-11-20         the sample data's "today" (default: the current UTC date)
//
// Pages are data: preview/pages/components/<id>.json and preview/pages/personas/<id>.json
// (see preview/README.md). A page file lists components, their props and regions; the build writes
// one HTML page and one entry module per page file.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import { emit } from '../scripts/checks/typescript.mjs';
import { BIN, formatFinding, labelsFile, lwcBundles, run } from '../scripts/checks/lib.mjs';
import { SHIPPED_LANGUAGES, readTranslations } from '../scripts/checks/translations.mjs';
import { REPO_ROOT, readLabels } from './data/metadata.mjs';
import { generateBenchmark, generateDemo } from './data/generate.mjs';
import { STAND_INS, buildConstants, platformModules, unansweredImports } from './plugins/platform.mjs';
import { compileTypeScript } from './plugins/typescript.mjs';

export const PREVIEW_DIR = path.join(REPO_ROOT, 'preview');
export const DIST_DIR = path.join(PREVIEW_DIR, 'dist');
const PAGE_GROUPS = ['components', 'personas'];
const LAYOUT_REGIONS = {
    single: ['main'],
    home: ['main', 'sidebar', 'utility'],
    record: ['header', 'main', 'sidebar', 'utility'],
    app: ['main', 'sidebar', 'utility']
};
/**
 * `@salesforce/client/formFactor` values a page may say it runs at: Large a desktop, Medium a tablet,
 * Small a phone (the Salesforce mobile app). The browser tests open a page in a window of its size.
 */
const FORM_FACTORS = new Set(['Large', 'Medium', 'Small']);
const PAGE_KEYS = new Set([
    'title',
    'description',
    'order',
    'user',
    'layout',
    'formFactor',
    'customPermissions',
    'userPermissions',
    'record',
    'components',
    'actions',
    'dataset'
]);
/** What a page action may do: store celebrations as the engine would (and reload), or show a toast. */
const ACTION_KEYS = new Set(['label', 'celebrate', 'toast']);
const BANNER_LABEL = 'Adoption_Sample_Data_Banner';
const BADGE_LABEL = 'Adoption_Sample_Data';
const SLDS = path.join(REPO_ROOT, 'node_modules', '@salesforce-ux', 'design-system', 'assets');
const SPRITES = ['action', 'custom', 'doctype', 'standard', 'utility'];
/** The language switch of every page: English and the shipped languages, each named in itself. */
const LANGUAGE_NAMES = { en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español', ja: '日本語' };

class BuildError extends Error {}

function fail(message) {
    throw new BuildError(message);
}

function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** JSON inside <script type="application/json">: "</script>" in a value must not end the element. */
function scriptJson(value) {
    return JSON.stringify(value).replace(/</g, '\\u003c');
}

// ---------------------------------------------------------------------------------------------
// TypeScript: emit the package's components (what deploys), type-check the preview's own sources

/**
 * tsc emits the .js even when a component has type errors, and the .js is what deploys: the preview
 * shows it and reports the errors (npm test fails on them) rather than blocking work in progress.
 */
function emitComponents(warnings) {
    const result = emit();
    for (const finding of result.findings) {
        warnings.push(`type error (npm test fails on it): ${formatFinding(finding)}`);
    }
}

/**
 * preview/tsconfig.json extends the root config; its `paths` repeat the root's (an extending config
 * replaces `paths` whole) and add the preview's stand-ins and components, so TypeScript sees what the
 * bundler sees. Rewritten only when the list changes, like the root's.
 */
export function syncPreviewTsconfig() {
    const file = path.join(PREVIEW_DIR, 'tsconfig.json');
    const config = JSON.parse(readFileSync(file, 'utf8'));
    const rootPaths =
        JSON.parse(readFileSync(path.join(REPO_ROOT, 'tsconfig.json'), 'utf8')).compilerOptions.paths ?? {};
    const paths = { ...rootPaths };
    for (const [specifier, runtimeFile] of Object.entries(STAND_INS)) {
        paths[specifier] = [`preview/runtime/${runtimeFile}`];
    }
    for (const bundle of previewComponents()) {
        paths[`c/${bundle.name}`] = [path.relative(REPO_ROOT, bundle.file).split(path.sep).join('/')];
    }
    paths['preview/*'] = ['preview/*'];
    if (JSON.stringify(config.compilerOptions.paths ?? {}) !== JSON.stringify(paths)) {
        config.compilerOptions.paths = paths;
        writeFileSync(file, `${JSON.stringify(config, null, 4)}\n`);
        // As prettier writes it, so the formatting check stays green.
        run(path.join(BIN, 'prettier'), ['--write', '--log-level', 'warn', file]);
    }
}

/** Type errors in preview/ fail the browser tests (strict) and are reported by `npm start`. */
function typecheckPreview(strict, warnings) {
    syncPreviewTsconfig();
    const result = run(path.join(BIN, 'tsc'), ['-p', path.join(PREVIEW_DIR, 'tsconfig.json'), '--pretty', 'false']);
    if (result.status === 0) {
        return;
    }
    const errors = result.output
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('preview/') || !strict);
    if (strict && errors.length) {
        fail(`Type errors in preview/:\n${errors.join('\n')}`);
    }
    warnings.push(...errors.filter((line) => !line.startsWith('force-app/')).map((line) => `type error: ${line}`));
}

// ---------------------------------------------------------------------------------------------
// Components

function previewComponents() {
    const dir = path.join(PREVIEW_DIR, 'components');
    if (!existsSync(dir)) {
        return [];
    }
    return readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => {
            const base = path.join(dir, entry.name, entry.name);
            const file = [`${base}.ts`, `${base}.js`].find((candidate) => existsSync(candidate));
            return file && { name: entry.name, file };
        })
        .filter(Boolean);
}

/** Module records for the LWC resolver: c/<name> -> the file to compile. */
function componentModules() {
    const modules = [];
    const names = new Set();
    for (const bundle of lwcBundles(REPO_ROOT)) {
        const name = path.basename(bundle);
        const file = path.join(bundle, `${name}.js`);
        if (existsSync(file)) {
            modules.push({ name: `c/${name}`, path: file });
            names.add(name);
        }
    }
    for (const bundle of previewComponents()) {
        if (names.has(bundle.name)) {
            fail(`preview/components/${bundle.name} has the name of a package component in force-app: rename it.`);
        }
        modules.push({ name: `c/${bundle.name}`, path: bundle.file });
    }
    return modules;
}

// ---------------------------------------------------------------------------------------------
// Pages

function resolveRef(ref, scope, where) {
    let value = scope;
    for (const part of String(ref).split('.')) {
        value = value?.[part];
    }
    if (value === undefined) {
        fail(`${where}: {"$ref": "${ref}"} does not name anything in the sample data (see preview/data/types.ts).`);
    }
    return value;
}

/** Replaces every {"$ref": "path"} with the sample data value at that path. */
function resolveRefs(value, scope, where) {
    if (Array.isArray(value)) {
        return value.map((item) => resolveRefs(item, scope, where));
    }
    if (value && typeof value === 'object') {
        if (Object.keys(value).length === 1 && '$ref' in value) {
            return resolveRef(value.$ref, scope, where);
        }
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveRefs(item, scope, where)]));
    }
    return value;
}

/**
 * The page files, checked and resolved. `pagesRoot` holds components/ and personas/ (tests pass their own).
 */
export function readPages(demo, labels, knownComponents, pagesRoot = path.join(PREVIEW_DIR, 'pages')) {
    const pages = [];
    for (const group of PAGE_GROUPS) {
        const dir = path.join(pagesRoot, group);
        if (!existsSync(dir)) {
            continue;
        }
        for (const file of readdirSync(dir)
            .filter((name) => name.endsWith('.json'))
            .sort()) {
            const id = file.slice(0, -'.json'.length);
            const where = `preview/pages/${group}/${file}`;
            if (!/^[a-z][a-z0-9-]*$/i.test(id)) {
                fail(`${where}: a page file name must be letters, digits and dashes (it becomes the page's URL).`);
            }
            let spec;
            try {
                spec = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
            } catch (error) {
                fail(`${where}: ${error.message}`);
            }
            const unknown = Object.keys(spec).filter((key) => !PAGE_KEYS.has(key));
            if (unknown.length) {
                fail(`${where}: unknown key(s) ${unknown.join(', ')}; allowed: ${[...PAGE_KEYS].join(', ')}.`);
            }
            if (typeof spec.title !== 'string' || !spec.title) {
                fail(`${where}: "title" is required.`);
            }
            (spec.actions ?? []).forEach((action, index) => {
                const unknownAction = Object.keys(action).filter((key) => !ACTION_KEYS.has(key));
                if (unknownAction.length || typeof action.label !== 'string') {
                    fail(
                        `${where} actions[${index}]: needs a "label" and may have ${[...ACTION_KEYS].join(', ')}; unknown: ${unknownAction.join(', ') || 'none'}.`
                    );
                }
            });
            const layout = spec.layout ?? (group === 'components' ? 'single' : 'app');
            if (!LAYOUT_REGIONS[layout]) {
                fail(`${where}: layout "${layout}" is not one of ${Object.keys(LAYOUT_REGIONS).join(', ')}.`);
            }
            const persona = spec.user ?? 'rep';
            const userId = demo.personas[persona];
            if (!userId) {
                fail(`${where}: user "${persona}" is not a sample persona (${Object.keys(demo.personas).join(', ')}).`);
            }
            const user = demo.users.find((candidate) => candidate.Id === userId);
            const scope = { ...demo, user };
            const components = (spec.components ?? []).map((entry, index) => {
                const at = `${where} components[${index}]`;
                if (!knownComponents.has(entry.component)) {
                    fail(
                        `${at}: ${entry.component} is not a component in an lwc/ folder of force-app or in preview/components.`
                    );
                }
                const region = entry.region ?? 'main';
                if (!LAYOUT_REGIONS[layout].includes(region)) {
                    fail(
                        `${at}: region "${region}" is not in layout "${layout}" (${LAYOUT_REGIONS[layout].join(', ')}).`
                    );
                }
                return { component: entry.component, region, props: resolveRefs(entry.props ?? {}, scope, at) };
            });
            let record;
            if (spec.record) {
                const { objectApiName, recordId } = resolveRefs(spec.record, scope, `${where} record`);
                const found = demo.records[objectApiName]?.find((candidate) => candidate.Id === recordId);
                if (!found) {
                    fail(`${where}: record ${recordId} is not a sample ${objectApiName}.`);
                }
                record = { objectApiName, recordId, name: found.Name, fields: found };
            }
            const formFactor = spec.formFactor ?? 'Large';
            if (!FORM_FACTORS.has(formFactor)) {
                fail(`${where}: formFactor "${formFactor}" is not one of ${[...FORM_FACTORS].join(', ')}.`);
            }
            const dataset = spec.dataset ?? 'team';
            if (!['team', 'benchmark'].includes(dataset)) {
                fail(`${where}: dataset "${dataset}" is not "team" (25 people) or "benchmark" (1,000 users).`);
            }
            const script = path.join(dir, `${id}.ts`);
            pages.push({
                id,
                group,
                order: spec.order ?? 100,
                title: spec.title,
                description: spec.description ?? '',
                layout,
                user: persona,
                userId,
                userName: user.Name,
                formFactor,
                dataset,
                customPermissions: spec.customPermissions ?? [],
                userPermissions: spec.userPermissions ?? [],
                record,
                components,
                actions: resolveRefs(spec.actions ?? [], scope, `${where} actions`),
                banner: labels.get(BANNER_LABEL),
                script: existsSync(script) ? script : undefined
            });
        }
    }
    const seen = new Map();
    for (const page of pages) {
        if (seen.has(page.id)) {
            fail(
                `Two pages are called "${page.id}" (${seen.get(page.id)} and ${page.group}): page names become URLs and screenshot names.`
            );
        }
        seen.set(page.id, page.group);
    }
    return pages.sort(
        (a, b) =>
            PAGE_GROUPS.indexOf(a.group) - PAGE_GROUPS.indexOf(b.group) || a.order - b.order || a.id.localeCompare(b.id)
    );
}

/**
 * One entry module per page: the components it lists, then mount. Synthetic shadow is not imported
 * here: page.html loads it as its own script first (see copyAssets).
 */
function entryModule(page) {
    const specifiers = [...new Set(page.components.map((entry) => entry.component))];
    return [
        `import { renderPage } from ${JSON.stringify(path.join(PREVIEW_DIR, 'runtime', 'page.ts'))};`,
        ...specifiers.map((specifier, index) => `import C${index} from ${JSON.stringify(specifier)};`),
        ...(page.script ? [`import ${JSON.stringify(page.script)};`] : []),
        `renderPage({ ${specifiers.map((specifier, index) => `${JSON.stringify(specifier)}: C${index}`).join(', ')} });`
    ].join('\n');
}

function fillTemplate(template, values) {
    return template.replace(/\{\{(\w+)\}\}/g, (match, name) => {
        if (!(name in values)) {
            fail(`Template placeholder ${match} has no value.`);
        }
        return values[name];
    });
}

/**
 * Custom labels by language for the page's language switch (runtime/i18n.ts): English from the
 * labels file, each shipped language from its Translations file.
 */
export function readLanguages(labels) {
    const languages = { en: Object.fromEntries(labels) };
    for (const lang of SHIPPED_LANGUAGES) {
        if (!LANGUAGE_NAMES[lang]) {
            fail(`preview/build.mjs: add the name of the shipped language "${lang}" to LANGUAGE_NAMES.`);
        }
        const { customLabels } = readTranslations(REPO_ROOT, lang);
        languages[lang] = Object.fromEntries([...customLabels].map(([name, { value }]) => [name, value]));
    }
    return languages;
}

function languageOptions() {
    return ['en', ...SHIPPED_LANGUAGES]
        .map((lang) => `<option value="${lang}" lang="${lang}">${escapeHtml(LANGUAGE_NAMES[lang])}</option>`)
        .join('');
}

function pageHtml(template, page, labels) {
    const regions = LAYOUT_REGIONS[page.layout]
        .map((region) => {
            const label = { header: 'Record highlights', main: 'Main', sidebar: 'Sidebar', utility: 'Utility bar' }[
                region
            ];
            return `<section id="preview-region-${region}" class="preview-region preview-region_${region}" aria-label="${label}" hidden></section>`;
        })
        .join('\n            ');
    const config = { ...page };
    delete config.script;
    delete config.order;
    const record = page.record
        ? `<p class="slds-text-title_caps">${escapeHtml(page.record.objectApiName)}</p><p class="slds-text-heading_medium">${escapeHtml(page.record.name)}</p>`
        : '';
    return fillTemplate(template, {
        title: escapeHtml(page.title),
        description: escapeHtml(page.description),
        badge: escapeHtml(labels.get(BADGE_LABEL)),
        banner: escapeHtml(page.banner),
        user: escapeHtml(`${page.userName} (${page.user})`),
        layout: page.layout,
        formFactor: page.formFactor,
        record,
        regions,
        languages: languageOptions(),
        config: scriptJson(config),
        entry: `/pages/${page.id}.js`
    });
}

function indexHtml(template, pages, labels, demo) {
    const list = (group) =>
        pages
            .filter((page) => page.group === group)
            .map(
                (page) =>
                    `<li class="slds-item"><a href="/pages/${page.id}.html">${escapeHtml(page.title)}</a>${page.description ? ` <span class="slds-text-color_weak">${escapeHtml(page.description)}</span>` : ''}</li>`
            )
            .join('\n                    ') || '<li class="slds-item">None yet.</li>';
    return fillTemplate(template, {
        badge: escapeHtml(labels.get(BADGE_LABEL)),
        banner: escapeHtml(labels.get(BANNER_LABEL)),
        components: list('components'),
        personas: list('personas'),
        today: escapeHtml(demo.meta.today),
        people: String(demo.users.length)
    });
}

// ---------------------------------------------------------------------------------------------
// Assets

function copyAssets(outDir, mode) {
    const assets = path.join(outDir, 'assets');
    mkdirSync(path.join(assets, 'styles'), { recursive: true });
    // The engine decides once, when its module runs, whether synthetic shadow is there. Bundled,
    // rollup put the polyfill in a chunk that imports the engine, so the engine ran first and every
    // component got a native shadow root that the page's SLDS stylesheet cannot reach. As a script of
    // its own before the page's module (module scripts run in document order) it always runs first.
    const synthetic = readFileSync(
        path.join(REPO_ROOT, 'node_modules', '@lwc', 'synthetic-shadow', 'dist', 'index.js'),
        'utf8'
    ).replaceAll('process.env.NODE_ENV', JSON.stringify(mode));
    writeFileSync(path.join(assets, 'synthetic-shadow.js'), synthetic);
    cpSync(
        path.join(SLDS, 'styles', 'salesforce-lightning-design-system.min.css'),
        path.join(assets, 'styles', 'salesforce-lightning-design-system.min.css')
    );
    // The stylesheet's url(../images/...) references.
    cpSync(path.join(SLDS, 'images'), path.join(assets, 'images'), { recursive: true });
    // Sprites serve <use href> icons (toasts) and lightning-icon's fallback; base components inline the rest.
    for (const sprite of SPRITES) {
        cpSync(
            path.join(SLDS, 'icons', `${sprite}-sprite`, 'svg', 'symbols.svg'),
            path.join(assets, 'icons', `${sprite}-sprite`, 'svg', 'symbols.svg')
        );
    }
    cpSync(path.join(PREVIEW_DIR, 'pages', 'preview.css'), path.join(assets, 'preview.css'));
}

// ---------------------------------------------------------------------------------------------
// Build

/**
 * Builds the preview. Throws a BuildError whose message names the file and what to fix.
 * @param {{ mode?: 'production' | 'development', today?: string, outDir?: string, strictTypes?: boolean,
 *   log?: (line: string) => void }} options strictTypes: fail on type errors in preview/
 */
export async function buildPreview({
    mode = process.env.PREVIEW_DEV === '1' ? 'development' : 'production',
    strictTypes = false,
    today = process.env.PREVIEW_TODAY || new Date().toISOString().slice(0, 10),
    outDir = DIST_DIR,
    log = (line) => process.stdout.write(`${line}\n`)
} = {}) {
    const started = performance.now();
    const step = (name, since) => log(`  ${name}: ${((performance.now() - since) / 1000).toFixed(1)} s`);
    log(`preview: ${mode} build, sample day ${today}`);

    const warnings = [];
    let since = performance.now();
    emitComponents(warnings);
    step('tsc emit (force-app components)', since);

    since = performance.now();
    typecheckPreview(strictTypes, warnings);
    step('tsc type check (preview/)', since);

    since = performance.now();
    const labels = readLabels();
    const translations = readLanguages(labels);
    for (const name of [BANNER_LABEL, BADGE_LABEL]) {
        if (!labels.has(name)) {
            fail(
                `The sample-data banner needs the custom label ${name} in ${path.relative(REPO_ROOT, labelsFile(REPO_ROOT) ?? 'labels/CustomLabels.labels-meta.xml')}.`
            );
        }
    }
    const demo = await generateDemo({ today });
    let benchmark;
    const modules = componentModules();
    const pages = readPages(demo, labels, new Set(modules.map((module) => module.name)));
    const entries = new Map(pages.map((page) => [page.id, entryModule(page)]));
    step(`sample data and ${pages.length} page(s)`, since);

    since = performance.now();
    const bundle = await rollup({
        input: Object.fromEntries(pages.map((page) => [`pages/${page.id}`, `\0preview-page:${page.id}`])),
        preserveEntrySignatures: false,
        plugins: [
            compileTypeScript({
                root: PREVIEW_DIR,
                forceApp: path.join(REPO_ROOT, 'force-app'),
                tsconfig: path.join(PREVIEW_DIR, 'tsconfig.json')
            }),
            platformModules({
                root: REPO_ROOT,
                previewDir: PREVIEW_DIR,
                labels,
                translations,
                entries,
                demo: () => demo,
                benchmark: async () => {
                    benchmark ??= await generateBenchmark({ users: 1000, today });
                    return benchmark;
                }
            }),
            lwc({
                rootDir: PREVIEW_DIR,
                modules: [...modules, { npm: 'lightning-base-components' }],
                enableDynamicComponents: true,
                sourcemap: mode !== 'production',
                // The engine packages are plain JS: running the component compiler over them only costs time.
                exclude: [
                    '**/node_modules/@lwc/engine-dom/**',
                    '**/node_modules/@lwc/synthetic-shadow/**',
                    '**/node_modules/@lwc/wire-service/**'
                ]
            }),
            unansweredImports({ root: REPO_ROOT }),
            buildConstants({ mode })
        ],
        onwarn(warning) {
            if (warning.code === 'UNRESOLVED_IMPORT') {
                fail(
                    `${warning.exporter ?? warning.message} could not be resolved (imported by ${warning.id ?? 'a page'}).`
                );
            }
            // Base components' own compiler warnings and circular imports are theirs and harmless.
            const ids = warning.ids ?? [warning.id ?? warning.loc?.file ?? ''];
            if (ids.every((id) => id.includes('node_modules'))) {
                return;
            }
            warnings.push(warning.message);
        }
    });
    rmSync(outDir, { recursive: true, force: true });
    await bundle.write({
        dir: outDir,
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        sourcemap: mode !== 'production'
    });
    await bundle.close();
    step('rollup (LWC compile, bundle)', since);

    since = performance.now();
    const pageTemplate = readFileSync(path.join(PREVIEW_DIR, 'pages', 'page.html'), 'utf8');
    for (const page of pages) {
        writeFileSync(path.join(outDir, 'pages', `${page.id}.html`), pageHtml(pageTemplate, page, labels));
    }
    writeFileSync(
        path.join(outDir, 'index.html'),
        indexHtml(readFileSync(path.join(PREVIEW_DIR, 'pages', 'index.html'), 'utf8'), pages, labels, demo)
    );
    writeFileSync(
        path.join(outDir, 'pages.json'),
        `${JSON.stringify(
            pages.map(({ id, group, title, layout, user, formFactor }) => ({
                id,
                group,
                title,
                layout,
                user,
                formFactor,
                url: `/pages/${id}.html`
            })),
            null,
            2
        )}\n`
    );
    copyAssets(outDir, mode);
    step('pages and assets', since);
    for (const warning of warnings) {
        log(`  warning: ${warning}`);
    }
    const seconds = (performance.now() - started) / 1000;
    log(
        `preview: built ${pages.length} page(s) into ${path.relative(process.cwd(), outDir) || '.'} in ${seconds.toFixed(1)} s`
    );
    return { outDir, pages, demo, seconds, warnings };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    try {
        const { outDir } = await buildPreview();
        if (process.argv.includes('--serve')) {
            const { startServer } = await import('./server.mjs');
            const server = await startServer({ dir: outDir, port: Number(process.env.PORT ?? 4173) });
            process.stdout.write(`preview: serving ${server.url} (Ctrl+C to stop)\n`);
        }
    } catch (error) {
        // Build errors and the plugins' errors name the file and the fix: no stack trace needed.
        const known = error instanceof BuildError || error.code === 'PLUGIN_ERROR';
        process.stderr.write(`preview: ${known ? error.message : (error.stack ?? error)}\n`);
        process.exitCode = 1;
    }
}
