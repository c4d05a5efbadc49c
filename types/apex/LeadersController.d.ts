// LeadersController (Apex), one module per @AuraEnabled method, in the shape of types/apex.d.ts. The
// DTOs are the JSON of the inner classes of LeadersViews (LeadersView, LeaderRow, ManagerLine): same
// names. Apex leaves a null property out of the JSON, so every property Apex may leave null is
// optional here (`?: T | null`) and read with `== null` or `??`.

declare module '@salesforce/apex/LeadersController.getLeaders' {
    import type { ApexMethod } from '@salesforce/apex';

    /** One manager below the viewer (LeadersViews.LeaderRow). Own figures are absent in works council mode. */
    export interface LeaderRow {
        userId: string;
        // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
        name: string;
        title?: string | null;
        level?: number | null;
        /** Distinct days with a login in the last 4 weeks; absent in works council mode. */
        loginDays?: number | null;
        actionsThisWeek?: number | null;
        pointsThisWeek?: number | null;
        actionsLastWeek?: number | null;
        pointsLastWeek?: number | null;
        /** Own open opportunities; absent when not visible to the viewer or in works council mode. */
        openOpportunities?: number | null;
        noNextStep?: number | null;
        pastCloseDate?: number | null;
        stale?: number | null;
        hygieneNotVisible: boolean;
        teamSize: number;
        teamActivePercent?: number | null;
        /** Median points this week (the average in works council mode). */
        teamPoints?: number | null;
        /** Absent when nobody (in works council mode: fewer than the minimum) has open opportunities measured. */
        teamHygienePercent?: number | null;
        teamHygieneNotVisible: number;
        /** Team members with open opportunities left out of teamHygienePercent: a figure nobody measured (0 in works council mode). */
        teamHygieneNotMeasured: number;
        leadsByExample: boolean;
        notSeenThisWeek: boolean;
    }

    /** The leaders view (LeadersViews.LeadersView). */
    export interface LeadersView {
        worksCouncil: boolean;
        minimumGroupSize?: number | null;
        weekKey?: string | null;
        lastWeekKey?: string | null;
        loginWindowDays?: number | null;
        leaders: LeaderRow[];
        withheldTeams: number;
        loginsCapped: boolean;
        forecastSampled: boolean;
    }

    const getLeaders: ApexMethod<Record<string, never>, LeadersView>;
    export default getLeaders;
}

declare module '@salesforce/apex/LeadersController.getManagerLine' {
    import type { ApexMethod } from '@salesforce/apex';

    /** The manager line on the team board (LeadersViews.ManagerLine). */
    export interface ManagerLine {
        shown: boolean;
        isSelf: boolean;
        managerName?: string | null;
        actions: number;
        activeDays: number;
    }

    const getManagerLine: ApexMethod<Record<string, never>, ManagerLine>;
    export default getManagerLine;
}
