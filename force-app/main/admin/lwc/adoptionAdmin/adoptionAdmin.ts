/**
 * adoptionAdmin: the admin's setup and health page. Whether the package is on (the settings are
 * custom metadata, edited in Setup: the page links there), which tracked objects have their trigger
 * and rules, every rule, badge and prompt with its validation status, key fields the pulse cannot
 * measure, the last errors, the signal subscriber, permission set assignments by persona, the
 * history tools (dry run, backfill, rebuild, purge) with live progress, the weekly digest's schedule,
 * the schedule of the hourly job that closes ended challenges, and the prompt effectiveness table
 * (c-prompt-effectiveness). What keeps points honest and data private: a warning on every active
 * rule without a daily cap, every permission set or profile that grants Create on the package's
 * platform events, the retention purge's daily schedule (flagged when it is not scheduled, with
 * buttons to schedule or stop it) and last run, the nightly deletion sweep's (the same, and a
 * button to run it now: the page follows its job as it follows the tools'), and in works council mode
 * whether a manager can open the rows of someone below them (red, with what to do, when they can).
 *
 * The parent reads and writes (getHealth, the followed job, the tools, the schedules); the sections
 * are children that show what they are given and send events up: c-adoption-history-tools,
 * c-adoption-schedule-card (one per scheduled job) and c-adoption-health-table, inside
 * c-adoption-card. The view models are built once per answer (adoptionAdminScreen.ts).
 *
 * Admins only: every AdminController method refuses anyone without Adoption_Administer, and the
 * page shows the server's message. Progress: after a tool starts, the job row is wired by Id and
 * refreshed with refreshApex every POLL_MS while it is Queued or Running; polling stops when it
 * finishes (or the page is left), and the health view is refreshed once to list the finished job.
 */
import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getHealth from '@salesforce/apex/AdminController.getHealth';
import type { HealthView } from '@salesforce/apex/AdminController.getHealth';
import getJob from '@salesforce/apex/AdminController.getJob';
import type { JobView } from '@salesforce/apex/AdminController.getJob';
import startDryRun from '@salesforce/apex/AdminController.startDryRun';
import startBackfill from '@salesforce/apex/AdminController.startBackfill';
import startRebuild from '@salesforce/apex/AdminController.startRebuild';
import startPurge from '@salesforce/apex/AdminController.startPurge';
import scheduleDigest from '@salesforce/apex/AdminController.scheduleDigest';
import unscheduleDigest from '@salesforce/apex/AdminController.unscheduleDigest';
import scheduleChallengeClosing from '@salesforce/apex/AdminController.scheduleChallengeClosing';
import unscheduleChallengeClosing from '@salesforce/apex/AdminController.unscheduleChallengeClosing';
import schedulePurge from '@salesforce/apex/AdminController.schedulePurge';
import unschedulePurge from '@salesforce/apex/AdminController.unschedulePurge';
import startSweep from '@salesforce/apex/AdminController.startSweep';
import scheduleSweep from '@salesforce/apex/AdminController.scheduleSweep';
import unscheduleSweep from '@salesforce/apex/AdminController.unscheduleSweep';
import type { ApexWireResult } from 'c/adoptionTypes';
import type { HistoryTool, JobScreen } from 'c/adoptionHistoryTools';
import type { ScheduleKind, ScheduleScreen } from 'c/adoptionScheduleCard';
import { formatLabel, reduceErrors } from 'c/ldsUtils';
import {
    ACCESS_HELP,
    ACCESS_TITLE,
    CLOSING_FAILED,
    CONFIRM_BACKFILL,
    CONFIRM_PURGE,
    CONFIRM_REBUILD,
    DAYS_INVALID,
    ERRORS_NONE,
    ERRORS_TITLE,
    GRANTS_HELP,
    GRANTS_TITLE,
    KEY_FIELDS_TITLE,
    LOAD_ERROR,
    OBJECTS_TITLE,
    PERSONAS_TITLE,
    REBUILD_BEYOND_RETENTION,
    REFRESH,
    SCHEDULE_FAILED,
    SETTINGS_HELP,
    SETTINGS_LINK,
    SETTINGS_MISSING,
    START_FAILED,
    STATUS_TITLE,
    SUBSCRIBER_TITLE,
    TITLE
} from './adoptionAdminLabels';
import type { HealthScreen } from './adoptionAdminScreen';
import { healthScreen, jobScreen } from './adoptionAdminScreen';
import {
    closingSchedule,
    digestSchedule,
    goalRealignmentCalls,
    goalRealignmentSchedule,
    retentionSchedule,
    sweepSchedule
} from './adoptionAdminSchedules';

/** How often a running job is read again. */
const POLL_MS = 3000;
const DEFAULT_DAYS = 30;
const MAX_DAYS = 3650;

/** Each scheduled job: its server calls, and what a failed call says when the server says nothing. */
const SCHEDULES: Readonly<
    Record<
        ScheduleKind,
        {
            schedule: () => Promise<ScheduleScreen>;
            unschedule: () => Promise<ScheduleScreen>;
            failed: string;
        }
    >
