import type { TeamGoals } from 'c/goalPace';
import { teamGoals } from './goalsStore';

/** GoalsController.getTeamGoals: the goals of the people the page user may see, for a month. */
export default function getTeamGoals(params: { monthStart?: string | null }): Promise<TeamGoals> {
    return teamGoals(params?.monthStart ?? null);
}
