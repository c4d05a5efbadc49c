// A jsforce connection to the target org. Credentials come from the Salesforce CLI's own login
// (`sf org display --json`: accessToken + instanceUrl) or from SF_INSTANCE_URL + SF_ACCESS_TOKEN;
// they stay in memory: nothing is written to disk or printed.
import { Connection } from 'jsforce';
import { apiVersion, CliError, UsageError, type Io } from './cli.js';
import { orgDisplay, SF_MISSING } from './sf.js';

export interface OrgConnection {
    conn: Connection;
    /** How the script says which org it acts on: 'user@example.com (https://...)'. */
    label: string;
    instanceUrl: string;
}

/** The running user, from the OpenID Connect userinfo endpoint of the instance. */
export interface RunningUser {
    id: string;
    username: string;
    name: string;
    organizationId: string;
}

function checkInstanceUrl(value: string, source: string): string {
    let url: URL;
    try {
        url = new URL(value);
    } catch {
        throw new UsageError(`${source} is not a URL: '${value}'. Expected e.g. https://mydomain.my.salesforce.com`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new UsageError(`${source} must be an https URL, got '${value}'.`);
    }
    return value.replace(/\/+$/, '');
}

/**
 * Connects to the org chosen by --target-org (through the sf CLI); without it, to SF_INSTANCE_URL +
 * SF_ACCESS_TOKEN when both are set; otherwise to SF_TARGET_ORG or the CLI's default org.
 */
export async function connect(io: Io, targetOrgFlag: string | undefined): Promise<OrgConnection> {
    const version = apiVersion();
    const envUrl = io.env.SF_INSTANCE_URL?.trim();
    const envToken = io.env.SF_ACCESS_TOKEN?.trim();
    if (!targetOrgFlag && (envUrl || envToken)) {
        if (!envUrl || !envToken) {
            throw new UsageError(
                `SF_INSTANCE_URL and SF_ACCESS_TOKEN go together: ${envUrl ? 'SF_ACCESS_TOKEN' : 'SF_INSTANCE_URL'} is not set. Set both, or unset both to use the sf CLI login.`
            );
        }
        const instanceUrl = checkInstanceUrl(envUrl, 'SF_INSTANCE_URL');
        return {
            conn: new Connection({ instanceUrl, accessToken: envToken, version }),
            label: `${instanceUrl} (SF_INSTANCE_URL + SF_ACCESS_TOKEN)`,
            instanceUrl
        };
    }
    const targetOrg = targetOrgFlag ?? (io.env.SF_TARGET_ORG?.trim() || undefined);
    let org;
    try {
        org = await orgDisplay(io, targetOrg);
    } catch (error) {
        if (error instanceof CliError && error.message === SF_MISSING) {
            throw new CliError(
                `${SF_MISSING}\nOr connect with an access token: set SF_INSTANCE_URL and SF_ACCESS_TOKEN.`
            );
        }
        throw error;
    }
    if (!org.accessToken || !org.instanceUrl) {
        throw new CliError(
            `\`sf org display\` gave no access token for ${targetOrg ?? 'the default org'}${org.connectedStatus ? ` (status: ${org.connectedStatus})` : ''}: log in again with \`sf org login web --alias ${targetOrg ?? 'adoption'}\`.`
        );
    }
    const instanceUrl = checkInstanceUrl(org.instanceUrl, 'The org instance URL');
    return {
        conn: new Connection({ instanceUrl, accessToken: org.accessToken, version }),
        label: `${org.username ?? targetOrg ?? 'default org'}${org.alias ? ` [${org.alias}]` : ''} (${instanceUrl})`,
        instanceUrl
    };
}

/** Who the connection runs as (GET /services/oauth2/userinfo on the instance). */
export async function runningUser(conn: Connection): Promise<RunningUser> {
    const info = await conn.request<{
        user_id?: string;
        preferred_username?: string;
        name?: string;
        organization_id?: string;
    }>('/services/oauth2/userinfo');
    if (!info || typeof info !== 'object' || !info.user_id) {
        throw new CliError('The org did not say who the running user is (userinfo had no user_id).');
    }
    return {
        id: info.user_id,
        username: info.preferred_username ?? info.user_id,
        name: info.name ?? info.preferred_username ?? info.user_id,
        organizationId: info.organization_id ?? ''
    };
}
