// Local answer for `@salesforce/apex/AdminController.unschedulePurge` (adminStore.ts). Admins only.
import type { RetentionStatus } from '@salesforce/apex/AdminController.getJob';
import { requireAdmin, setPurgeScheduled } from './adminStore';

export default async function unschedulePurge(): Promise<RetentionStatus> {
    requireAdmin();
    return setPurgeScheduled(false);
}
