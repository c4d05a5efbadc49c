// Local answer for `@salesforce/apex/AdminController.startRebuild` (adminStore.ts). Admins only;
// no days rebuilds every period.
import { requireAdmin, startJob } from './adminStore';

export default async function startRebuild(params: { days: number | null }): Promise<string> {
    requireAdmin();
    const days = Number(params?.days);
    return startJob('Rebuild', Number.isInteger(days) && days > 0 ? days : null);
}
