// Local answer for `@salesforce/apex/StandupController.getTeamStandup`: the team the page user leads
// (scopesStore.resolveScope's Team, as ScopesService resolves it), in stand-up order; someone who leads
// nobody gets managersOnly. A person who hides from boards (privacyStore) keeps their work items but
// not their scored actions or points. Works council mode (a page script sets it): the per-person
// averages of everyone the caller leads, or nothing below the minimum group size.
import type { StandupView } from '@salesforce/apex/StandupController.getMyStandup';
import { currentUserId, demoData } from '../runtime/demo';
import { hiddenFromBoards, minimumGroupSize, worksCouncilMode } from './privacyStore';
import { resolveScope } from './scopesStore';
import { cardsOf, emptyStandup, ordered } from './standupStore';

export default async function getTeamStandup(): Promise<StandupView> {
    const data = await demoData();
    const me = currentUserId();
    const scope = resolveScope({ users: data.users, settings: data.settings, me }, 'Team', null);
    const standup = emptyStandup();
    if (!scope.isManager) {
        return { ...standup, managersOnly: true };
    }
    if (worksCouncilMode(data.settings)) {
        const minimum = minimumGroupSize(data.settings);
        const members = scope.users.filter(
            (user) => user.ManagerId === scope.teamManagerId && user.Id !== scope.teamManagerId
        );
        if (members.length < minimum) {
            return { ...standup, worksCouncil: true, withheld: true, minimumGroupSize: minimum };
        }
        const cards = cardsOf(data, members, me, true, new Set());
        const perPerson = (read: (card: (typeof cards)[number]) => number) =>
            Math.round((cards.reduce((total, card) => total + read(card), 0) / cards.length) * 10) / 10;
        return {
            ...standup,
            worksCouncil: true,
            minimumGroupSize: minimum,
            totals: {
                people: cards.length,
                scoredActions: perPerson((card) => card.scoredCount),
                tasks: perPerson((card) => card.taskCount),
                prompts: perPerson((card) => card.promptCount),
                obstacles: perPerson((card) => card.obstacleCount)
            }
        };
    }
    const people = ordered(cardsOf(data, scope.users, me, true, hiddenFromBoards()));
    return { ...standup, people, totalSeconds: people.reduce((total, card) => total + card.timeBoxSeconds, 0) };
}
