// Local answer for `@salesforce/apex/BuilderController.startDryRun`: replays a draft Create rule over
// the sample records of its object (builderStore.ts).
import { requireAdmin, startDryRun as start } from './builderStore';

export default async function startDryRun(params: { draftJson: string; days: number }): Promise<string> {
    requireAdmin();
    return start(params?.draftJson, Number(params?.days));
}
