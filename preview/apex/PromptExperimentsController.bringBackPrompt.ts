// Local answer for `@salesforce/apex/PromptExperimentsController.bringBackPrompt`, as
// PromptExperiments.bringBack does it in the org (keep the two together): admins only; the decision of
// the prompt's ended, retired experiments becomes Keep; a prompt that is not retired is refused.
import type { BringBackPromptParams } from '@salesforce/apex/PromptExperimentsController.bringBackPrompt';
import ADMIN_ONLY from '@salesforce/label/c.Experiment_Error_Admin_Only';
import NOT_RETIRED from '@salesforce/label/c.Experiment_Error_Not_Retired';
import { demoData } from '../runtime/demo';
import { page } from '../runtime/context';
import { allExperiments } from './experimentsStore';

export default async function bringBackPrompt(params: BringBackPromptParams): Promise<number> {
    if (!page.customPermissions.includes('Adoption_Administer')) {
        throw new Error(ADMIN_ONLY);
    }
    const name = String(params?.promptName ?? '').trim();
    const retired = allExperiments(await demoData()).filter(
        (experiment) =>
            experiment.Prompt_Name__c === name &&
            experiment.Status__c !== 'Running' &&
            experiment.Decision__c === 'Retire'
    );
    if (name === '' || retired.length === 0) {
        throw new Error(NOT_RETIRED);
    }
    for (const experiment of retired) {
        experiment.Decision__c = 'Keep';
    }
    return retired.length;
}
