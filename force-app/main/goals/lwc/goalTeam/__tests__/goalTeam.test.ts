import { readFileSync } from 'fs';
import { join } from 'path';
import { createElement } from 'lwc';
import type { ApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import GoalTeam from 'c/goalTeam';
import type { TeamGoals } from 'c/goalPace';
import { deepAll as all, deepOne as one, deepTexts as texts, flush } from 'config/jest/utils/dom';

jest.mock(
    '@salesforce/apex/GoalsController.getTeamGoals',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/GoalsController.proposeGoal', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/GoalsController.respondToGoal', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

const wire = jest.requireMock<{ default: ApexTestWireAdapter<TeamGoals> }>(
    '@salesforce/apex/GoalsController.getTeamGoals'
).default;
const propose = jest.requireMock<{ default: jest.Mock }>('@salesforce/apex/GoalsController.proposeGoal').default;
const respond = jest.requireMock<{ default: jest.Mock }>('@salesforce/apex/GoalsController.respondToGoal').default;
const TEAM = JSON.parse(readFileSync(join(__dirname, 'data', 'teamGoals.json'), 'utf8')) as TeamGoals;

function createTeam(): HTMLElement {
    const element = createElement('c-goal-team', { is: GoalTeam });
    document.body.appendChild(element);
    return element;
}

describe('c-goal-team', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('shows each rep attainment and lets the manager agree a proposal with a new target', async () => {
        respond.mockResolvedValue({});
        const element = createTeam();
        wire.emit(TEAM);
        await flush();
        expect(texts(element, '.goal-rep-name')).toEqual(['Ana Lopez', 'Ben Okafor']);
        expect(texts(element, '.goal-rep-reached')).toEqual([
            '0 of 1 agreed goals reached',
            '1 of 1 agreed goals reached'
        ]);
        await expect(element).toBeAccessible();
        one(element, '.goal-new-target').dispatchEvent(new CustomEvent('change', { detail: { value: '450' } }));
        await flush();
        one(element, '.goal-save-target').click();
        await flush();
        expect(respond).toHaveBeenCalledWith({
            goalId: 'a0G000000000002AAA',
            action: 'edit',
            target: 450,
            message: null
        });
        expect(texts(element, '.goal-team-status')).toEqual(['Saved.']);
    });

    it('lets the manager withdraw their own proposal to a rep', async () => {
        respond.mockResolvedValue({});
        const element = createTeam();
        const [ana, ben] = TEAM.reps;
        const proposal = {
            ...ben.goals[0],
            id: 'a0G000000000004AAA',
            status: 'Proposed',
            proposedByRep: false,
            waitingForMe: false,
            canWithdraw: true
        };
        wire.emit({ ...TEAM, reps: [ana, { ...ben, goals: [...ben.goals, proposal] }] });
        await flush();
        expect(all(element, '.goal-withdraw')).toHaveLength(1);
        one(element, '.goal-withdraw').click();
        await flush();
        expect(respond).toHaveBeenCalledWith({ goalId: proposal.id, action: 'withdraw', target: null, message: null });
        expect(texts(element, '.goal-team-status')).toEqual(['Proposal withdrawn.']);
        await expect(element).toBeAccessible();
    });

    it('proposes to a direct report and shows a refusal', async () => {
        propose.mockRejectedValueOnce({ body: { message: 'A hygiene target is a percent from 1 to 100.' } });
        propose.mockResolvedValueOnce({});
        const element = createTeam();
        wire.emit(TEAM);
        await flush();
        one(element, '.goal-team-propose').click();
        await flush();
        const input = {
            repId: '005000000000002AAA',
            periodType: 'Week',
            periodStart: '2026-11-16',
            kind: 'Hygiene',
            measure: 'NextStep',
            target: 120
        };
        one(element, 'c-goal-form').dispatchEvent(new CustomEvent('propose', { detail: { input } }));
        await flush();
        expect(texts(element, '.goal-form-error')).toEqual(['A hygiene target is a percent from 1 to 100.']);
        one(element, 'c-goal-form').dispatchEvent(
            new CustomEvent('propose', { detail: { input: { ...input, target: 90 } } })
        );
        await flush();
        expect(texts(element, '.goal-team-status')).toEqual(['Proposal sent.']);
        expect(all(element, 'c-goal-form').length).toBe(0);
        one(element, '.goal-team-propose').click();
        await flush();
        one(element, 'c-goal-form').dispatchEvent(new CustomEvent('cancel'));
        await flush();
        expect(all(element, 'c-goal-form').length).toBe(0);
    });

    it('says when attainment is withheld (works council), when there are no goals, and when loading fails', async () => {
        respond.mockRejectedValue({ body: { message: 'Only the other side can accept or decline this proposal.' } });
        const element = createTeam();
        wire.emit({ ...TEAM, attainmentWithheld: true, truncated: true, pickers: { ...TEAM.pickers, reps: [] } });
        await flush();
        expect(texts(element, '.goal-team-withheld')[0]).toContain('Works council mode');
        expect(texts(element, '.goal-rep-reached')).toEqual(['', '']);
        expect(texts(element, '.goal-team-truncated')).toEqual(['Showing the first 2,000 goals only.']);
        expect(all(element, '.goal-team-propose').length).toBe(0);
        one(element, '.goal-decline').click();
        await flush();
        expect(texts(element, '.goal-team-answer-error')).toEqual([
            'Only the other side can accept or decline this proposal.'
        ]);
        await expect(element).toBeAccessible();
        wire.emit({ ...TEAM, reps: [] });
        await flush();
        expect(texts(element, '.goal-team-empty')).toEqual(['No goals for this month yet.']);
        wire.error();
        await flush();
        expect(texts(element, '.goal-team-error')).toEqual(['Goals could not be loaded. Try again in a moment.']);
    });
});
