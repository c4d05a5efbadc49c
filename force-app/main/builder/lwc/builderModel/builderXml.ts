/**
 * "Download as metadata": a record as the `.md-meta.xml` file the repository holds for it
 * (force-app/main/<feature>/customMetadata/<Type>.<Name>.md-meta.xml), in the repository's own
 * formatting (prettier with @prettier/plugin-xml, print width 120, white space preserved), so that a
 * team that keeps the repository as the source of truth can commit what an admin built in the app.
 * Pinned by __tests__/builderXml.test.ts against the repository's files. Part of c/builderModel.
 */
import type { FieldView } from '@salesforce/apex/BuilderController.getSetup';

/** What one file needs: the type, the record's names and its values. */
export interface MetadataRecordDraft {
    typeName: string;
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    label: string;
    values: Readonly<Record<string, unknown>>;
}

const PRINT_WIDTH = 120;
const INDENT = '        ';
// Conditions and long texts are written inside CDATA, as the repository keeps them; so are two short
// texts the repository happens to keep that way (type.field).
const CDATA_FIELDS: ReadonlySet<string> = new Set([
    'Adoption_Quest__mdt.Description__c',
    'Adoption_Settings__mdt.Key_Fields__c'
]);

function escapeText(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function cdata(text: string): string {
    return `<![CDATA[${text.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`;
}

function xsdType(kind: string): string {
    if (kind === 'boolean') {
        return 'xsd:boolean';
    }
    if (kind === 'number') {
        return 'xsd:double';
    }
    if (kind === 'date') {
        return 'xsd:date';
    }
    return 'xsd:string';
}

function valueText(value: unknown, kind: string): string {
    if (kind === 'boolean') {
        return value === true || value === 'true' ? 'true' : 'false';
    }
    if (kind === 'number') {
        return String(Number(value));
    }
    return String(value);
}

function valueElement(typeName: string, field: FieldView | undefined, value: unknown): string {
    if (field?.kind !== 'boolean' && (value === null || value === undefined || value === '')) {
        return `${INDENT}<value xsi:nil="true" />`;
    }
    const kind = field?.kind ?? 'text';
    const text = valueText(value, kind);
    const useCdata =
        field !== undefined &&
        (field.kind === 'longtext' || field.role === 'condition' || CDATA_FIELDS.has(`${typeName}.${field.apiName}`));
    const body = useCdata ? cdata(text) : escapeText(text);
    const type = xsdType(kind);
    const oneLine = `${INDENT}<value xsi:type="${type}">${body}</value>`;
    if (oneLine.length <= PRINT_WIDTH && !body.includes('\n')) {
        return oneLine;
    }
    return `${INDENT}<value\n${INDENT}    xsi:type="${type}"\n${INDENT}>${body}</value>`;
}

/**
 * The file's name: Adoption_Rule.Log_Call.md-meta.xml for Adoption_Rule__mdt record Log_Call.
 * @param typeName the type's API name
 * @param name the record's DeveloperName
 * @returns the file name
 */
export function fileNameOf(typeName: string, name: string): string {
    return `${typeName.replace(/__mdt$/, '')}.${name}.md-meta.xml`;
}

/**
 * The record as its `.md-meta.xml` file: label, protected false, then each value in field API name
 * order (as a retrieve writes them), an empty one as xsi:nil (a checkbox as false).
 * @param record the type, names and values
 * @param fields the type's fields (BuilderController.getSetup)
 * @returns the file's text, ending with a line break
 */
export function metadataXml(record: MetadataRecordDraft, fields: readonly FieldView[]): string {
    const byName = new Map(fields.map((field) => [field.apiName, field]));
    const names = Object.keys(record.values).sort();
    const lines = [
        '<?xml version="1.0" encoding="UTF-8" ?>',
        '<CustomMetadata',
        '    xmlns="http://soap.sforce.com/2006/04/metadata"',
        '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
        '    xmlns:xsd="http://www.w3.org/2001/XMLSchema"',
        '>',
        `    <label>${escapeText(record.label)}</label>`,
        '    <protected>false</protected>'
    ];
    for (const name of names) {
        lines.push(
            '    <values>',
            `        <field>${name}</field>`,
            valueElement(record.typeName, byName.get(name), record.values[name])
        );
        lines.push('    </values>');
    }
    lines.push('</CustomMetadata>', '');
    return lines.join('\n');
}
