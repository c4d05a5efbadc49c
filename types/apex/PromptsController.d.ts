// PromptsController (Apex), one module per @AuraEnabled method, in the shape of types/apex.d.ts:
// each import is callable (imperative) and a wire adapter (@wire). The DTOs are the JSON of the
// Apex inner classes PromptViews.PromptsView, PromptView, InteractionResult and
// PromptEffectivenessService.EffectivenessView, EffectivenessRow: same names, same nullability.
// Apex Dates travel as 'YYYY-MM-DD' strings.

declare module '@salesforce/apex/PromptsController.getPrompts' {
    import type { ApexMethod } from '@salesforce/apex';

    /** Action_Type__c values; None also when this user cannot take the action. */
    export type PromptActionType = 'None' | 'Edit Field' | 'Open URL' | 'Log Call';

    /** Severity__c values. */
    export type PromptSeverity = 'Critical' | 'Warning' | 'Info';

    /** One prompt offered on the record (PromptViews.PromptView). */
    export interface PromptView {
        /** The prompt's DeveloperName. */
        name: string;
        title: string;
        /** Message__c as written: merge fields ({Name}, {Account.Name}, {count}) are filled in the page. */
        message?: string | null;
        severity: PromptSeverity;
        /** Condition__c: the record needs attention while it holds. */
        condition?: string | null;
        /** Canonical field paths the page loads with getRecord (condition, merge and action fields). */
        fields: string[];
        /** Field path -> Schema.DisplayType name ('CURRENCY', 'DATE', ...), for the condition. */
        fieldTypes: Record<string, string>;
        /** How many of the user's own records meet Figure_Condition__c; null without one. */
        count?: number | null;
        /** True when the figure reached its row cap: count is a lower bound. */
        countCapped: boolean;
        actionType: PromptActionType;
        /** The field to edit, for Edit Field. */
        actionField?: string | null;
        /** Its label in the user's language, for Edit Field. */
        actionFieldLabel?: string | null;
        /** The URL template, for Open URL (https://, http:// or a path). */
        actionUrl?: string | null;
        /** Action_Label__c; null for the page's default label. */
        actionLabel?: string | null;
        /** Days a snooze hides the prompt (at least 1). */
        snoozeDays: number;
        /** Already shown today on this record: showing it again costs no budget. */
        shownToday: boolean;
    }

    /** Everything the page needs for one record (PromptViews.PromptsView). */
    export interface PromptsView {
        objectApiName: string;
        recordId: string;
        /** Today in the user's time zone, 'YYYY-MM-DD': what TODAY means in conditions. */
        today: string;
        dailyBudget: number;
        /** Prompt/record pairs shown to the user today. */
        shownToday: number;
        /** New prompts the user may still be shown today. */
        remainingBudget: number;
        /** A prompt of this object has a problem the error log does not hold yet. */
        hasUnreportedProblems: boolean;
        /** Most severe first. */
        prompts: PromptView[];
        /**
         * Prompts of a running experiment that hold this user out: never shown; when one's condition
         * holds the page records HeldOut (the server checks the arm, the offer and the record again).
         */
        heldOut: PromptView[];
    }

    export interface GetPromptsParams extends Record<string, unknown> {
        objectApiName: string;
        recordId: string;
    }

    /** Cacheable. The prompts offered to the user on a record, with live figures and the budget left. */
    const getPrompts: ApexMethod<GetPromptsParams, PromptsView>;
    export default getPrompts;
}

declare module '@salesforce/apex/PromptsController.recordInteraction' {
    import type { ApexMethod } from '@salesforce/apex';

    export type PromptAction = 'Shown' | 'Dismissed' | 'Snoozed' | 'Acted' | 'Resolved' | 'HeldOut';

    /** What was recorded (PromptViews.InteractionResult). */
    export interface InteractionResult {
        action: PromptAction;
        /** False when nothing was written (Resolved while the record still needs attention). */
        recorded: boolean;
        remainingBudget: number;
        /** For Snoozed: the day the prompt may show again, 'YYYY-MM-DD'. */
        snoozedUntil?: string | null;
    }

    export interface RecordInteractionParams extends Record<string, unknown> {
        promptName: string;
        recordId: string;
        action: PromptAction;
    }

    /** Upserts the one row of this user, prompt, record and day; refuses a Shown beyond the budget. */
    const recordInteraction: ApexMethod<RecordInteractionParams, InteractionResult>;
    export default recordInteraction;
}

declare module '@salesforce/apex/PromptsController.reportProblems' {
    import type { ApexMethod } from '@salesforce/apex';

    export interface ReportProblemsParams extends Record<string, unknown> {
        objectApiName: string;
    }

    /** Writes the object's prompt problems to the error log, each once; returns how many. */
    const reportProblems: ApexMethod<ReportProblemsParams, number>;
    export default reportProblems;
}

declare module '@salesforce/apex/PromptsController.getEffectiveness' {
    import type { ApexMethod } from '@salesforce/apex';

    /** One prompt's figures (PromptEffectivenessService.EffectivenessRow). */
    export interface EffectivenessRow {
        name: string;
        title: string;
        objectApiName: string;
        active: boolean;
        /** Why the prompt is unusable; null when usable. */
        problem?: string | null;
        /** Records on which it was shown in the window. */
        shown: number;
        /** Page views, all records. */
        showings: number;
        acted: number;
        dismissed: number;
        snoozed: number;
        resolved: number;
        medianHoursToResolve?: number | null;
        promptedChecked: number;
        promptedStoppedMatching: number;
        stoppedMatchingPercent?: number | null;
        baselineChecked: number;
        baselineMatching: number;
        baselineMatchingPercent?: number | null;
        /** A row or record cap was reached. */
        sampled: boolean;
    }

    /** PromptEffectivenessService.EffectivenessView. */
    export interface EffectivenessView {
        days: number;
        /** The window's first day, 'YYYY-MM-DD'. */
        since: string;
        rows: EffectivenessRow[];
    }

    export interface GetEffectivenessParams extends Record<string, unknown> {
        days: number | null;
    }

    /** Cacheable; admins only (Adoption_Administer). */
    const getEffectiveness: ApexMethod<GetEffectivenessParams, EffectivenessView>;
    export default getEffectiveness;
}
