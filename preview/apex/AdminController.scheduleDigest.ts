// Local answer for `@salesforce/apex/AdminController.scheduleDigest`: the daily run, "as" the page's
// user (adminStore.ts). Admins only.
import type { DigestStatus } from '@salesforce/apex/AdminController.getJob';
import { requireAdmin, setDigestScheduled } from './adminStore';

export default async function scheduleDigest(): Promise<DigestStatus> {
    requireAdmin();
    return setDigestScheduled(true);
}
