// The admin page's goal realignment card (review goals-final M2 b: GoalShareRecalculation scheduled
// nightly from the page, not from Anonymous Apex): flagged until scheduled, schedule and unschedule,
// unreadable schedule. Its own file, so the page's main test stays as it is.
import { createElement } from 'lwc';
import type { ApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import type { HealthView } from '@salesforce/apex/AdminController.getHealth';
import type { ScheduleStatus } from '@salesforce/apex/AdminController.getJob';
import AdoptionAdmin from 'c/adoptionAdmin';
import { deepOne as one, deepRoot, deepTexts as texts, fixture as readFixture, flush } from 'config/jest/utils/dom';
import { goalRealignmentSchedule } from '../adoptionAdminSchedules';

jest.mock(
    '@salesforce/apex/AdminController.getHealth',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/AdminController.getJob',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/PromptsController.getEffectiveness',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/PromptExperimentsController.getExperiments',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/AdminController.scheduleGoalRealignment', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/AdminController.unscheduleGoalRealignment', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/AdminController.scheduleChallengeClosing', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

type Imperative = { default: jest.Mock };
const healthAdapter = jest.requireMock<{ default: ApexTestWireAdapter<HealthView> }>(
    '@salesforce/apex/AdminController.getHealth'
).default;
const scheduleGoalRealignment = jest.requireMock<Imperative>(
    '@salesforce/apex/AdminController.scheduleGoalRealignment'
).default;
const unscheduleGoalRealignment = jest.requireMock<Imperative>(
    '@salesforce/apex/AdminController.unscheduleGoalRealignment'
).default;
const scheduleChallengeClosing = jest.requireMock<Imperative>(
    '@salesforce/apex/AdminController.scheduleChallengeClosing'
).default;

const NOT_SCHEDULED =
    "Not scheduled: when a rep's manager changes, their open goals move only when one of them proposes or answers a goal.";

function fixture<T>(name: string): T {
    return readFixture<T>(__dirname, name);
}

async function create(health: HealthView): Promise<HTMLElement> {
    const element = createElement('c-adoption-admin', { is: AdoptionAdmin });
    document.body.appendChild(element);
    healthAdapter.emit(health);
    await flush(8);
    return element;
}

async function click(element: HTMLElement, selector: string): Promise<void> {
    one(element, selector).click();
    await flush(8);
}

describe('c-adoption-admin: the nightly goal realignment', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('builds the card: flagged in red while off, the next run and who scheduled it when on', () => {
        const off = goalRealignmentSchedule(fixture<HealthView>('getHealth').goalRealignment);
        expect(off.kind).toBe('goals');
        expect(off.title).toBe('Goal realignment');
        expect(off.lines.map((line) => line.text)).toEqual([
            NOT_SCHEDULED,
            "Nightly at 1:30: moves each rep's open goals, and their sharing, to the rep's current manager, as the admin who schedules it."
        ]);
        expect(off.lines[0].className).toContain('slds-text-color_error');
        expect(off.canSchedule).toBe(true);
        const on = goalRealignmentSchedule(fixture<ScheduleStatus>('goalRealignmentScheduled'));
        expect(on.lines[0].text).toMatch(/^Scheduled nightly: next run .+, as Ada Admin\.$/);
        expect(on.lines[0].className).not.toContain('slds-text-color_error');
        expect(on.scheduled).toBe(true);
        expect(on.canSchedule).toBe(false);
    });

    it('schedules and unschedules it, and shows a refusal', async () => {
        scheduleGoalRealignment.mockResolvedValue(fixture<ScheduleStatus>('goalRealignmentScheduled'));
        const element = await create(fixture<HealthView>('getHealth'));
        expect(texts(element, '.goals-schedule')).toEqual([NOT_SCHEDULED]);
        expect(deepRoot(element).querySelector('.goals-unschedule-button')).toBeNull();
        await expect(element).toBeAccessible();

        await click(element, 'lightning-button.goals-schedule-button');
        expect(scheduleGoalRealignment).toHaveBeenCalledTimes(1);
        expect(scheduleChallengeClosing).not.toHaveBeenCalled();
        expect(texts(element, '.goals-schedule')[0]).toMatch(/^Scheduled nightly: next run .+, as Ada Admin\.$/);
        expect(deepRoot(element).querySelector('.goals-schedule-button')).toBeNull();
        await expect(element).toBeAccessible();

        unscheduleGoalRealignment.mockResolvedValue(fixture<HealthView>('getHealth').goalRealignment);
        await click(element, 'lightning-button.goals-unschedule-button');
        expect(unscheduleGoalRealignment).toHaveBeenCalledTimes(1);
        expect(texts(element, '.goals-schedule')).toEqual([NOT_SCHEDULED]);

        scheduleGoalRealignment.mockRejectedValue({ body: { message: 'Not allowed' } });
        await click(element, 'lightning-button.goals-schedule-button');
        expect(
            one<HTMLElement & { friendlyMessage: string }>(element, 'c-error-panel.action-error').friendlyMessage
        ).toBe('Not allowed');
    });

    it('says when the schedule cannot be read, and offers no button', async () => {
        const health = fixture<HealthView>('getHealth');
        health.goalRealignment = { ...health.goalRealignment, known: false };
        const element = await create(health);
        expect(texts(element, '.goals-schedule')).toEqual([
            'The schedule cannot be read: it needs View Setup and Configuration.'
        ]);
        expect(deepRoot(element).querySelector('.goals-schedule-button')).toBeNull();
        expect(deepRoot(element).querySelector('.goals-unschedule-button')).toBeNull();
        await expect(element).toBeAccessible();
    });
});
