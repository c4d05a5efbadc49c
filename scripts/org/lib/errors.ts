// One sentence per failure an admin can meet, saying what happened and what to do next. The REST API
// answers errors as `[{"message": "...", "errorCode": "INVALID_SESSION_ID"}]`; jsforce turns that into
// an Error whose name and errorCode are the code. Network failures carry a Node error code.

const NEXT_STEP: Record<string, string> = {
    INVALID_SESSION_ID:
        'The org session has expired or is not valid. Log in again (`sf org login web --alias <alias>`) or refresh SF_ACCESS_TOKEN, then re-run.',
    REQUEST_LIMIT_EXCEEDED:
        'The org has used up its API request limit. Wait until the rolling 24-hour limit frees up (Setup > Company Information shows API usage), then re-run: re-runs are safe.',
    MALFORMED_ID:
        'Salesforce rejected an Id as malformed. Check the Ids you passed: a user Id starts with 005 and has 15 or 18 characters.',
    INVALID_FIELD:
        'A field the script uses does not exist in the org or is not visible to you. Deploy the current package (`npm run deploy`), check that you have the Adoption_Admin permission set, and run `npm run doctor` to see what is missing.',
    INVALID_TYPE:
        'An object the script uses does not exist in the org or is not visible to you. Deploy the package (`npm run deploy`), check that you have the Adoption_Admin permission set, and run `npm run doctor`.',
    NOT_FOUND:
        'The org does not have what the script asked for. Deploy the package (`npm run deploy`) and run `npm run doctor`.',
    API_DISABLED_FOR_ORG:
        'The REST API is not enabled for this org or user (it needs Enterprise, Unlimited, Developer or Performance edition and the "API Enabled" permission).',
    API_CURRENTLY_DISABLED: 'The REST API is disabled for this user: ask for the "API Enabled" permission.',
    INSUFFICIENT_ACCESS_OR_READONLY:
        'You do not have access to a record the script writes. Assign yourself the Adoption_Admin permission set (`sf org assign permset --name Adoption_Admin`).',
    INVALID_QUERY_FILTER_OPERATOR: 'The org rejected a query filter; check the Ids and names you passed.',
    MALFORMED_QUERY: 'The org rejected a query; check the Ids and names you passed.',
    UNABLE_TO_LOCK_ROW: 'Another process was writing the same records. Re-run in a minute: re-runs are safe.',
    SERVER_UNAVAILABLE: 'Salesforce is temporarily unavailable. Re-run in a few minutes: re-runs are safe.'
};

const NETWORK: Record<string, string> = {
    ECONNREFUSED: 'the connection was refused',
    ENOTFOUND: 'the host name does not resolve',
    ETIMEDOUT: 'the connection timed out',
    ECONNRESET: 'the connection was reset',
    EAI_AGAIN: 'the host name could not be resolved (DNS)',
    CERT_HAS_EXPIRED: 'its TLS certificate has expired',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate cannot be verified'
};

/** The Salesforce error code of an error, if it has one. */
export function errorCodeOf(error: unknown): string | undefined {
    if (typeof error !== 'object' || error === null) {
        return undefined;
    }
    const candidate = error as { errorCode?: unknown; name?: unknown };
    if (typeof candidate.errorCode === 'string' && candidate.errorCode) {
        return candidate.errorCode;
    }
    return typeof candidate.name === 'string' && /^[A-Z][A-Z0-9_]+$/.test(candidate.name) ? candidate.name : undefined;
}

function networkCodeOf(error: unknown): string | undefined {
    let current: unknown = error;
    for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
        const code = (current as { code?: unknown }).code;
        if (typeof code === 'string' && code in NETWORK) {
            return code;
        }
        current = (current as { cause?: unknown }).cause;
    }
    return undefined;
}

function firstLine(text: string): string {
    const lines = text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    // SOQL errors repeat the query and point at it with '^'; the reason is the last line.
    return lines.length > 1 && lines.some((line) => line.startsWith('^')) ? lines[lines.length - 1]! : (lines[0] ?? '');
}

/** A clear, single-paragraph description of any error, without a stack trace. */
export function describeError(error: unknown): string {
    if (!(error instanceof Error)) {
        return String(error);
    }
    if (error.name === 'CliError' || error.name === 'UsageError') {
        return error.message;
    }
    const network = networkCodeOf(error);
    if (network) {
        return `Cannot reach the org: ${NETWORK[network]} (${network}). Check the instance URL and your network, then re-run.`;
    }
    const code = errorCodeOf(error);
    if (code) {
        const httpStatus = /^ERROR_HTTP_(\d+)$/.exec(code)?.[1];
        if (httpStatus === '401') {
            return `${NEXT_STEP.INVALID_SESSION_ID} (HTTP 401)`;
        }
        if (httpStatus) {
            return `The org answered HTTP ${httpStatus}: ${firstLine(error.message).slice(0, 300)}`;
        }
        const detail = `${code}: ${firstLine(error.message)}`;
        const next = NEXT_STEP[code];
        return next ? `${next} (${detail})` : `The org answered ${detail}`;
    }
    return firstLine(error.message) || error.name;
}

/** One failed row of a composite (sObject Collections) save: the REST API calls the code statusCode. */
export interface RowError {
    statusCode?: string;
    errorCode?: string;
    message: string;
    fields?: string[];
}

/** Groups row errors by code and message: "3 rows: MALFORMED_ID (User__c): User: id value of incorrect type". */
export function summariseRowErrors(errors: readonly RowError[], limit = 5): string[] {
    const counts = new Map<string, number>();
    for (const error of errors) {
        const code = error.statusCode ?? error.errorCode ?? 'ERROR';
        const fields = error.fields?.length ? ` (${error.fields.join(', ')})` : '';
        const key = `${code}${fields}: ${firstLine(error.message)}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const lines = [...counts.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([key, count]) => `${count} row${count === 1 ? '' : 's'}: ${key}`);
    const hints = new Set<string>();
    for (const error of errors) {
        const next = NEXT_STEP[error.statusCode ?? error.errorCode ?? ''];
        if (next) {
            hints.add(next);
        }
    }
    const shown = lines.slice(0, limit);
    if (lines.length > limit) {
        shown.push(`... and ${lines.length - limit} other kinds of error`);
    }
    return [...shown, ...hints];
}
