// StandupController (Apex), one module per @AuraEnabled method, in the shape of types/apex.d.ts. The
// DTOs are the JSON of the Apex inner classes of StandupViews (Item, Card, Standup, TeamTotals, Kpi,
// WeeklyStatus): same names. Apex leaves a null property out of the JSON: every property Apex may
// leave null is optional here. Apex Dates travel as 'YYYY-MM-DD' strings.

declare module '@salesforce/apex/StandupController.getMyStandup' {
    import type { ApexMethod } from '@salesforce/apex';

    /** One line of a card (StandupViews.Item). */
    export interface StandupItem {
        recordId?: string | null;
        title?: string | null;
        objectName: string;
        detail?: string | null;
        points?: number | null;
        dueDate?: string | null;
        overdue: boolean;
        /** Past_Close, No_Next_Step, Stale */
        reasons: string[];
    }

    /** One person's stand-up (StandupViews.Card). */
    export interface StandupCard {
        userId: string;
        // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
        name: string;
        isSelf: boolean;
        today: string;
        lookBackFrom: string;
        figuresHidden: boolean;
        scored: StandupItem[];
        scoredCount: number;
        points?: number | null;
        tasks: StandupItem[];
        taskCount: number;
        prompts: StandupItem[];
        promptCount: number;
        obstacles: StandupItem[];
        obstacleCount: number;
        /** Obstacles, Quiet, Rest, Self; absent on a rep's own card */
        standupGroup?: string | null;
        timeBoxSeconds: number;
    }

    /** Works council mode: the team's per-person averages (StandupViews.TeamTotals). */
    export interface StandupTotals {
        people: number;
        scoredActions: number;
        tasks: number;
        /** null: fewer than the minimum own records of the prompt objects (withheld) */
        prompts?: number | null;
        /** null: fewer than the minimum own open opportunities the caller sees in full (withheld) */
        obstacles?: number | null;
    }

    /** A stand-up (StandupViews.Standup). */
    export interface StandupView {
        people: StandupCard[];
        managersOnly: boolean;
        worksCouncil: boolean;
        totals?: StandupTotals | null;
        withheld: boolean;
        minimumGroupSize?: number | null;
        totalSeconds: number;
        capped: boolean;
        obstaclesUnavailable: boolean;
    }

    /** Cacheable. The caller's own stand-up card. */
    const getMyStandup: ApexMethod<Record<string, never>, StandupView>;
    export default getMyStandup;
}

declare module '@salesforce/apex/StandupController.getTeamStandup' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { StandupView } from '@salesforce/apex/StandupController.getMyStandup';

    /** Cacheable. The stand-up of the team the caller leads, in stand-up order. */
    const getTeamStandup: ApexMethod<Record<string, never>, StandupView>;
    export default getTeamStandup;
}

declare module '@salesforce/apex/StandupController.getWeeklyStatus' {
    import type { ApexMethod } from '@salesforce/apex';

    /** One KPI (StandupViews.Kpi). */
    export interface StandupKpi {
        /** Scored_Actions, Points, Active_Reps, Login_Days, Next_Step_Share, Past_Close */
        code: string;
        thisWeek?: number | null;
        lastWeek?: number | null;
        perPerson: boolean;
    }

    /** The week's KPIs (StandupViews.WeeklyStatus). */
    export interface WeeklyStatus {
        weekKey?: string | null;
        lastWeekKey?: string | null;
        scope: string;
        people: number;
        kpis: StandupKpi[];
        managersOnly: boolean;
        withheld: boolean;
        loginsCapped: boolean;
    }

    /** Cacheable. This week's KPIs beside last week's, for the caller (Mine) or their team (Team). */
    const getWeeklyStatus: ApexMethod<{ scope: string }, WeeklyStatus>;
    export default getWeeklyStatus;
}
