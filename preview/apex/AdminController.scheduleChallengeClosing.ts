// Local answer for `@salesforce/apex/AdminController.scheduleChallengeClosing`: the hourly closing of
// ended challenges, "as" the page's user (adminStore.ts). Admins only.
import type { ScheduleStatus } from '@salesforce/apex/AdminController.getJob';
import { requireAdmin, setChallengeClosingScheduled } from './adminStore';

export default async function scheduleChallengeClosing(): Promise<ScheduleStatus> {
    requireAdmin();
    return setChallengeClosingScheduled(true);
}
