// Local answer for `@salesforce/apex/AdminController.scheduleGoalRealignment`: the nightly goal
// realignment (GoalShareRecalculation), "as" the page's user (adminStore.ts). Admins only.
import type { ScheduleStatus } from '@salesforce/apex/AdminController.getJob';
import { requireAdmin, setGoalRealignmentScheduled } from './adminStore';

export default async function scheduleGoalRealignment(): Promise<ScheduleStatus> {
    requireAdmin();
    return setGoalRealignmentScheduled(true);
}
