/**
 * The admin page's four scheduled jobs (the weekly digest, the hourly closing of ended challenges,
 * the daily retention purge, the nightly deletion sweep) as c-adoption-schedule-card shows them: one
 * shape for all four, built from each job's status (pure functions, unit-tested directly).
 */
import type {
    DigestStatus,
    RetentionStatus,
    ScheduleStatus,
    SweepStatus
} from '@salesforce/apex/AdminController.getJob';
import type { ScheduleScreen } from 'c/adoptionScheduleCard';
import { formatLabel } from 'c/ldsUtils';
import * as L from './adoptionAdminLabels';
import { dateTimeText } from './adoptionAdminScreen';

/** The line that says when a known job runs next and who scheduled it, or that it does not run. */
function scheduleText(
    schedule: ScheduleStatus,
    texts: { unknown: string; notScheduled: string; scheduled: string }
): string {
    if (!schedule.known) {
        return texts.unknown;
    }
    return schedule.scheduled
        ? formatLabel(texts.scheduled, dateTimeText(schedule.nextRunAt), schedule.scheduledBy ?? '—')
        : texts.notScheduled;
}

export function digestSchedule(status: DigestStatus): ScheduleScreen {
    const schedule = status.schedule;
    const lines = [
        {
            key: 'state',
            className: 'digest-state',
            text: status.enabled ? formatLabel(L.DIGEST_ON, status.day) : L.DIGEST_OFF
        },
        {
            key: 'schedule',
            className: 'digest-schedule',
            text: scheduleText(schedule, {
                unknown: L.DIGEST_UNKNOWN,
                notScheduled: L.DIGEST_NOT_SCHEDULED,
                scheduled: L.DIGEST_SCHEDULED
            })
        }
    ];
    // The org may not send email: the digest would go nowhere.
    if (status.emailOff === true) {
        lines.push({ key: 'emailOff', className: 'digest-email-off slds-text-color_error', text: L.DIGEST_EMAIL_OFF });
    }
    lines.push({
        key: 'note',
        className: 'digest-note slds-text-body_small slds-text-color_weak',
        text: L.DIGEST_NOTE
    });
    return {
        kind: 'digest',
        sectionClass: 'digest slds-m-top_medium',
        title: L.DIGEST_TITLE,
        lines,
        scheduled: schedule.known && schedule.scheduled,
        canSchedule: schedule.known && !schedule.scheduled,
        scheduleButton: {
            className: 'schedule-button slds-m-top_x-small',
            label: L.DIGEST_SCHEDULE,
            variant: 'neutral'
        },
        unscheduleButton: {
            className: 'unschedule-button slds-m-top_x-small',
            label: L.DIGEST_UNSCHEDULE,
            variant: 'neutral'
        }
    };
}

export function closingSchedule(schedule: ScheduleStatus): ScheduleScreen {
    return {
        kind: 'closing',
        sectionClass: 'challenge-closing slds-m-top_medium',
        title: L.CLOSING_TITLE,
        lines: [
            {
                key: 'schedule',
                className: 'closing-schedule',
                text: scheduleText(schedule, {
                    unknown: L.CLOSING_UNKNOWN,
                    notScheduled: L.CLOSING_NOT_SCHEDULED,
                    scheduled: L.CLOSING_SCHEDULED
                })
            },
            { key: 'note', className: 'closing-note slds-text-body_small slds-text-color_weak', text: L.CLOSING_NOTE }
        ],
        scheduled: schedule.known && schedule.scheduled,
        canSchedule: schedule.known && !schedule.scheduled,
        scheduleButton: {
            className: 'closing-schedule-button slds-m-top_x-small',
            label: L.CLOSING_SCHEDULE,
            variant: 'neutral'
        },
        unscheduleButton: {
            className: 'closing-unschedule-button slds-m-top_x-small',
            label: L.CLOSING_UNSCHEDULE,
            variant: 'neutral'
        }
    };
}

export function retentionSchedule(status: RetentionStatus): ScheduleScreen {
    const schedule = status.schedule;
    const days = status.retentionDays ?? 90;
    // Personal data kept past the window is a privacy problem: flagged when the purge does not run.
    const flagged = schedule.known && !schedule.scheduled;
    return {
        kind: 'retention',
        sectionClass: 'retention slds-m-top_medium',
        title: L.RETENTION_TITLE,
        lines: [
            {
                key: 'help',
                className: 'retention-help slds-text-body_small',
                text: formatLabel(L.RETENTION_HELP, days)
            },
            {
                key: 'schedule',
                className: flagged ? 'retention-schedule slds-text-color_error' : 'retention-schedule',
                text: scheduleText(schedule, {
                    unknown: L.RETENTION_UNKNOWN,
                    notScheduled: formatLabel(L.RETENTION_NOT_SCHEDULED, days),
                    scheduled: L.RETENTION_SCHEDULED
                })
            },
            {
                key: 'last',
                className: 'retention-last slds-text-body_small slds-text-color_weak',
                text:
                    status.lastRunAt == null
                        ? L.RETENTION_NEVER
                        : formatLabel(L.RETENTION_LAST, dateTimeText(status.lastRunAt), status.lastMessage ?? '')
            }
        ],
        scheduled: schedule.known && schedule.scheduled,
        canSchedule: schedule.known && !schedule.scheduled,
        scheduleButton: {
            className: 'retention-schedule-button slds-m-top_x-small',
            label: L.RETENTION_SCHEDULE,
            variant: 'brand'
        },
        unscheduleButton: {
            className: 'retention-unschedule-button slds-m-top_x-small',
            label: L.RETENTION_UNSCHEDULE,
            variant: 'neutral'
        }
    };
}

/**
 * The nightly deletion sweep: flagged in red while it does not run (points of records deleted with
 * their parent, or by a data load, would never be taken back), and it can also run now, once.
 */
export function sweepSchedule(status: SweepStatus): ScheduleScreen {
    const schedule = status.schedule;
    const flagged = schedule.known && !schedule.scheduled;
    return {
        kind: 'sweep',
        sectionClass: 'sweep slds-m-top_medium',
        title: L.SWEEP_TITLE,
        lines: [
            { key: 'help', className: 'sweep-help slds-text-body_small', text: L.SWEEP_HELP },
            {
                key: 'schedule',
                className: flagged ? 'sweep-schedule slds-text-color_error' : 'sweep-schedule',
                text: scheduleText(schedule, {
                    unknown: L.SWEEP_UNKNOWN,
                    notScheduled: L.SWEEP_NOT_SCHEDULED,
                    scheduled: L.SWEEP_SCHEDULED
                })
            },
            {
                key: 'last',
                className: 'sweep-last slds-text-body_small slds-text-color_weak',
                text:
                    status.lastRunAt == null
                        ? L.SWEEP_NEVER
                        : formatLabel(L.SWEEP_LAST, dateTimeText(status.lastRunAt), status.lastMessage ?? '')
            }
        ],
        scheduled: schedule.known && schedule.scheduled,
        canSchedule: schedule.known && !schedule.scheduled,
        scheduleButton: {
            className: 'sweep-schedule-button slds-m-top_x-small',
            label: L.SWEEP_SCHEDULE,
            variant: 'brand'
        },
        unscheduleButton: {
            className: 'sweep-unschedule-button slds-m-top_x-small',
            label: L.SWEEP_UNSCHEDULE,
            variant: 'neutral'
        },
        runButton: {
            className: 'sweep-run-button slds-m-top_x-small slds-m-left_x-small',
            label: L.SWEEP_RUN,
            variant: 'neutral'
        }
    };
}
