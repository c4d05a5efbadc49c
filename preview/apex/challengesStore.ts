// The challenges' local answers (ChallengesController.*), computed from the sample data as
// ChallengesService computes them in the org (docs/challenges.md): the same checks in the same order
// with the same labels, the same visibility, team names, winners and board. Not an answer itself.
//
// - Challenges live in memory for the page's lifetime, like the admin's jobs: two are seeded (a Live
//   individual challenge this week with a target, and a Closed team challenge of last month ranked
//   by Average, with its winners); what a page saves, launches or closes is gone on reload.
// - Points are read from the sample ledger when asked for, with the org's matching: Occurred_At__c in
//   [Start, End), and before Closed_At once closed (scoring stops there), rule in Rules or category
//   in Categories (both empty: everything); reversals take points back. The org adds the same
//   entries to each participant's challenge row, at launch and then live.
// - Standings come from challengeStandings (c/adoptionCore), the twin of AdoptionCore's, pinned by the
//   shared cases: nothing here ranks on its own.
// - Participants are fixed at launch by resolving the scope as the launching user, as the
//   leaderboard's answer does (scopesStore.ts): "Org" follows reporting lines and the two sales
//   teams stand in for public groups, because the sample has no roles and no groups. For the same
//   reason a user's Title stands in for their role (Team_By Role).
// - Who hides from boards: the page user's own choice on My Progress (privacyStore.ts).
// - Privacy is the org's (ChallengeBoards): exact ranks for the owner and admins; everyone else their
//   own figures and own band (privateRankBand), and no figure of their own team when it is below the
//   minimum group size; works council mode: an individual board holds the caller's own row, a team
//   board ranks the fixed teams (privacyStore.worksCouncilTeamsOf: everyone with the same manager,
//   whole and of the minimum size) with averages and no sums, whatever Team_By says; individual
//   challenges, teams by role and group participants are refused, and closing names no person; a test
//   run names nobody and shows its points only on its board; a start more than MAX_START_DAYS_AGO days
//   back is refused at save and launch; sales-outcome rules are refused unless the settings allow
//   them (privacyStore.ts). A test run's stored rows (the org's: the owner's, with no figure in them)
//   are not something a page can see.
// - The clock is the real one moved to the sample's day (PREVIEW_TODAY may pin that day), so the
//   seeded windows stay around "today". No job runs: a challenge past its end stays open until it is
//   ended ("End now"); in the org the hourly AdoptionChallengeJob closes it, once an admin schedules it.
// - The caller is the page's user; Adoption_Administer (admins: everything) and Adoption_Manage
//   (managers: may create) are the page's custom permissions.
import type {
    ChallengeInput,
    ChallengeList,
    ChallengeParticipants,
    ChallengeStatus,
    ChallengeSummary,
    ChallengeTeamBy,
    ChallengeTeamScoring,
    ChallengeView,
    ChallengeFormat
} from 'c/challenges';
import type { Board, BoardOption, BoardRow } from 'c/leaderboard';
import { challengeStandings, periodStart, weekStartDayNumber } from 'c/adoptionCore';
import type { ChallengeMember, ChallengeStanding } from 'c/adoptionCore';
import type { DemoData, DemoUser, LedgerEntry, MetadataRecord } from '../data/types';
import { page } from '../runtime/context';
import { demoData } from '../runtime/demo';
import SCOPE_TEAM from '@salesforce/label/c.Adoption_Board_Scope_Team';
import SCOPE_ORG from '@salesforce/label/c.Adoption_Board_Scope_Org';
import SCOPE_EVERYONE from '@salesforce/label/c.Adoption_Board_Scope_Everyone';
import SCOPE_GROUP from '@salesforce/label/c.Adoption_Board_Scope_Group';
import ERROR_NOT_FOUND from '@salesforce/label/c.Adoption_Challenge_Error_Not_Found';
import ERROR_NOT_ALLOWED from '@salesforce/label/c.Adoption_Challenge_Error_Not_Allowed';
import ERROR_CREATE_NOT_ALLOWED from '@salesforce/label/c.Adoption_Challenge_Error_Create_Not_Allowed';
import ERROR_NAME from '@salesforce/label/c.Adoption_Challenge_Error_Name';
import ERROR_NAME_TOO_LONG from '@salesforce/label/c.Adoption_Challenge_Error_Name_Too_Long';
import ERROR_DATES from '@salesforce/label/c.Adoption_Challenge_Error_Dates';
import ERROR_FORMAT from '@salesforce/label/c.Adoption_Challenge_Error_Format';
import ERROR_TEAM from '@salesforce/label/c.Adoption_Challenge_Error_Team';
import ERROR_TARGET from '@salesforce/label/c.Adoption_Challenge_Error_Target';
import ERROR_TARGET_REQUIRED from '@salesforce/label/c.Adoption_Challenge_Error_Target_Required';
import ERROR_PRIZE from '@salesforce/label/c.Adoption_Challenge_Error_Prize';
import ERROR_RULE from '@salesforce/label/c.Adoption_Challenge_Error_Rule';
import ERROR_CATEGORY from '@salesforce/label/c.Adoption_Challenge_Error_Category';
import ERROR_TOO_MANY from '@salesforce/label/c.Adoption_Challenge_Error_Too_Many_Names';
import ERROR_PARTICIPANTS from '@salesforce/label/c.Adoption_Challenge_Error_Participants';
import ERROR_GROUP from '@salesforce/label/c.Adoption_Challenge_Error_Group';
import ERROR_EDIT_DRAFT_ONLY from '@salesforce/label/c.Adoption_Challenge_Error_Edit_Draft_Only';
import ERROR_LAUNCH_DRAFT_ONLY from '@salesforce/label/c.Adoption_Challenge_Error_Launch_Draft_Only';
import ERROR_ANNOUNCE_HIDDEN_ONLY from '@salesforce/label/c.Adoption_Challenge_Error_Announce_Hidden_Only';
import ERROR_CLOSE_RUNNING_ONLY from '@salesforce/label/c.Adoption_Challenge_Error_Close_Running_Only';
import ERROR_ENDED from '@salesforce/label/c.Adoption_Challenge_Error_Ended';
import ERROR_NO_PARTICIPANTS from '@salesforce/label/c.Adoption_Challenge_Error_No_Participants';
import TEAM_OF from '@salesforce/label/c.Adoption_Challenge_Team_Of';
import TEAM_NO_ROLE from '@salesforce/label/c.Adoption_Challenge_Team_No_Role';
import TEAM_UNNAMED from '@salesforce/label/c.Adoption_Challenge_Team_Unnamed';
import ERROR_WORKS_COUNCIL from '@salesforce/label/c.Adoption_Challenge_Error_Works_Council';
import ERROR_WORKS_COUNCIL_TEAM_BY from '@salesforce/label/c.Adoption_Challenge_Error_Works_Council_Team_By';
import ERROR_WORKS_COUNCIL_GROUP from '@salesforce/label/c.Adoption_Challenge_Error_Works_Council_Group';
import ERROR_START_TOO_EARLY from '@salesforce/label/c.Adoption_Challenge_Error_Start_Too_Early';
import ERROR_SALES_OUTCOME from '@salesforce/label/c.Adoption_Challenge_Error_Sales_Outcome';
import { GROUPS, resolveScope } from './scopesStore';
import {
    hiddenFromBoards,
    placed,
    isSalesOutcomeCategory,
    isSalesOutcomeRule,
    minimumGroupSize,
    showSalesOutcomes,
    usesBands,
    worksCouncilMode,
    worksCouncilTeamsOf
} from './privacyStore';

