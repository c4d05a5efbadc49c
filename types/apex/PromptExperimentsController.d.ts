// PromptExperimentsController (Apex), one module per @AuraEnabled method, in the shape of
// types/apex.d.ts. The DTOs are the JSON of PromptExperimentResults.ExperimentsView, ExperimentView,
// PromptOption and PromptExperimentMath.Comparison: same names, same nullability. Datetimes travel as
// ISO strings. Admins only (Adoption_Administer).

declare module '@salesforce/apex/PromptExperimentsController.getExperiments' {
    import type { ApexMethod } from '@salesforce/apex';

    export type ExperimentVerdict = 'notEnoughData' | 'better' | 'worse' | 'unclear';

    /** PromptExperimentMath.Comparison: shares from 0 to 1. */
    export interface ExperimentComparison {
        promptedRate?: number | null;
        promptedLow?: number | null;
        promptedHigh?: number | null;
        heldOutRate?: number | null;
        heldOutLow?: number | null;
        heldOutHigh?: number | null;
        /** Prompted minus held out. */
        difference?: number | null;
        differenceLow?: number | null;
        differenceHigh?: number | null;
        enoughData: boolean;
        verdict: ExperimentVerdict;
    }

    /** PromptExperimentResults.ExperimentView. */
    export interface ExperimentView {
        id: string;
        name: string;
        promptName: string;
        promptTitle: string;
        status: 'Running' | 'Ended';
        decision?: 'Keep' | 'Retire' | null;
        holdoutPercent: number;
        startedAt: string;
        endedAt?: string | null;
        promptedRecords: number;
        promptedFixed: number;
        heldOutRecords: number;
        heldOutFixed: number;
        /** Distinct reps behind each arm's counted records. */
        promptedReps: number;
        heldOutReps: number;
        /** Works council mode withheld an arm below the minimum group size (its figures are zero/null). */
        withheld: boolean;
        /** Figures stored when the experiment ended; they no longer change. */
        frozen: boolean;
        promptedMedianHours?: number | null;
        heldOutMedianHours?: number | null;
        mixedRecords: number;
        unreadableRecords: number;
        sampled: boolean;
        problem?: string | null;
        comparison: ExperimentComparison;
    }

    /** PromptExperimentResults.PromptOption. */
    export interface PromptOption {
        value: string;
        label: string;
    }

    /** PromptExperimentResults.ExperimentsView. */
    export interface ExperimentsView {
        experiments: ExperimentView[];
        startable: PromptOption[];
        /** Prompts an admin retired: each can be brought back. */
        retired: PromptOption[];
        holdoutMin: number;
        holdoutMax: number;
        minimumRecords: number;
        /** PromptExperimentResults.MINIMUM_REPS_PER_ARM */
        minimumReps: number;
    }

    /** Cacheable; admins only. */
    const getExperiments: ApexMethod<Record<string, never>, ExperimentsView>;
    export default getExperiments;
}

declare module '@salesforce/apex/PromptExperimentsController.startExperiment' {
    import type { ApexMethod } from '@salesforce/apex';

    export interface StartExperimentParams extends Record<string, unknown> {
        promptName: string;
        holdoutPercent: number | null;
    }

    /** Starts an experiment; returns its Id. Admins only; refusals carry a label. */
    const startExperiment: ApexMethod<StartExperimentParams, string>;
    export default startExperiment;
}

declare module '@salesforce/apex/PromptExperimentsController.endExperiment' {
    import type { ApexMethod } from '@salesforce/apex';

    export interface EndExperimentParams extends Record<string, unknown> {
        experimentId: string;
        decision: 'Keep' | 'Retire';
    }

    /** Ends a running experiment, keeping or retiring its prompt; returns its Id. Admins only. */
    const endExperiment: ApexMethod<EndExperimentParams, string>;
    export default endExperiment;
}

declare module '@salesforce/apex/PromptExperimentsController.bringBackPrompt' {
    import type { ApexMethod } from '@salesforce/apex';

    export interface BringBackPromptParams extends Record<string, unknown> {
        promptName: string;
    }

    /** Brings a retired prompt back (its decision becomes Keep); returns how many experiments changed. */
    const bringBackPrompt: ApexMethod<BringBackPromptParams, number>;
    export default bringBackPrompt;
}
