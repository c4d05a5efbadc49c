// "Download as metadata" writes the file the repository holds: every custom metadata record of the
// package, regenerated from what the page would send for it (every field of its type) and its type's
// fields, is the repository's file byte for byte.
import { readdirSync, readFileSync, existsSync } from 'fs';
import { join } from 'path';
import type { FieldView } from '@salesforce/apex/BuilderController.getSetup';
import { fileNameOf, metadataXml } from '../builderXml';

const MAIN = join(__dirname, '..', '..', '..', '..');

function tag(block: string, name: string): string | undefined {
    return new RegExp(`<${name}>([^<]*)</${name}>`).exec(block)?.[1];
}

function typeFields(typeName: string): FieldView[] {
    for (const feature of readdirSync(MAIN)) {
        const folder = join(MAIN, feature, 'objects', typeName, 'fields');
        if (existsSync(folder)) {
            return readdirSync(folder).map((file) => {
                const xml = readFileSync(join(folder, file), 'utf8');
                const type = tag(xml, 'type') ?? 'Text';
                const apiName = tag(xml, 'fullName') ?? '';
                const kind =
                    {
                        Checkbox: 'boolean',
                        Number: 'number',
                        Date: 'date',
                        Picklist: 'picklist',
                        LongTextArea: 'longtext'
                    }[type] ?? 'text';
                const role = /Condition__c$/.test(apiName) ? 'condition' : 'plain';
                return { apiName, label: apiName, kind, length: 0, options: [], role };
            });
        }
    }
    throw new Error(`No fields for ${typeName}`);
}

function unescape(text: string): string {
    const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(text);
    if (cdata) {
        return cdata[1];
    }
    return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The record's label and values, read from its file. */
function readRecord(xml: string): { label: string; values: Record<string, unknown> } {
    const values: Record<string, unknown> = {};
    for (const match of xml.matchAll(
        /<values>\s*<field>([^<]+)<\/field>\s*<value([\s\S]*?)(?:\/>|>([\s\S]*?)<\/value>)\s*<\/values>/g
    )) {
        const [, field, attributes, body] = match;
        if (/xsi:nil="true"/.test(attributes)) {
            values[field] = null;
        } else if (/xsd:boolean/.test(attributes)) {
            values[field] = body === 'true';
        } else if (/xsd:double/.test(attributes)) {
            values[field] = Number(body);
        } else {
            values[field] = unescape(body);
        }
    }
    return { label: unescape(tag(xml, 'label') ?? ''), values };
}

/**
 * What "Download as metadata" is given for a record: the change row's afterJson, which
 * BuilderValidation.check fills with every field of the type (the page sends them all, draftOf: a field
 * the record lacks as null, a checkbox as false), typed as Apex serializes them.
 */
function pageValues(fileValues: Record<string, unknown>, fields: readonly FieldView[]): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const field of fields) {
        const value = fileValues[field.apiName];
        values[field.apiName] = value === undefined ? (field.kind === 'boolean' ? false : null) : value;
    }
    return values;
}

const files: { typeName: string; name: string; path: string }[] = [];
for (const feature of readdirSync(MAIN)) {
    const folder = join(MAIN, feature, 'customMetadata');
    if (existsSync(folder)) {
        for (const file of readdirSync(folder)) {
            const [type, name] = file.split('.');
            files.push({ typeName: `${type}__mdt`, name, path: join(folder, file) });
        }
    }
}

describe('builderXml', () => {
    it('finds the repository records to compare with', () => {
        expect(files.length).toBeGreaterThan(20);
        expect(files.map((file) => file.name)).toContain('Log_Call');
    });

    it.each(files.map((file) => [file.typeName, file.name, file.path]))(
        'writes %s %s as the repository holds it',
        (typeName, name, path) => {
            // Byte for byte with the file as committed: no re-sorting, every field of the type (review m2).
            const repository = readFileSync(path, 'utf8');
            const { label, values } = readRecord(repository);
            const fields = typeFields(typeName);
            const generated = metadataXml({ typeName, name, label, values: pageValues(values, fields) }, fields);
            expect(generated).toBe(repository);
            expect(fileNameOf(typeName, name)).toBe(path.split(/[\\/]/).pop());
        }
    );

    it('escapes text and keeps a condition whole', () => {
        const fields: FieldView[] = [
            {
                apiName: 'Condition__c',
                label: 'Condition',
                kind: 'longtext',
                length: 32768,
                options: [],
                role: 'condition'
            },
            { apiName: 'Description__c', label: 'Description', kind: 'text', length: 255, options: [], role: 'plain' },
            { apiName: 'Start_Date__c', label: 'Start', kind: 'date', length: 0, options: [], role: 'plain' }
        ];
        const xml = metadataXml(
            {
                typeName: 'Adoption_Prompt__mdt',
                name: 'P',
                label: 'Calls & <emails>',
                values: {
                    Condition__c: "Amount > 5 AND Name = ']]>'",
                    Description__c: 'A & B',
                    Start_Date__c: '2026-12-01'
                }
            },
            fields
        );
        expect(xml).toContain('<label>Calls &amp; &lt;emails&gt;</label>');
        expect(xml).toContain("<![CDATA[Amount > 5 AND Name = ']]]]><![CDATA[>']]>");
        expect(xml).toContain('<value xsi:type="xsd:string">A &amp; B</value>');
        expect(xml).toContain('<value xsi:type="xsd:date">2026-12-01</value>');
    });
});
