// Local answer for `@salesforce/apex/PromptExperimentsController.getExperiments`, as
// PromptExperimentResults.getExperiments answers in the org (keep the two together; the computation is
// experimentsStore.ts): the recent experiments with both arms compared, and the prompts one can start
// on. Admins only.
import type { ExperimentsView } from '@salesforce/apex/PromptExperimentsController.getExperiments';
import ADMIN_ONLY from '@salesforce/label/c.Experiment_Error_Admin_Only';
import { demoData } from '../runtime/demo';
import { page } from '../runtime/context';
import { experimentsView } from './experimentsStore';

export default async function getExperiments(): Promise<ExperimentsView> {
    if (!page.customPermissions.includes('Adoption_Administer')) {
        throw new Error(ADMIN_ONLY);
    }
    return experimentsView(await demoData());
}
