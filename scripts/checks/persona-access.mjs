// What a package permission set lets its holder read and write, and what a user-mode query or DML
// asks for: the half of the "Apex test persona access" check (./test-personas.mjs) that reads metadata.
//
// - A permission set grants: object read/create/edit/delete from <objectPermissions> (viewAllRecords
//   and modifyAllRecords imply read), field read/edit from <fieldPermissions>.
// - A field needs no grant when it has no field-level security: a required field or a master-detail
//   field (neither may carry a fieldPermissions entry), and the standard fields (Id, Name, ...).
// - A query (`WITH USER_MODE` / SECURITY_ENFORCED) needs read on its FROM object and on every custom
//   field of a package custom object it names in SELECT, WHERE, GROUP BY, ORDER BY and inside
//   functions; a parent path `Badge__r.Name__c` needs the lookup Badge__c, the parent object and the
//   field; a child subquery or a semi-join its own object and fields. WITH SECURITY_ENFORCED checks
//   only SELECT and FROM (Apex Developer Guide, "Filter SOQL Queries Using WITH SECURITY_ENFORCED"). Custom metadata, platform
//   events and standard objects are left out (no field-level security to grant, or not ours).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { typeEntries, typeFiles } from './lib.mjs';
import { child, kind, walk } from './apex-tree.mjs';

function tag(xml, name) {
    return new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
}

function blocks(xml, name) {
    return [...xml.matchAll(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'g'))].map((match) => match[1]);
}

/** The package's custom objects (__c): fields with their relationship and whether FLS applies. */
export function packageObjects(root) {
    const objects = new Map();
    for (const objectDir of typeEntries(root, 'objects')) {
        const name = path.basename(objectDir);
        if (!/__c$/i.test(name)) {
            continue;
        }
        const fields = new Map();
        const fieldsDir = path.join(objectDir, 'fields');
        for (const file of existsSync(fieldsDir) ? readdirSync(fieldsDir) : []) {
            if (!file.endsWith('.field-meta.xml')) {
                continue;
            }
            const xml = readFileSync(path.join(fieldsDir, file), 'utf8');
            const fieldName = file.replace('.field-meta.xml', '');
            fields.set(fieldName.toLowerCase(), {
                name: fieldName,
                noFls: tag(xml, 'required') === 'true' || tag(xml, 'type') === 'MasterDetail',
                referenceTo: tag(xml, 'referenceTo'),
                relationshipName: tag(xml, 'relationshipName')
            });
        }
        objects.set(name.toLowerCase(), { name, fields });
    }
    return objects;
}

/** Package permission sets by lower-case name: { name, file, objects, fields }. */
export function permissionSetGrants(root) {
    const sets = new Map();
    for (const file of typeFiles(root, 'permissionsets', (name) => name.endsWith('.permissionset-meta.xml'))) {
        const name = path.basename(file, '.permissionset-meta.xml');
        const xml = readFileSync(file, 'utf8');
        const objects = new Map();
        for (const block of blocks(xml, 'objectPermissions')) {
            const flag = (element) => tag(block, element) === 'true';
            objects.set(tag(block, 'object')?.toLowerCase(), {
                read: flag('allowRead') || flag('viewAllRecords') || flag('modifyAllRecords'),
                create: flag('allowCreate'),
                edit: flag('allowEdit') || flag('modifyAllRecords'),
                delete: flag('allowDelete') || flag('modifyAllRecords')
            });
        }
        const fields = new Map();
        for (const block of blocks(xml, 'fieldPermissions')) {
            fields.set(tag(block, 'field')?.toLowerCase(), {
                read: tag(block, 'readable') === 'true',
                edit: tag(block, 'editable') === 'true'
            });
        }
        sets.set(name.toLowerCase(), { name, file, objects, fields });
    }
    return sets;
}

/**
 * What one query needs: [{ object, field? , access: 'read' }], package custom objects only.
 * `field` is the field's API name; no field means the object itself.
 */
export function queryNeeds(query, objects, { selectOnly = false } = {}) {
    const needs = [];
    const fromName = child(child(query, 'FromNameList'), 'FieldName')?.getText();
    collect(query, fromName);
    return needs;

    function needObject(objectName) {
        if (objectName && objects.has(objectName.toLowerCase())) {
            needs.push({ object: objects.get(objectName.toLowerCase()).name, access: 'read' });
        }
    }

    function needField(objectName, fieldPath) {
        let object = objectName ? objects.get(objectName.toLowerCase()) : undefined;
        const parts = fieldPath.split('.');
        for (const [index, part] of parts.entries()) {
            if (!object) {
                return;
            }
            const last = index === parts.length - 1;
            const fieldName = last ? part : part.replace(/__r$/i, '__c');
            const field = object.fields.get(fieldName.toLowerCase());
            if (/__c$/i.test(fieldName) && field && !field.noFls) {
                needs.push({ object: object.name, field: field.name, access: 'read' });
            }
            if (last || !/__r$/i.test(part) || !field?.referenceTo) {
                return;
            }
            object = objects.get(field.referenceTo.toLowerCase());
            needObject(object?.name);
        }
    }

    function childObject(parentName, relationship) {
        for (const object of objects.values()) {
            for (const field of object.fields.values()) {
                if (
                    field.relationshipName?.toLowerCase() === relationship.replace(/__r$/i, '').toLowerCase() &&
                    field.referenceTo?.toLowerCase() === parentName?.toLowerCase()
                ) {
                    return object.name;
                }
            }
        }
        return null;
    }

    function collect(node, objectName) {
        needObject(objectName);
        for (const part of node.children ?? []) {
            if (kind(part) === 'FromNameList' || (selectOnly && !/^(SelectList|SubFieldList)$/.test(kind(part)))) {
                continue;
            }
            walk(part, (inner) => {
                switch (kind(inner)) {
                    case 'SubQuery': {
                        const from = child(child(inner, 'FromNameList'), 'FieldName')?.getText() ?? '';
                        // In the select list a subquery names a child relationship; in WHERE, an object.
                        const inSelect = kind(inner.parentCtx) === 'SelectEntry';
                        collect(inner, inSelect ? childObject(objectName, from) : from);
                        return false;
                    }
                    case 'BoundExpression':
                        return false;
                    case 'FieldName':
                        needField(objectName, inner.getText());
                        return false;
                    default:
                        return true;
                }
            });
        }
    }
}

/** The SObject type a DML's records have, from `new X__c(...)` or a declared type; or null. */
export function dmlObject(expressionText, types) {
    const created = /^new\s*([\w]+__c)\s*\(/i.exec(expressionText)?.[1];
    if (created) {
        return created;
    }
    const listOf = /^new\s*(?:List|Set)<\s*([\w]+__c)\s*>/i.exec(expressionText)?.[1];
    if (listOf) {
        return listOf;
    }
    const declared = types(expressionText.trim());
    return declared ? (/^(?:List<|Set<)?\s*([\w]+__c)\s*>?$/i.exec(declared.replace(/\s+/g, ''))?.[1] ?? null) : null;
}

/** Which of `needs` none of the permission sets grants: the needs left over. */
export function missingGrants(needs, setNames, grants) {
    const sets = [...setNames].map((name) => grants.get(name.toLowerCase())).filter(Boolean);
    return needs.filter((need) => {
        const key = need.field ? `${need.object}.${need.field}`.toLowerCase() : need.object.toLowerCase();
        return !sets.some((set) => (need.field ? set.fields : set.objects).get(key)?.[need.access]);
    });
}
