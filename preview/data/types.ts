// The shape of the sample data written by preview/data/generate.mjs. Rows carry the API names of
// docs/data-model.md, so a local Apex answer reads them the way its selector reads the org.
import type { FieldView } from '@salesforce/apex/BuilderController.getSetup';
import type { ObjectField } from '@salesforce/apex/BuilderController.getObjectFields';

export type PeriodType = 'Week' | 'Month' | 'Quarter' | 'Year' | 'All Time';

/** A custom metadata record: DeveloperName, MasterLabel and its fields by API name. */
export type MetadataRecord = { DeveloperName: string; MasterLabel: string } & Record<string, unknown>;

/** A CRM record (Account, Opportunity, Contact, Lead) by field API name. */
export type CrmRecord = { Id: string; Name: string; OwnerId?: string } & Record<string, unknown>;

export interface DemoUser {
    Id: string;
    Name: string;
    FirstName: string;
    LastName: string;
    Alias?: string;
    Title: string;
    Department?: string;
    Email?: string;
    IsActive: boolean;
    ManagerId: string | null;
    SmallPhotoUrl: string | null;
    CreatedDate?: string;
    LastLoginDate?: string;
    /** The sales team ('West', 'East'); null for the admin. Not a User field: a demo grouping. */
    Team?: string | null;
}

export interface LedgerEntry {
    Id: string;
    OwnerId: string;
    User__c: string;
    Rule_Name__c: string;
    Points__c: number;
    Category__c: string;
    Record_Id__c: string;
    Object__c: string;
    Occurred_At__c: string;
    Scored_On__c: string;
    Entry_Type__c: 'Award' | 'Reversal' | 'Recredit' | 'Backfill';
    Idempotency_Key__c: string;
}

export interface PeriodScore {
    Id: string;
    OwnerId?: string;
    User__c: string;
    Period_Type__c: PeriodType;
    Period_Key__c: string;
    Period_Start__c: string | null;
    Unique_Key__c: string;
    Points__c: number;
    Actions__c: number;
    Active_Days__c: number;
    Last_Active_On__c: string | null;
    /** JSON: category -> points */
    Category_Points__c?: string;
    /** JSON: rule DeveloperName -> scored actions */
    Rule_Counts__c?: string;
    Current_Streak__c: number;
    Best_Streak__c: number;
    Level__c: number;
    /** When the row was first written (the rep's first scored action, for the All Time row). */
    CreatedDate?: string;
}

export interface BadgeAward {
    Id: string;
    OwnerId: string;
    User__c: string;
    Badge_Name__c: string;
    Tier__c: string;
    Period_Key__c: string;
    Awarded_At__c: string;
    Unique_Key__c: string;
}

/** An Adoption_Prompt_Experiment__c row. */
export interface ExperimentRecord {
    Id: string;
    Name: string;
    Prompt_Name__c: string;
    Holdout_Percent__c: number;
    Salt__c: string;
    Status__c: 'Running' | 'Ended';
    Started_At__c: string;
    Ended_At__c: string | null;
    Decision__c: 'Keep' | 'Retire' | null;
    /** The comparison stored when it ended (PromptExperimentResults.endExperiment), JSON. */
    Results__c?: string | null;
}

export interface DemoData {
    meta: {
        seed: string;
        /** The sample's 'today' (UTC), 'YYYY-MM-DD'. */
        today: string;
        windowDays: number;
        currentPeriods: Record<PeriodType, string>;
        /** Where rules, badges, prompts and settings came from: force-app records or fallbacks. */
        sources: Record<string, string>;
    };
    settings: MetadataRecord;
    rules: MetadataRecord[];
    badges: MetadataRecord[];
    prompts: MetadataRecord[];
    /** Onboarding quests and their steps (Adoption_Quest__mdt, Adoption_Quest_Step__mdt). */
    quests: MetadataRecord[];
    questSteps: MetadataRecord[];
    /** The builder's types (fields from the package's field files) and the tracked objects' readable fields. */
    builder: {
        types: { apiName: string; label: string; fields: FieldView[] }[];
        objectFields: Record<string, ObjectField[]>;
    };
    /** Persona -> user Id: rep, manager, admin, newcomer, inactive, topPerformer, mostImproved, eastManager, director. */
    personas: Record<string, string>;
    users: DemoUser[];
    ledger: LedgerEntry[];
    periodScores: PeriodScore[];
    badgeAwards: BadgeAward[];
    records: Record<string, CrmRecord[]>;
    /** Open tasks for the daily stand-up (preview/data/standup.mjs): Subject, ActivityDate, OwnerId, IsClosed. */
    tasks?: CrmRecord[];
    errorLogs: Record<string, unknown>[];
    jobs: Record<string, unknown>[];
    /** Adoption_Prompt_Experiment__c rows (preview/data/experiments.mjs). */
    experiments: ExperimentRecord[];
    /** Past records the experiments compare (not in `records`: no other page sees them). */
    experimentRecords: CrmRecord[];
    /** The experiments' interaction rows (Adoption_Prompt_Interaction__c, with Held_Out_At__c). */
    experimentRows: Record<string, unknown>[];
    /**
     * The sample org's Sharing Settings: Grant Access Using Hierarchies on the package's objects. Not in
     * the generated sample (on, as Salesforce ships custom objects); a page script may turn it off.
     */
    grantAccessUsingHierarchies?: boolean;
}

/** The leaderboard benchmark: many users, a score row each for every current period, no ledger. */
export interface BenchmarkData {
    meta: { seed: string; today: string; users: number; currentPeriods: Record<PeriodType, string> };
    users: DemoUser[];
    periodScores: PeriodScore[];
}