const SCOPES: [ChallengeParticipants, string][] = [
    ['Team', SCOPE_TEAM],
    ['Org', SCOPE_ORG],
    ['Everyone', SCOPE_EVERYONE],
    ['Group', SCOPE_GROUP]
];
const FORMATS: ChallengeFormat[] = ['Individual', 'Team'];
const TEAM_BY: ChallengeTeamBy[] = ['Manager', 'Role'];
const TEAM_SCORING: ChallengeTeamScoring[] = ['Average', 'PercentOfTarget'];
const NAME_MAX = 80;
const TEXT_MAX = 255;
const TARGET_MAX = 9_999_999_999;
/** LeaderboardSelector.BADGE_CAP: a challenge board shows no badges, but carries the cap as every board does. */
const BADGE_CAP = 10;
const WINNER_SEPARATOR = ', ';
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Challenges.MAX_START_DAYS_AGO. */
const MAX_START_DAYS_AGO = 7;
const ADMINISTER = 'Adoption_Administer';
const MANAGE = 'Adoption_Manage';

/** An Adoption_Challenge__c record, with the participants its period-score rows name. */
export interface StoredChallenge {
    id: string;
    name: string;
    ownerId: string;
    status: ChallengeStatus;
    startsAt: number;
    endsAt: number;
    format: ChallengeFormat;
    teamBy: ChallengeTeamBy | null;
    teamScoring: ChallengeTeamScoring | null;
    target: number | null;
    prize: string | null;
    rules: string[];
    categories: string[];
    participants: ChallengeParticipants;
    groupId: string | null;
    postToChatter: boolean;
    announced: boolean;
    launchedAt: number | null;
    closedAt: number | null;
    /** Fixed at launch: the users with a challenge period-score row. */
    participantIds: string[];
    /** Winner_Names__c, set at closing. */
    winners: string[];
}

/** Who is asking (ChallengesService.Caller): the page's user and custom permissions. */
interface Caller {
    id: string;
    isAdmin: boolean;
    canCreate: boolean;
}

let store: StoredChallenge[] | undefined;
let counter = 0;

function fill(label: string, value: unknown): string {
    return label.replace('{0}', value === null || value === undefined ? '' : String(value));
}

function text(value: unknown): string {
    return typeof value === 'string' ? value.trim() : '';
}

function iso(time: number | null): string | null {
    return time === null ? null : new Date(time).toISOString();
}

function day(time: number): string {
    return new Date(time).toISOString().slice(0, 10);
}

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
    const wanted = text(value).toLowerCase();
    return wanted ? values.find((candidate) => candidate.toLowerCase() === wanted) : undefined;
}

/** The real clock, moved to the sample's day: the sample's dates are relative to that day. */
export function now(data: DemoData): number {
    return Date.parse(`${data.meta.today}T00:00:00Z`) + (Date.now() % DAY_MS);
}

function caller(): Caller {
    const permissions = page.customPermissions;
    const isAdmin = permissions.includes(ADMINISTER);
    return { id: page.userId, isAdmin, canCreate: isAdmin || permissions.includes(MANAGE) };
}

