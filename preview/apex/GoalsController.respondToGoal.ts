import type { GoalView } from 'c/goalPace';
import { respondToGoal as respond } from './goalsStore';

/** GoalsController.respondToGoal: accept, edit or decline, checked as GoalsService checks it. */
export default function respondToGoal(params: {
    goalId: string;
    action: string;
    target: number | null;
    message: string | null;
}): Promise<GoalView> {
    return respond(params.goalId, params.action, params.target, params.message);
}
