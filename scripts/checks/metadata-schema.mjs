// Metadata XML against the Metadata API's own schema: every element of every metadata file in
// force-app must be a property of its parent's type, as the Metadata API WSDL defines it. The schema
// is the one jsforce ships (lib/api/metadata/schema.js, generated from the WSDL), so a misspelt or
// misplaced element (a report column under the wrong parent, `<visibilty>` in a tab) fails here
// rather than at deploy time. Values are not checked (picklist values, field names in reports:
// those need an org), and neither is element order. A root element must also hold each scalar
// element its type requires (the WSDL's non-optional strings, numbers and booleans: a notification
// type without <mobile>, a permission set without <label>), which the deploy would refuse. An
// element the schema allows once (not a list) must appear once in its parent: a merge that loses a
// </labels><labels> leaves one label with two <fullName>s, which the deploy refuses ("Element
// fullName is duplicated at this location"). A report's grouping field is not also a column or the
// sort column (checkReportGroupings).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT, listFiles } from './lib.mjs';

const require = createRequire(import.meta.url);

/** File suffix -> the Metadata API type of its root element. */
export const ROOT_TYPES = [
    ['.report-meta.xml', 'Report'],
    ['.reportType-meta.xml', 'ReportType'],
    ['.dashboard-meta.xml', 'Dashboard'],
    ['.reportFolder-meta.xml', 'ReportFolder'],
    ['.dashboardFolder-meta.xml', 'DashboardFolder'],
    ['.object-meta.xml', 'CustomObject'],
    ['.field-meta.xml', 'CustomField'],
    ['.listView-meta.xml', 'ListView'],
    ['.layout-meta.xml', 'Layout'],
    ['.permissionset-meta.xml', 'PermissionSet'],
    ['.customPermission-meta.xml', 'CustomPermission'],
    ['.flexipage-meta.xml', 'FlexiPage'],
    ['.tab-meta.xml', 'CustomTab'],
    ['.app-meta.xml', 'CustomApplication'],
    ['.labels-meta.xml', 'CustomLabels'],
    ['.md-meta.xml', 'CustomMetadata'],
    ['.cls-meta.xml', 'ApexClass'],
    ['.trigger-meta.xml', 'ApexTrigger'],
    ['.js-meta.xml', 'LightningComponentBundle'],
    ['.resource-meta.xml', 'StaticResource'],
    ['.messageChannel-meta.xml', 'LightningMessageChannel'],
    ['.platformEventSubscriberConfig-meta.xml', 'PlatformEventSubscriberConfig'],
    ['.compactLayout-meta.xml', 'CompactLayout'],
    ['.validationRule-meta.xml', 'ValidationRule'],
    ['.notiftype-meta.xml', 'CustomNotificationType'],
    ['.translation-meta.xml', 'Translations'],
    ['.objectTranslation-meta.xml', 'CustomObjectTranslation'],
    ['.fieldTranslation-meta.xml', 'CustomFieldTranslation']
];

/**
 * Elements newer than the schema jsforce ships (it predates them), each checked in the Metadata API
 * documentation, and one property the WSDL types as text although it holds XML. 'any': the
 * element's children are not checked.
 */
const EXTRA_PROPS = {
    // CustomPermission: isLicensed, boolean, required (Metadata API Developer Guide, CustomPermission).
    CustomPermission: { isLicensed: 'boolean' },
    // CustomApplication: isNavTabPersistenceDisabled, boolean (Lightning apps).
    CustomApplication: { isNavTabPersistenceDisabled: 'boolean' },
    // FlexiPageRegion: itemInstances (ItemInstance[]), which replaced componentInstances in API 47.
    FlexiPageRegion: { itemInstances: ['any'] },
    // LightningComponentBundle.targetConfigs is XML the WSDL types as a string.
    LightningComponentBundle: { targetConfigs: 'any' }
};

