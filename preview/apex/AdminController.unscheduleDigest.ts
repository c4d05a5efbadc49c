// Local answer for `@salesforce/apex/AdminController.unscheduleDigest` (adminStore.ts). Admins only.
import type { DigestStatus } from '@salesforce/apex/AdminController.getJob';
import { requireAdmin, setDigestScheduled } from './adminStore';

export default async function unscheduleDigest(): Promise<DigestStatus> {
    requireAdmin();
    return setDigestScheduled(false);
}
