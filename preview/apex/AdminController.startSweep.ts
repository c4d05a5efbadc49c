// Local answer for `@salesforce/apex/AdminController.startSweep`: the deletion sweep now, over every
// record the ledger names (adminStore.ts). Admins only.
import { requireAdmin, startJob } from './adminStore';

export default async function startSweep(): Promise<string> {
    requireAdmin();
    return startJob('Sweep', null);
}
