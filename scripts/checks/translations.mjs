// Translations: every text a user reads exists in every shipped language. For each language in
// SHIPPED_LANGUAGES the check reads translations/<lang>.translation-meta.xml (custom labels, the app,
// the Lightning page tabs, report types) and objectTranslations/<Object>-<lang>/ (object names, field
// labels and help, picklist values, relationship labels, custom layout sections), and fails when
//  - an English text has no translation, or its translation is empty, too long for its field, or a
//    copy of the English (a sentence of three words or more left untranslated);
//  - the placeholders differ: {0}, {1}... and merge fields such as {Name} or {count} must all survive;
//  - a translation names a label, object, field or value that does not exist (stale after a rename);
//  - an object translation uses a grammar value the language does not have (gender, case, startsWith);
//  - a label that Apex fills with String.format has an apostrophe (MessageFormat drops it);
//  - the accessible name <Label>_Aria of a control no longer contains the control's visible text
//    <Label> where the English does (WCAG 2.5.3 Label in Name: speech users say what they see);
//  - a shipped custom metadata record's text (rule and badge names, why it matters, prompt messages)
//    has no custom label of the naming convention RecordTexts reads, or the label's English differs
//    from the record: Salesforce does not translate record values, so the label carries the
//    translation and the record text stays the English fallback.
// Custom objects (__c) and custom metadata types (__mdt) are translated; the platform event is not
// (no user sees it). The XML itself is held to the Metadata API schema by metadata-schema.mjs.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, labelsFile, listFiles, packageDirs, typeDirs, typeEntries, typeFiles } from './lib.mjs';

/**
 * Where a missing file of `typeDir` would go, for the message: the first such folder, else one beside
 * the labels' folder, else the package directory's.
 */
function expectedDir(root, typeDir) {
    const labels = labelsFile(root);
    return (
        typeDirs(root, typeDir)[0] ??
        (labels
            ? path.join(path.dirname(path.dirname(labels)), typeDir)
            : path.join(root, packageDirs(root)[0], typeDir))
    );
}

/** The languages the package ships, as Salesforce language codes (Translations file names). */
export const SHIPPED_LANGUAGES = ['de', 'fr', 'es', 'ja'];

/**
 * Grammar values each language accepts in CustomObjectTranslation (Metadata API Developer Guide,
 * "CustomObjectTranslation Language Support: Fully Supported Languages").
 */
const GRAMMAR = {
    de: {
        gender: ['Masculine', 'Feminine', 'Neuter'],
        caseType: ['Nominative', 'Genitive', 'Dative', 'Accusative'],
        plural: true
    },
    fr: { gender: ['Masculine', 'Feminine'], startsWith: ['Consonant', 'Vowel'], plural: true },
    es: { gender: ['Masculine', 'Feminine'], plural: true },
    ja: { plural: false }
};

/**
 * Field limits: a custom label's value 1,000 characters (Salesforce Help, "Custom Labels"); a field
 * label and an object label 40, inline help 510, a picklist value 255 (Salesforce Help, custom field
 * attributes); a report type's label 50 and description 255.
 */
const LIMITS = {
    label: 1000,
    field: 40,
    object: 40,
    help: 510,
    picklist: 255,
    reportType: 50,
    reportTypeDescription: 255
};

/** Record texts RecordTexts resolves: custom metadata type -> [label suffix, field] (the label is Adoption_<Token>_<DeveloperName>_<Suffix>). */
export const RECORD_TEXTS = {
    Adoption_Rule: {
        token: 'Rule',
        texts: [
            ['Name', 'MasterLabel'],
            ['Why', 'Why_It_Matters__c']
        ]
    },
    Adoption_Badge: {
        token: 'Badge',
        texts: [
            ['Name', 'MasterLabel'],
            ['Description', 'Description__c'],
            ['Why', 'Why_It_Matters__c']
        ]
    },
    Adoption_Prompt: {
        token: 'Prompt',
        texts: [
            ['Title', 'Title__c'],
            ['Message', 'Message__c'],
            ['Action', 'Action_Label__c']
        ]
    },
    Adoption_Quest: {
        token: 'Quest',
        texts: [
            ['Name', 'MasterLabel'],
            ['Description', 'Description__c'],
            ['Why', 'Why_It_Matters__c']
        ]
    },
    Adoption_Quest_Step: { token: 'QuestStep', texts: [['Why', 'Why_It_Matters__c']] }
};

