import { readFileSync } from 'fs';
import { join } from 'path';
import { createElement } from 'lwc';
import type { ApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import GoalSection from 'c/goalSection';
import type { MyGoals } from 'c/goalPace';
import { deepAll as all, deepOne as one, deepTexts as texts, flush } from 'config/jest/utils/dom';

jest.mock(
    '@salesforce/apex/GoalsController.getMyGoals',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/GoalsController.proposeGoal', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/GoalsController.respondToGoal', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

const wire = jest.requireMock<{ default: ApexTestWireAdapter<MyGoals> }>(
    '@salesforce/apex/GoalsController.getMyGoals'
).default;
const propose = jest.requireMock<{ default: jest.Mock }>('@salesforce/apex/GoalsController.proposeGoal').default;
const respond = jest.requireMock<{ default: jest.Mock }>('@salesforce/apex/GoalsController.respondToGoal').default;
const refresh = jest.requireMock<{ refreshApex: jest.Mock }>('@salesforce/apex').refreshApex;
const MY_GOALS = JSON.parse(readFileSync(join(__dirname, 'data', 'myGoals.json'), 'utf8')) as MyGoals;

function createSection(): HTMLElement {
    const element = createElement('c-goal-section', { is: GoalSection });
    document.body.appendChild(element);
    return element;
}

describe('c-goal-section', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('lists the rep goals with pace, and accepts the manager proposal', async () => {
        respond.mockResolvedValue({});
        const element = createSection();
        wire.emit(MY_GOALS);
        await flush();
        expect(texts(element, '.goal-title')).toEqual(['Log a call', 'Points']);
        expect(texts(element, '.goal-pace')).toEqual([
            'On track: 9 of 15 expected by Wednesday',
            'On track: 309 of 500 expected by Wednesday'
        ]);
        await expect(element).toBeAccessible();
        one(element, '.goal-accept').click();
        await flush();
        expect(respond).toHaveBeenCalledWith({
            goalId: 'a0G000000000002AAA',
            action: 'accept',
            target: null,
            message: null
        });
        expect(refresh).toHaveBeenCalled();
        expect(texts(element, '.goals-status')).toEqual(['Saved.']);
    });

    it('lets the rep withdraw their own proposal while it waits', async () => {
        respond.mockResolvedValue({});
        const element = createSection();
        const [own, fromManager] = MY_GOALS.goals;
        wire.emit({
            ...MY_GOALS,
            goals: [{ ...own, status: 'Proposed', waitingForMe: false, canWithdraw: true }, fromManager]
        });
        await flush();
        expect(all(element, '.goal-withdraw')).toHaveLength(1);
        one(element, '.goal-withdraw').click();
        await flush();
        expect(respond).toHaveBeenCalledWith({ goalId: own.id, action: 'withdraw', target: null, message: null });
        expect(refresh).toHaveBeenCalled();
        expect(texts(element, '.goals-status')).toEqual(['Proposal withdrawn.']);
        await expect(element).toBeAccessible();
    });

    it('shows the server refusal of a negative target in the form and keeps it open', async () => {
        propose.mockRejectedValue({ body: { message: 'The target must be a whole number from 1 to 100,000.' } });
        const element = createSection();
        wire.emit(MY_GOALS);
        await flush();
        one(element, '.goals-propose').click();
        await flush();
        one(element, 'c-goal-form').dispatchEvent(
            new CustomEvent('propose', {
                detail: { input: { periodType: 'Week', periodStart: '2026-11-16', kind: 'Points', target: -5 } }
            })
        );
        await flush();
        expect(propose).toHaveBeenCalledWith({
            input: { periodType: 'Week', periodStart: '2026-11-16', kind: 'Points', target: -5 }
        });
        expect(texts(element, '.goal-form-error')).toEqual(['The target must be a whole number from 1 to 100,000.']);
        expect(all(element, 'c-goal-form').length).toBe(1);
        await expect(element).toBeAccessible();
    });

    it('sends a good proposal, closes the form and says so; cancel closes it too', async () => {
        propose.mockResolvedValue({});
        const element = createSection();
        wire.emit({ ...MY_GOALS, goals: [] });
        await flush();
        expect(texts(element, '.goals-empty')[0]).toContain('No goals yet');
        one(element, '.goals-propose').click();
        await flush();
        one(element, 'c-goal-form').dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(all(element, 'c-goal-form').length).toBe(0);
        one(element, '.goals-propose').click();
        await flush();
        one(element, 'c-goal-form').dispatchEvent(
            new CustomEvent('propose', {
                detail: { input: { periodType: 'Week', periodStart: '2026-11-16', kind: 'Points', target: 50 } }
            })
        );
        await flush();
        expect(all(element, 'c-goal-form').length).toBe(0);
        expect(texts(element, '.goals-status')).toEqual(['Proposal sent.']);
    });

    it('says when a rep has no manager to agree goals with, and when goals cannot load', async () => {
        respond.mockRejectedValue({ body: { message: 'This goal has already been answered.' } });
        const element = createSection();
        wire.emit({ ...MY_GOALS, managerName: null, goals: [MY_GOALS.goals[1]] });
        await flush();
        expect(texts(element, '.goals-no-manager')[0]).toContain('Ask your admin');
        expect(all(element, '.goals-propose').length).toBe(0);
        one(element, '.goal-decline').click();
        await flush();
        expect(texts(element, '.goals-answer-error')).toEqual(['This goal has already been answered.']);
        await expect(element).toBeAccessible();
        wire.error();
        await flush();
        expect(texts(element, '.goals-error')).toEqual(['Goals could not be loaded. Try again in a moment.']);
    });
});
