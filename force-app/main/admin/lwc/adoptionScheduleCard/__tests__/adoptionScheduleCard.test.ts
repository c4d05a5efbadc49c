import { createElement } from 'lwc';
import AdoptionScheduleCard from 'c/adoptionScheduleCard';
import type { ScheduleScreen } from 'c/adoptionScheduleCard';
import { all, flush, one, texts } from 'config/jest/utils/dom';

const SCHEDULE: ScheduleScreen = {
    kind: 'closing',
    sectionClass: 'challenge-closing slds-m-top_medium',
    title: 'Closing ended challenges',
    lines: [
        { key: 'schedule', className: 'closing-schedule', text: 'Not scheduled.' },
        { key: 'note', className: 'closing-note slds-text-body_small', text: 'Runs every hour.' }
    ],
    scheduled: false,
    canSchedule: true,
    scheduleButton: { className: 'closing-schedule-button', label: 'Schedule hourly', variant: 'brand' },
    unscheduleButton: { className: 'closing-unschedule-button', label: 'Stop', variant: 'neutral' }
};

function createCard(schedule: ScheduleScreen, busy = false, runDisabled = false): HTMLElement {
    const element = createElement('c-adoption-schedule-card', { is: AdoptionScheduleCard });
    Object.assign(element, { schedule, busy, runDisabled });
    document.body.appendChild(element);
    return element;
}

function heard(element: HTMLElement): string[] {
    const seen: string[] = [];
    for (const name of ['schedule', 'unschedule', 'run']) {
        element.addEventListener(name, (event) =>
            seen.push(`${name} ${(event as CustomEvent<{ kind: string }>).detail.kind}`)
        );
    }
    return seen;
}

describe('c-adoption-schedule-card', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows the job, its lines with their classes, and offers to schedule it', async () => {
        const element = createCard(SCHEDULE);
        const seen = heard(element);
        await flush();
        expect(one(element, 'section').className).toBe('challenge-closing slds-m-top_medium');
        expect(texts(element, 'h2')).toEqual(['Closing ended challenges']);
        expect(texts(element, '.closing-schedule')).toEqual(['Not scheduled.']);
        expect(all(element, '.closing-unschedule-button')).toHaveLength(0);
        const button = one(element, 'lightning-button.closing-schedule-button');
        expect([Reflect.get(button, 'label'), Reflect.get(button, 'variant')]).toEqual(['Schedule hourly', 'brand']);
        button.click();
        expect(seen).toEqual(['schedule closing']);
        await expect(element).toBeAccessible();
    });

    it('offers to stop a scheduled job, and disables the button while the parent is busy', async () => {
        const element = createCard({ ...SCHEDULE, scheduled: true, canSchedule: false }, true);
        const seen = heard(element);
        await flush();
        expect(all(element, '.closing-schedule-button')).toHaveLength(0);
        const stop = one(element, 'lightning-button.closing-unschedule-button');
        expect(Reflect.get(stop, 'disabled')).toBe(true);
        stop.click();
        expect(seen).toEqual(['unschedule closing']);
        await expect(element).toBeAccessible();
    });

    it('offers neither when the status cannot be read', async () => {
        const element = createCard({ ...SCHEDULE, scheduled: false, canSchedule: false });
        await flush();
        expect(all(element, 'lightning-button')).toHaveLength(0);
    });

    it('offers to run a job now when it can (the sweep), disabled while the parent follows a job', async () => {
        const sweep: ScheduleScreen = {
            ...SCHEDULE,
            kind: 'sweep',
            runButton: { className: 'sweep-run-button', label: 'Run sweep now', variant: 'neutral' }
        };
        const element = createCard(sweep);
        const seen = heard(element);
        await flush();
        const run = one(element, 'lightning-button.sweep-run-button');
        expect([Reflect.get(run, 'label'), Reflect.get(run, 'disabled')]).toEqual(['Run sweep now', false]);
        run.click();
        expect(seen).toEqual(['run sweep']);
        await expect(element).toBeAccessible();

        Object.assign(element, { runDisabled: true });
        await flush();
        expect(Reflect.get(one(element, 'lightning-button.sweep-run-button'), 'disabled')).toBe(true);
        // The schedule button follows busy only.
        expect(Reflect.get(one(element, 'lightning-button.closing-schedule-button'), 'disabled')).toBe(false);
    });

    it('has no run button for a job that only runs on its schedule', async () => {
        const element = createCard(SCHEDULE);
        await flush();
        expect(all(element, 'lightning-button')).toHaveLength(1);
    });
});