// ---------------------------------------------------------------------------------------------
// XML, the subset metadata files use

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw) {
    return raw
        .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
        .map((part) =>
            part.startsWith('<![CDATA[')
                ? part.slice(9, -3)
                : part
                      .replace(/<!--[\s\S]*?-->/g, '')
                      .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name) =>
                          name[0] === '#'
                              ? String.fromCodePoint(
                                    name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
                                )
                              : (ENTITIES[name] ?? entity)
                      )
        )
        .join('');
}

function lineOf(text, index) {
    return text.slice(0, index).split('\n').length;
}

/** Each <tag>...</tag> directly in `xml`, with its body and index (prettier may break a tag: `<value\n>`). */
function blocks(xml, tag) {
    return [...xml.matchAll(new RegExp(`<${tag}\\s*>([\\s\\S]*?)</${tag}\\s*>`, 'g'))].map((match) => ({
        body: match[1],
        index: match.index
    }));
}

/** The decoded text of the first <tag> in a block, or undefined; whitespace kept as written but trimmed. */
function text(body, tag) {
    const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}\\s*>`).exec(body);
    if (match) {
        return decode(match[1]).trim();
    }
    return new RegExp(`<${tag}(?:\\s[^>]*)?/>`).test(body) ? '' : undefined;
}

// ---------------------------------------------------------------------------------------------
// What the package shows, in English

/** Custom labels: name -> { value, line }. */
export function readLabels(root = REPO_ROOT) {
    const file = labelsFile(root) ?? path.join(expectedDir(root, 'labels'), 'CustomLabels.labels-meta.xml');
    const labels = new Map();
    if (!existsSync(file)) {
        return { file, labels };
    }
    const xml = readFileSync(file, 'utf8');
    for (const { body, index } of blocks(xml, 'labels')) {
        labels.set(text(body, 'fullName'), { value: text(body, 'value') ?? '', line: lineOf(xml, index) });
    }
    return { file, labels };
}

/** Custom objects and custom metadata types with their translatable texts. */
function readObjects(root) {
    const objects = new Map();
    const layouts = typeFiles(root, 'layouts', (file) => file.endsWith('.layout-meta.xml'));
    for (const objectDir of typeEntries(root, 'objects')) {
        const name = path.basename(objectDir);
        if (!/__(c|mdt)$/.test(name)) {
            continue;
        }
        const xml = readFileSync(path.join(objectDir, `${name}.object-meta.xml`), 'utf8');
        const nameField = blocks(xml, 'nameField')[0];
        const fields = new Map();
        const fieldsDir = path.join(objectDir, 'fields');
        for (const file of existsSync(fieldsDir) ? readdirSync(fieldsDir).sort() : []) {
            const fxml = readFileSync(path.join(fieldsDir, file), 'utf8');
            fields.set(file.replace('.field-meta.xml', ''), {
                label: text(fxml, 'label'),
                help: text(fxml, 'inlineHelpText'),
                relationshipLabel: text(fxml, 'relationshipLabel'),
                picklist: blocks(fxml, 'value')
                    .filter(({ body }) => /<fullName>/.test(body))
                    .map(({ body }) => text(body, 'label') ?? text(body, 'fullName'))
            });
        }
        const sections = [];
        for (const layoutFile of layouts) {
            const file = path.basename(layoutFile);
            if (!file.startsWith(`${name}-`)) {
                continue;
            }
            const layout = file.slice(name.length + 1).replace('.layout-meta.xml', '');
            for (const { body } of blocks(readFileSync(layoutFile, 'utf8'), 'layoutSections')) {
                if (/<customLabel>true<\/customLabel>/.test(body)) {
                    sections.push({ layout, section: text(body, 'label') });
                }
            }
        }
        objects.set(name, {
            dir: objectDir,
            label: text(xml, 'label'),
            pluralLabel: text(xml, 'pluralLabel'),
            nameFieldLabel: nameField ? text(nameField.body, 'label') : undefined,
            fields,
            sections
        });
    }
    return objects;
}

/** Texts of the Translations type: the app, the Lightning page tabs, report types. */
function readTranslatable(root) {
    const apps = new Map();
    for (const file of typeFiles(root, 'applications', (n) => n.endsWith('.app-meta.xml'))) {
        apps.set(path.basename(file, '.app-meta.xml'), text(readFileSync(file, 'utf8'), 'label'));
    }
    const tabs = new Map();
    for (const file of typeFiles(root, 'tabs', (n) => n.endsWith('.tab-meta.xml'))) {
        const xml = readFileSync(file, 'utf8');
        // An object's tab shows the object's name, translated in its object translation.
        if (!/<customObject>true<\/customObject>/.test(xml)) {
            tabs.set(path.basename(file, '.tab-meta.xml'), text(xml, 'label'));
        }
    }
    const reportTypes = new Map();
    for (const file of typeFiles(root, 'reportTypes', (n) => n.endsWith('.reportType-meta.xml'))) {
        const xml = readFileSync(file, 'utf8');
        reportTypes.set(path.basename(file, '.reportType-meta.xml'), {
            label: text(xml, 'label'),
            description: text(xml, 'description'),
            sections: blocks(xml, 'sections').map(({ body }) => text(body, 'masterLabel'))
        });
    }
    return { apps, tabs, reportTypes };
}

/** A language's Translations file: kind -> name -> { value, line, ... }. */
export function readTranslations(root, lang) {
    const name = `${lang}.translation-meta.xml`;
    const file =
        typeFiles(root, 'translations', (found) => found === name)[0] ??
        path.join(expectedDir(root, 'translations'), name);
    const result = {
        file,
        exists: existsSync(file),
        customLabels: new Map(),
        customApplications: new Map(),
        customTabs: new Map(),
        reportTypes: new Map(),
        duplicates: []
    };
    if (!result.exists) {
        return result;
    }
    const xml = readFileSync(file, 'utf8');
    for (const kind of ['customLabels', 'customApplications', 'customTabs', 'reportTypes']) {
        for (const { body, index } of blocks(xml, kind)) {
            const name = text(body.replace(/<sections\s*>[\s\S]*?<\/sections\s*>/g, ''), 'name');
            if (result[kind].has(name)) {
                result.duplicates.push({ kind, name, line: lineOf(xml, index) });
            }
            result[kind].set(name, {
                value: text(body.replace(/<sections\s*>[\s\S]*?<\/sections\s*>/g, ''), 'label'),
                description: text(body.replace(/<sections\s*>[\s\S]*?<\/sections\s*>/g, ''), 'description'),
                sections: new Map(
                    blocks(body, 'sections').map((section) => [text(section.body, 'name'), text(section.body, 'label')])
                ),
                line: lineOf(xml, index)
            });
        }
    }
    return result;
}

// ---------------------------------------------------------------------------------------------
// Comparisons

/** Every {…} token: positional placeholders and merge fields, sorted, with repeats. */
function placeholders(value) {
    return [...(value ?? '').matchAll(/\{[^{}\s]+\}/g)].map((match) => match[0]).sort();
}

/** A sentence of three words or more that is the same in English and the translation was forgotten. */
function untranslated(english, translation) {
    return translation === english && /\p{L}{3,}\s+\p{L}{2,}\s+\p{L}{2,}/u.test(english);
}

/**
 * Findings for one text: missing, empty, copied, too long, or with other placeholders.
 * @returns {string | null} the problem, or null
 */
function problem(english, translation, limit) {
    if (translation === undefined || translation === null) {
        return 'has no translation';
    }
    if (translation.trim() === '') {
        return 'has an empty translation';
    }
    if (untranslated(english, translation)) {
        return 'is not translated (same as the English)';
    }
    if (translation.length > limit) {
        return `is ${translation.length} characters long; the limit is ${limit}`;
    }
    const expected = placeholders(english).join(' ');
    const actual = placeholders(translation).join(' ');
    if (expected !== actual) {
        return `has placeholders "${actual}" where the English has "${expected}"`;
    }
    return null;
}

/** Labels Apex passes to String.format, whose apostrophes MessageFormat would drop. */
function formattedLabels(root) {
    const names = new Set();
    for (const file of listFiles(path.join(root, 'force-app'), (name) => /\.(cls|trigger)$/.test(name))) {
        for (const match of readFileSync(file, 'utf8').matchAll(/String\.format\(\s*(?:System\.)?Label\.(\w+)/g)) {
            names.add(match[1]);
        }
    }
    return names;
}

function checkTranslationsFile(root, lang, english, findings) {
    const translations = readTranslations(root, lang);
    const { file } = translations;
    if (!translations.exists) {
        findings.push({ file, message: `no ${lang} translations: every label, tab, app and report type needs one` });
        return 0;
    }
    let count = 0;
    const at = (kind, name) => translations[kind].get(name)?.line ?? 1;
    const report = (kind, name, what, issue) =>
        issue && findings.push({ file, line: at(kind, name), message: `${lang}: ${what} ${issue}` });
    for (const { kind, name } of translations.duplicates) {
        findings.push({ file, line: at(kind, name), message: `${lang}: ${kind} ${name} is translated twice` });
    }
    const formatted = formattedLabels(root);
    for (const [name, { value }] of english.labels) {
        const translation = translations.customLabels.get(name)?.value;
        report('customLabels', name, `label ${name}`, problem(value, translation, LIMITS.label));
        if (formatted.has(name) && translation?.includes("'")) {
            report(
                'customLabels',
                name,
                `label ${name}`,
                'has an apostrophe, which Apex String.format (MessageFormat) drops: use ’ or fill the label without String.format'
            );
        }
        count++;
    }
    for (const [name, { value }] of english.labels) {
        const visible = name.endsWith('_Aria') ? english.labels.get(name.slice(0, -'_Aria'.length)) : undefined;
        if (!visible || !value.toLowerCase().includes(visible.value.toLowerCase())) {
            continue;
        }
        const shown = translations.customLabels.get(name.slice(0, -'_Aria'.length))?.value;
        const spoken = translations.customLabels.get(name)?.value;
        if (shown && spoken && !spoken.toLowerCase().includes(shown.toLowerCase())) {
            report(
                'customLabels',
                name,
                `label ${name}`,
                `"${spoken}" does not contain the button's visible text "${shown}" (WCAG 2.5.3 Label in Name)`
            );
        }
    }
    for (const [name] of translations.customLabels) {
        if (!english.labels.has(name)) {
            report(
                'customLabels',
                name,
                `label ${name}`,
                'is translated but is not in labels/CustomLabels.labels-meta.xml'
            );
        }
    }
    for (const [kind, map, limit] of [
        ['customApplications', english.apps, LIMITS.object],
        ['customTabs', english.tabs, LIMITS.object]
    ]) {
        for (const [name, value] of map) {
            report(kind, name, `${kind} ${name}`, problem(value, translations[kind].get(name)?.value, limit));
            count++;
        }
        for (const [name] of translations[kind]) {
            if (!map.has(name)) {
                report(kind, name, `${kind} ${name}`, 'is translated but does not exist');
            }
        }
    }
    for (const [name, reportType] of english.reportTypes) {
        const translated = translations.reportTypes.get(name);
        report(
            'reportTypes',
            name,
            `report type ${name}`,
            problem(reportType.label, translated?.value, LIMITS.reportType)
        );
        if (reportType.description) {
            report(
                'reportTypes',
                name,
                `report type ${name} description`,
                problem(reportType.description, translated?.description, LIMITS.reportTypeDescription)
            );
            count++;
        }
        for (const section of reportType.sections) {
            report(
                'reportTypes',
                name,
                `report type ${name} section "${section}"`,
                problem(section, translated?.sections.get(section), LIMITS.reportType)
            );
            count++;
        }
        count++;
    }
    return count;
}

