// PulseController (Apex), one module per @AuraEnabled method, in the shape of types/apex.d.ts: each
// import is callable (imperative) and a wire adapter (@wire). The DTOs are the JSON of the Apex inner
// classes of PulseViews (PulseView, PersonRow, TrendWeek, KeyFieldStat, SkippedField,
// AttentionItem, OnboardingItem, Reason): same names. Apex leaves a null property out of the JSON, so
// every property Apex may leave null is optional here (`?: T | null`) and is read with `== null` or
// `??`, never `=== null`. Apex Dates travel as 'YYYY-MM-DD' strings, Datetimes as ISO 8601 strings.

declare module '@salesforce/apex/PulseController.getPulse' {
    import type { ApexMethod } from '@salesforce/apex';

    /** PulseService REASON_ codes; each has the label Adoption_Pulse_Reason_<code>. */
    export type ReasonCode =
        | 'Inactive'
        | 'Never_Active'
        | 'No_Login'
        | 'Never_Logged_In'
        | 'Past_Close'
        | 'No_Next_Step'
        | 'Stale'
        | 'Low_Completeness'
        | 'Quest_Stuck'
        | 'Pushed';

    /** Why a person needs attention: the label's {0}, {1}, ... in values. */
    export interface PulseReason {
        /** Typed as string too: a code the page does not know must not break it. */
        code: ReasonCode | string;
        values: number[];
    }

    /** One person of the scope (PulseViews.PersonRow). */
    export interface PulseRow {
        userId: string;
        // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
        name: string;
        title?: string | null;
        /** True for the caller. */
        isSelf: boolean;
        /** ISO datetime of the latest login; absent when never. */
        lastLogin?: string | null;
        daysSinceLogin?: number | null;
        /** Distinct days with a login in the period. */
        loginDays: number;
        /** Days with a scored action in the period (Active_Days__c). */
        activeDays: number;
        points: number;
        actions: number;
        /** Points in the period by category (Category__c value -> points). */
        categoryPoints: Record<string, number>;
        /** 'YYYY-MM-DD' of the last scored action ever; absent when never. */
        lastActiveOn?: string | null;
        daysSinceActive?: number | null;
        /** Points per trend week, oldest first. */
        weeklyPoints: number[];
        /**
         * The person owns open opportunities the caller cannot see: the four forecast figures are
         * then absent ("not visible"), never 0 or partial.
         */
        opportunitiesNotVisible: boolean;
        /** Absent when the caller cannot read opportunities, or some of the person's are not visible. */
        openOpportunities?: number | null;
        pastCloseDate?: number | null;
        noNextStep?: number | null;
        /** Older than staleAfterDays without real work logged since; absent when not measured. */
        stale?: number | null;
        /** Close date pushed out at least once (Opportunity.PushCount); absent when not measured. */
        pushed?: number | null;
        keyFieldsFilled: number;
        keyFieldsTotal: number;
        /** Some of the person's key field records are hidden from the caller: completeness is absent. */
        keyFieldsNotVisible: boolean;
        /** Whole percent; absent without records to measure, or when not visible. */
        completeness?: number | null;
        reasons: PulseReason[];
    }

    /** One week of the team trend (PulseViews.TrendWeek). */
    export interface PulseTrendWeek {
        /** '2026-W47'. */
        periodKey: string;
        /** 'YYYY-MM-DD'. */
        weekStart: string;
        points: number;
        activePeople: number;
    }

    /** One key field across the team (PulseViews.KeyFieldStat). */
    export interface PulseKeyField {
        /** 'Object.Field'. */
        field: string;
        filled: number;
        total: number;
        percent?: number | null;
    }

    /** A key field the pulse does not measure (PulseViews.SkippedField). */
    export interface PulseSkippedField {
        field: string;
        reason: string;
        /** Wrong for everyone (not only unreadable by this caller). */
        invalid: boolean;
    }

    /** Who needs attention (PulseViews.AttentionItem). */
    export interface PulseAttentionItem {
        userId: string;
        // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
        name: string;
        reasons: PulseReason[];
    }

    /**
     * Someone whose onboarding quest is not complete (PulseViews.OnboardingItem). Stuck: overdue
     * (daysToComplete days since joining have passed) or stalled (no scored action for stalledDays
     * days, or never, by someone created at least that long ago).
     */
    export interface PulseOnboardingItem {
        userId: string;
        // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
        name: string;
        questName: string;
        questLabel: string;
        /** The current step (the first not done), 1-based; absent only for a quest without steps. */
        stepNumber?: number | null;
        stepCount: number;
        /** The current step's label (its rule's). */
        stepLabel?: string | null;
        /** All-time actions towards the current step, at most stepTarget. */
        stepCurrent?: number | null;
        stepTarget?: number | null;
        stepsDone: number;
        daysSinceCreated: number;
        /** Absent when the quest has no days to complete. */
        daysToComplete?: number | null;
        /** Absent when never active. */
        daysSinceActive?: number | null;
        overdue: boolean;
        stalled: boolean;
        stuck: boolean;
    }

