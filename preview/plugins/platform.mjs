// The Salesforce platform, locally: a rollup plugin placed BEFORE lwc() that answers the imports
// only an org can answer. Each answer fails the build with the import named when it cannot be
// answered truthfully (an Apex method with no local answer, a label not in the labels file), so the
// preview never shows a component working that would fail after deploy.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findFile, labelsFile } from '../../scripts/checks/source.mjs';

const APEX_METHOD = /^@salesforce\/apex\/([A-Za-z_]\w*)\.([A-Za-z_]\w*)$/;
const LABEL = /^@salesforce\/label\/c\.(\w+)$/;
const SCHEMA = /^@salesforce\/schema\/(\w+)(?:\.([\w.]+))?$/;
const PERMISSION = /^@salesforce\/(customPermission|userPermission)\/(\w+)$/;
const MESSAGE_CHANNEL = /^@salesforce\/messageChannel\/(\w+)$/;
const I18N = /^@salesforce\/i18n\/([\w.]+)$/;
/** The i18n modules that follow the page's language (?lang=); the others are the base components' own. */
const PAGE_I18N = new Set(['lang', 'locale']);

/** lwc 8 with synthetic shadow throws on attachInternals(): keep lightning-combobox off ElementInternals. */
const CLOSED_GATES = new Set(['@salesforce/gate/bc.260.enableComboboxElementInternals']);

/** Platform modules the preview provides, by specifier -> file under preview/runtime. */
export const STAND_INS = {
    'lightning/platformShowToastEvent': 'toast.ts',
    'lightning/uiRecordApi': 'uiRecordApi.ts',
    'lightning/navigation': 'navigation.ts',
    'lightning/messageService': 'messageService.ts',
    'lightning/pageReferenceUtils': 'pageReferenceUtils.ts',
    '@salesforce/apex': 'apex.ts'
};

function relative(root, file) {
    // Component ids carry the LWC resolver's ?specifier=c/name; page entries are virtual.
    return file && !file.startsWith('\0') ? path.relative(root, file.split('?')[0]) : 'a preview page';
}

/**
 * @param {object} options
 * @param {string} options.root the repository
 * @param {string} options.previewDir preview/ (absolute)
 * @param {Map<string, string>} options.labels custom labels by name
 * @param {Record<string, Record<string, string>>} [options.translations] labels by language (en and
 *   the shipped languages), answered by preview:translations for runtime/i18n.ts; default English only
 * @param {() => Promise<object>} options.demo the sample data set
 * @param {() => Promise<object>} options.benchmark the 1,000-user set
 * @param {Map<string, string>} options.entries page id -> entry module source
 */
