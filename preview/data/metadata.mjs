// Reads the package's own metadata (custom labels, custom metadata records) so the preview shows
// exactly what deploys: a label or a badge renamed in force-app is renamed in the preview too.
// The files are found in the package directories wherever their type folder is (labels/,
// customMetadata/), as every script finds them (scripts/checks/source.mjs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { labelsFile, typeFiles } from '../../scripts/checks/source.mjs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML text: CDATA sections verbatim, entities and character references elsewhere. */
export function xmlText(raw) {
    return raw
        .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
        .map((part) =>
            part.startsWith('<![CDATA[')
                ? part.slice(9, -3)
                : part.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name) => {
                      if (name[0] === '#') {
                          return String.fromCodePoint(
                              name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
                          );
                      }
                      return ENTITIES[name] ?? entity;
                  })
        )
        .join('');
}

function tag(block, name) {
    // Prettier may break a long element's tags (`<value\n>`): allow white space inside them.
    const match = new RegExp(`<${name}\\s*>([\\s\\S]*?)</${name}\\s*>`).exec(block);
    return match ? xmlText(match[1]).trim() : undefined;
}

/**
 * The custom labels, by name. Returns an empty map when the labels file does not exist yet, so the
 * caller decides whether a missing label is fatal.
 */
export function readLabels(root = REPO_ROOT) {
    const file = labelsFile(root);
    const labels = new Map();
    if (!file) {
        return labels;
    }
    for (const match of readFileSync(file, 'utf8').matchAll(/<labels>([\s\S]*?)<\/labels>/g)) {
        const name = tag(match[1], 'fullName');
        if (name) {
            labels.set(name, tag(match[1], 'value') ?? '');
        }
    }
    return labels;
}

function typedValue(attributes, body) {
    if (/xsi:nil="true"/.test(attributes) || body === undefined) {
        return null;
    }
    const text = xmlText(body);
    const type = /xsi:type="xsd:(\w+)"/.exec(attributes)?.[1];
    if (type === 'boolean') {
        return text.trim() === 'true';
    }
    if (type === 'double' || type === 'int' || type === 'long') {
        return Number(text);
    }
    return text;
}

/**
 * The records of one custom metadata type, as Apex sees them: DeveloperName, MasterLabel and each
 * field by API name (null when blank). `type` is the name without `__mdt`, e.g. 'Adoption_Badge'.
 */
export function readCustomMetadata(type, root = REPO_ROOT) {
    const prefix = `${type}.`;
    return typeFiles(root, 'customMetadata', (file) => file.startsWith(prefix) && file.endsWith('.md-meta.xml')).map(
        (recordFile) => {
            const file = path.basename(recordFile);
            const xml = readFileSync(recordFile, 'utf8');
            const record = {
                DeveloperName: file.slice(prefix.length, -'.md-meta.xml'.length),
                MasterLabel: tag(xml, 'label') ?? ''
            };
            const values =
                /<values>\s*<field>([^<]+)<\/field>\s*<value\b([^>]*?)(?:\/>|>([\s\S]*?)<\/value>)\s*<\/values>/g;
            for (const match of xml.matchAll(values)) {
                record[match[1].trim()] = typedValue(match[2], match[3]);
            }
            return record;
        }
    );
}
