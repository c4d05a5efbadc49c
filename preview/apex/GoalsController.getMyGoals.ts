import type { MyGoals } from 'c/goalPace';
import { myGoals } from './goalsStore';

/** GoalsController.getMyGoals: the page user's goals, progress and pace (goalsStore.ts). */
export default function getMyGoals(): Promise<MyGoals> {
    return myGoals();
}
