// AdminController (Apex), one module per @AuraEnabled method, in the shape of types/apex.d.ts: each
// import is callable (imperative) and a wire adapter (@wire). The DTOs are the JSON of the Apex inner
// classes of HealthViews (HealthView, ObjectHealth, ItemHealth, KeyFieldProblem, ErrorRow,
// SubscriberHealth, PersonaCount, JobView, RuleResult, DigestStatus, EventGrant, RetentionStatus,
// SweepStatus, ManagerAccess, ObjectAccess) and AdoptionSchedules.ScheduleStatus (every job's schedule): same names, same nullability.
// Datetimes travel as ISO 8601 strings; Ids as 18-character strings.

declare module '@salesforce/apex/AdminController.getHealth' {
    import type { ApexMethod } from '@salesforce/apex';
    import type {
        DigestStatus,
        JobView,
        RetentionStatus,
        ScheduleStatus,
        SweepStatus
    } from '@salesforce/apex/AdminController.getJob';

    /** A tracked object (or one a rule names): its capture trigger and its rules. */
    export interface ObjectHealth {
        objectName: string;
        /** Null when the package has no trigger for the object. */
        triggerName?: string | null;
        /** ApexTrigger.Status (Active, Inactive), or Missing, or Unknown when ApexTrigger is not readable. */
        triggerStatus: string;
        activeRules: number;
        rulesWithProblems: number;
    }

    /** A rule, badge or prompt and whether it can run. */
    export interface ItemHealth {
        // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
        name: string;
        label: string;
        detail?: string | null;
        active: boolean;
        /** Why it cannot run; null when it can. */
        problem?: string | null;
        /** What lets it be farmed (an active rule without a daily cap); null when nothing. */
        warning?: string | null;
    }

    /** A permission set or profile that grants Create on one of the package's platform events. */
    export interface EventGrant {
        permissionSet: string;
        /** The permission set's label, or the profile's name. */
        label: string;
        isProfile: boolean;
        eventName: string;
    }

    export interface KeyFieldProblem {
        field: string;
        problem: string;
    }

    export interface ErrorRow {
        id: string;
        occurredAt?: string | null;
        source?: string | null;
        message?: string | null;
        ruleName?: string | null;
        recordId?: string | null;
    }

    /** The signal subscriber (EventBusSubscriber of Adoption_Signal__e). */
    export interface SubscriberHealth {
        /** False when EventBusSubscriber is not readable. */
        known: boolean;
        /** False when no subscriber has received an event yet. */
        found: boolean;
        status?: string | null;
        position?: number | null;
        tip?: number | null;
        backlog?: number | null;
        retries?: number | null;
        lastError?: string | null;
    }

    export interface PersonaCount {
        persona: string;
        permissionSet: string;
        /** Null when PermissionSetAssignment is not readable. */
        assigned?: number | null;
    }

    /** One object of the works council check (HealthViews.ObjectAccess). */
    export interface ObjectAccess {
        objectName: string;
        /** The plural label, in the admin's language. */
        label: string;
        /** False when the person has no row of it to test. */
        tested: boolean;
        /** True when the manager can read the row tested. */
        readable: boolean;
    }

    /** Works council mode: can a manager read the rows of someone below them (HealthViews.ManagerAccess)? */
    export interface ManagerAccess {
        /** Works council mode is on: the check runs only then. */
        applies: boolean;
        /** Absent when it does not apply. */
        status?: 'Failed' | 'Passed' | 'Untested' | 'Unknown' | null;
        /** What the check found and, when it failed, what to do; absent when it does not apply. */
        message?: string | null;
        managerName?: string | null;
        personName?: string | null;
        /** Per object (ManagerAccessCheck.OBJECTS); empty when untested. */
        objects: ObjectAccess[];
    }

    export interface HealthView {
        enabled: boolean;
        settingsFound: boolean;
        /** Setup path where the settings record is edited. */
        settingsUrl: string;
        staleAfterDays?: number | null;
        retentionDays?: number | null;
        objects: ObjectHealth[];
        rules: ItemHealth[];
        badges: ItemHealth[];
        prompts: ItemHealth[];
        keyFieldProblems: KeyFieldProblem[];
        /** Active rules, badges and prompts that cannot run. */
        problems: number;
        /** Newest first, at most 50. */
        errors: ErrorRow[];
        subscriber: SubscriberHealth;
        permissionSets: PersonaCount[];
        /** Newest first, at most 5. */
        jobs: JobView[];
        digest: DigestStatus;
        /** The schedule of the hourly job that closes ended challenges (AdoptionChallengeJob). */
        challengeClosing: ScheduleStatus;
        /** The nightly realignment of open goals to each rep's manager (GoalShareRecalculation). */
        goalRealignment: ScheduleStatus;
        /** False when permission sets are not readable. */
        eventGrantsKnown: boolean;
        /** Every permission set or profile granting Create on Adoption_Signal__e or Adoption_Celebration__e. */
        eventGrants: EventGrant[];
        /** Active rules without a daily cap. */
        uncappedRules: number;
        /** The retention purge: schedule and last run. */
        retention: RetentionStatus;
        /** The nightly deletion sweep (AdoptionDeletionSweep): schedule, last run, and a flag when unscheduled. */
        sweep: SweepStatus;
        /** Works council mode: can a manager read a rep's rows (ManagerAccessCheck)? */
        managerAccess: ManagerAccess;
    }

