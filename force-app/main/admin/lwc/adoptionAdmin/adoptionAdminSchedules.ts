/**
 * The admin page's five scheduled jobs (the weekly digest, the hourly closing of ended challenges,
 * the nightly goal realignment, the daily retention purge, the nightly deletion sweep) as
 * c-adoption-schedule-card shows them: one shape for all five (card), built from each job's status
 * (pure functions, unit-tested directly).
 */
import type {
    DigestStatus,
    RetentionStatus,
    ScheduleStatus,
    SweepStatus
} from '@salesforce/apex/AdminController.getJob';
import type { ScheduleKind, ScheduleLine, ScheduleScreen } from 'c/adoptionScheduleCard';
import scheduleGoalRealignment from '@salesforce/apex/AdminController.scheduleGoalRealignment';
import unscheduleGoalRealignment from '@salesforce/apex/AdminController.unscheduleGoalRealignment';
import { formatLabel } from 'c/ldsUtils';
import * as L from './adoptionAdminLabels';
// The goal realignment's labels belong to the goals feature (Goal_ prefix).
import GOAL_REALIGN_TITLE from '@salesforce/label/c.Goal_Realign_Title';
import GOAL_REALIGN_SCHEDULED from '@salesforce/label/c.Goal_Realign_Scheduled';
import GOAL_REALIGN_NOT_SCHEDULED from '@salesforce/label/c.Goal_Realign_NotScheduled';
import GOAL_REALIGN_UNKNOWN from '@salesforce/label/c.Goal_Realign_Unknown';
import GOAL_REALIGN_SCHEDULE from '@salesforce/label/c.Goal_Realign_Schedule';
import GOAL_REALIGN_UNSCHEDULE from '@salesforce/label/c.Goal_Realign_Unschedule';
import GOAL_REALIGN_NOTE from '@salesforce/label/c.Goal_Realign_Note';
import GOAL_REALIGN_FAILED from '@salesforce/label/c.Goal_Realign_Failed';
import { dateTimeText } from './adoptionAdminScreen';

/** What a job's card says when its schedule is unknown, off, or on (next run, scheduled by). */
interface ScheduleTexts {
    unknown: string;
    notScheduled: string;
    scheduled: string;
}

/** A card's buttons: their class prefix (the tests' and styles' names) and labels. */
interface Buttons {
    prefix: string;
    schedule: string;
    unschedule: string;
    /** brand for a job whose absence is flagged in red (retention, sweep) */
    scheduleVariant: 'brand' | 'neutral';
    /** a job that can also run now, once */
    run?: string;
}

/** The line that says when a known job runs next and who scheduled it, or that it does not run. */
function scheduleText(schedule: ScheduleStatus, texts: ScheduleTexts): string {
    if (!schedule.known) {
        return texts.unknown;
    }
    return schedule.scheduled
        ? formatLabel(texts.scheduled, dateTimeText(schedule.nextRunAt), schedule.scheduledBy ?? '—')
        : texts.notScheduled;
}

/** The schedule line; in red when `flagWhenOff` and the job is known not to run. */
function scheduleLine(
    className: string,
    schedule: ScheduleStatus,
    texts: ScheduleTexts,
    flagWhenOff = false
): ScheduleLine {
    const flagged = flagWhenOff && schedule.known && !schedule.scheduled;
    return {
        key: 'schedule',
        className: flagged ? `${className} slds-text-color_error` : className,
        text: scheduleText(schedule, texts)
    };
}

/** The last run of a job that reports one (retention, sweep): when and what it did, or never. */
function lastRunLine(prefix: string, status: RetentionStatus | SweepStatus, never: string, last: string) {
    return {
        key: 'last',
        className: `${prefix}-last slds-text-body_small slds-text-color_weak`,
        text:
            status.lastRunAt == null
                ? never
                : formatLabel(last, dateTimeText(status.lastRunAt), status.lastMessage ?? '')
    };
}

function noteLine(className: string, text: string): ScheduleLine {
    return { key: 'note', className: `${className} slds-text-body_small slds-text-color_weak`, text };
}

/** The one shape of every job's card. */
function card(
    kind: ScheduleKind,
    sectionClass: string,
    title: string,
    lines: ScheduleLine[],
    schedule: ScheduleStatus,
    buttons: Buttons
): ScheduleScreen {
    const prefix = buttons.prefix ? `${buttons.prefix}-` : '';
    const screen: ScheduleScreen = {
        kind,
        sectionClass: `${sectionClass} slds-m-top_medium`,
        title,
        lines,
        scheduled: schedule.known && schedule.scheduled,
        canSchedule: schedule.known && !schedule.scheduled,
        scheduleButton: {
            className: `${prefix}schedule-button slds-m-top_x-small`,
            label: buttons.schedule,
            variant: buttons.scheduleVariant
        },
        unscheduleButton: {
            className: `${prefix}unschedule-button slds-m-top_x-small`,
            label: buttons.unschedule,
            variant: 'neutral'
        }
    };
    if (buttons.run) {
        screen.runButton = {
            className: `${prefix}run-button slds-m-top_x-small slds-m-left_x-small`,
            label: buttons.run,
            variant: 'neutral'
        };
    }
    return screen;
}