/**
 * Each participant's points in a challenge (docs/challenges.md, Scoring): the ledger entries with
 * Occurred_At__c in [Start, End), and before Closed_At once closed, whose rule is in Rules or whose
 * category is in Categories (both empty: everything). Reversals take points back.
 */
export function challengePoints(ledger: readonly LedgerEntry[], challenge: StoredChallenge): Map<string, number> {
    const points = new Map<string, number>(challenge.participantIds.map((id) => [id, 0]));
    const until = challenge.closedAt === null ? challenge.endsAt : Math.min(challenge.endsAt, challenge.closedAt);
    const rules = new Set(challenge.rules);
    const categories = new Set(challenge.categories);
    const everything = rules.size === 0 && categories.size === 0;
    for (const entry of ledger) {
        const current = points.get(entry.User__c);
        if (current === undefined) {
            continue;
        }
        const at = Date.parse(entry.Occurred_At__c);
        if (
            at >= challenge.startsAt &&
            at < until &&
            (everything || rules.has(entry.Rule_Name__c) || categories.has(entry.Category__c))
        ) {
            points.set(entry.User__c, current + entry.Points__c);
        }
    }
    return points;
}

/** A challenge's teams (ChallengeBoards.teamsOf): each participant's team key, each team's name and picture. */
export interface Teams {
    keyOf: Map<string, string>;
    nameOf: Map<string, string>;
    photoOf: Map<string, string | null>;
    /** Teams not named after a member who hides from boards: never in Winner_Names__c. */
    unnamed?: Set<string>;
}

/**
 * Team keys (docs/challenges.md). Manager: a participant who manages other participants leads a
 * team keyed by their Id; everyone else is on their manager's team (no manager: their own). Role:
 * the participant's role, the sample's Title (no role: their own).
 */
export function teamsOf(
    participants: readonly DemoUser[],
    teamBy: ChallengeTeamBy | null,
    usersById: ReadonlyMap<string, DemoUser>
): Teams {
    const teams: Teams = { keyOf: new Map(), nameOf: new Map(), photoOf: new Map() };
    const inChallenge = new Set(participants.map((user) => user.Id));
    const leaders = new Set(
        participants.map((user) => user.ManagerId).filter((id): id is string => !!id && inChallenge.has(id))
    );
    for (const person of participants) {
        let key = person.Id;
        let name = fill(TEAM_OF, person.Name);
        let photo = person.SmallPhotoUrl;
        if (teamBy === 'Role') {
            if (person.Title) {
                key = `role:${person.Title}`;
                name = person.Title;
                photo = null;
            } else {
                name = fill(TEAM_NO_ROLE, person.Name);
            }
        } else if (!leaders.has(person.Id) && person.ManagerId) {
            const leader = usersById.get(person.ManagerId);
            key = person.ManagerId;
            name = fill(TEAM_OF, leader?.Name);
            photo = inChallenge.has(person.ManagerId) ? (leader?.SmallPhotoUrl ?? null) : null;
        }
        teams.keyOf.set(person.Id, key);
        if (!teams.nameOf.has(key)) {
            teams.nameOf.set(key, name);
            teams.photoOf.set(key, photo);
        }
    }
    // Not named after one of its own members who hides from boards (security review 3, L3), nor after
    // a role whose participants all hide (confirmation review L-2).
    const hidden = hiddenFromBoards();
    const withVisibleMember = new Set(
        participants.filter((person) => !hidden.has(person.Id)).map((person) => teams.keyOf.get(person.Id))
    );
    teams.unnamed = new Set();
    for (const person of participants) {
        const key = teams.keyOf.get(person.Id) ?? person.Id;
        const roleOfHidersOnly = teamBy === 'Role' && !withVisibleMember.has(key);
        if (hidden.has(person.Id) && (key === person.Id || roleOfHidersOnly)) {
            teams.nameOf.set(key, TEAM_UNNAMED);
            teams.photoOf.set(key, null);
            teams.unnamed.add(key);
        }
    }
    return teams;
}

/** ChallengeBoards.worksCouncilStandings' teams: the fixed teams (privacyStore.worksCouncilTeamsOf). */
function worksCouncilTeams(
    participants: readonly DemoUser[],
    everyone: readonly DemoUser[],
    usersById: ReadonlyMap<string, DemoUser>,
    minimum: number
): Teams {
    const teams: Teams = {
        keyOf: worksCouncilTeamsOf(participants, everyone, minimum),
        nameOf: new Map(),
        photoOf: new Map()
    };
    const inChallenge = new Set(participants.map((user) => user.Id));
    const hidden = hiddenFromBoards();
    teams.unnamed = new Set();
    for (const key of teams.keyOf.values()) {
        const manager = usersById.get(key);
        // Not named after a participating manager who hides from boards (L3).
        const unnamed = inChallenge.has(key) && hidden.has(key);
        teams.nameOf.set(key, unnamed ? TEAM_UNNAMED : fill(TEAM_OF, manager?.Name));
        teams.photoOf.set(key, inChallenge.has(key) && !unnamed ? (manager?.SmallPhotoUrl ?? null) : null);
        if (unnamed) {
            teams.unnamed.add(key);
        }
    }
    return teams;
}

/** ChallengeBoards.Standings: the ranking and how it was computed. */
interface Standings {
    isTeam: boolean;
    scoring: 'Total' | ChallengeTeamScoring;
    teams: Teams;
    ranked: ChallengeStanding[];
    points: Map<string, number>;
    usersById: Map<string, DemoUser>;
}