function checkObjectTranslations(root, lang, objects, findings) {
    const grammar = GRAMMAR[lang] ?? { plural: true };
    let count = 0;
    const translated = new Map(typeEntries(root, 'objectTranslations').map((dir) => [path.basename(dir), dir]));
    for (const [object, english] of objects) {
        // A missing translation is expected beside its object: <feature>/objectTranslations/.
        const dir =
            translated.get(`${object}-${lang}`) ??
            path.join(path.dirname(path.dirname(english.dir)), 'objectTranslations', `${object}-${lang}`);
        const file = path.join(dir, `${object}-${lang}.objectTranslation-meta.xml`);
        if (!existsSync(file)) {
            findings.push({
                file,
                message: `${lang}: object ${object} has no translation (its name, fields, help and picklist values)`
            });
            continue;
        }
        const xml = readFileSync(file, 'utf8');
        const cases = blocks(xml, 'caseValues').map(({ body, index }) => ({
            plural: text(body, 'plural') === 'true',
            caseType: text(body, 'caseType'),
            value: text(body, 'value'),
            line: lineOf(xml, index)
        }));
        const singular = cases.find((entry) => !entry.plural && (!entry.caseType || entry.caseType === 'Nominative'));
        const plural = cases.find((entry) => entry.plural && (!entry.caseType || entry.caseType === 'Nominative'));
        const objectProblem = problem(english.label, singular?.value, LIMITS.object);
        if (objectProblem) {
            findings.push({
                file,
                line: singular?.line ?? 1,
                message: `${lang}: the name of ${object} ${objectProblem}`
            });
        }
        if (grammar.plural) {
            const pluralProblem = problem(english.pluralLabel, plural?.value, LIMITS.object);
            if (pluralProblem) {
                findings.push({
                    file,
                    line: plural?.line ?? 1,
                    message: `${lang}: the plural name of ${object} ${pluralProblem}`
                });
            }
        }
        for (const entry of cases) {
            if (entry.plural && !grammar.plural) {
                findings.push({
                    file,
                    line: entry.line,
                    message: `${lang} has no plural forms: remove this caseValues entry`
                });
            }
            if (entry.caseType && !(grammar.caseType ?? []).includes(entry.caseType)) {
                findings.push({ file, line: entry.line, message: `${lang} has no case ${entry.caseType}` });
            }
            if (!entry.value) {
                findings.push({ file, line: entry.line, message: `${lang}: an empty name form of ${object}` });
            }
        }
        for (const property of ['gender', 'startsWith']) {
            const value = text(xml, property);
            if (value && !(grammar[property] ?? []).includes(value)) {
                findings.push({
                    file,
                    message: `${lang} has no ${property} "${value}" (allowed: ${(grammar[property] ?? ['none']).join(', ')})`
                });
            }
        }
        if (english.nameFieldLabel) {
            const issue = problem(english.nameFieldLabel, text(xml, 'nameFieldLabel'), LIMITS.object);
            if (issue) {
                findings.push({ file, message: `${lang}: the name field of ${object} ${issue}` });
            }
        }
        const layouts = blocks(xml, 'layouts').flatMap(({ body }) =>
            blocks(body, 'sections').map((section) => ({
                layout: text(body, 'layout'),
                section: text(section.body, 'section'),
                label: text(section.body, 'label')
            }))
        );
        for (const { layout, section } of english.sections) {
            const translated = layouts.find((entry) => entry.layout === layout && entry.section === section);
            const issue = problem(section, translated?.label, LIMITS.object);
            if (issue) {
                findings.push({ file, message: `${lang}: layout "${layout}" section "${section}" ${issue}` });
            }
            count++;
        }
        count += 2;
        for (const [field, fieldEnglish] of english.fields) {
            count += checkField(dir, lang, object, field, fieldEnglish, findings);
        }
        for (const name of readdirSync(dir)) {
            const field = name.replace('.fieldTranslation-meta.xml', '');
            if (name.endsWith('.fieldTranslation-meta.xml') && !english.fields.has(field)) {
                findings.push({
                    file: path.join(dir, name),
                    message: `${lang}: ${object}.${field} is translated but does not exist`
                });
            }
        }
    }
    for (const [name, folder] of translated) {
        const [object, folderLang] = name.split(/-(?=[a-z]{2}(?:_[A-Z]{2})?$)/);
        if (folderLang === lang && !objects.has(object)) {
            findings.push({
                file: folder,
                message: `${lang}: ${object} is translated but is not a custom object or custom metadata type`
            });
        }
    }
    return count;
}

