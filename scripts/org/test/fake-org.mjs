// A stand-in for a Salesforce org's REST API on 127.0.0.1 (random port), answering the calls jsforce
// makes, in the shapes the real API uses:
//   GET   /services/oauth2/userinfo                          { user_id, preferred_username, ... }
//   GET   /services/data/vXX.X/query?q=SOQL                  { totalSize, done, nextRecordsUrl?, records }
//   GET   /services/data/vXX.X/query/01g...-2000             the next page
//   GET   /services/data/vXX.X/tooling/query?q=SOQL          + size, queryLocator, entityTypeName
//   GET   /services/data/vXX.X/sobjects/{type}/describe      { name, fields: [...] } or 404 NOT_FOUND
//   PATCH /services/data/vXX.X/composite/sobjects/{type}/{externalIdField}
//                                                            [{ id, success, errors, created }]
//   DELETE /services/data/vXX.X/composite/sobjects?ids=...   [{ id, success, errors }]
//   POST  /services/data/vXX.X/sobjects/{type}               { id, success, errors } (201)
//   POST|PATCH /services/data/vXX.X/composite/sobjects       create / update: [{ id, success, errors }]
// Errors are `[{ "message": "...", "errorCode": "..." }]` with the status the API uses (401
// INVALID_SESSION_ID, 403 REQUEST_LIMIT_EXCEEDED, 400 MALFORMED_ID / INVALID_FIELD, 404 NOT_FOUND).
import http from 'node:http';