export function platformModules({ root, previewDir, labels, translations, demo, benchmark, entries }) {
    // Without translations (a test bundling one store), every page is English.
    const languages = translations ?? { en: Object.fromEntries(labels) };
    const runtime = (file) => path.join(previewDir, 'runtime', file);
    const context = JSON.stringify(runtime('context.ts'));
    // Custom permissions and message channels are found in their type folders, wherever those are.
    const inPackage = (typeDir, file) => findFile(root, typeDir, file) !== undefined;
    const lbcScoped = path.join(root, 'node_modules', 'lightning-base-components', 'scopedImports');
    const json = (value) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

    return {
        name: 'preview-platform',
        resolveId(source, importer) {
            if (STAND_INS[source]) {
                return runtime(STAND_INS[source]);
            }
            if (
                source === 'preview:demo' ||
                source === 'preview:demo-bench' ||
                source === 'preview:translations' ||
                source.startsWith('\0preview-page:')
            ) {
                return source.startsWith('\0') ? source : `\0${source}`;
            }
            if (CLOSED_GATES.has(source)) {
                return '\0gate:closed';
            }
            const apex = APEX_METHOD.exec(source);
            if (apex) {
                const base = path.join(previewDir, 'apex', `${apex[1]}.${apex[2]}`);
                const answer = ['.ts', '.js'].map((ext) => base + ext).find((file) => existsSync(file));
                if (!answer) {
                    this.error(
                        `${relative(root, importer)} imports ${source}, which has no local answer: add preview/apex/${apex[1]}.${apex[2]}.ts (an async function over the sample data; see preview/README.md).`
                    );
                }
                return `\0apex:${apex[1]}.${apex[2]}|${answer}`;
            }
            const label = LABEL.exec(source);
            if (label) {
                if (!labels.has(label[1])) {
                    this.error(
                        `${relative(root, importer)} imports ${source}, but ${relative(root, labelsFile(root) ?? 'labels/CustomLabels.labels-meta.xml')} has no label ${label[1]}.`
                    );
                }
                return `\0label:${label[1]}`;
            }
            if (source === '@salesforce/user/Id' || source === '@salesforce/user/isGuest') {
                return `\0${source}`;
            }
            if (source === '@salesforce/client/formFactor') {
                return '\0@salesforce/client/formFactor';
            }
            if (SCHEMA.test(source)) {
                return `\0schema:${source.slice('@salesforce/schema/'.length)}`;
            }
            const permission = PERMISSION.exec(source);
            if (permission) {
                if (
                    permission[1] === 'customPermission' &&
                    !inPackage('customPermissions', `${permission[2]}.customPermission-meta.xml`)
                ) {
                    this.error(
                        `${relative(root, importer)} imports ${source}: no such custom permission in force-app.`
                    );
                }
                return `\0permission:${permission[1]}:${permission[2]}`;
            }
            const channel = MESSAGE_CHANNEL.exec(source);
            if (channel) {
                if (!inPackage('messageChannels', `${channel[1]}.messageChannel-meta.xml`)) {
                    this.error(`${relative(root, importer)} imports ${source}: no such message channel in force-app.`);
                }
                return `\0channel:${channel[1]}`;
            }
            const i18n = I18N.exec(source);
            if (i18n && PAGE_I18N.has(i18n[1])) {
                return `\0i18n:${i18n[1]}`;
            }
            if (i18n) {
                const file = path.join(lbcScoped, `@salesforce-i18n-${i18n[1]}.js`);
                return existsSync(file) ? file : null;
            }
            return null;
        },
        async load(id) {
            if (!id.startsWith('\0')) {
                return null;
            }
            if (id === '\0preview:demo') {
                return json(await demo());
            }
            if (id === '\0preview:demo-bench') {
                return json(await benchmark());
            }
            if (id === '\0preview:translations') {
                return json(languages);
            }
            if (id.startsWith('\0i18n:')) {
                return `export { ${id.slice('\0i18n:'.length)} as default } from ${JSON.stringify(runtime('i18n.ts'))};`;
            }
            if (id.startsWith('\0preview-page:')) {
                return entries.get(id.slice('\0preview-page:'.length));
            }
            if (id === '\0gate:closed') {
                return 'export default { isOpen: () => false };';
            }
            if (id.startsWith('\0apex:')) {
                const [method, file] = id.slice('\0apex:'.length).split('|');
                return [
                    `import answer from ${JSON.stringify(file)};`,
                    `import { apexMethod } from ${JSON.stringify(runtime('apex.ts'))};`,
                    `export default apexMethod(${JSON.stringify(method)}, answer);`
                ].join('\n');
            }
            if (id.startsWith('\0label:')) {
                // The page's language picks the value when the module runs (runtime/i18n.ts).
                const name = id.slice('\0label:'.length);
                return [
                    `import { label } from ${JSON.stringify(runtime('i18n.ts'))};`,
                    `export default label(${JSON.stringify(name)}, ${JSON.stringify(labels.get(name))});`
                ].join('\n');
            }
            if (id === '\0@salesforce/user/Id') {
                return `import { page } from ${context};\nexport default page.userId;`;
            }
            if (id === '\0@salesforce/user/isGuest') {
                return 'export default false;';
            }
            if (id === '\0@salesforce/client/formFactor') {
                return `import { page } from ${context};\nexport default page.formFactor;`;
            }
            if (id.startsWith('\0schema:')) {
                const [objectApiName, ...field] = id.slice('\0schema:'.length).split('.');
                return `export default ${JSON.stringify(field.length ? { objectApiName, fieldApiName: field.join('.') } : { objectApiName })};`;
            }
            if (id.startsWith('\0permission:')) {
                const [kind, name] = id.slice('\0permission:'.length).split(':');
                const list = kind === 'customPermission' ? 'customPermissions' : 'userPermissions';
                return `import { page } from ${context};\nexport default page.${list}.includes(${JSON.stringify(name)});`;
            }
            if (id.startsWith('\0channel:')) {
                return `export default ${JSON.stringify({ channel: id.slice('\0channel:'.length) })};`;
            }
            return null;
        }
    };
}

/**
 * Placed AFTER lwc(): an import of a platform or component module that nothing answered gets a
 * message saying what to add, instead of rollup's generic "could not resolve".
 */
export function unansweredImports({ root }) {
    return {
        name: 'preview-unanswered',
        resolveId(source, importer) {
            if (/^c\/\w+$/.test(source)) {
                this.error(
                    `${relative(root, importer)} imports ${source}: no such component in an lwc/ folder of force-app or in preview/components.`
                );
            }
            if (/^(lightning|force|@salesforce)\//.test(source)) {
                this.error(
                    `${relative(root, importer)} imports ${source}, which the preview does not provide: add a stand-in to preview/runtime and list it in STAND_INS (preview/plugins/platform.mjs).`
                );
            }
            return null;
        }
    };
}

/** Replaces build-time constants the LWC engine and base components read. */
export function buildConstants({ mode }) {
    const nodeEnv = JSON.stringify(mode);
    return {
        name: 'preview-constants',
        transform(code) {
            if (!code.includes('process.env.NODE_ENV') && !code.includes('import.meta.env')) {
                return null;
            }
            return {
                code: code
                    .replace(/\bprocess\.env\.NODE_ENV\b/g, nodeEnv)
                    .replace(/\bimport\.meta\.env\.SSR\b/g, 'false'),
                map: null
            };
        }
    };
}
