// Local answer for `@salesforce/apex/StandupController.getMyStandup`: the page user's own card
// (standupStore.ts says what stands in for the org), as StandupService.mine builds it.
import type { StandupView } from '@salesforce/apex/StandupController.getMyStandup';
import { currentUserId, demoData } from '../runtime/demo';
import { cardsOf, emptyStandup } from './standupStore';

export default async function getMyStandup(): Promise<StandupView> {
    const data = await demoData();
    const me = currentUserId();
    const self = data.users.filter((user) => user.Id === me);
    return { ...emptyStandup(), people: cardsOf(data, self, me, false, new Set()) };
}
