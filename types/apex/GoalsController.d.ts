// Personal goals' Apex methods (GoalsController), typed as types/apex.d.ts types the others: each
// import is callable (imperative) and a wire adapter (`@wire`). The DTOs live in c/goalPace. A refusal
// rejects with a labelled message.

declare module '@salesforce/apex/GoalsController.getMyGoals' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { MyGoals } from 'c/goalPace';

    /** Cacheable. The caller's goals, progress and pace, and what they may propose. */
    const getMyGoals: ApexMethod<Record<string, never>, MyGoals>;
    export default getMyGoals;
}

declare module '@salesforce/apex/GoalsController.getTeamGoals' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { TeamGoals } from 'c/goalPace';

    /** Cacheable. The goals of the people the caller may see, for a month (null: this month). */
    const getTeamGoals: ApexMethod<{ monthStart: string | null }, TeamGoals>;
    export default getTeamGoals;
}

declare module '@salesforce/apex/GoalsController.proposeGoal' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { GoalInput, GoalView } from 'c/goalPace';

    /** Proposes a goal: the caller's own, or a direct report's. */
    const proposeGoal: ApexMethod<{ input: GoalInput }, GoalView>;
    export default proposeGoal;
}

declare module '@salesforce/apex/GoalsController.respondToGoal' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { GoalView } from 'c/goalPace';

    /** Accept, edit (the manager: a new target) or decline a proposal. */
    const respondToGoal: ApexMethod<
        { goalId: string; action: string; target: number | null; message: string | null },
        GoalView
    >;
    export default respondToGoal;
}
