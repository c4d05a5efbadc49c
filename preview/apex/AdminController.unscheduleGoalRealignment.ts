// Local answer for `@salesforce/apex/AdminController.unscheduleGoalRealignment` (adminStore.ts).
// Admins only.
import type { ScheduleStatus } from '@salesforce/apex/AdminController.getJob';
import { requireAdmin, setGoalRealignmentScheduled } from './adminStore';

export default async function unscheduleGoalRealignment(): Promise<ScheduleStatus> {
    requireAdmin();
    return setGoalRealignmentScheduled(false);
}
