import { createElement } from 'lwc';
import GoalItem from 'c/goalItem';
import type { GoalAnswer } from 'c/goalItem';
import { line } from 'c/goalText';
import type { GoalView } from 'c/goalPace';
import { flush, one, shadow, texts } from 'config/jest/utils/dom';

const PROPOSAL: GoalView = {
    id: 'a0G000000000001AAA',
    repId: '005000000000001AAA',
    repName: 'Ana Lopez',
    periodType: 'Week',
    periodStart: '2026-11-16',
    periodEnd: '2026-11-22',
    kind: 'Rule',
    measure: 'Log_Call',
    measureLabel: 'Log a call',
    target: 15,
    status: 'Proposed',
    proposedByRep: true,
    waitingForMe: true,
    canEditTarget: true,
    done: 9,
    expected: 9,
    state: 'onTrack',
    today: '2026-11-18'
};

function createItem(goal: GoalView, repView = false): { element: HTMLElement; answers: GoalAnswer[] } {
    const element = createElement('c-goal-item', { is: GoalItem });
    Object.assign(element, { goal: line(goal, repView) });
    const answers: GoalAnswer[] = [];
    element.addEventListener('answer', (event) => answers.push((event as CustomEvent<GoalAnswer>).detail));
    document.body.appendChild(element);
    return { element, answers };
}

describe('c-goal-item', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows the goal, its labelled progress and pace, and lets the manager accept, edit or decline', async () => {
        const { element, answers } = createItem(PROPOSAL);
        await flush();
        expect(texts(element, '.goal-title')).toEqual(['Log a call']);
        expect(texts(element, '.goal-waiting')).toEqual(['Waiting for you']);
        expect(texts(element, '.goal-pace')).toEqual(['On track: 9 of 15 expected by Wednesday']);
        expect(Reflect.get(one(element, '.goal-bar'), 'ariaLabel')).toBe('Progress of Log a call');
        expect(one(element, '.goal-accept').getAttribute('aria-label')).toBe('Accept: Log a call');
        one(element, '.goal-accept').click();
        one(element, '.goal-decline').click();
        const input = one(element, '.goal-new-target');
        input.dispatchEvent(new CustomEvent('change', { detail: { value: '20' } }));
        await flush();
        one(element, '.goal-save-target').click();
        expect(answers).toEqual([
            { goalId: PROPOSAL.id, action: 'accept', target: null },
            { goalId: PROPOSAL.id, action: 'decline', target: null },
            { goalId: PROPOSAL.id, action: 'edit', target: 20 }
        ]);
        await expect(element).toBeAccessible();
    });

    it('offers a rep no target to edit, and no buttons when it is not their turn', async () => {
        const { element } = createItem({ ...PROPOSAL, canEditTarget: false }, true);
        await flush();
        expect(shadow(element).querySelector('.goal-new-target')).toBeNull();
        expect(shadow(element).querySelector('.goal-accept')).not.toBeNull();
        const waiting = createItem({ ...PROPOSAL, waitingForMe: false, canEditTarget: false }, true);
        await flush();
        expect(shadow(waiting.element).querySelector('.goal-actions')).toBeNull();
        expect(texts(waiting.element, '.goal-waiting')).toEqual(['Waiting for your manager']);
        await expect(waiting.element).toBeAccessible();
    });

    it('refuses a fractional new target before sending (review goals-final m2)', async () => {
        const { element, answers } = createItem(PROPOSAL);
        await flush();
        one(element, '.goal-new-target').dispatchEvent(new CustomEvent('change', { detail: { value: '12.5' } }));
        await flush();
        one(element, '.goal-save-target').click();
        await flush();
        expect(answers).toEqual([]);
        expect(texts(element, '.goal-target-error')).toEqual(['The target must be a whole number from 1 to 100,000.']);
        await expect(element).toBeAccessible();
        one(element, '.goal-new-target').dispatchEvent(new CustomEvent('change', { detail: { value: '12' } }));
        await flush();
        one(element, '.goal-save-target').click();
        await flush();
        expect(answers).toEqual([{ goalId: PROPOSAL.id, action: 'edit', target: 12 }]);
        expect(texts(element, '.goal-target-error')).toEqual([]);
    });

    it('offers the proposer Withdraw while their proposal waits, and sends it', async () => {
        const mine = { ...PROPOSAL, waitingForMe: false, canEditTarget: false, canWithdraw: true };
        const { element, answers } = createItem(mine, true);
        await flush();
        expect(shadow(element).querySelector('.goal-accept')).toBeNull();
        const withdraw = one(element, '.goal-withdraw');
        expect(withdraw.textContent?.trim()).toBe('Withdraw');
        expect(withdraw.getAttribute('aria-label')).toBe('Withdraw your proposal: Log a call');
        withdraw.click();
        expect(answers).toEqual([{ goalId: PROPOSAL.id, action: 'withdraw', target: null }]);
        await expect(element).toBeAccessible();
        const answered = createItem({ ...mine, status: 'Withdrawn', canWithdraw: false }, true);
        await flush();
        expect(shadow(answered.element).querySelector('.goal-withdraw')).toBeNull();
        expect(texts(answered.element, '.goal-status')).toEqual(['Withdrawn']);
        expect(shadow(answered.element).querySelector('.goal-bar')).toBeNull();
    });

    it('shows no bar without a figure and nothing without a goal', async () => {
        const { element } = createItem({ ...PROPOSAL, status: 'Agreed', waitingForMe: false, done: null, state: null });
        await flush();
        expect(shadow(element).querySelector('.goal-bar')).toBeNull();
        expect(texts(element, '.goal-progress')).toEqual(['No figure']);
        const empty = createElement('c-goal-item', { is: GoalItem });
        document.body.appendChild(empty);
        await flush();
        expect(shadow(empty).querySelector('.goal')).toBeNull();
    });
});
