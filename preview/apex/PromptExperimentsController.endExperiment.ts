// Local answer for `@salesforce/apex/PromptExperimentsController.endExperiment`, as
// PromptExperiments.endExperiment does it in the org (keep the two together): admins only; Keep or
// Retire; only a running experiment; the figures as at the end are stored on it.
import type { EndExperimentParams } from '@salesforce/apex/PromptExperimentsController.endExperiment';
import ADMIN_ONLY from '@salesforce/label/c.Experiment_Error_Admin_Only';
import DECISION from '@salesforce/label/c.Experiment_Error_Decision';
import NOT_RUNNING from '@salesforce/label/c.Experiment_Error_Not_Running';
import { demoData } from '../runtime/demo';
import { page } from '../runtime/context';
import { allExperiments, frozenResults } from './experimentsStore';

export default async function endExperiment(params: EndExperimentParams): Promise<string> {
    if (!page.customPermissions.includes('Adoption_Administer')) {
        throw new Error(ADMIN_ONLY);
    }
    const decision = ['Keep', 'Retire'].find(
        (known) =>
            known.toLowerCase() ===
            String(params?.decision ?? '')
                .trim()
                .toLowerCase()
    );
    if (!decision) {
        throw new Error(DECISION);
    }
    const data = await demoData();
    const experiment = allExperiments(data).find((candidate) => candidate.Id === params.experimentId);
    if (!experiment || experiment.Status__c !== 'Running') {
        throw new Error(NOT_RUNNING);
    }
    // The figures as at the end, stored so they no longer change (PromptExperimentResults.endExperiment).
    experiment.Ended_At__c = new Date().toISOString();
    experiment.Results__c = frozenResults(data, experiment);
    experiment.Status__c = 'Ended';
    experiment.Decision__c = decision as 'Keep' | 'Retire';
    return experiment.Id;
}
