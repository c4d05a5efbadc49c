// Local answer for `@salesforce/apex/PromptExperimentsController.startExperiment`, as
// PromptExperiments.start does it in the org (keep the two together): admins only; a whole share from
// 5 to 50; an active prompt; not retired; one running experiment per prompt; a new random salt.
import type { StartExperimentParams } from '@salesforce/apex/PromptExperimentsController.startExperiment';
import ADMIN_ONLY from '@salesforce/label/c.Experiment_Error_Admin_Only';
import SHARE from '@salesforce/label/c.Experiment_Error_Share';
import PROMPT from '@salesforce/label/c.Experiment_Error_Prompt';
import RETIRED from '@salesforce/label/c.Experiment_Error_Retired';
import RUNNING from '@salesforce/label/c.Experiment_Error_Running';
import { HOLDOUT_MAX, HOLDOUT_MIN, isValidShare } from 'c/promptExperimentMath';
import { currentUserId, demoData } from '../runtime/demo';
import { page } from '../runtime/context';
import { allExperiments, applying } from './experimentsStore';

export default async function startExperiment(params: StartExperimentParams): Promise<string> {
    if (!page.customPermissions.includes('Adoption_Administer')) {
        throw new Error(ADMIN_ONLY);
    }
    if (!isValidShare(params?.holdoutPercent)) {
        throw new Error(SHARE.replace('{0}', String(HOLDOUT_MIN)).replace('{1}', String(HOLDOUT_MAX)));
    }
    const data = await demoData();
    const prompt = data.prompts.find((candidate) => candidate.DeveloperName === String(params.promptName ?? '').trim());
    if (!prompt || prompt.Active__c !== true) {
        throw new Error(PROMPT);
    }
    const now = applying(data, currentUserId());
    if (now.retired.has(prompt.DeveloperName)) {
        throw new Error(RETIRED);
    }
    if (now.running.has(prompt.DeveloperName)) {
        throw new Error(RUNNING);
    }
    const experiments = allExperiments(data);
    const id = `a0E0000000${String(experiments.length + 100).padStart(5, '0')}AAA`;
    const salt = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
        byte.toString(16).padStart(2, '0')
    ).join('');
    experiments.push({
        Id: id,
        Name: `EXP-${String(experiments.length + 1).padStart(6, '0')}`,
        Prompt_Name__c: prompt.DeveloperName,
        Holdout_Percent__c: params.holdoutPercent as number,
        Salt__c: salt,
        Status__c: 'Running',
        Started_At__c: new Date().toISOString(),
        Ended_At__c: null,
        Decision__c: null
    });
    return id;
}
