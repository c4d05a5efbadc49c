// `lightning/uiRecordApi` over the sample records: getRecord as a wire adapter in the Lightning
// Data Service record shape ({ apiName, id, fields: { Name: { value, displayValue } } }), and
// updateRecord / createRecord / deleteRecord that change the shared sample data and re-provision
// every getRecord wire on that record, as LDS does.
import type { CrmRecord } from '../data/types';
import { currentUserId, demoData, findRecord } from './demo';

export interface FieldId {
    objectApiName: string;
    fieldApiName: string;
}

export interface FieldValue {
    value: unknown;
    displayValue: string | null;
}

export interface RecordRepresentation {
    apiName: string;
    id: string;
    fields: Record<string, FieldValue>;
    childRelationships: Record<string, unknown>;
    recordTypeId: string;
    recordTypeInfo: null;
    lastModifiedById: string | null;
    lastModifiedDate: string | null;
    systemModstamp: string | null;
    eTag: string;
    weakEtag: number;
}

export interface GetRecordConfig {
    recordId?: string;
    fields?: (string | FieldId)[];
    optionalFields?: (string | FieldId)[];
    layoutTypes?: string[];
    modes?: string[];
}

export interface RecordInput {
    apiName?: string;
    fields: Record<string, unknown>;
}

/** The error body LDS rejects with (what reduceErrors reads). */
interface LdsError {
    status: number;
    statusText: string;
    ok: false;
    body: { errorCode: string; message: string }[];
}

const MASTER_RECORD_TYPE = '012000000000000AAA';
const ID_PREFIX: Record<string, string> = {
    Account: '001',
    Contact: '003',
    Opportunity: '006',
    Lead: '00Q',
    Task: '00T'
};
let createdCount = 0;
let version = 1;

function ldsError(status: number, errorCode: string, message: string): LdsError {
    return {
        status,
        statusText: status === 404 ? 'Not Found' : 'Bad Request',
        ok: false,
        body: [{ errorCode, message }]
    };
}

/** 'Opportunity.Account.Name' or { fieldApiName: 'Account.Name' } -> ['Account', 'Name']. */
function fieldPath(field: string | FieldId): string[] {
    return typeof field === 'string' ? field.split('.').slice(1) : field.fieldApiName.split('.');
}

/** The lookup field behind a relationship name: Account -> AccountId, Region__r -> Region__c. */
function lookupField(relationship: string): string {
    return relationship.endsWith('__r') ? `${relationship.slice(0, -3)}__c` : `${relationship}Id`;
}

const currency = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const dateFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' });

function displayValue(name: string, value: unknown): string | null {
    if (value === null || value === undefined || typeof value === 'boolean') {
        return null;
    }
    if (typeof value === 'number' && /Amount|Revenue|Price/.test(name)) {
        return currency.format(value);
    }
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
        return dateFormat.format(new Date(`${value}T00:00:00Z`));
    }
    return typeof value === 'string' && /Status|Stage|Category|Type|Source|Rating|Industry/.test(name) ? value : null;
}

async function related(id: unknown): Promise<{ apiName: string; record: CrmRecord } | undefined> {
    if (typeof id !== 'string') {
        return undefined;
    }
    const data = await demoData();
    const user = data.users.find((candidate) => candidate.Id === id);
    if (user) {
        return { apiName: 'User', record: user as unknown as CrmRecord };
    }
    const found = await findRecord(id);
    return found && { apiName: found.objectApiName, record: found.record };
}

async function buildFields(record: CrmRecord, paths: string[][]): Promise<Record<string, FieldValue>> {
    const fields: Record<string, FieldValue> = {};
    for (const path of paths) {
        const [name, ...rest] = path;
        if (rest.length === 0) {
            fields[name] = { value: record[name] ?? null, displayValue: displayValue(name, record[name]) };
            continue;
        }
        const target = await related(record[lookupField(name)]);
        if (!target) {
            fields[name] = { value: null, displayValue: null };
            continue;
        }
        const existing = fields[name]?.value as RecordRepresentation | undefined;
        const nested = await buildFields(target.record, [rest]);
        const value: RecordRepresentation = existing
            ? { ...existing, fields: { ...existing.fields, ...nested } }
            : representation(target.apiName, target.record, nested);
        fields[name] = { value, displayValue: (target.record.Name as string) ?? null };
    }
    return fields;
}

function representation(apiName: string, record: CrmRecord, fields: Record<string, FieldValue>): RecordRepresentation {
    return {
        apiName,
        id: record.Id,
        fields,
        childRelationships: {},
        recordTypeId: MASTER_RECORD_TYPE,
        recordTypeInfo: null,
        lastModifiedById: (record.OwnerId as string) ?? null,
        lastModifiedDate: (record.LastModifiedDate as string) ?? null,
        systemModstamp: (record.LastModifiedDate as string) ?? null,
        eTag: `preview-${version}`,
        weakEtag: version
    };
}

async function readRecord(config: GetRecordConfig): Promise<RecordRepresentation> {
    const found = config.recordId ? await findRecord(config.recordId) : undefined;
    if (!found) {
        throw ldsError(404, 'NOT_FOUND', 'The requested resource does not exist');
    }
    const wanted = [...(config.fields ?? []), ...(config.optionalFields ?? [])];
    for (const field of config.fields ?? []) {
        const objectApiName = typeof field === 'string' ? field.split('.')[0] : field.objectApiName;
        if (objectApiName !== found.objectApiName) {
            throw ldsError(
                400,
                'INVALID_FIELD',
                `${objectApiName} fields cannot be read from a ${found.objectApiName} record.`
            );
        }
    }
    const paths = config.layoutTypes?.length
        ? Object.keys(found.record).map((name) => [name])
        : wanted
              .filter(
                  (field) =>
                      (typeof field === 'string' ? field.split('.')[0] : field.objectApiName) === found.objectApiName
              )
              .map(fieldPath);
    return representation(found.objectApiName, found.record, await buildFields(found.record, paths));
}

