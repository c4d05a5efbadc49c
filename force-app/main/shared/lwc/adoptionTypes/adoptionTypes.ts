/**
 * adoptionTypes: the UI contract with Apex, as types only (this module emits no code).
 *
 * Every interface here is the JSON an `@AuraEnabled` Apex DTO produces: same property names, same
 * nullability. The Apex side is written to match these names exactly (docs/data-model.md, section
 * "Apex DTOs (UI contract)"); change both together. Dates travel as ISO 8601 strings, as Apex
 * serialises a Datetime ('2026-11-20T14:05:00.000Z').
 */
import type { MuteKey } from 'c/adoptionCore';

/** A badge the user holds: one `Adoption_Badge_Award__c` joined with its `Adoption_Badge__mdt`. */
export interface EarnedBadge {
    /** The badge's DeveloperName, e.g. 'First_Call'. */
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    label: string;
    /** Tier__c picklist value: Bronze, Silver, Gold, Platinum (unrestricted: may be another value). */
    tier: string;
    /** SLDS icon name, e.g. 'utility:ribbon'. */
    icon: string;
    description: string;
    whyItMatters: string;
    /** ISO datetime of the award. */
    awardedAt: string;
    /** The period the badge was earned in: '2026-W47', 'ALL'. */
    periodKey: string;
}

/** A badge the user is working towards, with how far they are. */
export interface NextBadge {
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    label: string;
    tier: string;
    icon: string;
    description: string;
    whyItMatters: string;
    /** Progress in the badge's own unit (points, actions, streak days, level). */
    current: number;
    target: number;
    /** 0..100, whole. */
    progress: number;
}

/** ProgressController.getMyProgress(): the signed-in user's progress. */
export interface ProgressView {
    userId: string;
    userName: string;
    pointsThisWeek: number;
    pointsThisMonth: number;
    pointsAllTime: number;
    /** 1-based level, as AdoptionCore.levelFor computes it from pointsAllTime. */
    level: number;
    /** Points threshold of the current level. */
    levelFloor: number;
    /** Points threshold of the next level; null at the top level. */
    nextLevelAt?: number | null;
    /** 0..99 towards the next level; 100 at the top level. */
    levelProgress: number;
    /** Working days in a row with scored activity, up to today. */
    currentStreak: number;
    bestStreak: number;
    /** Newest first. */
    badges: EarnedBadge[];
    /** Closest to earning first; the UI shows at most three. */
    nextBadges: NextBadge[];
    /** The onboarding quest that applies to the user; null (or missing) when none does. */
    quest?: QuestView | null;
    /** The user hides from other people's boards; null (or missing) when they cannot read preferences. */
    hideFromBoards?: boolean | null;
    /** The interruption budget as the user set it; null (or missing) when they cannot read preferences. */
    notifications?: NotificationsView | null;
}

/** My Progress > Notifications: the rep's mutes, the quiet hours and the caps (ProgressViews.NotificationsView). */
export interface NotificationsView {
    /** Every mute, in the order My Progress lists them, with the rep's choice. */
    mutes: MuteView[];
    /** The first quiet hour, 0..23, in the rep's time zone. */
    quietStart: number;
    /** The first hour after the quiet hours, 0..23; equal to quietStart: none. */
    quietEnd: number;
    /** Interruptions a rep may get in a day. */
    dailyCap: number;
    /** Record prompts a rep may see in a day, within dailyCap. */
    promptCap: number;
    /** The rep's TimeZoneSidKey. */
    timeZone: string;
}

/** One mute and the rep's choice (ProgressViews.MuteView). */
export interface MuteView {
    /** badge, level, streak, challenge, recognition, prompt or push. */
    key: MuteKey;
    /** True when the rep muted it. */
    muted: boolean;
}

/** One step of an onboarding quest: actions of one rule, in order. */
export interface QuestStep {
    /** 1-based. */
    stepNumber: number;
    ruleName: string;
    label: string;
    /** All-time actions of the rule, at most target. */
    current: number;
    target: number;
    done: boolean;
    /** The first step not done. */
    isCurrent: boolean;
    whyItMatters: string;
}

/** An onboarding quest with its progress (QuestsService). */
export interface QuestView {
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    label: string;
    description: string;
    whyItMatters: string;
    stepsDone: number;
    stepCount: number;
    complete: boolean;
    steps: QuestStep[];
}

/** Ledger Entry_Type__c values. */
export type EntryType = 'Award' | 'Reversal' | 'Recredit' | 'Backfill';

/** One `Adoption_Ledger_Entry__c` with its rule's label and why it matters. */
export interface HistoryEntry {
    /** The ledger entry's Id. */
    id: string;
    /** ISO datetime of the scored action. */
    occurredAt: string;
    /** Negative for a reversal. */
    points: number;
    /** The rule's DeveloperName. */
    ruleName: string;
    ruleLabel: string;
    /** Category__c value: Activity, Pipeline, Data Quality, Forecast, Service, Collaboration. */
    category: string;
    /** The record the action was on; null when the record is gone or not visible. */
    recordId?: string | null;
    /** SObject API name of the record, e.g. 'Opportunity'. */
    objectName: string;
    whyItMatters: string;
    /** Entry_Type__c; typed as string because an unknown value must not break the UI. */
    entryType: EntryType | string;
}

/** ProgressController.getPointsHistory({ pageSize, pageNumber }): one page, newest first. */
export interface HistoryPage {
    entries: HistoryEntry[];
    /** 1-based. */
    pageNumber: number;
    pageSize: number;
    /** True when a later page has entries (no total count: counting the ledger costs a query). */
    hasMore: boolean;
}

/** The parameters of getPointsHistory. */
export interface HistoryParams {
    pageSize: number;
    pageNumber: number;
}

/** What an Apex wire delivers: data or error, or neither while loading. */
export interface ApexWireResult<T> {
    data?: T;
    error?: unknown;
}

/** The detail of the `celebration` event c-adoption-celebration fires (bubbles, composed). */
export interface CelebrationDetail {
    kind: 'Badge' | 'Level' | 'Challenge' | 'BadgeRevoked' | 'Recognition';
    badgeName: string;
    level: number | null;
    title: string;
}