    /** Cacheable; admins only (Adoption_Administer). */
    const getHealth: ApexMethod<Record<string, never>, HealthView>;
    export default getHealth;
}

declare module '@salesforce/apex/AdminController.getJob' {
    import type { ApexMethod } from '@salesforce/apex';

    export type JobType = 'Dry Run' | 'Backfill' | 'Rebuild' | 'Purge';
    export type JobStatus = 'Queued' | 'Running' | 'Completed' | 'Failed';

    /** What a dry run or backfill found for one rule. */
    export interface RuleResult {
        rule: string;
        actions: number;
        points: number;
        people: number;
    }

    /** One history tool run (Adoption_Job__c). */
    export interface JobView {
        id: string;
        type: JobType | string;
        status: JobStatus | string;
        /** True while Queued or Running: the page polls. */
        inProgress: boolean;
        days?: number | null;
        startedAt?: string | null;
        finishedAt?: string | null;
        createdAt?: string | null;
        recordsScanned: number;
        actionsFound: number;
        pointsFound: number;
        message?: string | null;
        /** Filled by getJob only. */
        ruleResults: RuleResult[];
    }

    /** A scheduled job (AdoptionSchedules.ScheduleStatus): the digest, the challenge closing, the purge, the sweep. */
    export interface ScheduleStatus {
        /** False when CronTrigger is not readable (scheduled is then false as well). */
        known: boolean;
        scheduled: boolean;
        /** CronTrigger.State (WAITING, PAUSED, ...); null when not scheduled. */
        state?: string | null;
        /** The next run; null when not scheduled. */
        nextRunAt?: string | null;
        /** The last time the schedule fired; null when not scheduled or never fired. */
        lastRunAt?: string | null;
        /** The cron expression; null when not scheduled. */
        cron?: string | null;
        /** The job runs as this user (the digest is sent, winners announced, as them); null when not scheduled. */
        scheduledBy?: string | null;
    }

    /** The weekly digest: settings and schedule. */
    export interface DigestStatus {
        enabled: boolean;
        day: string;
        /** The org may not send email now (deliverability, or the day's capacity). */
        emailOff?: boolean | null;
        /** The daily job's schedule. */
        schedule: ScheduleStatus;
    }

    /** The retention purge (AdoptionPurgeJob): its schedule and its last run. */
    export interface RetentionStatus {
        retentionDays?: number | null;
        /** The daily purge's schedule. */
        schedule: ScheduleStatus;
        /** When the last purge finished; null when none has. */
        lastRunAt?: string | null;
        /** What the last purge did; null when none has run. */
        lastMessage?: string | null;
    }

    /** The nightly deletion sweep (AdoptionDeletionSweep): its schedule and its last run. */
    export interface SweepStatus {
        /** The nightly sweep's schedule. */
        schedule: ScheduleStatus;
        /** When the last sweep finished; null when none has. */
        lastRunAt?: string | null;
        /** What the last sweep did; null when none has run. */
        lastMessage?: string | null;
        /** The flag to show (label Adoption_Admin_Sweep_Not_Scheduled) when known not to be scheduled; null otherwise. */
        warning?: string | null;
    }

    export interface GetJobParams extends Record<string, unknown> {
        jobId: string | null | undefined;
    }

    /** Cacheable; admins only. Null when there is no such job. */
    const getJob: ApexMethod<GetJobParams, JobView | null>;
    export default getJob;
}

declare module '@salesforce/apex/AdminController.startDryRun' {
    import type { ApexMethod } from '@salesforce/apex';

    /** Admins only. Starts a dry run over the last `days` days; returns the Adoption_Job__c Id. */
    const startDryRun: ApexMethod<{ days: number }, string>;
    export default startDryRun;
}

declare module '@salesforce/apex/AdminController.startBackfill' {
    import type { ApexMethod } from '@salesforce/apex';

