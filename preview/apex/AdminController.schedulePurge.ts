// Local answer for `@salesforce/apex/AdminController.schedulePurge`: the daily retention purge, "as"
// the page's user (adminStore.ts). Admins only.
import type { RetentionStatus } from '@salesforce/apex/AdminController.getJob';
import { requireAdmin, setPurgeScheduled } from './adminStore';

export default async function schedulePurge(): Promise<RetentionStatus> {
    requireAdmin();
    return setPurgeScheduled(true);
}