export function digestSchedule(status: DigestStatus): ScheduleScreen {
    const schedule = status.schedule;
    const lines: ScheduleLine[] = [
        {
            key: 'state',
            className: 'digest-state',
            text: status.enabled ? formatLabel(L.DIGEST_ON, status.day) : L.DIGEST_OFF
        },
        scheduleLine('digest-schedule', schedule, {
            unknown: L.DIGEST_UNKNOWN,
            notScheduled: L.DIGEST_NOT_SCHEDULED,
            scheduled: L.DIGEST_SCHEDULED
        })
    ];
    // The org may not send email: the digest would go nowhere.
    if (status.emailOff === true) {
        lines.push({ key: 'emailOff', className: 'digest-email-off slds-text-color_error', text: L.DIGEST_EMAIL_OFF });
    }
    lines.push(noteLine('digest-note', L.DIGEST_NOTE));
    return card('digest', 'digest', L.DIGEST_TITLE, lines, schedule, {
        prefix: '',
        schedule: L.DIGEST_SCHEDULE,
        unschedule: L.DIGEST_UNSCHEDULE,
        scheduleVariant: 'neutral'
    });
}

export function closingSchedule(schedule: ScheduleStatus): ScheduleScreen {
    const lines = [
        scheduleLine('closing-schedule', schedule, {
            unknown: L.CLOSING_UNKNOWN,
            notScheduled: L.CLOSING_NOT_SCHEDULED,
            scheduled: L.CLOSING_SCHEDULED
        }),
        noteLine('closing-note', L.CLOSING_NOTE)
    ];
    return card('closing', 'challenge-closing', L.CLOSING_TITLE, lines, schedule, {
        prefix: 'closing',
        schedule: L.CLOSING_SCHEDULE,
        unschedule: L.CLOSING_UNSCHEDULE,
        scheduleVariant: 'neutral'
    });
}

/**
 * The nightly goal realignment (GoalShareRecalculation): without it a manager change reaches a rep's
 * open goals only when one of them proposes or answers a goal, so it is flagged while it does not run.
 */
export function goalRealignmentSchedule(schedule: ScheduleStatus): ScheduleScreen {
    const lines = [
        scheduleLine(
            'goals-schedule',
            schedule,
            {
                unknown: GOAL_REALIGN_UNKNOWN,
                notScheduled: GOAL_REALIGN_NOT_SCHEDULED,
                scheduled: GOAL_REALIGN_SCHEDULED
            },
            true
        ),
        noteLine('goals-note', GOAL_REALIGN_NOTE)
    ];
    return card('goals', 'goal-realignment', GOAL_REALIGN_TITLE, lines, schedule, {
        prefix: 'goals',
        schedule: GOAL_REALIGN_SCHEDULE,
        unschedule: GOAL_REALIGN_UNSCHEDULE,
        scheduleVariant: 'brand'
    });
}

/** The goal realignment's server calls (adoptionAdmin's SCHEDULES entry), and what a failed one says. */
export const goalRealignmentCalls = {
    schedule: async (): Promise<ScheduleScreen> => goalRealignmentSchedule(await scheduleGoalRealignment({})),
    unschedule: async (): Promise<ScheduleScreen> => goalRealignmentSchedule(await unscheduleGoalRealignment({})),
    failed: GOAL_REALIGN_FAILED
};

/** The daily purge: personal data kept past the window is a privacy problem, flagged when it does not run. */
export function retentionSchedule(status: RetentionStatus): ScheduleScreen {
    const days = status.retentionDays ?? 90;
    const lines = [
        { key: 'help', className: 'retention-help slds-text-body_small', text: formatLabel(L.RETENTION_HELP, days) },
        scheduleLine(
            'retention-schedule',
            status.schedule,
            {
                unknown: L.RETENTION_UNKNOWN,
                notScheduled: formatLabel(L.RETENTION_NOT_SCHEDULED, days),
                scheduled: L.RETENTION_SCHEDULED
            },
            true
        ),
        lastRunLine('retention', status, L.RETENTION_NEVER, L.RETENTION_LAST)
    ];
    return card('retention', 'retention', L.RETENTION_TITLE, lines, status.schedule, {
        prefix: 'retention',
        schedule: L.RETENTION_SCHEDULE,
        unschedule: L.RETENTION_UNSCHEDULE,
        scheduleVariant: 'brand'
    });
}

/**
 * The nightly deletion sweep: flagged in red while it does not run (points of records deleted with
 * their parent, or by a data load, would never be taken back), and it can also run now, once.
 */
export function sweepSchedule(status: SweepStatus): ScheduleScreen {
    const lines = [
        { key: 'help', className: 'sweep-help slds-text-body_small', text: L.SWEEP_HELP },
        scheduleLine(
            'sweep-schedule',
            status.schedule,
            { unknown: L.SWEEP_UNKNOWN, notScheduled: L.SWEEP_NOT_SCHEDULED, scheduled: L.SWEEP_SCHEDULED },
            true
        ),
        lastRunLine('sweep', status, L.SWEEP_NEVER, L.SWEEP_LAST)
    ];
    return card('sweep', 'sweep', L.SWEEP_TITLE, lines, status.schedule, {
        prefix: 'sweep',
        schedule: L.SWEEP_SCHEDULE,
        unschedule: L.SWEEP_UNSCHEDULE,
        scheduleVariant: 'brand',
        run: L.SWEEP_RUN
    });
}
