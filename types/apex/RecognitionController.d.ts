// RecognitionController (Apex), in the shape of types/apex.d.ts: each import is callable (imperative).
// The DTOs are the JSON of the Apex inner classes of RecognitionViews: same names; Apex leaves a null
// property out of the JSON, so every property it may leave null is optional here. Datetimes travel as
// ISO 8601 strings, Ids as strings.

declare module '@salesforce/apex/RecognitionController.give' {
    import type { ApexMethod } from '@salesforce/apex';

    /** A recognition to give (RecognitionViews.Input); the giver is always the running user. */
    export interface RecognitionInput {
        recipientId: string | null;
        recordId: string | null;
        message: string;
        value?: number | null;
        points?: number | null;
    }

    /** What giving did (RecognitionViews.Given). */
    export interface RecognitionGiven {
        id: string;
        recipientName: string;
        /** Points the ledger paid (0 for a peer's; may be less than allowed under the daily cap). */
        points: number;
        /** Points allowed before the recipient's daily cap. */
        pointsAllowed: number;
    }

    const give: ApexMethod<{ input: RecognitionInput }, RecognitionGiven>;
    export default give;
}

declare module '@salesforce/apex/RecognitionController.withdraw' {
    import type { ApexMethod } from '@salesforce/apex';

    /** Withdraws a recognition (its giver or an admin); answers the points taken back. */
    const withdraw: ApexMethod<{ recognitionId: string }, number>;
    export default withdraw;
}

declare module '@salesforce/apex/RecognitionController.getContext' {
    import type { ApexMethod } from '@salesforce/apex';

    /** A colleague (RecognitionViews.Person). */
    export interface RecognitionPerson {
        id: string;
        name: string;
    }

    /** What the Recognise form needs (RecognitionViews.Context). */
    export interface RecognitionContext {
        colleagues: RecognitionPerson[];
        /** Points the caller may still give this week (0 when they manage nobody). */
        pointsLeft: number;
        /** The most points one recognition carries. */
        maxPoints: number;
        /** Users who report directly to the caller: the points field shows for them. */
        reportIds: string[];
    }

    const getContext: ApexMethod<Record<string, never>, RecognitionContext>;
    export default getContext;
}

declare module '@salesforce/apex/RecognitionController.getWall' {
    import type { ApexMethod } from '@salesforce/apex';

    /** One recognition on the wall (RecognitionViews.WallEntry). */
    export interface RecognitionWallEntry {
        id: string;
        giverName?: string | null;
        recipientName?: string | null;
        /** Null when the caller cannot read the record. */
        recordName?: string | null;
        /** Null when the caller cannot read the record. */
        recordId?: string | null;
        message?: string | null;
        value?: number | null;
        points?: number | null;
        givenAt?: string | null;
        canWithdraw: boolean;
    }

    /** The team wall (RecognitionViews.Wall). */
    export interface RecognitionWallView {
        entries: RecognitionWallEntry[];
        /** Works council mode: only the caller's own recognitions are listed. */
        worksCouncil: boolean;
        isAdmin: boolean;
    }

    const getWall: ApexMethod<Record<string, never>, RecognitionWallView>;
    export default getWall;
}

declare module '@salesforce/apex/RecognitionController.getRecentRecords' {
    import type { ApexMethod } from '@salesforce/apex';

    /** A record the giver may pick from the leaderboard (RecognitionViews.RecordOption). */
    export interface RecognitionRecordOption {
        id: string;
        // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
        name: string;
        objectLabel: string;
    }

    /** A colleague's records the caller can open, changed in the last 30 days, newest first (refused in works council mode). */
    const getRecentRecords: ApexMethod<{ recipientId: string }, RecognitionRecordOption[]>;
    export default getRecentRecords;
}
