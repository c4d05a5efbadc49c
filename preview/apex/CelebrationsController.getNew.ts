// Local answer for `@salesforce/apex/CelebrationsController.getNew`: the page persona's own unseen
// celebrations (celebrationsStore.takeNew, as the Apex controller reads them), never another's.
import type { CelebrationNews } from '@salesforce/apex/CelebrationsController.getNew';
import { currentUserId } from '../runtime/demo';
import { takeNew } from './celebrationsStore';

export default async function getNew(): Promise<CelebrationNews[]> {
    return takeNew(currentUserId());
}