function standingsOf(data: DemoData, challenge: StoredChallenge): Standings {
    const usersById = new Map(data.users.map((user) => [user.Id, user]));
    const participants = challenge.participantIds
        .map((id) => usersById.get(id))
        .filter((user): user is DemoUser => !!user);
    const isTeam = challenge.format === 'Team';
    // Percent of target without a target (removed on the record) would fail: rank by average.
    const scoring = !isTeam
        ? 'Total'
        : challenge.teamScoring === 'PercentOfTarget' && challenge.target !== null
          ? 'PercentOfTarget'
          : 'Average';
    const worksCouncil = isTeam && worksCouncilMode(data.settings);
    const teams = worksCouncil
        ? worksCouncilTeams(participants, data.users, usersById, minimumGroupSize(data.settings))
        : isTeam
          ? teamsOf(participants, challenge.teamBy, usersById)
          : { keyOf: new Map<string, string>(), nameOf: new Map<string, string>(), photoOf: new Map() };
    const points = challengePoints(data.ledger, challenge);
    // Works council: only the fixed teams shown are ranked, on the board and at closing alike.
    const members: ChallengeMember[] = participants
        .filter((user) => !worksCouncil || teams.keyOf.has(user.Id))
        .map((user) => ({
            key: user.Id,
            team: isTeam ? (teams.keyOf.get(user.Id) ?? null) : null,
            points: points.get(user.Id) ?? 0
        }));
    const ranked = challengeStandings(
        members,
        isTeam ? 'Team' : 'Individual',
        isTeam ? scoring : null,
        challenge.target
    );
    return { isTeam, scoring, teams, ranked, points, usersById };
}

/**
 * Winner_Names__c: rank 1 with a figure above 0 (ties all win; a team by its name; nobody wins a
 * challenge nobody scored in), joined and cut as the field holds them.
 */
function winnersOf(standings: Standings, settings: MetadataRecord): string[] {
    // Not named: a person who hides from boards, and in works council mode any person; a team unless
    // it would be named after a member who hides (in works council mode only whole teams of the
    // minimum size are ranked at all).
    const worksCouncil = worksCouncilMode(settings);
    const hidden = hiddenFromBoards();
    const names = standings.ranked
        .filter((standing) => standing.rank === 1 && standing.value > 0)
        .filter((standing) =>
            standings.isTeam ? !standings.teams.unnamed?.has(standing.key) : !worksCouncil && !hidden.has(standing.key)
        )
        .map((standing) =>
            standings.isTeam
                ? (standings.teams.nameOf.get(standing.key) ?? standing.key)
                : (standings.usersById.get(standing.key)?.Name ?? '')
        );
    let field = names.join(WINNER_SEPARATOR);
    if (field.length > TEXT_MAX) {
        field = `${field.slice(0, TEXT_MAX - 3)}...`;
    }
    return field
        .split(WINNER_SEPARATOR)
        .map((name) => name.trim())
        .filter(Boolean);
}

function canManage(challenge: StoredChallenge, who: Caller): boolean {
    return who.isAdmin || challenge.ownerId === who.id;
}

/** Draft, Hidden and a never-announced Closed run: owner and admins; Live or announced: participants too. */
function canSee(challenge: StoredChallenge, who: Caller): boolean {
    if (canManage(challenge, who)) {
        return true;
    }
    const live = challenge.status === 'Live' || (challenge.status === 'Closed' && challenge.announced);
    return live && challenge.participantIds.includes(who.id);
}

/** Progress toward the target, 0-100. */
function progress(percent: number | null | undefined): number | null {
    return typeof percent === 'number' ? Math.min(100, Math.max(0, percent)) : null;
}

/** A test run: Hidden, or Closed without ever going Live. */
function isTestRun(challenge: StoredChallenge): boolean {
    return challenge.status === 'Hidden' || (challenge.status === 'Closed' && !challenge.announced);
}

/**
 * Challenges.summaryOf: myProgress is filled by the list and the view only. A test run's points
 * are counted only when its board is opened (`counted`), as in the org, whose stored test-run rows are
 * not scored live.
 */
function summaryOf(data: DemoData, challenge: StoredChallenge, who: Caller, counted = false): ChallengeSummary {
    const isParticipant = challenge.participantIds.includes(who.id);
    const withPoints = isParticipant && (counted || !isTestRun(challenge));
    const owner = data.users.find((user) => user.Id === challenge.ownerId);
    return {
        id: challenge.id,
        name: challenge.name,
        status: challenge.status,
        startsAt: iso(challenge.startsAt) ?? '',
        endsAt: iso(challenge.endsAt) ?? '',
        format: challenge.format,
        teamBy: challenge.format === 'Team' ? challenge.teamBy : null,
        teamScoring: challenge.format === 'Team' ? challenge.teamScoring : null,
        target: challenge.target,
        prize: challenge.prize,
        rules: [...challenge.rules],
        categories: [...challenge.categories],
        participants: challenge.participants,
        groupId: challenge.groupId,
        groupName: challenge.groupId && GROUPS[challenge.groupId] ? `${GROUPS[challenge.groupId]} sales` : null,
        postToChatter: challenge.postToChatter,
        announced: challenge.announced,
        launchedAt: iso(challenge.launchedAt),
        closedAt: iso(challenge.closedAt),
        participantCount: challenge.participantIds.length,
        winners: [...challenge.winners],
        ownerName: owner?.Name ?? null,
        canManage: canManage(challenge, who),
        isParticipant,
        myPoints: withPoints ? (challengePoints(data.ledger, challenge).get(who.id) ?? 0) : null,
        myProgress: null
    };
}

