// ScopesService.resolve over the sample data, for every local answer that needs who is on a board
// (the leaderboard, a challenge's launch): one stand-in, so both refuse the same scopes with the same
// labels, as in the org, where both call ScopesService.
//
// Where the sample cannot say what the org would:
// - It has no roles: "Org" follows reporting lines (the caller and everyone below them) instead of
//   the role hierarchy.
// - It has no public groups: each sales team ('West', 'East') stands in for one, with a made-up Id.
// - Custom permissions come from the page file (customPermissions), as @salesforce/customPermission does:
//   Adoption_Administer makes the page's user an admin (the only one who may ask for Everyone).
// - Reach (a group cut to the people below a non-admin caller) follows reporting lines only.
import type { DemoUser, MetadataRecord } from '../data/types';
import { page } from '../runtime/context';
import ERROR_SCOPE from '@salesforce/label/c.Adoption_Board_Error_Scope';
import ERROR_GROUP from '@salesforce/label/c.Adoption_Board_Error_Group';
import ERROR_GROUP_REQUIRED from '@salesforce/label/c.Adoption_Board_Error_Group_Required';
import ERROR_TEAM_ONLY from '@salesforce/label/c.Adoption_Board_Error_Team_Only';
import ERROR_ADMINS_ONLY from '@salesforce/label/c.Adoption_Scope_Error_Admins_Only';
import { text } from './values';

/** ScopesService.SCOPES. */
export const SCOPE_NAMES = ['Team', 'Org', 'Everyone', 'Group'] as const;

/** The sample's teams, standing in for public groups: made-up Id -> team. */
export const GROUPS: Readonly<Record<string, string>> = {
    '00G00000000WEST1AAA': 'West',
    '00G00000000EAST1AAA': 'East'
};

/** What a scope is resolved over: the settings, the active users and the caller. */
export interface ScopeSample {
    settings: MetadataRecord;
    users: DemoUser[];
    me: string;
    /** Whether the caller holds Adoption_Administer; the page's user's permissions when absent. */
    admin?: boolean;
}

/** ScopesService.Scope. */
export interface ResolvedScope {
    name: string;
    users: DemoUser[];
    teamManagerId: string | null;
    /** The caller is an admin, or the scope lies within their own team or subtree (ScopesService). */
    isManager: boolean;
    isAdmin: boolean;
}

/** A label with {0} filled, cut at 40 characters, as ScopesService.fill does. */
export function fill(label: string, value: unknown): string {
    const shown = value === null || value === undefined ? 'null' : String(value);
    return label.replace('{0}', shown.length > 40 ? `${shown.slice(0, 37)}...` : shown);
}

/** The name as listed, matched ignoring case and spaces around it; undefined when not listed. */
export function canonical(names: readonly string[], value: unknown): string | undefined {
    const wanted = text(value).trim().toLowerCase();
    return wanted ? names.find((name) => name.toLowerCase() === wanted) : undefined;
}

/** ScopesService.isManager: the Adoption_Manage permission, or someone reports to the user. */
export function isManagerOf(users: readonly DemoUser[], userId: string): boolean {
    return page.customPermissions.includes('Adoption_Manage') || users.some((user) => user.ManagerId === userId);
}

/** The Adoption_Administer custom permission (FeatureManagement.checkPermission in ScopesService). */
export function isAdmin(): boolean {
    return page.customPermissions.includes('Adoption_Administer');
}

/** The caller and everyone below them in the reporting lines. */
function below(users: readonly DemoUser[], me: string): Set<string> {
    const reached = new Set([me]);
    let grew = true;
    while (grew) {
        grew = false;
        for (const user of users) {
            if (user.ManagerId && reached.has(user.ManagerId) && !reached.has(user.Id)) {
                reached.add(user.Id);
                grew = true;
            }
        }
    }
    return reached;
}

/** ScopesService.resolve as the sample's caller (`me`); refuses with ScopesService's labels. */
export function resolveScope(data: ScopeSample, scope: unknown, groupId: unknown): ResolvedScope {
    const name = canonical(SCOPE_NAMES, scope);
    if (!name) {
        throw new Error(fill(ERROR_SCOPE, scope ?? null));
    }
    const admin = data.admin ?? isAdmin();
    if (name === 'Everyone' && !admin) {
        throw new Error(ERROR_ADMINS_ONLY);
    }
    const isManager = isManagerOf(data.users, data.me);
    if (name !== 'Team' && !admin && !isManager && data.settings.Team_Only_Boards__c === true) {
        throw new Error(ERROR_TEAM_ONLY);
    }
    const me = data.users.find((user) => user.Id === data.me);
    if (name === 'Team') {
        const hasReports = data.users.some((user) => user.ManagerId === data.me);
        const head = hasReports ? data.me : (me?.ManagerId ?? null);
        const users = head
            ? data.users.filter((user) => user.Id === head || user.ManagerId === head)
            : data.users.filter((user) => user.Id === data.me);
        return { name, users, teamManagerId: head, isManager: admin || hasReports, isAdmin: admin };
    }
    if (name === 'Org') {
        const reached = below(data.users, data.me);
        return {
            name,
            users: data.users.filter((user) => reached.has(user.Id)),
            teamManagerId: null,
            isManager: true,
            isAdmin: admin
        };
    }
    if (name === 'Everyone') {
        return { name, users: data.users, teamManagerId: null, isManager: true, isAdmin: admin };
    }
    if (!groupId) {
        throw new Error(ERROR_GROUP_REQUIRED);
    }
    const team = GROUPS[text(groupId)];
    // Anyone but an admin must be in the group, and gets only the members within their reach.
    if (!team || (!admin && me?.Team !== team)) {
        throw new Error(ERROR_GROUP);
    }
    const reached = admin ? null : below(data.users, data.me);
    return {
        name,
        users: data.users.filter((user) => user.Team === team && (reached === null || reached.has(user.Id))),
        teamManagerId: null,
        isManager: true,
        isAdmin: admin
    };
}

/** ScopesService.availableScopes: Team only for a rep on team-only boards; Everyone for admins only. */
export function availableScopes(settings: MetadataRecord, users: readonly DemoUser[], me: string): string[] {
    const admin = isAdmin();
    if (settings.Team_Only_Boards__c === true && !isManagerOf(users, me) && !admin) {
        return ['Team'];
    }
    return SCOPE_NAMES.filter((name) => name !== 'Everyone' || admin);
}
