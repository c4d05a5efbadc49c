// Shared by the local answers of PromptExperimentsController and PromptsController: what
// PromptExperiments, PromptExperimentResults and their selector do in the org, over the sample data
// (preview/data/experiments.mjs). Not an answer itself. Experiments live in memory for the page's
// lifetime, seeded from the sample; a page script may start one (holdOut) before the components mount.
// Arms are computed with c/promptExperimentMath, the twin of the Apex class PromptExperimentMath.
import type {
    ExperimentView,
    ExperimentsView,
    PromptOption
} from '@salesforce/apex/PromptExperimentsController.getExperiments';
import { MINIMUM_RECORDS_PER_ARM, HOLDOUT_MAX, HOLDOUT_MIN, compare, isHeldOut, median } from 'c/promptExperimentMath';
import type { CrmRecord, DemoData, ExperimentRecord } from '../data/types';
import { interactionRows, meets } from './promptsStore';
import { minimumGroupSize, worksCouncilMode } from './privacyStore';

/** PromptExperimentResults.MINIMUM_REPS_PER_ARM: the arm is drawn by rep. */
export const MINIMUM_REPS_PER_ARM = 5;

let experiments: ExperimentRecord[] | undefined;

/** The experiments of the sample, plus what this page started or ended. */
export function allExperiments(data: DemoData): ExperimentRecord[] {
    if (!experiments) {
        experiments = data.experiments.map((experiment) => ({ ...experiment }));
    }
    return experiments;
}

/** What experiments do to some prompts for a user (PromptExperiments.forRunningUser). */
export function applying(
    data: DemoData,
    userId: string
): { retired: Set<string>; heldOut: Set<string>; running: Set<string> } {
    const result = { retired: new Set<string>(), heldOut: new Set<string>(), running: new Set<string>() };
    for (const experiment of allExperiments(data)) {
        if (experiment.Status__c === 'Running') {
            result.running.add(experiment.Prompt_Name__c);
            if (isHeldOut(experiment.Salt__c, userId, experiment.Holdout_Percent__c)) {
                result.heldOut.add(experiment.Prompt_Name__c);
            }
        } else if (experiment.Decision__c === 'Retire') {
            result.retired.add(experiment.Prompt_Name__c);
        }
    }
    return result;
}

/**
 * A page script's setup: a running experiment on a prompt whose salt holds this user out (found with
 * the twin), as an admin would have started it.
 */
export function holdOut(data: DemoData, promptName: string, userId: string, holdoutPercent = 20): void {
    for (let i = 0; i < 10_000; i++) {
        const salt = `preview-held-${i}`;
        if (isHeldOut(salt, userId, holdoutPercent)) {
            allExperiments(data).unshift({
                Id: `a0E0000000${String(i).padStart(5, '0')}ZZZ`,
                Name: 'EXP-000099',
                Prompt_Name__c: promptName,
                Holdout_Percent__c: holdoutPercent,
                Salt__c: salt,
                Status__c: 'Running',
                Started_At__c: `${data.meta.today}T06:00:00.000Z`,
                Ended_At__c: null,
                Decision__c: null
            });
            return;
        }
    }
}

interface Qualified {
    prompted?: string;
    heldOut?: string;
    users: Set<string>;
}

/** One experiment and its comparison, as PromptExperimentResults computes it. */
function resultOf(data: DemoData, experiment: ExperimentRecord): ExperimentView {
    const prompt = data.prompts.find((candidate) => candidate.DeveloperName === experiment.Prompt_Name__c);
    const toTime = experiment.Ended_At__c ?? new Date().toISOString();
    const rows = [...(data.experimentRows as unknown as Record<string, string | null>[]), ...interactionRows(data)];
    const records = new Map<string, Qualified>();
    for (const row of rows as unknown as Record<string, string | null>[]) {
        if (row.Prompt_Name__c !== experiment.Prompt_Name__c || !row.Record_Id__c || !row.User__c) {
            continue;
        }
        const held = isHeldOut(experiment.Salt__c, row.User__c, experiment.Holdout_Percent__c);
        const when = held ? row.Held_Out_At__c : row.First_Shown_At__c;
        if (!when || when < experiment.Started_At__c || when > toTime) {
            continue;
        }
        const qualified: Qualified = records.get(row.Record_Id__c) ?? { users: new Set<string>() };
        qualified.users.add(row.User__c);
        const arm = held ? 'heldOut' : 'prompted';
        if (!qualified[arm] || when < (qualified[arm] as string)) {
            qualified[arm] = when;
        }
        records.set(row.Record_Id__c, qualified);
    }
    const all = new Map<string, CrmRecord>(
        [...data.experimentRecords, ...Object.values(data.records).flat()].map((record) => [record.Id, record])
    );
    const result = {
        promptedRecords: 0,
        promptedFixed: 0,
        heldOutRecords: 0,
        heldOutFixed: 0,
        mixedRecords: 0,
        unreadableRecords: 0
    };
    const hours: Record<'prompted' | 'heldOut', number[]> = { prompted: [], heldOut: [] };
    const users: Record<'prompted' | 'heldOut', Set<string>> = { prompted: new Set(), heldOut: new Set() };
    for (const [recordId, qualified] of records) {
        if (qualified.prompted && qualified.heldOut) {
            result.mixedRecords++;
            continue;
        }
        const record = all.get(recordId);
        if (!record) {
            result.unreadableRecords++;
            continue;
        }
        const arm = qualified.heldOut ? 'heldOut' : 'prompted';
        const fixed = !meets(prompt?.Condition__c, record, data.meta.today);
        qualified.users.forEach((user) => users[arm].add(user));
        result[`${arm}Records`]++;
        if (fixed) {
            result[`${arm}Fixed`]++;
            const since = Date.parse(qualified[arm] as string);
            hours[arm].push(Math.max(0, Date.parse(String(record.LastModifiedDate)) - since) / 3_600_000);
        }
    }
    const view: ExperimentView = {
        ...describe(data, experiment),
        ...result,
        promptedReps: users.prompted.size,
        heldOutReps: users.heldOut.size,
        withheld: false,
        frozen: false,
        promptedMedianHours: median(hours.prompted),
        heldOutMedianHours: median(hours.heldOut),
        sampled: false,
        problem: null,
        comparison: compare(
            { records: result.promptedRecords, fixed: result.promptedFixed },
            { records: result.heldOutRecords, fixed: result.heldOutFixed }
        )
    };
    return guardReps(data, view);
}

