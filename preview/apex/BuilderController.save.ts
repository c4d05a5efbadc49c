// Local answer for `@salesforce/apex/BuilderController.save`: checks the draft, records the change and
// "deploys" it; the deployment ends a moment later, as the Metadata API's callback would report it.
import type { SaveResult } from '@salesforce/apex/BuilderController.save';
import { requireAdmin, save as saveDraft } from './builderStore';

export default async function save(params: { draftJson: string; note: string }): Promise<SaveResult> {
    requireAdmin();
    return saveDraft(params?.draftJson, params?.note);
}