> = {
    digest: {
        schedule: async () => digestSchedule(await scheduleDigest({})),
        unschedule: async () => digestSchedule(await unscheduleDigest({})),
        failed: SCHEDULE_FAILED
    },
    closing: {
        schedule: async () => closingSchedule(await scheduleChallengeClosing({})),
        unschedule: async () => closingSchedule(await unscheduleChallengeClosing({})),
        failed: CLOSING_FAILED
    },
    goals: goalRealignmentCalls,
    retention: {
        schedule: async () => retentionSchedule(await schedulePurge({})),
        unschedule: async () => retentionSchedule(await unschedulePurge({})),
        failed: SCHEDULE_FAILED
    },
    sweep: {
        schedule: async () => sweepSchedule(await scheduleSweep({})),
        unschedule: async () => sweepSchedule(await unscheduleSweep({})),
        failed: SCHEDULE_FAILED
    }
};

export default class AdoptionAdmin extends LightningElement {
    labels = {
        title: TITLE,
        refresh: REFRESH,
        statusTitle: STATUS_TITLE,
        settingsMissing: SETTINGS_MISSING,
        settingsHelp: SETTINGS_HELP,
        settingsLink: SETTINGS_LINK,
        objectsTitle: OBJECTS_TITLE,
        keyFieldsTitle: KEY_FIELDS_TITLE,
        errorsTitle: ERRORS_TITLE,
        errorsNone: ERRORS_NONE,
        subscriberTitle: SUBSCRIBER_TITLE,
        personasTitle: PERSONAS_TITLE,
        grantsTitle: GRANTS_TITLE,
        grantsHelp: GRANTS_HELP,
        accessTitle: ACCESS_TITLE,
        accessHelp: ACCESS_HELP
    };

    health?: HealthScreen;
    /** The digest, challenge closing, goal realignment, retention purge and sweep schedules, in order. */
    schedules: ScheduleScreen[] = [];
    healthError: unknown;
    healthErrorMessage = LOAD_ERROR;
    days = DEFAULT_DAYS;
    /** The job being followed; undefined until a tool starts, so nothing is fetched. */
    jobId?: string;
    job?: JobScreen;
    actionError: unknown;
    actionErrorMessage = '';
    pendingTool?: HistoryTool;
    busy = false;
    refreshing = false;

    private wiredHealth?: ApexWireResult<HealthView>;
    private wiredJob?: ApexWireResult<JobView | null>;
    private pollTimer?: ReturnType<typeof setTimeout>;
    private wasInProgress = false;

    @wire(getHealth)
    wireHealth(result: ApexWireResult<HealthView>): void {
        this.wiredHealth = result;
        if (result.data) {
            this.health = healthScreen(result.data);
            this.schedules = [
                digestSchedule(result.data.digest),
                closingSchedule(result.data.challengeClosing),
                goalRealignmentSchedule(result.data.goalRealignment),
                retentionSchedule(result.data.retention),
                sweepSchedule(result.data.sweep)
            ];
            this.healthError = undefined;
        } else if (result.error) {
            this.healthError = result.error;
            // The server's message is a label meant for the user (e.g. admins only).
            this.healthErrorMessage = reduceErrors(result.error)[0] ?? LOAD_ERROR;
            this.health = undefined;
        }
    }

    @wire(getJob, { jobId: '$jobId' })
    wireJob(result: ApexWireResult<JobView | null>): void {
        this.wiredJob = result;
        if (result.data) {
            this.job = jobScreen(result.data);
            if (result.data.inProgress) {
                this.wasInProgress = true;
                this.schedulePoll();
            } else {
                this.stopPolling();
                if (this.wasInProgress) {
                    this.wasInProgress = false;
                    // The finished job now belongs in the recent jobs list.
                    this.refreshHealth();
                }
            }
        } else if (result.error) {
            this.stopPolling();
            this.actionError = result.error;
            this.actionErrorMessage = reduceErrors(result.error)[0] ?? LOAD_ERROR;
        }
    }

    get loading(): boolean {
        return !this.health && !this.healthError;
    }

    get polling(): boolean {
        return this.pollTimer !== undefined;
    }

    get toolsDisabled(): boolean {
        return this.busy || this.pendingTool !== undefined || this.job?.inProgress === true;
    }

    get confirmText(): string {
        switch (this.pendingTool) {
            case 'backfill':
                return formatLabel(CONFIRM_BACKFILL, this.days);
            case 'rebuild':
                return formatLabel(CONFIRM_REBUILD, this.days);
            case 'purge':
                return formatLabel(CONFIRM_PURGE, this.health?.retentionDays ?? '');
            default:
                return '';
        }
    }

    override disconnectedCallback(): void {
        this.stopPolling();
    }

    handleDaysChange(event: CustomEvent<{ days: number }>): void {
        this.days = event.detail.days;
    }

    /** Dry run starts at once; the others ask first (a rebuild is refused before it asks if it reaches too far). */
    handleTool(event: CustomEvent<{ tool: HistoryTool }>): void {
        const tool = event.detail.tool;
        if (tool === 'dryRun') {
            this.run(tool);
        } else if (tool !== 'rebuild' || !this.refuseDays(tool)) {
            this.pendingTool = tool;
        }
    }

