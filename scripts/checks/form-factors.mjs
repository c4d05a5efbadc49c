// Form factors: which components render on a phone (the Salesforce mobile app, form factor Small).
// The Metadata XML schema check reads a bundle's <targetConfigs> as free XML, so this check reads them:
//  1. every <supportedFormFactor type> is Small or Large, once per target config, and none is declared
//     where the platform has no such choice: lightning__Tab takes no supportedFormFactor, and Home pages
//     render only on the desktop (Large) (LWC Developer Guide, "Configure Your Component for Different
//     Form Factors" and "Configure Components for Custom Tabs");
//  2. each bundle in PHONE_BUNDLES, meant for phones, declares Small and Large in a target config of
//     each app or record page target it has (the guide recommends declaring them for each page type;
//     left out, a later edit to Large only would take it off phones without a word);
//  3. in an app whose <formFactors> include Small, every component on a Lightning page tab of that app
//     renders on a phone: declared Small for the page's type, or nothing declared (the page type's own
//     form factors: app and record pages support Large and Small).
// Files are found anywhere under force-app, so the check does not depend on the folder layout.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, listFiles } from './lib.mjs';

/** Bundles a rep uses on a phone, each with the page targets it must declare Small for. */
export const PHONE_BUNDLES = {
    myProgress: 'the My Progress tab and Home page',
    whyThisMatters: 'prompts on mobile record pages',
    challenges: 'a rep follows a live challenge on the phone',
    adoptionCelebration: 'the My Progress tab celebrates a badge on the phone (no utility bar there)'
};

/** Page targets that support the Small form factor, and the FlexiPage type of each. */
export const PHONE_TARGETS = { lightning__AppPage: 'AppPage', lightning__RecordPage: 'RecordPage' };
const FORM_FACTORS = new Set(['Small', 'Large']);
/** Page type -> the form factors it supports, when a component declares none for it. */
const PAGE_FORM_FACTORS = { AppPage: ['Large', 'Small'], RecordPage: ['Large', 'Small'], HomePage: ['Large'] };
const TYPE_TARGETS = {
    AppPage: 'lightning__AppPage',
    RecordPage: 'lightning__RecordPage',
    HomePage: 'lightning__HomePage'
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

/**
 * A bundle's page targets and, per target, the form factors its target config declares (null: none).
 * Returns { exposed, targets: [{ target, line }], configs: Map<target, { types, line }>, findings }.
 */
export function readBundleMeta(file) {
    const xml = readFileSync(file, 'utf8');
    const findings = [];
    const targetsBlock = /<targets>([\s\S]*?)<\/targets>/.exec(xml);
    const targets = targetsBlock
        ? values(targetsBlock[1], 'target').map(({ value, index }) => ({
              target: value,
              line: lineOf(xml, targetsBlock.index + '<targets>'.length + index)
          }))
        : [];
    const configs = new Map();
    for (const match of xml.matchAll(/<targetConfig\b([^>]*)>([\s\S]*?)<\/targetConfig>/g)) {
        const line = lineOf(xml, match.index);
        const names = (/\btargets="([^"]*)"/.exec(match[1])?.[1] ?? '')
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean);
        const blocks = [...match[2].matchAll(/<supportedFormFactors>([\s\S]*?)<\/supportedFormFactors>/g)];
        if (blocks.length > 1) {
            findings.push({
                file,
                line,
                message: 'a target config declares <supportedFormFactors> twice: once per target config'
            });
        }
        let types = null;
        if (blocks.length) {
            types = [];
            for (const factor of blocks[0][1].matchAll(/<supportedFormFactor\b[^>]*\btype="([^"]*)"/g)) {
                const bodyStart = match.index + match[0].length - match[2].length - '</targetConfig>'.length;
                const factorLine = lineOf(
                    xml,
                    bodyStart + blocks[0].index + '<supportedFormFactors>'.length + factor.index
                );
                if (!FORM_FACTORS.has(factor[1])) {
                    findings.push({
                        file,
                        line: factorLine,
                        message: `supportedFormFactor type "${factor[1]}" is not Small or Large`
                    });
                } else if (types.includes(factor[1])) {
                    findings.push({
                        file,
                        line: factorLine,
                        message: `supportedFormFactor ${factor[1]} is declared twice`
                    });
                } else {
                    types.push(factor[1]);
                }
            }
            for (const name of names) {
                if (name === 'lightning__Tab') {
                    findings.push({
                        file,
                        line,
                        message:
                            'lightning__Tab takes no supportedFormFactor (LWC Developer Guide, "Configure Components for Custom Tabs")'
                    });
                }
                if (name === 'lightning__HomePage' && types.includes('Small')) {
                    findings.push({
                        file,
                        line,
                        message:
                            'Home pages render only on the desktop: declare Large alone for lightning__HomePage (a phone shows the app and record pages)'
                    });
                }
            }
        }
        for (const name of names) {
            configs.set(name, { types, line });
        }
    }
    return { exposed: /<isExposed>\s*true\s*<\/isExposed>/.test(xml), targets, configs, findings };
}