/**
 * Whole types newer than the schema jsforce ships, each written from the Metadata API documentation,
 * with the version that brought each element. Their props use the WSDL's notation ('?number': an
 * optional int).
 */
const EXTRA_TYPES = {
    // Metadata API Developer Guide, PlatformEventSubscriberConfig (API 51.0; numPartitions and
    // partitionKey API 62.0): batchSize (int, 1-2,000), isProtected (inherited), masterLabel
    // (required), numPartitions (int, 1-10), partitionKey ('EventUuid' or 'EventName__e.Field__c', a
    // required custom field), platformEventConsumer (the trigger, required), user (a username).
    PlatformEventSubscriberConfig: {
        type: 'PlatformEventSubscriberConfig',
        extends: 'Metadata',
        props: {
            batchSize: '?number',
            isProtected: '?boolean',
            masterLabel: 'string',
            numPartitions: '?number',
            partitionKey: '?string',
            platformEventConsumer: 'string',
            user: '?string'
        }
    }
};

function schemas() {
    return require('jsforce/lib/api/metadata/schema.js').ApiSchemas;
}

/** The properties of a type with those it inherits (`extends`), or null for a simple type. */
function propsOf(all, typeName, cache) {
    if (cache.has(typeName)) {
        return cache.get(typeName);
    }
    const schema = all[typeName] ?? EXTRA_TYPES[typeName];
    let props = null;
    if (schema && schema.props) {
        const parent = schema.extends ? propsOf(all, schema.extends, cache) : null;
        props = { ...(parent ?? {}), ...schema.props, ...(EXTRA_PROPS[typeName] ?? {}) };
    }
    cache.set(typeName, props);
    return props;
}

/** 'string', '?Foo', ['Foo'] -> the type's name. */
function typeNameOf(spec) {
    const name = Array.isArray(spec) ? spec[0] : spec;
    return typeof name === 'string' ? name.replace(/^\?/, '') : 'any';
}

/** Start and end tags of a metadata XML file, with their line numbers (comments and the prolog skipped). */
function* tags(text) {
    const pattern = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w.:-]*)([^>]*?)(\/?)>/g;
    let line = 1;
    let last = 0;
    for (const match of text.matchAll(pattern)) {
        line += (text.slice(last, match.index).match(/\n/g) ?? []).length;
        last = match.index;
        if (match[2] === undefined) {
            continue;
        }
        yield { close: match[1] === '/', name: match[2].replace(/^\w+:/, ''), selfClosing: match[4] === '/', line };
    }
}

/** The scalar elements a type requires: non-optional strings, numbers and booleans (not lists, not types). */
function requiredScalars(props) {
    return Object.entries(props ?? {})
        .filter(([, spec]) => typeof spec === 'string' && ['string', 'number', 'boolean'].includes(spec))
        .map(([name]) => name);
}

