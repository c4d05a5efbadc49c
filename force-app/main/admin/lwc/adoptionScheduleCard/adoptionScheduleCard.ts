/**
 * adoptionScheduleCard: one scheduled job on the admin page (the weekly digest, the hourly closing
 * of ended challenges, the daily retention purge, the nightly deletion sweep): its title, what it
 * says of the job (state, next run, last run, notes), the button to schedule or to stop it, and for a
 * job that can also run at once (the sweep) a button to run it now. A press sends `schedule`,
 * `unschedule` or `run` (detail: { kind }) to c-adoption-admin, which calls the server; this card
 * shows what it is given.
 */
import { LightningElement, api } from 'lwc';

/** Which job a card shows. */
export type ScheduleKind = 'digest' | 'closing' | 'goals' | 'retention' | 'sweep';

/** One line about the job; its class names it for tests and styles. */
export interface ScheduleLine {
    key: string;
    className: string;
    text: string;
}

/** A button of the card. */
export interface ScheduleButton {
    className: string;
    label: string;
    variant: string;
}

/** A scheduled job as the card shows it (adoptionAdminScreen.ts builds it from its status). */
export interface ScheduleScreen {
    kind: ScheduleKind;
    sectionClass: string;
    title: string;
    lines: ScheduleLine[];
    /** The job is scheduled: the stop button shows. */
    scheduled: boolean;
    /** The status is known and the job is not scheduled: the schedule button shows. */
    canSchedule: boolean;
    scheduleButton: ScheduleButton;
    unscheduleButton: ScheduleButton;
    /** A job that can also run now, once (the deletion sweep): its button; absent for the others. */
    runButton?: ScheduleButton;
}

export default class AdoptionScheduleCard extends LightningElement {
    /** The job to show. */
    @api schedule?: ScheduleScreen;
    /** True while the parent talks to the server: the buttons are disabled. */
    @api busy = false;
    /** True while the parent talks to the server or follows a running job: the run button is disabled. */
    @api runDisabled = false;

    handleSchedule(): void {
        this.send('schedule');
    }

    handleUnschedule(): void {
        this.send('unschedule');
    }

    handleRun(): void {
        this.send('run');
    }

    private send(name: 'schedule' | 'unschedule' | 'run'): void {
        if (this.schedule) {
            this.dispatchEvent(new CustomEvent(name, { detail: { kind: this.schedule.kind } }));
        }
    }
}
