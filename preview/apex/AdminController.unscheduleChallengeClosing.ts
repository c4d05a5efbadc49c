// Local answer for `@salesforce/apex/AdminController.unscheduleChallengeClosing` (adminStore.ts).
// Admins only.
import type { ScheduleStatus } from '@salesforce/apex/AdminController.getJob';
import { requireAdmin, setChallengeClosingScheduled } from './adminStore';

export default async function unscheduleChallengeClosing(): Promise<ScheduleStatus> {
    requireAdmin();
    return setChallengeClosingScheduled(false);
}
