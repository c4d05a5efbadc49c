/**
 * challengesTypes: the challenges' contract with Apex, as types only (this module emits no code).
 *
 * Each interface is the JSON of an `@AuraEnabled` DTO in ChallengeViews: same property names.
 * Apex may leave a null property out of the JSON, so every nullable property is optional as well.
 * Datetimes travel as ISO 8601 strings. docs/challenges.md describes the lifecycle.
 */
import type { Board, BoardOption } from 'c/leaderboard';

export type ChallengeStatus = 'Draft' | 'Hidden' | 'Live' | 'Closed';
export type ChallengeFormat = 'Individual' | 'Team';
export type ChallengeTeamBy = 'Manager' | 'Role';
export type ChallengeTeamScoring = 'Average' | 'PercentOfTarget';
export type ChallengeParticipants = 'Team' | 'Org' | 'Everyone' | 'Group';

/** ChallengeViews.ChallengeSummary: one challenge as the caller may see it. */
export interface ChallengeSummary {
    id: string;
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    status: ChallengeStatus;
    startsAt: string;
    endsAt: string;
    format: ChallengeFormat;
    teamBy?: ChallengeTeamBy | null;
    teamScoring?: ChallengeTeamScoring | null;
    /** Points per participant; null without a target. */
    target?: number | null;
    prize?: string | null;
    /** Rule developer names that count; empty with categories empty: everything counts. */
    rules: string[];
    categories: string[];
    participants: ChallengeParticipants;
    groupId?: string | null;
    groupName?: string | null;
    postToChatter: boolean;
    /** Went Live at some point: its results are public. */
    announced: boolean;
    launchedAt?: string | null;
    closedAt?: string | null;
    /** Fixed at launch; 0 for a Draft. */
    participantCount: number;
    /** Winners (people or teams), set at closing. */
    winners: string[];
    ownerName?: string | null;
    /** The caller owns it or administers the package: may edit, launch, announce and close. */
    canManage: boolean;
    isParticipant: boolean;
    /** The caller's points in it; null when not a participant. */
    myPoints?: number | null;
    /** The caller's (individual) or their team's (team) progress toward the target, 0-100; null without a target. */
    myProgress?: number | null;
}

/** ChallengeViews.ChallengeList: what the Challenges component shows first. */
export interface ChallengeList {
    /** Newest start first. */
    challenges: ChallengeSummary[];
    /** The caller may create challenges (Adoption_Manage or Adoption_Administer). */
    canCreate: boolean;
    /** Active rules: value is the developer name. */
    rules: BoardOption[];
    categories: BoardOption[];
    /** Participant scopes the caller may launch for. */
    scopes: BoardOption[];
    /** Public groups the caller can see: value is the group's Id. */
    groups: BoardOption[];
    /** Works council mode: challenges are between teams only. */
    worksCouncil: boolean;
}

/** ChallengeViews.ChallengeView: one challenge with its board (null for a Draft). */
export interface ChallengeView {
    challenge: ChallengeSummary;
    board?: Board | null;
}

/** ChallengeViews.ChallengeInput: saveChallenge's input. */
export interface ChallengeInput {
    /** Null creates a Draft; an Id edits one (Drafts only). */
    id?: string | null;
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    startsAt: string;
    endsAt: string;
    format: ChallengeFormat;
    teamBy?: ChallengeTeamBy | null;
    teamScoring?: ChallengeTeamScoring | null;
    target?: number | null;
    prize?: string | null;
    rules: string[];
    categories: string[];
    participants: ChallengeParticipants;
    groupId?: string | null;
    postToChatter: boolean;
}
