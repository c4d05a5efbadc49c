// Write access for the demo loader. The package's permission sets only read ledger entries, period
// scores and badge awards (the engine writes them in system context), and fields deployed with the
// sf CLI are not visible to any profile until a permission set grants them: an admin usually cannot
// write these rows through the API. seed-demo checks that first (describe: object and field
// createable/updateable/deletable) and, when asked, creates and assigns one permission set that can.
import type { Connection } from 'jsforce';
import { CliError } from './cli.js';
import { summariseRowErrors, type RowError } from './errors.js';
import { COLLECTION_SIZE, queryAll, soqlString, text, type Row } from './query.js';

export const DEMO_PERMISSION_SET = 'Adoption_Demo_Loader';

export interface WriteNeed {
    objectName: string;
    fields: string[];
    delete: boolean;
}

interface DescribedField {
    name: string;
    createable?: boolean;
    updateable?: boolean;
}

interface Described {
    createable?: boolean;
    updateable?: boolean;
    deletable?: boolean;
    fields: DescribedField[];
}

/** What the running user cannot do, one line per object; empty when every write is allowed. */
export async function missingWriteAccess(conn: Connection, needs: readonly WriteNeed[]): Promise<string[]> {
    const problems: string[] = [];
    for (const need of needs) {
        const described = (await conn.describe(need.objectName)) as unknown as Described;
        const verbs = [
            described.createable ? '' : 'create',
            described.updateable ? '' : 'edit',
            need.delete && !described.deletable ? 'delete' : ''
        ].filter(Boolean);
        const byName = new Map(described.fields.map((field) => [field.name.toLowerCase(), field]));
        const fields = need.fields.filter((name) => {
            const field = byName.get(name.toLowerCase());
            return !field || !field.createable || !field.updateable;
        });
        if (verbs.length || fields.length) {
            problems.push(
                `${need.objectName}: ${[
                    verbs.length ? `cannot ${verbs.join(', ')} records` : '',
                    fields.length ? `cannot write ${fields.join(', ')}` : ''
                ]
                    .filter(Boolean)
                    .join('; ')}`
            );
        }
    }
    return problems;
}

async function createAll(conn: Connection, type: string, rows: Row[]): Promise<void> {
    const errors: RowError[] = [];
    for (let start = 0; start < rows.length; start += COLLECTION_SIZE) {
        const results = (await conn
            .sobject(type)
            .create(rows.slice(start, start + COLLECTION_SIZE), { allOrNone: false })) as unknown as {
            success: boolean;
            errors?: RowError[];
        }[];
        for (const result of results) {
            if (!result.success) {
                errors.push(...(result.errors ?? []));
            }
        }
    }
    if (errors.length) {
        throw new CliError(
            `Could not set up ${DEMO_PERMISSION_SET} (${type}): ${summariseRowErrors(errors).join('; ')}`
        );
    }
}

/**
 * Creates (or completes) the permission set Adoption_Demo_Loader: read, create, edit, delete, view all
 * and modify all on each object, read and edit on each field; assigns it to the user. Idempotent.
 */
export async function grantDemoAccess(conn: Connection, userId: string, needs: readonly WriteNeed[]): Promise<void> {
    let permissionSet = (
        await queryAll(conn, `SELECT Id FROM PermissionSet WHERE Name = ${soqlString(DEMO_PERMISSION_SET)}`)
    )[0];
    if (!permissionSet) {
        const created = (await conn.sobject('PermissionSet').create({
            Name: DEMO_PERMISSION_SET,
            Label: 'Adoption Demo Loader',
            Description:
                'Created by npm run seed-demo: writes demo ledger entries, period scores and badge awards. Not for production users.'
        })) as unknown as { id?: string; success: boolean; errors?: RowError[] };
        if (!created.success || !created.id) {
            throw new CliError(
                `Could not create the permission set ${DEMO_PERMISSION_SET}: ${summariseRowErrors(created.errors ?? []).join('; ')}`
            );
        }
        permissionSet = { Id: created.id };
    }
    const parentId = text(permissionSet, 'Id');
    const objects = await queryAll(
        conn,
        `SELECT Id, SobjectType FROM ObjectPermissions WHERE ParentId = ${soqlString(parentId)}`
    );
    const haveObjects = new Set(objects.map((row) => text(row, 'SobjectType').toLowerCase()));
    const full = {
        PermissionsRead: true,
        PermissionsCreate: true,
        PermissionsEdit: true,
        PermissionsDelete: true,
        PermissionsViewAllRecords: true,
        PermissionsModifyAllRecords: true
    };
    await createAll(
        conn,
        'ObjectPermissions',
        needs
            .filter((need) => !haveObjects.has(need.objectName.toLowerCase()))
            .map((need) => ({ ParentId: parentId, SobjectType: need.objectName, ...full }))
    );
    const updates = objects.map((row) => ({ Id: text(row, 'Id'), ...full }));
    if (updates.length) {
        await conn.sobject('ObjectPermissions').update(updates, { allOrNone: false });
    }
    const fields = await queryAll(
        conn,
        `SELECT Id, Field FROM FieldPermissions WHERE ParentId = ${soqlString(parentId)}`
    );
    const haveFields = new Set(fields.map((row) => text(row, 'Field').toLowerCase()));
    await createAll(
        conn,
        'FieldPermissions',
        needs.flatMap((need) =>
            need.fields
                .filter((name) => name !== 'OwnerId' && !haveFields.has(`${need.objectName}.${name}`.toLowerCase()))
                .map((name) => ({
                    ParentId: parentId,
                    SobjectType: need.objectName,
                    Field: `${need.objectName}.${name}`,
                    PermissionsRead: true,
                    PermissionsEdit: true
                }))
        )
    );
    const fieldUpdates = fields.map((row) => ({ Id: text(row, 'Id'), PermissionsRead: true, PermissionsEdit: true }));
    if (fieldUpdates.length) {
        await conn.sobject('FieldPermissions').update(fieldUpdates, { allOrNone: false });
    }
    const assigned = await queryAll(
        conn,
        `SELECT Id FROM PermissionSetAssignment WHERE PermissionSetId = ${soqlString(parentId)} AND AssigneeId = ${soqlString(userId)}`
    );
    if (!assigned.length) {
        await createAll(conn, 'PermissionSetAssignment', [{ PermissionSetId: parentId, AssigneeId: userId }]);
    }
}
