// Local answer for `@salesforce/apex/AdminController.scheduleSweep`: the nightly deletion sweep, "as"
// the page's user (adminStore.ts). Admins only.
import type { SweepStatus } from '@salesforce/apex/AdminController.getJob';
import { requireAdmin, setSweepScheduled } from './adminStore';

export default async function scheduleSweep(): Promise<SweepStatus> {
    requireAdmin();
    return setSweepScheduled(true);
}
