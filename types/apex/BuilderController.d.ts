// BuilderController (Apex), one module per @AuraEnabled method, in the shape of types/apex.d.ts. The
// DTOs are the JSON of the Apex inner classes of BuilderViews (SetupView, TypeView, FieldView,
// RecordView, ObjectField, SaveResult, ChangeView, DryRunView, DryRunRow): same names, same nullability.
// Datetimes travel as ISO 8601 strings; Ids as 18-character strings.

declare module '@salesforce/apex/BuilderController.getSetup' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { ChangeView } from '@salesforce/apex/BuilderController.getChanges';

    /** One field of a custom metadata type. */
    export interface FieldView {
        apiName: string;
        label: string;
        /** text, longtext, number, boolean, picklist or date */
        kind: string;
        length: number;
        options: string[];
        /** plain, condition, object, objectField or rule */
        role: string;
    }

    /** One record; its values as a JSON object (field API name -> value). */
    export interface RecordView {
        // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
        name: string;
        label: string;
        valuesJson: string;
    }

    /** One custom metadata type the builder edits. */
    export interface TypeView {
        apiName: string;
        label: string;
        fields: FieldView[];
        records: RecordView[];
    }

    export interface SetupView {
        types: TypeView[];
        objects: string[];
        /** Setup names of the permissions the admin lacks to save; empty when they may. */
        missingPermissions: string[];
        changes: ChangeView[];
    }

    /** Not cacheable. The types, records, objects, missing permissions and the change history. */
    const getSetup: ApexMethod<Record<string, never>, SetupView>;
    export default getSetup;
}

declare module '@salesforce/apex/BuilderController.getObjectFields' {
    import type { ApexMethod } from '@salesforce/apex';

    /** A field of a tracked object the admin can read. */
    export interface ObjectField {
        apiName: string;
        label: string;
        /** number, date, datetime, boolean or text (how conditions read it) */
        kind: string;
        options: string[];
    }

    /** Cacheable. The fields of a tracked object the admin can read, by label. */
    const getObjectFields: ApexMethod<{ objectName: string }, ObjectField[]>;
    export default getObjectFields;
}

declare module '@salesforce/apex/BuilderController.startDryRun' {
    import type { ApexMethod } from '@salesforce/apex';

    /** Not cacheable. Starts a dry run of a draft Create rule; returns the Adoption_Job__c Id. */
    const startDryRun: ApexMethod<{ draftJson: string; days: number }, string>;
    export default startDryRun;
}

declare module '@salesforce/apex/BuilderController.getDryRun' {
    import type { ApexMethod } from '@salesforce/apex';

    export interface DryRunRow {
        userId: string;
        userName?: string | null;
        actions: number;
        points: number;
    }

    export interface DryRunView {
        jobId: string;
        status: string;
        inProgress: boolean;
        records: number;
        /** The job's message; null while it runs. */
        message?: string | null;
        /** Per person, most points first; empty in works council mode. */
        rows: DryRunRow[];
        /** How many people would earn. */
        people: number;
        /** Their actions together. */
        actions: number;
        /** Their points together. */
        points: number;
        /** The top earner's share of the points, in whole percent (0 without points). */
        topShare: number;
        /** Works council mode: totals and counts only, no names (rows empty). */
        anonymous: boolean;
    }

    /** Not cacheable. A dry run's state and, once finished, who would have earned what. */
    const getDryRun: ApexMethod<{ jobId: string }, DryRunView | null>;
    export default getDryRun;
}

declare module '@salesforce/apex/BuilderController.save' {
    import type { ApexMethod } from '@salesforce/apex';

    export interface SaveResult {
        changeId: string;
        /** Queued or Failed */
        status: string;
        message: string;
    }

    /** Not cacheable. Checks a draft, records the change and queues its deployment. */
    const save: ApexMethod<{ draftJson: string; note: string }, SaveResult>;
    export default save;
}

declare module '@salesforce/apex/BuilderController.getChanges' {
    import type { ApexMethod } from '@salesforce/apex';

    /** One change of the history. */
    export interface ChangeView {
        id: string;
        changedAt: string;
        changedBy?: string | null;
        typeName: string;
        recordName: string;
        recordLabel?: string | null;
        note: string;
        /** Queued, Succeeded or Failed */
        status: string;
        /** The deployment's outcome; null while queued. */
        result?: string | null;
        /** The values before, as JSON; null for a new record. */
        beforeJson?: string | null;
        afterJson: string;
        /** The deployment's Id (Setup > Deployment Status); null when none was queued. */
        deployId?: string | null;
    }

    /** Not cacheable. The change history, newest first. */
    const getChanges: ApexMethod<Record<string, never>, ChangeView[]>;
    export default getChanges;
}
