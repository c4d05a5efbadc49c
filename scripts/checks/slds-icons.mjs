// SLDS icon names: lightning-icon, lightning-card and the button components render nothing for an
// icon name the SLDS sprite does not have (no error, a blank square), so a wrong name is only seen by
// looking (utility:trophy, utility:pulse and utility:ranked_list all shipped blank). Every literal
// icon name of the package is held to the icons of the installed @salesforce-ux/design-system, one
// SVG file per icon (assets/icons/<category>/<name>.svg): `icon-name="..."` in the components'
// templates, 'category:name' strings in their TypeScript modules (a default icon, an icon per state),
// and the Icon__c values of the custom metadata records (badges, rules) that My Progress shows.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, bundleModules, listFiles, lwcBundles, typeFiles } from './lib.mjs';

const PACKAGE_DIR = path.join(REPO_ROOT, 'node_modules', '@salesforce-ux', 'design-system');
export const ICONS_DIR = path.join(PACKAGE_DIR, 'assets', 'icons');
const CATEGORIES = 'action|custom|doctype|standard|utility';
/** A literal icon-name attribute of a template; a bound one ({expression}) is data, checked where it is written. */
const TEMPLATE_ICON = /icon-name\s*=\s*(["'])([^"'{}]*)\1/g;
/** An icon name written as a string in TypeScript: 'utility:ribbon', "standard:account", `utility:info`. */
const SCRIPT_ICON = new RegExp(`(["'\`])((?:${CATEGORIES}):[A-Za-z0-9_-]+)\\1`, 'g');
const METADATA_ICON = /<field>Icon__c<\/field>\s*<value[^>]*>([^<]*)<\/value>/g;

function position(text, index) {
    const before = text.slice(0, index).split('\n');
    return { line: before.length, col: before[before.length - 1].length + 1 };
}

function sldsVersion() {
    try {
        return JSON.parse(readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8')).version;
    } catch {
        return 'not installed';
    }
}

/** Whether `category:name` is an icon of the SLDS icons in `iconsDir`. */
export function sldsIconExists(iconName, iconsDir = ICONS_DIR) {
    const match = new RegExp(`^(${CATEGORIES}):([A-Za-z0-9_-]+)$`).exec(iconName);
    return match !== null && existsSync(path.join(iconsDir, match[1], `${match[2]}.svg`));
}

/** Every literal icon name in the components and custom metadata under `root`, with where it is. */
export function iconNames(root = REPO_ROOT) {
    const found = [];
    for (const bundle of lwcBundles(root)) {
        const templates = listFiles(bundle, (name, full) => name.endsWith('.html') && !full.includes('__tests__'));
        for (const file of templates) {
            const text = readFileSync(file, 'utf8');
            for (const match of text.matchAll(TEMPLATE_ICON)) {
                const at = match.index + match[0].indexOf(match[2], match[0].indexOf('=') + 1);
                found.push({ file, ...position(text, at), name: match[2].trim() });
            }
        }
        for (const file of bundleModules(bundle)) {
            const text = readFileSync(file, 'utf8');
            for (const match of text.matchAll(SCRIPT_ICON)) {
                found.push({ file, ...position(text, match.index + 1), name: match[2] });
            }
        }
    }
    const metadata = typeFiles(root, 'customMetadata', (name) => name.endsWith('.md-meta.xml'));
    for (const file of metadata) {
        const text = readFileSync(file, 'utf8');
        for (const match of text.matchAll(METADATA_ICON)) {
            const name = match[1].trim();
            if (name !== '') {
                found.push({ file, ...position(text, match.index + match[0].indexOf(match[1])), name });
            }
        }
    }
    return found;
}

/** Checks every literal icon name under `root` against the installed SLDS icons. */
export function checkSldsIcons({ root = REPO_ROOT, iconsDir = ICONS_DIR } = {}) {
    const version = sldsVersion();
    if (!existsSync(iconsDir)) {
        return {
            findings: [{ file: iconsDir, message: 'the SLDS icons are missing: run npm install' }],
            summary: 'no SLDS icons to check against'
        };
    }
    const names = iconNames(root);
    const findings = names
        .filter((icon) => !sldsIconExists(icon.name, iconsDir))
        .map((icon) => ({
            file: icon.file,
            line: icon.line,
            col: icon.col,
            message: `${icon.name} is no icon of SLDS ${version} (renders blank): pick one in node_modules/@salesforce-ux/design-system/assets/icons/${icon.name.split(':')[0] || 'utility'}/`
        }));
    const files = new Set(names.map((icon) => icon.file)).size;
    return {
        findings,
        summary: `${names.length} icon name(s) in ${files} file(s) checked against SLDS ${version}`
    };
}