type DataCallback = (value: { data?: RecordRepresentation; error?: unknown }) => void;

const liveWires = new Set<GetRecordAdapter>();

class GetRecordAdapter {
    private config: GetRecordConfig | undefined;
    private readonly callback: DataCallback;

    constructor(callback: DataCallback) {
        this.callback = callback;
    }

    get recordId(): string | undefined {
        return this.config?.recordId;
    }

    connect(): void {
        liveWires.add(this);
        this.callback({ data: undefined, error: undefined });
    }

    update(config: GetRecordConfig): void {
        this.config = config;
        if (config?.recordId) {
            void this.refresh();
        }
    }

    disconnect(): void {
        liveWires.delete(this);
    }

    async refresh(): Promise<void> {
        const config = this.config;
        if (!config) {
            return;
        }
        try {
            const data = await readRecord(config);
            performance.mark(`lds:getRecord:${config.recordId}`);
            this.callback({ data, error: undefined });
        } catch (error) {
            this.callback({ data: undefined, error });
        }
    }
}

/** Wire adapter: `@wire(getRecord, { recordId: '$recordId', fields: [NAME_FIELD] }) record;` */
export const getRecord = GetRecordAdapter;

function refreshWires(recordId: string): void {
    for (const wire of liveWires) {
        if (wire.recordId === recordId || wire.recordId?.slice(0, 15) === recordId.slice(0, 15)) {
            void wire.refresh();
        }
    }
}

/** The value of a field of a record from getRecord, following relationships; undefined when absent. */
export function getFieldValue(record: RecordRepresentation | undefined | null, field: string | FieldId): unknown {
    let current: RecordRepresentation | undefined | null = record;
    const path = fieldPath(field);
    for (let index = 0; index < path.length; index++) {
        const entry = current?.fields?.[path[index]];
        if (!entry) {
            return undefined;
        }
        if (index === path.length - 1) {
            return entry.value;
        }
        current = entry.value as RecordRepresentation | null;
    }
    return undefined;
}

/** The display value of a field (formatted currency, date, lookup name); the value when it has none. */
export function getFieldDisplayValue(
    record: RecordRepresentation | undefined | null,
    field: string | FieldId
): unknown {
    const path = fieldPath(field);
    let current: RecordRepresentation | undefined | null = record;
    for (let index = 0; index < path.length - 1; index++) {
        current = current?.fields?.[path[index]]?.value as RecordRepresentation | null;
    }
    const entry = current?.fields?.[path[path.length - 1]];
    return entry ? (entry.displayValue ?? entry.value) : undefined;
}

export async function updateRecord(recordInput: RecordInput): Promise<RecordRepresentation> {
    const recordId = recordInput?.fields?.Id;
    const found = typeof recordId === 'string' ? await findRecord(recordId) : undefined;
    if (!found) {
        throw ldsError(404, 'NOT_FOUND', 'The requested resource does not exist');
    }
    const { Id: _id, ...changes } = recordInput.fields;
    Object.assign(found.record, changes, {
        LastModifiedDate: new Date().toISOString(),
        LastModifiedById: currentUserId()
    });
    version++;
    refreshWires(found.record.Id);
    return readRecord({ recordId: found.record.Id, layoutTypes: ['Full'] });
}

export async function createRecord(recordInput: RecordInput): Promise<RecordRepresentation> {
    const apiName = recordInput?.apiName;
    if (!apiName) {
        throw ldsError(400, 'INVALID_TYPE', 'createRecord needs apiName.');
    }
    const data = await demoData();
    createdCount++;
    const record = {
        ...recordInput.fields,
        Id: `${ID_PREFIX[apiName] ?? 'a0Z'}PV${String(createdCount).padStart(10, '0')}AAA`,
        Name: String(recordInput.fields.Name ?? recordInput.fields.LastName ?? recordInput.fields.Subject ?? ''),
        LastModifiedDate: new Date().toISOString()
    } as CrmRecord;
    (data.records[apiName] ??= []).push(record);
    return readRecord({ recordId: record.Id, layoutTypes: ['Full'] });
}

export async function deleteRecord(recordId: string): Promise<void> {
    const found = await findRecord(recordId);
    if (!found) {
        throw ldsError(404, 'NOT_FOUND', 'The requested resource does not exist');
    }
    const data = await demoData();
    const list = data.records[found.objectApiName];
    list.splice(list.indexOf(found.record), 1);
    refreshWires(recordId);
}

/** Tells LDS that records changed elsewhere (e.g. by Apex): their getRecord wires fetch again. */
export function notifyRecordUpdateAvailable(items: { recordId: string }[]): Promise<void> {
    items.forEach((item) => refreshWires(item.recordId));
    return Promise.resolve();
}

/** Deprecated twin of notifyRecordUpdateAvailable, still used by older components. */
export function getRecordNotifyChange(items: { recordId: string }[]): void {
    void notifyRecordUpdateAvailable(items);
}