export const ERRORS = {
    expiredSession: { status: 401, errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' },
    requestLimit: { status: 403, errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'TotalRequests Limit exceeded.' },
    malformedId: { status: 400, errorCode: 'MALFORMED_ID', message: 'Id in upsert is not valid: 005BAD' },
    invalidField: {
        status: 400,
        errorCode: 'INVALID_FIELD',
        message:
            "\nSELECT Bonus__c FROM Adoption_Period_Score__c\n       ^\nERROR at Row:1:Column:8\nNo such column 'Bonus__c' on entity 'Adoption_Period_Score__c'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names."
    }
};

/** A describe field: name, type, and for lookups the relationship name and target objects. */
export function describeField(name, type = 'string', extra = {}) {
    return {
        name,
        label: name.replace(/__c$/, '').replace(/_/g, ' '),
        type,
        nillable: true,
        createable: type !== 'id',
        updateable: type !== 'id',
        custom: name.endsWith('__c'),
        externalId: false,
        relationshipName: null,
        referenceTo: [],
        ...extra
    };
}

function objectOf(soql) {
    return /\bFROM\s+([A-Za-z0-9_]+)/i.exec(soql)?.[1] ?? 'Unknown';
}

function withAttributes(record, type, version) {
    const out = { attributes: { type, url: `/services/data/v${version}/sobjects/${type}/${record.Id ?? ''}` } };
    for (const [key, value] of Object.entries(record)) {
        out[key] =
            value && typeof value === 'object' && !Array.isArray(value) && !value.attributes
                ? withAttributes(value, key, version)
                : value;
    }
    return out;
}

/**
 * Starts the fake org. Options:
 * - query(soql, { tooling }) => records | undefined (undefined answers 400 INVALID_TYPE)
 * - describe: { [objectName]: fields[] | (state) => fields[] } (absent objects answer 404 NOT_FOUND);
 *   state.created is what POSTs inserted
 * - validateRow(type, record) => undefined | { statusCode, message, fields } for a failed upsert row
 * - faults: [{ path: RegExp over 'METHOD /path SOQL', method?, status, errorCode, message, times? }]
 *   answered before anything else
 * - limits: what GET /limits answers (default LIMITS)
 * - pageSize (default 2000), token (default 'fake-token'), user ({ user_id, preferred_username, name })
 * Returns { url, token, user, requests, upserts (type -> key -> record), deleted (ids),
 * created (type -> records), close() }.
 */
/** What GET /limits answers unless options.limits says otherwise: one parallel-trigger slot of five taken. */
export const LIMITS = {
    DailyApiRequests: { Max: 15000, Remaining: 14000 },
    PlatformEventTriggersWithParallelProcessing: { Max: 5, Remaining: 4 }
};

export async function startFakeOrg(options = {}) {
    const token = options.token ?? 'fake-token';
    const pageSize = options.pageSize ?? 2000;
    const faults = (options.faults ?? []).map((fault) => ({ ...fault }));
    const user = {
        user_id: '005000000000001AAA',
        organization_id: '00D000000000001EAA',
        preferred_username: 'admin@example.com',
        name: 'Ada Admin',
        ...options.user
    };
    const requests = [];
    /** type -> externalId -> record, for what upserts wrote. */
    const upserts = new Map();
    const deleted = [];
    let idCount = 0;
    /** type -> records inserted with POST (sobjects or composite). */
    const created = new Map();
    const state = { created };
    const insert = (type, fields) => {
        const id = `0${type.length % 10}X${String(++idCount).padStart(12, '0')}AAA`;
        const table = created.get(type) ?? [];
        created.set(type, table);
        table.push({ ...fields, Id: id });
        return id;
    };
    const cursors = new Map();
    let cursorCount = 0;

    const send = (response, status, body) => {
        response.writeHead(status, { 'content-type': 'application/json;charset=UTF-8' });
        response.end(JSON.stringify(body));
    };
    const fail = (response, status, errorCode, message) => send(response, status, [{ message, errorCode }]);

    const page = (response, version, tooling, type, records, offset) => {
        const slice = records.slice(offset, offset + pageSize);
        const more = offset + pageSize < records.length;
        const body = {
            totalSize: records.length,
            done: !more,
            records: slice.map((record) => withAttributes(record, record.attributes?.type ?? type, version))
        };
        if (more) {
            const locator = `01g${String(++cursorCount).padStart(12, '0')}AAA-${offset + pageSize}`;
            cursors.set(locator, { records, type, offset: offset + pageSize });
            body.nextRecordsUrl = `/services/data/v${version}/${tooling ? 'tooling/' : ''}query/${locator}`;
        }
        if (tooling) {
            Object.assign(body, { size: records.length, queryLocator: null, entityTypeName: type });
        }
        send(response, 200, body);
    };

    const server = http.createServer((request, response) => {
        let raw = '';
        request.setEncoding('utf8');
        request.on('data', (chunk) => (raw += chunk));
        request.on('end', () => {
            const url = new URL(request.url, 'http://127.0.0.1');
            const entry = { method: request.method, path: url.pathname, query: url.searchParams.get('q'), body: raw };
            requests.push(entry);
            try {
                handle(request, response, url, raw);
            } catch (error) {
                fail(response, 500, 'UNKNOWN_EXCEPTION', `fake org: ${error.message}`);
            }
        });
    });

    function handle(request, response, url, raw) {
        const fault = faults.find(
            (candidate) =>
                (candidate.times === undefined || candidate.times > 0) &&
                (!candidate.method || candidate.method === request.method) &&
                candidate.path.test(`${request.method} ${url.pathname} ${url.searchParams.get('q') ?? ''}`)
        );
        if (fault) {
            if (fault.times !== undefined) {
                fault.times--;
            }
            fail(response, fault.status, fault.errorCode, fault.message);
            return;
        }
        if (request.headers.authorization !== `Bearer ${token}`) {
            fail(response, 401, 'INVALID_SESSION_ID', 'Session expired or invalid');
            return;
        }
        if (url.pathname === '/services/oauth2/userinfo') {
            send(response, 200, {
                sub: `https://login.salesforce.com/id/${user.organization_id}/${user.user_id}`,
                ...user
            });
            return;
        }
        const api = /^\/services\/data\/v(\d+\.\d)\/(.*)$/.exec(url.pathname);
        if (!api) {
            fail(response, 404, 'NOT_FOUND', 'The requested resource does not exist');
            return;
        }
        const [, version, rest] = api;
        let match;
        if (rest === 'limits' && request.method === 'GET') {
            send(response, 200, options.limits ?? LIMITS);
            return;
        }
        if ((match = /^(tooling\/)?query$/.exec(rest)) && request.method === 'GET') {
            const soql = url.searchParams.get('q') ?? '';
            const tooling = Boolean(match[1]);
            const records = options.query?.(soql, { tooling });
            if (!records) {
                fail(response, 400, 'INVALID_TYPE', `sObject type '${objectOf(soql)}' is not supported.`);
                return;
            }
            const type = / GROUP BY /i.test(soql) ? 'AggregateResult' : objectOf(soql);
            page(response, version, tooling, type, records, 0);
            return;
        }
        if ((match = /^(tooling\/)?query\/([A-Za-z0-9]+-\d+)$/.exec(rest)) && request.method === 'GET') {
            const cursor = cursors.get(match[2]);
            if (!cursor) {
                fail(response, 400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
                return;
            }
            page(response, version, Boolean(match[1]), cursor.type, cursor.records, cursor.offset);
            return;
        }
        if ((match = /^sobjects\/([A-Za-z0-9_]+)\/describe$/.exec(rest)) && request.method === 'GET') {
            const entry = options.describe?.[match[1]];
            const fields = typeof entry === 'function' ? entry(state) : entry;
            if (!fields) {
                fail(response, 404, 'NOT_FOUND', 'The requested resource does not exist');
                return;
            }
            send(response, 200, {
                name: match[1],
                label: match[1],
                custom: match[1].includes('__'),
                queryable: true,
                createable: true,
                updateable: true,
                deletable: true,
                fields,
                childRelationships: [],
                recordTypeInfos: [],
                urls: {}
            });
            return;
        }
        if (
            (match = /^composite\/sobjects\/([A-Za-z0-9_]+)\/([A-Za-z0-9_]+)$/.exec(rest)) &&
            request.method === 'PATCH'
        ) {
            const [, type, externalIdField] = match;
            const body = JSON.parse(raw);
            if (!Array.isArray(body.records) || body.records.length > 200) {
                fail(
                    response,
                    400,
                    'EXCEEDED_ID_LIMIT',
                    'record limit reached. cannot submit more than 200 records into this call'
                );
                return;
            }
            const table = upserts.get(type) ?? new Map();
            upserts.set(type, table);
            const results = body.records.map((record) => {
                if (record.attributes?.type !== type) {
                    return {
                        success: false,
                        errors: [
                            { statusCode: 'INVALID_TYPE', message: 'attributes.type is missing or wrong', fields: [] }
                        ]
                    };
                }
                const key = record[externalIdField];
                if (!key) {
                    return {
                        success: false,
                        errors: [
                            {
                                statusCode: 'REQUIRED_FIELD_MISSING',
                                message: `Required fields are missing: [${externalIdField}]`,
                                fields: [externalIdField]
                            }
                        ]
                    };
                }
                const problem = options.validateRow?.(type, record);
                if (problem) {
                    return { success: false, errors: [problem] };
                }
                const existing = table.get(key);
                const id = existing?.Id ?? `a0${type.length % 10}${String(++idCount).padStart(12, '0')}AAA`;
                const fields = { ...record };
                delete fields.attributes;
                table.set(key, { ...existing, ...fields, Id: id });
                return { id, success: true, errors: [], created: !existing };
            });
            if (body.allOrNone && results.some((result) => !result.success)) {
                send(
                    response,
                    200,
                    results.map((result) =>
                        result.success
                            ? {
                                  success: false,
                                  errors: [
                                      {
                                          statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
                                          message:
                                              'Record rolled back because not all records were valid and the request was using AllOrNone header',
                                          fields: []
                                      }
                                  ]
                              }
                            : result
                    )
                );
                return;
            }
            send(response, 200, results);
            return;
        }
        if ((match = /^sobjects\/([A-Za-z0-9_]+)$/.exec(rest)) && request.method === 'POST') {
            const id = insert(match[1], JSON.parse(raw));
            send(response, 201, { id, success: true, errors: [] });
            return;
        }
        if (rest === 'composite/sobjects' && (request.method === 'POST' || request.method === 'PATCH')) {
            const body = JSON.parse(raw);
            if (!Array.isArray(body.records) || body.records.length > 200) {
                fail(
                    response,
                    400,
                    'EXCEEDED_ID_LIMIT',
                    'record limit reached. cannot submit more than 200 records into this call'
                );
                return;
            }
            send(
                response,
                200,
                body.records.map((record) => {
                    const { attributes, ...fields } = record;
                    if (request.method === 'POST') {
                        return { id: insert(attributes.type, fields), success: true, errors: [] };
                    }
                    const table = created.get(attributes.type) ?? [];
                    const existing = table.find((row) => row.Id === fields.id || row.Id === fields.Id);
                    if (existing) {
                        Object.assign(existing, fields);
                    }
                    return existing
                        ? { id: existing.Id, success: true, errors: [] }
                        : {
                              success: false,
                              errors: [{ statusCode: 'ENTITY_IS_DELETED', message: 'entity is deleted', fields: [] }]
                          };
                })
            );
            return;
        }
        if (rest === 'composite/sobjects' && request.method === 'DELETE') {
            const ids = (url.searchParams.get('ids') ?? '').split(',').filter(Boolean);
            if (ids.length > 200) {
                fail(
                    response,
                    400,
                    'EXCEEDED_ID_LIMIT',
                    'record limit reached. cannot submit more than 200 records into this call'
                );
                return;
            }
            deleted.push(...ids);
            for (const table of upserts.values()) {
                for (const [key, record] of table) {
                    if (ids.includes(record.Id)) {
                        table.delete(key);
                    }
                }
            }
            send(
                response,
                200,
                ids.map((id) => ({ id, success: true, errors: [] }))
            );
            return;
        }
        fail(response, 404, 'NOT_FOUND', 'The requested resource does not exist');
    }

    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}`,
        token,
        user,
        requests,
        upserts,
        deleted,
        created,
        close: () =>
            new Promise((resolve) => {
                server.close(resolve);
                server.closeAllConnections();
            })
    };
}
