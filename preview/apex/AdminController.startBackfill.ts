// Local answer for `@salesforce/apex/AdminController.startBackfill` (adminStore.ts). Admins only.
import { requireAdmin, requireDays, startJob } from './adminStore';

export default async function startBackfill(params: { days: number }): Promise<string> {
    requireAdmin();
    return startJob('Backfill', requireDays(params?.days));
}
