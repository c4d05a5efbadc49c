// Local answer for `@salesforce/apex/AdminController.unscheduleSweep` (adminStore.ts). Admins only.
import type { SweepStatus } from '@salesforce/apex/AdminController.getJob';
import { requireAdmin, setSweepScheduled } from './adminStore';

export default async function unscheduleSweep(): Promise<SweepStatus> {
    requireAdmin();
    return setSweepScheduled(false);
}