function checkField(dir, lang, object, field, english, findings) {
    const file = path.join(dir, `${field}.fieldTranslation-meta.xml`);
    if (!existsSync(file)) {
        findings.push({ file, message: `${lang}: field ${object}.${field} has no translation` });
        return 1;
    }
    const xml = readFileSync(file, 'utf8');
    let count = 1;
    const check = (what, value, translation, limit) => {
        const issue = problem(value, translation, limit);
        if (issue) {
            findings.push({ file, message: `${lang}: ${object}.${field} ${what} ${issue}` });
        }
    };
    check('label', english.label, text(xml, 'label'), LIMITS.field);
    if (english.help) {
        check('help text', english.help, text(xml, 'help'), LIMITS.help);
        count++;
    }
    if (english.relationshipLabel) {
        check('relationship label', english.relationshipLabel, text(xml, 'relationshipLabel'), LIMITS.object);
        count++;
    }
    const values = new Map(
        blocks(xml, 'picklistValues').map(({ body }) => [text(body, 'masterLabel'), text(body, 'translation')])
    );
    for (const value of english.picklist) {
        check(`picklist value "${value}"`, value, values.get(value), LIMITS.picklist);
        count++;
    }
    for (const [value] of values) {
        if (!english.picklist.includes(value)) {
            findings.push({
                file,
                message: `${lang}: ${object}.${field} translates picklist value "${value}", which the field does not have`
            });
        }
    }
    return count;
}

