import type { GoalInput, GoalView } from 'c/goalPace';
import { proposeGoal as propose } from './goalsStore';

/** GoalsController.proposeGoal: a proposal, checked as GoalsService checks it. */
export default function proposeGoal(params: { input: GoalInput }): Promise<GoalView> {
    return propose(params?.input ?? null);
}