/** name -> js-meta.xml path, for every LWC bundle under force-app (whatever folder holds it). */
function bundleMetaFiles(root) {
    const files = new Map();
    for (const file of listFiles(path.join(root, 'force-app'), (name) => name.endsWith('.js-meta.xml'))) {
        const name = path.basename(file, '.js-meta.xml');
        if (path.basename(path.dirname(file)) === name && path.basename(path.dirname(path.dirname(file))) === 'lwc') {
            files.set(name, file);
        }
    }
    return files;
}

function byName(root, suffix) {
    const found = new Map();
    for (const file of listFiles(path.join(root, 'force-app'), (name) => name.endsWith(suffix))) {
        found.set(path.basename(file, suffix), file);
    }
    return found;
}

/** Rule 2: each bundle meant for phones declares Small and Large for each of its app and record page targets. */
function checkPhoneBundles(metas, phoneBundles, findings) {
    for (const [name, why] of Object.entries(phoneBundles)) {
        const meta = metas.get(name);
        if (!meta) {
            findings.push({
                file: path.join(REPO_ROOT, 'scripts/checks/form-factors.mjs'),
                message: `PHONE_BUNDLES lists ${name}, which is no LWC bundle: remove it`
            });
            continue;
        }
        const phoneTargets = meta.targets.filter(({ target }) => PHONE_TARGETS[target]);
        if (!meta.exposed || phoneTargets.length === 0) {
            findings.push({
                file: meta.file,
                line: 1,
                message: `${name} is meant for phones (${why}) but targets no app or record page: add lightning__AppPage or lightning__RecordPage, or remove it from PHONE_BUNDLES`
            });
            continue;
        }
        for (const { target, line } of phoneTargets) {
            const config = meta.configs.get(target);
            const missing = ['Large', 'Small'].filter((type) => !config?.types?.includes(type));
            if (missing.length) {
                findings.push({
                    file: meta.file,
                    line: config?.line ?? line,
                    message: `${name} is meant for phones (${why}): its ${target} target config must declare <supportedFormFactors> Large and Small; missing ${missing.join(' and ')}`
                });
            }
        }
    }
}

/** Rule 3: every component on a Lightning page tab of an app that runs on phones renders on a phone. */
function checkPhoneApps(root, metas, findings) {
    const pages = byName(root, '.flexipage-meta.xml');
    const tabs = byName(root, '.tab-meta.xml');
    let checked = 0;
    for (const [appName, appFile] of byName(root, '.app-meta.xml')) {
        const app = readFileSync(appFile, 'utf8');
        if (!values(app, 'formFactors').some(({ value }) => value === 'Small')) {
            continue;
        }
        for (const { value: tab, index } of values(app, 'tabs')) {
            const tabFile = tabs.get(tab);
            const pageName = tabFile ? values(readFileSync(tabFile, 'utf8'), 'flexiPage')[0]?.value : undefined;
            const pageFile = pageName ? pages.get(pageName) : undefined;
            if (!pageFile) {
                continue;
            }
            checked++;
            const page = readFileSync(pageFile, 'utf8');
            const type = values(page, 'type').pop()?.value;
            const target = TYPE_TARGETS[type];
            if (!PAGE_FORM_FACTORS[type]?.includes('Small')) {
                findings.push({
                    file: appFile,
                    line: lineOf(app, index),
                    message: `${appName} runs on phones and shows the ${tab} tab, but its page ${pageName} is a ${type}, which phones do not show`
                });
                continue;
            }
            for (const { value, index: at } of values(page, 'componentName')) {
                if (value.includes(':') && !value.startsWith('c:')) {
                    continue;
                }
                const component = value.replace(/^c:/, '');
                const types = metas.get(component)?.configs.get(target)?.types ?? PAGE_FORM_FACTORS[type];
                if (!types.includes('Small')) {
                    findings.push({
                        file: pageFile,
                        line: lineOf(page, at),
                        message: `${pageName} is the ${tab} tab of ${appName}, which runs on phones, but ${component} declares only ${types.join(', ')} for ${target}: a phone shows the tab without it`
                    });
                }
            }
        }
    }
    return checked;
}

/** Runs every rule under `root`; `phoneBundles` defaults to PHONE_BUNDLES. */
export function checkFormFactors({ root = REPO_ROOT, phoneBundles = PHONE_BUNDLES } = {}) {
    const findings = [];
    const metas = new Map();
    for (const [name, file] of bundleMetaFiles(root)) {
        if (!existsSync(file)) {
            continue;
        }
        const meta = { ...readBundleMeta(file), file };
        findings.push(...meta.findings);
        metas.set(name, meta);
    }
    checkPhoneBundles(metas, phoneBundles, findings);
    const tabs = checkPhoneApps(root, metas, findings);
    return {
        findings,
        summary: `${metas.size} bundle(s), ${Object.keys(phoneBundles).length} meant for phones, ${tabs} Lightning page tab(s) of phone apps checked`
    };
}
