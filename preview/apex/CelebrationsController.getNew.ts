// Local answer for `@salesforce/apex/CelebrationsController.getNew`: the page persona's own unseen
// celebrations (celebrationsStore.takeNew, as the Apex controller reads them), never another's; none
// of a topic the persona muted (notificationsStore.ts).
import type { CelebrationNews } from '@salesforce/apex/CelebrationsController.getNew';
import { currentUserId, demoData } from '../runtime/demo';
import { takeNew } from './celebrationsStore';
import { mutesOf } from './notificationsStore';

export default async function getNew(): Promise<CelebrationNews[]> {
    const data = await demoData();
    const me = currentUserId();
    const streaks = new Set(
        data.badges.filter((badge) => badge.Criteria_Type__c === 'Streak').map((badge) => badge.DeveloperName)
    );
    return takeNew(me, new Date(), mutesOf(me, data.personas), streaks);
}
