// Local answer for `@salesforce/apex/AdminController.startPurge`: ledger rows older than the
// retention (adminStore.ts). Admins only.
import { requireAdmin, startJob } from './adminStore';
import { demoData } from '../runtime/demo';

export default async function startPurge(): Promise<string> {
    requireAdmin();
    const data = await demoData();
    return startJob('Purge', Number(data.settings.Retention_Days__c ?? 90));
}