/** ChallengeBoards.boardOf: a LeaderboardService.Board with challengeFormat and challengeScoring set. */
function boardOf(data: DemoData, challenge: StoredChallenge, who: Caller, summary: ChallengeSummary): Board {
    const standings = standingsOf(data, challenge);
    const inChallenge = new Set(challenge.participantIds);
    const managers = new Set(
        challenge.participantIds
            .map((id) => standings.usersById.get(id)?.ManagerId)
            .filter((id): id is string => !!id && inChallenge.has(id))
    );
    const worksCouncil = worksCouncilMode(data.settings);
    const minimum = minimumGroupSize(data.settings);
    const hidden = hiddenFromBoards();
    // Exact ranks for the owner and admins: the owner launched it for a scope of their own.
    const isManager = canManage(challenge, who);
    const exact = worksCouncil ? standings.isTeam : isManager || !usesBands(data.settings);
    const myKey = standings.isTeam ? standings.teams.keyOf.get(who.id) : who.id;
    // Left out: who hides from boards (individual, but for the caller). The standings are computed
    // again without them, as the org ranks the rest. (Works council teams are ranked as shown already.)
    let ranked = standings.ranked;
    if (!standings.isTeam && [...hidden].some((id) => id !== who.id && inChallenge.has(id))) {
        ranked = rerank(standings, challenge, (userId) => !hidden.has(userId) || userId === who.id);
    }
    // A team made only of people who hide from boards is left out as such a person is (L3).
    const membersOf = new Map<string, string[]>();
    for (const [userId, key] of standings.teams.keyOf) {
        membersOf.set(key, [...(membersOf.get(key) ?? []), userId]);
    }
    const hiddenTeams = new Set(
        [...membersOf.entries()]
            .filter(([, members]) => members.every((id) => hidden.has(id)) && !members.includes(who.id))
            .map(([key]) => key)
    );
    if (standings.isTeam && !worksCouncil && hiddenTeams.size > 0) {
        ranked = rerank(standings, challenge, (userId) => !hiddenTeams.has(standings.teams.keyOf.get(userId) ?? ''));
    }
    // Exact ranks to someone who does not manage it: no figure of a team with a hidden member besides
    // the caller (L4).
    const withheldTeams = new Set(
        standings.isTeam && !worksCouncil && exact && !isManager
            ? [...hidden]
                  .filter((id) => id !== who.id && standings.teams.keyOf.has(id))
                  .map((id) => standings.teams.keyOf.get(id))
            : []
    );
    let rows: BoardRow[] = ranked.map((standing) => {
        const person = standings.isTeam ? undefined : standings.usersById.get(standing.key);
        const row: BoardRow = {
            userId: standing.key,
            rank: standing.rank,
            name: standings.isTeam ? (standings.teams.nameOf.get(standing.key) ?? standing.key) : (person?.Name ?? ''),
            photoUrl: standings.isTeam
                ? (standings.teams.photoOf.get(standing.key) ?? null)
                : (person?.SmallPhotoUrl ?? null),
            value: standing.value,
            // A team's sum; works council mode shows averages only.
            currentValue: standings.isTeam ? (worksCouncil ? null : standing.points) : standing.percentOfTarget,
            badgeCount: 0,
            streak: 0,
            isCurrentUser: standing.key === myKey,
            isManager: !standings.isTeam && managers.has(standing.key)
        };
        if (standings.isTeam) {
            row.members = standing.members;
        }
        // The caller's own team below the minimum: no figure of it (with their own known, it would
        // give the teammates' away), unless they manage the challenge.
        const smallOwnTeam = standings.isTeam && row.isCurrentUser && standing.members < minimum && !isManager;
        const withheld = withheldTeams.has(standing.key);
        if (row.isCurrentUser && summary.isParticipant && !smallOwnTeam && !withheld) {
            summary.myProgress = progress(standing.percentOfTarget);
        }
        if (withheld) {
            row.value = null;
            row.currentValue = null;
        }
        return row;
    });
    if (worksCouncil && !standings.isTeam) {
        // The caller's own row alone, without its rank.
        rows = rows.filter((row) => row.isCurrentUser).map((row) => ({ ...row, rank: null }));
    }
    rows = placed(rows, exact, minimum);
    if (standings.isTeam && !isManager) {
        for (const row of rows) {
            if (row.isCurrentUser && (row.members ?? 0) < minimum) {
                row.value = null;
                row.currentValue = null;
            }
        }
    }
    return {
        // The org sends PeriodScores.CHALLENGE here, outside BoardPeriod: a challenge board has no period.
        period: 'Challenge',
        periodType: 'Challenge',
        periodKey: challenge.id,
        previousPeriodKey: null,
        periodStart: day(challenge.startsAt),
        // End is exclusive: the last day that counts.
        periodEnd: day(challenge.endsAt - 1000),
        scope: challenge.participants,
        metric: 'Points',
        mode: 'Total',
        isManager,
        showExactRanks: exact,
        hiddenFromOthers: hidden.has(who.id),
        total: rows.length,
        personalBestPeriods: null,
        badgeCap: BADGE_CAP,
        rows,
        me: rows.find((row) => row.isCurrentUser) ?? null,
        challengeFormat: challenge.format,
        challengeScoring: standings.scoring,
        worksCouncil,
        minimumGroupSize: minimum,
        groups: [],
        peopleWithheld: 0
    };
}

