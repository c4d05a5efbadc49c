// Local answer for `@salesforce/apex/BuilderController.getChanges`: the change history, newest first.
import type { ChangeView } from '@salesforce/apex/BuilderController.getChanges';
import { changes, requireAdmin } from './builderStore';

export default async function getChanges(): Promise<ChangeView[]> {
    requireAdmin();
    return changes();
}