/** The record's own fields, as they are now (PromptExperimentResults.describe). */
function describe(data: DemoData, experiment: ExperimentRecord) {
    const prompt = data.prompts.find((candidate) => candidate.DeveloperName === experiment.Prompt_Name__c);
    return {
        id: experiment.Id,
        name: experiment.Name,
        promptName: experiment.Prompt_Name__c,
        promptTitle: String(prompt?.Title__c ?? experiment.Prompt_Name__c),
        status: experiment.Status__c,
        decision: experiment.Decision__c,
        holdoutPercent: experiment.Holdout_Percent__c,
        startedAt: experiment.Started_At__c,
        endedAt: experiment.Ended_At__c
    };
}

/**
 * PromptExperimentResults.guardReps: no verdict below MINIMUM_REPS_PER_ARM reps in either arm; in works
 * council mode an arm of fewer reps than the minimum group shows no figures.
 */
function guardReps(data: DemoData, view: ExperimentView): ExperimentView {
    if (view.promptedReps < MINIMUM_REPS_PER_ARM || view.heldOutReps < MINIMUM_REPS_PER_ARM) {
        view.comparison = { ...view.comparison, enoughData: false, verdict: 'notEnoughData' };
    }
    if (!worksCouncilMode(data.settings)) {
        return view;
    }
    const groupSize = minimumGroupSize(data.settings);
    for (const arm of ['prompted', 'heldOut'] as const) {
        if (view[`${arm}Reps`] < groupSize) {
            view.withheld = true;
            view[`${arm}Records`] = 0;
            view[`${arm}Fixed`] = 0;
            view[`${arm}MedianHours`] = null;
            view.comparison = {
                ...view.comparison,
                [`${arm}Rate`]: null,
                [`${arm}Low`]: null,
                [`${arm}High`]: null,
                difference: null,
                differenceLow: null,
                differenceHigh: null
            };
        }
    }
    return view;
}

/** What PromptExperimentResults.endExperiment stores on the record: the comparison as at the end. */
export function frozenResults(data: DemoData, experiment: ExperimentRecord): string {
    return JSON.stringify({ ...resultOf(data, experiment), frozen: true });
}

/** An ended experiment's stored figures with the record's fields as now; or counted live. */
function viewOf(data: DemoData, experiment: ExperimentRecord): ExperimentView {
    if (experiment.Status__c !== 'Running' && experiment.Results__c) {
        const stored = JSON.parse(experiment.Results__c) as ExperimentView;
        return guardReps(data, { ...stored, ...describe(data, experiment), frozen: true });
    }
    return resultOf(data, experiment);
}

/** The experiments section's view (PromptExperimentResults.getExperiments). */
export function experimentsView(data: DemoData): ExperimentsView {
    const list = [...allExperiments(data)]
        .sort((a, b) =>
            a.Status__c === b.Status__c
                ? b.Started_At__c.localeCompare(a.Started_At__c)
                : a.Status__c === 'Running'
                  ? -1
                  : 1
        )
        .slice(0, 10);
    const busy = new Set(
        [...list, ...allExperiments(data)]
            .filter((experiment) => experiment.Status__c === 'Running' || experiment.Decision__c === 'Retire')
            .map((experiment) => experiment.Prompt_Name__c)
    );
    const options = (keep: (prompt: DemoData['prompts'][number]) => boolean): PromptOption[] =>
        data.prompts
            .filter(keep)
            .map((prompt) => ({
                value: prompt.DeveloperName,
                label: `${String(prompt.Title__c)} (${String(prompt.Object__c)})`
            }))
            .sort((a, b) => a.label.localeCompare(b.label));
    const retired = new Set(
        allExperiments(data)
            .filter((experiment) => experiment.Status__c !== 'Running' && experiment.Decision__c === 'Retire')
            .map((experiment) => experiment.Prompt_Name__c)
    );
    return {
        experiments: list.map((experiment) => viewOf(data, experiment)),
        startable: options((prompt) => prompt.Active__c === true && !busy.has(prompt.DeveloperName)),
        retired: options((prompt) => retired.has(prompt.DeveloperName)),
        holdoutMin: HOLDOUT_MIN,
        holdoutMax: HOLDOUT_MAX,
        minimumRecords: MINIMUM_RECORDS_PER_ARM,
        minimumReps: MINIMUM_REPS_PER_ARM
    };
}