/** The standings again over the participants kept (ChallengeBoards.standingsOf with some left out). */
function rerank(
    standings: Standings,
    challenge: StoredChallenge,
    kept: (userId: string) => boolean
): ChallengeStanding[] {
    const members: ChallengeMember[] = challenge.participantIds.filter(kept).map((userId) => ({
        key: userId,
        team: standings.isTeam ? (standings.teams.keyOf.get(userId) ?? null) : null,
        points: standings.points.get(userId) ?? 0
    }));
    return challengeStandings(
        members,
        standings.isTeam ? 'Team' : 'Individual',
        standings.isTeam ? standings.scoring : null,
        challenge.target
    );
}

function newId(): string {
    counter += 1;
    return `a0C000000000${String(counter).padStart(3, '0')}AAA`;
}

function launch(data: DemoData, challenge: StoredChallenge, who: Caller, hidden: boolean, at: number): void {
    const active = data.users.filter((user) => user.IsActive);
    const participants = resolveScope(
        { settings: data.settings, users: active, me: who.id, admin: who.isAdmin },
        challenge.participants,
        challenge.groupId
    ).users;
    if (participants.length === 0) {
        throw new Error(ERROR_NO_PARTICIPANTS);
    }
    challenge.participantIds = participants.map((user) => user.Id);
    challenge.status = hidden ? 'Hidden' : 'Live';
    challenge.announced = !hidden;
    challenge.launchedAt = at;
}

function close(data: DemoData, challenge: StoredChallenge, at: number): void {
    const wasLive = challenge.status === 'Live';
    challenge.status = 'Closed';
    challenge.closedAt = at;
    // A test run names nobody: its board shows its owner the standings.
    challenge.winners = wasLive ? winnersOf(standingsOf(data, challenge), data.settings) : [];
}

/** Challenges.requireRecentStart: a start at most MAX_START_DAYS_AGO days before now. */
function requireRecentStart(startsAt: number, at: number): void {
    if (startsAt < at - MAX_START_DAYS_AGO * DAY_MS) {
        throw new Error(fill(ERROR_START_TOO_EARLY, MAX_START_DAYS_AGO));
    }
}

/**
 * Challenges.requirePlayAllowed: in works council mode team challenges only, teams by manager,
 * no public group; no sales outcomes.
 */
function requirePlayAllowed(
    data: DemoData,
    fields: Pick<StoredChallenge, 'format' | 'teamBy' | 'participants' | 'rules' | 'categories'>
): void {
    if (worksCouncilMode(data.settings)) {
        if (fields.format !== 'Team') {
            throw new Error(ERROR_WORKS_COUNCIL);
        }
        if (fields.teamBy !== 'Manager') {
            throw new Error(ERROR_WORKS_COUNCIL_TEAM_BY);
        }
        if (fields.participants === 'Group') {
            throw new Error(ERROR_WORKS_COUNCIL_GROUP);
        }
    }
    if (showSalesOutcomes(data.settings)) {
        return;
    }
    for (const ruleName of fields.rules) {
        if (isSalesOutcomeRule(data.rules.find((rule) => rule.DeveloperName === ruleName))) {
            throw new Error(fill(ERROR_SALES_OUTCOME, ruleName));
        }
    }
    for (const category of fields.categories) {
        if (isSalesOutcomeCategory(data.rules, category)) {
            throw new Error(fill(ERROR_SALES_OUTCOME, category));
        }
    }
}

/** The two sample challenges, relative to the sample's day, both set up by the player-manager. */
function seed(data: DemoData): StoredChallenge[] {
    const owner: Caller = { id: data.personas.manager, isAdmin: false, canCreate: true };
    const today = data.meta.today;
    const weekDay = periodStart(today, 'Week', weekStartDayNumber(String(data.settings.Week_Start_Day__c)), 1);
    const weekStart = Date.parse(`${weekDay ?? today}T00:00:00Z`);
    const monthStart = Date.parse(`${today.slice(0, 7)}-01T00:00:00Z`);
    const lastMonth = new Date(monthStart);
    lastMonth.setUTCMonth(lastMonth.getUTCMonth() - 1);
    const draft = {
        ownerId: owner.id,
        status: 'Draft' as ChallengeStatus,
        teamBy: null,
        teamScoring: null,
        rules: [],
        groupId: null,
        postToChatter: false,
        announced: false,
        launchedAt: null,
        closedAt: null,
        participantIds: [],
        winners: []
    };
    const sprint: StoredChallenge = {
        ...draft,
        id: newId(),
        name: 'Activity sprint',
        startsAt: weekStart,
        endsAt: weekStart + 7 * DAY_MS,
        format: 'Individual',
        target: 100,
        prize: 'Lunch with the sales director',
        categories: ['Activity'],
        participants: 'Team'
    };
    // Launched on the Friday before, for the manager's own team.
    launch(data, sprint, owner, false, weekStart - 3 * DAY_MS + 16 * HOUR_MS);
    const pipeline: StoredChallenge = {
        ...draft,
        id: newId(),
        name: 'Pipeline month: team against team',
        startsAt: lastMonth.getTime(),
        endsAt: monthStart,
        format: 'Team',
        teamBy: 'Manager',
        teamScoring: 'Average',
        target: 300,
        prize: 'Team dinner',
        categories: ['Pipeline'],
        participants: 'Everyone',
        postToChatter: true
    };
    // Everyone is an admin's scope (ScopesService): an admin launched it for the manager.
    const admin: Caller = { id: data.personas.admin, isAdmin: true, canCreate: true };
    launch(data, pipeline, admin, false, lastMonth.getTime() - 2 * DAY_MS);
    // Closed by the hourly job in the first hour after its end.
    close(data, pipeline, monthStart + HOUR_MS / 2);
    return [sprint, pipeline];
}