    /** Admins only. Starts a backfill over the last `days` days; returns the Adoption_Job__c Id. */
    const startBackfill: ApexMethod<{ days: number }, string>;
    export default startBackfill;
}

declare module '@salesforce/apex/AdminController.startRebuild' {
    import type { ApexMethod } from '@salesforce/apex';

    /** Admins only. Rebuilds the periods of the last `days` days (null: every period); returns the job Id. */
    const startRebuild: ApexMethod<{ days: number | null }, string>;
    export default startRebuild;
}

declare module '@salesforce/apex/AdminController.startPurge' {
    import type { ApexMethod } from '@salesforce/apex';

    /** Admins only. Purges what is older than the retention (ledger, interactions, error logs, job results); returns the job Id. */
    const startPurge: ApexMethod<Record<string, never>, string>;
    export default startPurge;
}

declare module '@salesforce/apex/AdminController.scheduleDigest' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { DigestStatus } from '@salesforce/apex/AdminController.getJob';

    /** Admins only. Schedules the digest's daily run as the caller; returns the new status. */
    const scheduleDigest: ApexMethod<Record<string, never>, DigestStatus>;
    export default scheduleDigest;
}

declare module '@salesforce/apex/AdminController.unscheduleDigest' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { DigestStatus } from '@salesforce/apex/AdminController.getJob';

    /** Admins only. Removes the digest's daily run; returns the new status. */
    const unscheduleDigest: ApexMethod<Record<string, never>, DigestStatus>;
    export default unscheduleDigest;
}

declare module '@salesforce/apex/AdminController.scheduleChallengeClosing' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { ScheduleStatus } from '@salesforce/apex/AdminController.getJob';

    /** Admins only. Schedules the hourly closing of ended challenges as the caller; returns the new status. */
    const scheduleChallengeClosing: ApexMethod<Record<string, never>, ScheduleStatus>;
    export default scheduleChallengeClosing;
}

declare module '@salesforce/apex/AdminController.unscheduleChallengeClosing' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { ScheduleStatus } from '@salesforce/apex/AdminController.getJob';

    /** Admins only. Removes the hourly closing of ended challenges; returns the new status. */
    const unscheduleChallengeClosing: ApexMethod<Record<string, never>, ScheduleStatus>;
    export default unscheduleChallengeClosing;
}

declare module '@salesforce/apex/AdminController.scheduleGoalRealignment' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { ScheduleStatus } from '@salesforce/apex/AdminController.getJob';

    /** Admins only. Schedules the nightly goal realignment as the caller; returns the new status. */
    const scheduleGoalRealignment: ApexMethod<Record<string, never>, ScheduleStatus>;
    export default scheduleGoalRealignment;
}

declare module '@salesforce/apex/AdminController.unscheduleGoalRealignment' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { ScheduleStatus } from '@salesforce/apex/AdminController.getJob';

    /** Admins only. Removes the nightly goal realignment; returns the new status. */
    const unscheduleGoalRealignment: ApexMethod<Record<string, never>, ScheduleStatus>;
    export default unscheduleGoalRealignment;
}

declare module '@salesforce/apex/AdminController.schedulePurge' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { RetentionStatus } from '@salesforce/apex/AdminController.getJob';

    /** Admins only. Schedules the daily retention purge as the caller; returns the new status. */
    const schedulePurge: ApexMethod<Record<string, never>, RetentionStatus>;
    export default schedulePurge;
}

declare module '@salesforce/apex/AdminController.unschedulePurge' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { RetentionStatus } from '@salesforce/apex/AdminController.getJob';

    /** Admins only. Removes the daily retention purge; returns the new status. */
    const unschedulePurge: ApexMethod<Record<string, never>, RetentionStatus>;
    export default unschedulePurge;
}

declare module '@salesforce/apex/AdminController.startSweep' {
    import type { ApexMethod } from '@salesforce/apex';

    /** Admins only. Runs the deletion sweep now; returns the Adoption_Job__c Id. */
    const startSweep: ApexMethod<Record<string, never>, string>;
    export default startSweep;
}

declare module '@salesforce/apex/AdminController.scheduleSweep' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { SweepStatus } from '@salesforce/apex/AdminController.getJob';

    /** Admins only. Schedules the nightly deletion sweep as the caller; returns the new status. */
    const scheduleSweep: ApexMethod<Record<string, never>, SweepStatus>;
    export default scheduleSweep;
}

declare module '@salesforce/apex/AdminController.unscheduleSweep' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { SweepStatus } from '@salesforce/apex/AdminController.getJob';

    /** Admins only. Removes the nightly deletion sweep; returns the new status. */
    const unscheduleSweep: ApexMethod<Record<string, never>, SweepStatus>;
    export default unscheduleSweep;
}