    /**
     * Works council mode: one group of at least minimumGroupSize people (a team, or teams merged), or
     * a withheld group and its size only (PulseViews.GroupAggregate).
     */
    export interface PulseGroup {
        /** The first team lead's user Id, or 'none'. */
        key: string;
        /** The first team lead's name; absent when not in the scope. */
        leadName?: string | null;
        /** The viewer leads the first team. */
        yourTeam: boolean;
        /** Teams in the group (more than 1: smaller teams merged into it). */
        teams: number;
        size: number;
        /** Below the minimum: nothing below is filled. */
        withheld: boolean;
        activePeople: number;
        loggedInPeople: number;
        totalPoints: number;
        /** Counts only reasons whose figure the group shows (no forecast reason when forecastWithheld). */
        attentionPeople: number;
        stuckPeople: number;
        /** Absent when withheld or forecastWithheld: the count alone would say how few have open deals. */
        peopleWithOpportunities?: number | null;
        /** Fewer than the minimum have open opportunities: the forecast figures are absent. */
        forecastWithheld: boolean;
        forecastReadyPeople?: number | null;
        openOpportunities?: number | null;
        pastCloseDate?: number | null;
        noNextStep?: number | null;
        stale?: number | null;
        pushed?: number | null;
        /** Whole percent; absent when fewer than the minimum have records to measure. */
        completeness?: number | null;
    }

    export type PulsePeriodType = 'Week' | 'Month';

    /** The pulse of a scope for one period (PulseViews.PulseView). */
    export interface PulseView {
        /** The caller is no manager: nothing else is filled. */
        managersOnly: boolean;
        scope?: string | null;
        periodType?: PulsePeriodType | null;
        periodKey?: string | null;
        periodStart?: string | null;
        today?: string | null;
        staleAfterDays?: number | null;
        inactiveDays: number;
        lowCompletenessPercent: number;
        teamSize: number;
        activePeople: number;
        loggedInPeople: number;
        totalPoints: number;
        forecastAvailable: boolean;
        openOpportunities: number;
        pastCloseDate: number;
        noNextStep: number;
        stale: number;
        /** Open opportunities with a close date pushed out at least once. */
        pushed: number;
        /** Stale and pushed could be measured (tasks, events and PushCount readable). */
        activityMeasured: boolean;
        /** The opportunity details reached their cap: some people have no stale or pushed figure. */
        forecastSampled: boolean;
        peopleWithOpportunities: number;
        forecastReadyPeople: number;
        /** People whose open opportunities the caller cannot all see: left out of the figures above. */
        notVisibleForecastPeople: number;
        /** People whose key field records the caller cannot all see: left out of completeness. */
        notVisibleKeyFieldPeople: number;
        /** Whole percent; absent without records to measure. */
        completeness?: number | null;
        keyFields: PulseKeyField[];
        skippedKeyFields: PulseSkippedField[];
        keyFieldsSampled: boolean;
        loginsCapped: boolean;
        /** Oldest first. */
        trend: PulseTrendWeek[];
        /** By name. */
        people: PulseRow[];
        /** Most reasons first. */
        attention: PulseAttentionItem[];
        /** Whose onboarding quest is not complete: stuck first, then by name. */
        onboarding: PulseOnboardingItem[];
        /** Of those, how many are stuck. */
        stuckPeople: number;
        /** Days without a scored action after which an onboarding person is stalled. */
        stalledDays: number;
        /** People who need attention for at least one reason (also in works council mode). */
        attentionPeople: number;
        /** Works council mode: people, attention and onboarding are empty; groups hold the figures. */
        worksCouncil: boolean;
        /** Works council mode: the fewest people a figure covers; absent otherwise. */
        minimumGroupSize?: number | null;
        /** Works council mode: the groups, withheld ones included. */
        groups: PulseGroup[];
        /** Works council mode: people in withheld groups, left out of every figure. */
        withheldPeople: number;
        /** Works council mode: fewer than the minimum have open opportunities; no forecast figures. */
        forecastWithheld: boolean;
    }

    export interface GetPulseParams extends Record<string, unknown> {
        scope: string;
        groupId?: string | null;
        periodType: PulsePeriodType;
    }

    /** Cacheable. The pulse of the caller's scope; managersOnly for a caller who is no manager. */
    const getPulse: ApexMethod<GetPulseParams, PulseView>;
    export default getPulse;
}