async function challenges(): Promise<{ data: DemoData; all: StoredChallenge[] }> {
    const data = await demoData();
    store ??= seed(data);
    return { data, all: store };
}

function found(all: StoredChallenge[], challengeId: unknown): StoredChallenge {
    const id = text(challengeId);
    const challenge = id ? all.find((candidate) => candidate.id === id || candidate.id.slice(0, 15) === id) : undefined;
    if (!challenge) {
        throw new Error(ERROR_NOT_FOUND);
    }
    return challenge;
}

/** Only the owner and admins change a challenge (ChallengesService.requireManage). */
function managed(all: StoredChallenge[], who: Caller, challengeId: unknown): StoredChallenge {
    const challenge = found(all, challengeId);
    if (!canManage(challenge, who)) {
        throw new Error(ERROR_NOT_ALLOWED);
    }
    return challenge;
}

function option(value: string, label: string): BoardOption {
    return { value, label };
}

function activeRules(data: DemoData): MetadataRecord[] {
    return data.rules.filter((rule) => rule.Active__c === true);
}

function categoriesOf(rules: readonly MetadataRecord[]): string[] {
    return [...new Set(rules.map((rule) => text(rule.Category__c)).filter(Boolean))].sort();
}

/** ChallengesController.getChallenges. */
export async function listChallenges(): Promise<ChallengeList> {
    const { data, all } = await challenges();
    const who = caller();
    // Rules and categories of sales outcomes only when the settings allow them.
    const outcomes = showSalesOutcomes(data.settings);
    const active = activeRules(data);
    // A creator (manager or admin) may launch for every scope; Group only with a visible group, and
    // not in works council mode.
    const groups =
        who.canCreate && !worksCouncilMode(data.settings)
            ? Object.entries(GROUPS).map(([id, team]) => option(id, `${team} sales`))
            : [];
    return {
        challenges: all
            .filter((challenge) => canSee(challenge, who))
            .sort((a, b) => b.startsAt - a.startsAt || (a.id < b.id ? 1 : -1))
            .map((challenge) => {
                const summary = summaryOf(data, challenge, who);
                if (summary.myPoints !== null && summary.myPoints !== undefined && challenge.format === 'Individual') {
                    const target = challenge.target;
                    summary.myProgress =
                        target === null ? null : progress(Math.round((summary.myPoints * 1000) / target) / 10);
                }
                return summary;
            }),
        canCreate: who.canCreate,
        rules: active
            .filter((rule) => outcomes || !isSalesOutcomeRule(rule))
            .sort((a, b) => (a.DeveloperName < b.DeveloperName ? -1 : 1))
            .map((rule) => option(rule.DeveloperName, rule.MasterLabel || rule.DeveloperName)),
        categories: categoriesOf(active)
            .filter((category) => outcomes || !isSalesOutcomeCategory(data.rules, category))
            .map((category) => option(category, category)),
        scopes: who.canCreate
            ? SCOPES.filter(([value]) => value !== 'Group' || groups.length > 0).map(([value, label]) =>
                  option(value, label)
              )
            : [],
        groups,
        worksCouncil: worksCouncilMode(data.settings)
    };
}

/** ChallengesController.getChallenge: a Draft has no board yet. */
export async function viewChallenge(challengeId: unknown): Promise<ChallengeView> {
    const { data, all } = await challenges();
    const who = caller();
    const challenge = found(all, challengeId);
    if (!canSee(challenge, who)) {
        throw new Error(ERROR_NOT_FOUND);
    }
    const summary = summaryOf(data, challenge, who, true);
    return { challenge: summary, board: challenge.status === 'Draft' ? null : boardOf(data, challenge, who, summary) };
}

/** Names checked against the known ones (ignoring case), spelled as they are known (Challenges.joined). */
function joined(values: unknown, known: readonly string[], unknownLabel: string): string[] {
    const names: string[] = [];
    for (const value of Array.isArray(values) ? values : []) {
        if (!text(value)) {
            continue;
        }
        const name = oneOf(known, value);
        if (!name) {
            throw new Error(fill(unknownLabel, text(value)));
        }
        if (!names.includes(name)) {
            names.push(name);
        }
    }
    if (names.join(',').length > TEXT_MAX) {
        throw new Error(ERROR_TOO_MANY);
    }
    return names;
}

/** Challenges.validated: the form, checked field by field in the org's order. */
function validated(
    data: DemoData,
    input: Partial<ChallengeInput>
): Omit<
    StoredChallenge,
    'id' | 'ownerId' | 'status' | 'announced' | 'launchedAt' | 'closedAt' | 'participantIds' | 'winners'