/** Findings for one file: each element that is not a property of its parent's type. */
export function checkFile(file, rootType, all = schemas(), cache = new Map()) {
    const findings = [];
    const text = readFileSync(file, 'utf8');
    const stack = [];
    // Per open element: the names of its children the schema allows once, seen so far.
    const seen = [];
    const rootChildren = new Set();
    let rootLine = 1;
    for (const tag of tags(text)) {
        if (tag.close) {
            stack.pop();
            seen.pop();
            continue;
        }
        if (stack.length === 1) {
            rootChildren.add(tag.name);
        }
        let type;
        if (stack.length === 0) {
            // A bundle's -meta.xml root is its type's name; anything else is the wrong file kind.
            if (tag.name !== rootType) {
                findings.push({
                    file,
                    line: tag.line,
                    message: `the root element should be <${rootType}>, not <${tag.name}>`
                });
                return findings;
            }
            type = rootType;
            rootLine = tag.line;
        } else {
            const parent = stack[stack.length - 1];
            const props = parent === null || parent === 'any' ? null : propsOf(all, parent, cache);
            if (parent === 'any') {
                // Free-form XML (see EXTRA_PROPS): not checked.
                type = 'any';
            } else if (parent === null || props === null) {
                // Below a simple value, or below an element already reported.
                type = null;
                if (parent !== null) {
                    findings.push({
                        file,
                        line: tag.line,
                        message: `<${tag.name}> cannot be inside a value of type ${parent}`
                    });
                }
            } else if (!Object.prototype.hasOwnProperty.call(props, tag.name)) {
                findings.push({
                    file,
                    line: tag.line,
                    message: `<${tag.name}> is not an element of ${parent} (Metadata API schema)`
                });
                type = null;
            } else {
                type = typeNameOf(props[tag.name]);
                const siblings = seen[seen.length - 1];
                if (!Array.isArray(props[tag.name]) && siblings.has(tag.name)) {
                    findings.push({
                        file,
                        line: tag.line,
                        message: `<${tag.name}> appears twice in one <${parent}>, which allows one (Metadata API schema)`
                    });
                }
                siblings.add(tag.name);
            }
        }
        if (!tag.selfClosing) {
            stack.push(type);
            seen.push(new Set());
        }
    }
    for (const name of requiredScalars(propsOf(all, rootType, cache))) {
        if (!rootChildren.has(name)) {
            findings.push({
                file,
                line: rootLine,
                message: `<${rootType}> needs <${name}> (required by the Metadata API schema)`
            });
        }
    }
    return findings;
}

/**
 * A summary report's grouping field is shown by its grouping: it is not also a detail column nor the
 * sort column. Reports built in the UI never list it twice (grouping by a field removes its column),
 * and the deploy of a report that does is not documented either way (review goals-final m1), so the
 * package keeps to what the UI writes.
 */
export function checkReportGroupings(file, text = readFileSync(file, 'utf8')) {
    const lineOf = (index) => text.slice(0, index).split('\n').length;
    const grouped = new Set();
    for (const match of text.matchAll(/<groupings(?:Down|Across)>([\s\S]*?)<\/groupings(?:Down|Across)>/g)) {
        const field = /<field>([^<]+)<\/field>/.exec(match[1]);
        if (field) {
            grouped.add(field[1].trim());
        }
    }
    const findings = [];
    for (const match of text.matchAll(/<columns>([\s\S]*?)<\/columns>/g)) {
        const field = /<field>([^<]+)<\/field>/.exec(match[1]);
        if (field && grouped.has(field[1].trim())) {
            findings.push({
                file,
                line: lineOf(match.index + match[0].indexOf(field[0])),
                message: `${field[1].trim()} is a grouping and also a column: a grouped field is shown by its grouping`
            });
        }
    }
    const sort = /<sortColumn>([^<]+)<\/sortColumn>/.exec(text);
    if (sort && grouped.has(sort[1].trim())) {
        findings.push({
            file,
            line: lineOf(sort.index),
            message: `${sort[1].trim()} is a grouping and also the sortColumn: sort a grouping by its <sortOrder>`
        });
    }
    return findings;
}

/** Every metadata file under force-app (or `root`), against the schema. */
export function checkMetadataSchema(root = REPO_ROOT) {
    const all = schemas();
    const cache = new Map();
    const files = listFiles(path.join(root, 'force-app'), (name) =>
        ROOT_TYPES.some(([suffix]) => name.endsWith(suffix))
    );
    const findings = [];
    const counts = new Map();
    for (const file of files) {
        const rootType = ROOT_TYPES.find(([suffix]) => file.endsWith(suffix))[1];
        counts.set(rootType, (counts.get(rootType) ?? 0) + 1);
        findings.push(...checkFile(file, rootType, all, cache));
        if (rootType === 'Report') {
            findings.push(...checkReportGroupings(file));
        }
    }
    return {
        findings,
        summary: `${files.length} metadata file(s) of ${counts.size} type(s) against the Metadata API schema`
    };
}
