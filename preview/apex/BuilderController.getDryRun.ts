// Local answer for `@salesforce/apex/BuilderController.getDryRun`: the dry run, Running until it ends.
import type { DryRunView } from '@salesforce/apex/BuilderController.getDryRun';
import { dryRun, requireAdmin } from './builderStore';

export default async function getDryRun(params: { jobId: string }): Promise<DryRunView | null> {
    requireAdmin();
    return dryRun(params?.jobId);
}