> {
    const name = text(input.name);
    if (!name) {
        throw new Error(ERROR_NAME);
    }
    if (name.length > NAME_MAX) {
        throw new Error(ERROR_NAME_TOO_LONG);
    }
    const startsAt = Date.parse(text(input.startsAt));
    const endsAt = Date.parse(text(input.endsAt));
    if (Number.isNaN(startsAt) || Number.isNaN(endsAt) || endsAt <= startsAt) {
        throw new Error(ERROR_DATES);
    }
    const format = oneOf(FORMATS, input.format);
    if (!format) {
        throw new Error(ERROR_FORMAT);
    }
    let teamBy: ChallengeTeamBy | null = null;
    let teamScoring: ChallengeTeamScoring | null = null;
    if (format === 'Team') {
        teamBy = oneOf(TEAM_BY, input.teamBy) ?? null;
        teamScoring = oneOf(TEAM_SCORING, input.teamScoring) ?? null;
        if (!teamBy || !teamScoring) {
            throw new Error(ERROR_TEAM);
        }
    }
    const target = input.target === null || input.target === undefined ? null : Number(input.target);
    if (target !== null && (!Number.isInteger(target) || target <= 0 || target > TARGET_MAX)) {
        throw new Error(ERROR_TARGET);
    }
    if (teamScoring === 'PercentOfTarget' && target === null) {
        throw new Error(ERROR_TARGET_REQUIRED);
    }
    const prize = text(input.prize) || null;
    if (prize !== null && prize.length > TEXT_MAX) {
        throw new Error(ERROR_PRIZE);
    }
    // As the org: any rule and any category of a rule, active or not (the options list the active ones).
    const rules = joined(
        input.rules,
        data.rules.map((rule) => rule.DeveloperName),
        ERROR_RULE
    );
    const categories = joined(input.categories, categoriesOf(data.rules), ERROR_CATEGORY);
    const participants = oneOf(
        SCOPES.map(([value]) => value),
        input.participants
    );
    if (!participants) {
        throw new Error(ERROR_PARTICIPANTS);
    }
    let groupId: string | null = null;
    if (participants === 'Group') {
        groupId = text(input.groupId) || null;
        if (!groupId || !GROUPS[groupId]) {
            throw new Error(ERROR_GROUP);
        }
    }
    requireRecentStart(startsAt, now(data));
    requirePlayAllowed(data, { format, teamBy, participants, rules, categories });
    return {
        name,
        startsAt,
        endsAt,
        format,
        teamBy,
        teamScoring,
        target,
        prize,
        rules,
        categories,
        participants,
        groupId,
        postToChatter: input.postToChatter === true
    };
}

/** ChallengesController.saveChallenge: creates a Draft, or edits one the caller manages. */
export async function saveChallenge(input: Partial<ChallengeInput> | null | undefined): Promise<ChallengeSummary> {
    const { data, all } = await challenges();
    const who = caller();
    if (!input) {
        throw new Error(ERROR_NAME);
    }
    let existing: StoredChallenge | undefined;
    if (text(input.id)) {
        existing = managed(all, who, input.id);
        if (existing.status !== 'Draft') {
            throw new Error(ERROR_EDIT_DRAFT_ONLY);
        }
    } else if (!who.canCreate) {
        throw new Error(ERROR_CREATE_NOT_ALLOWED);
    }
    const fields = validated(data, input);
    if (existing) {
        Object.assign(existing, fields);
        return summaryOf(data, existing, who);
    }
    const created: StoredChallenge = {
        ...fields,
        id: newId(),
        ownerId: who.id,
        status: 'Draft',
        announced: false,
        launchedAt: null,
        closedAt: null,
        participantIds: [],
        winners: []
    };
    all.push(created);
    return summaryOf(data, created, who);
}

/** ChallengesController.launchChallenge: a Draft starts, as a hidden test run or Live. */
export async function launchChallenge(challengeId: unknown, hidden: unknown): Promise<ChallengeSummary> {
    const { data, all } = await challenges();
    const who = caller();
    const challenge = managed(all, who, challengeId);
    if (challenge.status !== 'Draft') {
        throw new Error(ERROR_LAUNCH_DRAFT_ONLY);
    }
    const at = now(data);
    if (challenge.endsAt <= at) {
        throw new Error(ERROR_ENDED);
    }
    requireRecentStart(challenge.startsAt, at);
    requirePlayAllowed(data, challenge);
    launch(data, challenge, who, hidden === true, at);
    return summaryOf(data, challenge, who);
}

/** ChallengesController.announceChallenge: a test run goes Live; a Live one comes back as is. */
export async function announceChallenge(challengeId: unknown): Promise<ChallengeSummary> {
    const { data, all } = await challenges();
    const who = caller();
    const challenge = managed(all, who, challengeId);
    if (challenge.status !== 'Hidden' && challenge.status !== 'Live') {
        throw new Error(ERROR_ANNOUNCE_HIDDEN_ONLY);
    }
    challenge.status = 'Live';
    challenge.announced = true;
    return summaryOf(data, challenge, who);
}

/** ChallengesController.closeChallenge: exactly once; a closed challenge comes back unchanged. */
export async function closeChallenge(challengeId: unknown): Promise<ChallengeSummary> {
    const { data, all } = await challenges();
    const who = caller();
    const challenge = managed(all, who, challengeId);
    if (challenge.status === 'Draft') {
        throw new Error(ERROR_CLOSE_RUNNING_ONLY);
    }
    if (challenge.status !== 'Closed') {
        close(data, challenge, now(data));
    }
    return summaryOf(data, challenge, who);
}
