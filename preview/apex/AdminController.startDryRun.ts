// Local answer for `@salesforce/apex/AdminController.startDryRun`: starts a dry run over the sample
// ledger (adminStore.ts). Admins only; days must be 1 or more.
import { requireAdmin, requireDays, startJob } from './adminStore';

export default async function startDryRun(params: { days: number }): Promise<string> {
    requireAdmin();
    return startJob('Dry Run', requireDays(params?.days));
}