    handleConfirm(): void {
        const tool = this.pendingTool;
        this.pendingTool = undefined;
        if (tool) {
            this.run(tool);
        }
    }

    handleCancel(): void {
        this.pendingTool = undefined;
    }

    async handleRefresh(): Promise<void> {
        this.refreshing = true;
        try {
            await this.refreshHealth();
        } finally {
            this.refreshing = false;
        }
    }

    /**
     * The builder deployed records: the tables here (rules, badges, prompts, quests and their health)
     * and the prompts an experiment can start on read them again, as a reload would.
     */
    async handleDeployed(): Promise<void> {
        const effectiveness = this.template?.querySelector<HTMLElement & { refresh: () => Promise<void> }>(
            'c-prompt-effectiveness'
        );
        await Promise.all([this.refreshHealth(), effectiveness?.refresh()]);
    }

    async handleSchedule(event: CustomEvent<{ kind: ScheduleKind }>): Promise<void> {
        const kind = event.detail.kind;
        await this.changeSchedule(kind, SCHEDULES[kind].schedule);
    }

    async handleUnschedule(event: CustomEvent<{ kind: ScheduleKind }>): Promise<void> {
        const kind = event.detail.kind;
        await this.changeSchedule(kind, SCHEDULES[kind].unschedule);
    }

    /** Run now, from a schedule card (the deletion sweep): started and followed like a tool's job. */
    async handleRun(event: CustomEvent<{ kind: ScheduleKind }>): Promise<void> {
        if (event.detail.kind === 'sweep' && !this.toolsDisabled) {
            await this.startJob(() => startSweep({}));
        }
    }

    /**
     * Shows why the days entered do not suit a tool, if they do not: 1 to MAX_DAYS, and for a rebuild
     * at most the ledger's retention (older detail is purged, so the server refuses it too).
     * @returns true when the tool must not start
     */
    private refuseDays(tool: HistoryTool): boolean {
        const days = Math.round(this.days);
        let problem: string | undefined;
        if (tool !== 'purge' && (!Number.isFinite(days) || days < 1 || days > MAX_DAYS)) {
            problem = DAYS_INVALID;
        } else if (tool === 'rebuild' && this.health && days > this.health.retentionDays) {
            problem = formatLabel(REBUILD_BEYOND_RETENTION, this.health.retentionDays);
        }
        if (problem !== undefined) {
            this.actionError = problem;
            this.actionErrorMessage = problem;
        }
        return problem !== undefined;
    }

    private async run(tool: HistoryTool): Promise<void> {
        const days = Math.round(this.days);
        if (this.refuseDays(tool)) {
            return;
        }
        await this.startJob(() => {
            if (tool === 'dryRun') {
                return startDryRun({ days });
            } else if (tool === 'backfill') {
                return startBackfill({ days });
            } else if (tool === 'rebuild') {
                return startRebuild({ days });
            }
            return startPurge({});
        });
    }

    /** One way for every job the page starts: call, then follow the job it answers with. */
    private async startJob(start: () => Promise<string>): Promise<void> {
        this.busy = true;
        this.actionError = undefined;
        try {
            const jobId = await start();
            this.wasInProgress = true;
            this.jobId = jobId;
        } catch (error) {
            this.actionError = error;
            this.actionErrorMessage = reduceErrors(error)[0] ?? START_FAILED;
        } finally {
            this.busy = false;
        }
    }

    /** One way for every schedule: call, show the new status at once, then read the health view again. */
    private async changeSchedule(kind: ScheduleKind, call: () => Promise<ScheduleScreen>): Promise<void> {
        this.busy = true;
        this.actionError = undefined;
        try {
            const changed = await call();
            this.schedules = this.schedules.map((schedule) => (schedule.kind === kind ? changed : schedule));
            await this.refreshHealth();
        } catch (error) {
            this.actionError = error;
            this.actionErrorMessage = reduceErrors(error)[0] ?? SCHEDULES[kind].failed;
        } finally {
            this.busy = false;
        }
    }

    private async refreshHealth(): Promise<void> {
        const wired = this.wiredHealth;
        if (wired && (wired.data !== undefined || wired.error !== undefined)) {
            await refreshApex(wired);
        }
    }

    private schedulePoll(): void {
        this.stopPolling();
        // A timer is the only way to ask again while a batch runs: the job row has no event to wait for.
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.pollTimer = setTimeout(() => {
            this.pollTimer = undefined;
            if (this.wiredJob) {
                refreshApex(this.wiredJob).catch((error: unknown) => {
                    this.actionError = error;
                    this.actionErrorMessage = reduceErrors(error)[0] ?? LOAD_ERROR;
                });
            }
        }, POLL_MS);
    }

    private stopPolling(): void {
        if (this.pollTimer !== undefined) {
            clearTimeout(this.pollTimer);
            this.pollTimer = undefined;
        }
    }
}
