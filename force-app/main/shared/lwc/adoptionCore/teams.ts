/**
 * Works council teams: in works council mode (boards, challenges, the pulse and the digest), the team
 * each person's figures may be counted in, if any. Pinned by the worksCouncilTeams cases
 * (AdoptionCoreCases.json). Part of c/adoptionCore.
 */

/** A person on a board and their manager (User.ManagerId), for worksCouncilTeams. */
export interface TeamMember {
    /** The person (a user Id). */
    key: string;
    /** Their manager (User.ManagerId); blank when they have none. */
    manager?: string | null;
}

/**
 * The fixed partition of works council mode. A person's team is every active person with the same
 * manager (User.ManagerId), counted org-wide: the same people on every board, challenge and pulse,
 * whoever looks and whatever the scope. A person's figures count in their team's aggregate (the result
 * maps them to their manager's key) only when (1) they have a manager; (2) the whole team is among
 * the members given (as many as teamSizes says the org has: a team cut by a scope is not shown at
 * all); (3) the team has at least minimumSize people. Otherwise they map to null. Teams are never
 * pooled or merged. A person given twice counts once, with the first manager given.
 * @param members the people on the board and their managers; null entries and blank keys are skipped
 * @param teamSizes manager key -> the active people with that manager, org-wide; a team missing here
 * (or null) is not shown
 * @param minimumSize the fewest people a team shown may hold
 * @returns person key -> their manager's key, or null when their figures count in no aggregate
 * @throws Error when minimumSize is missing or below 1, or a team size is not a whole number of 0 or more
 * @example worksCouncilTeams([{ key: 'a', manager: 'M' }], { M: 1 }, 1) // { a: 'M' }
 */
export function worksCouncilTeams(
    members: readonly (TeamMember | null | undefined)[] | null | undefined,
    teamSizes: Readonly<Record<string, number | null>> | null | undefined,
    minimumSize: number | null | undefined
): Record<string, string | null> {
    if (typeof minimumSize !== 'number' || !Number.isFinite(minimumSize) || minimumSize < 1) {
        throw new Error(`Expected a minimum group size of at least 1, got ${String(minimumSize)}.`);
    }
    const sizes = teamSizes ?? {};
    for (const [team, size] of Object.entries(sizes)) {
        if (size !== null && size !== undefined && (!Number.isInteger(size) || size < 0)) {
            throw new Error(`Team ${team} has no valid size: ${size}.`);
        }
    }
    const managerOf = new Map<string, string | null>();
    const present = new Map<string, number>();
    for (const member of members ?? []) {
        const key = member?.key;
        if (typeof key !== 'string' || key.trim() === '' || managerOf.has(key)) {
            continue;
        }
        const manager = typeof member?.manager === 'string' && member.manager.trim() !== '' ? member.manager : null;
        managerOf.set(key, manager);
        if (manager !== null) {
            present.set(manager, (present.get(manager) ?? 0) + 1);
        }
    }
    const result: Record<string, string | null> = {};
    for (const [key, manager] of managerOf) {
        const here = manager === null ? 0 : (present.get(manager) ?? 0);
        const size = manager === null ? undefined : sizes[manager];
        const whole = manager !== null && typeof size === 'number' && size === here;
        result[key] = whole && here >= minimumSize ? manager : null;
    }
    return result;
}