/** Shipped record texts have their label, and the label's English is the record's text. */
function checkRecordTexts(root, labels, labelsFile, findings) {
    let count = 0;
    for (const recordFile of typeFiles(root, 'customMetadata')) {
        const file = path.basename(recordFile);
        const type = file.split('.')[0];
        const spec = RECORD_TEXTS[type];
        if (!spec || !file.endsWith('.md-meta.xml')) {
            continue;
        }
        const developerName = file.slice(type.length + 1, -'.md-meta.xml'.length);
        const xml = readFileSync(recordFile, 'utf8');
        const values = { MasterLabel: text(xml, 'label') };
        for (const { body } of blocks(xml, 'values')) {
            values[text(body, 'field')] = /xsi:nil="true"/.test(body) ? undefined : text(body, 'value');
        }
        for (const [suffix, field] of spec.texts) {
            const recordText = values[field];
            if (!recordText) {
                continue;
            }
            count++;
            const name = `Adoption_${spec.token}_${developerName}_${suffix}`;
            const label = labels.get(name);
            if (!label) {
                findings.push({
                    file: recordFile,
                    message: `${type} ${developerName}: ${field} reaches users but has no custom label ${name} to translate it (add it to labels/CustomLabels.labels-meta.xml with the record's text)`
                });
            } else if (label.value !== recordText) {
                findings.push({
                    file: labelsFile,
                    line: label.line,
                    message: `label ${name} should read as ${type} ${developerName}'s ${field}: "${recordText}"`
                });
            }
        }
    }
    return count;
}

/** Runs the translation check under `root` for `languages`. */
export function checkTranslations({ root = REPO_ROOT, languages = SHIPPED_LANGUAGES } = {}) {
    const findings = [];
    const { file: labelsFile, labels } = readLabels(root);
    const objects = readObjects(root);
    const english = { labels, ...readTranslatable(root) };
    const records = checkRecordTexts(root, labels, labelsFile, findings);
    const counts = [];
    for (const lang of languages) {
        const count =
            checkTranslationsFile(root, lang, english, findings) +
            checkObjectTranslations(root, lang, objects, findings);
        counts.push(`${lang} ${count}`);
    }
    for (const file of typeFiles(root, 'translations', (name) => name.endsWith('.translation-meta.xml'))) {
        const lang = path.basename(file).replace('.translation-meta.xml', '');
        if (!languages.includes(lang)) {
            findings.push({
                file,
                message: `${lang} is not a shipped language: add it to SHIPPED_LANGUAGES in scripts/checks/translations.mjs so it is checked`
            });
        }
    }
    return {
        findings,
        summary: `${labels.size} label(s), ${objects.size} object(s), ${records} record text(s); strings per language: ${counts.join(', ')}`
    };
}
