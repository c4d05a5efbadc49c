// Local answer for `@salesforce/apex/PromptsController.getEffectiveness`, with the definitions of
// PromptEffectivenessService (keep the two together): per prompt, over the window, the records on
// which reps saw it, used its action, dismissed, snoozed or fixed it; the median hours from first
// showing to Resolved; of the prompted records, the share that no longer meet the condition; of the
// never-prompted records of the object modified in the window, the share that meet it. Admins only.
import type {
    EffectivenessRow,
    EffectivenessView,
    GetEffectivenessParams
} from '@salesforce/apex/PromptsController.getEffectiveness';
import NO_ACCESS from '@salesforce/label/c.Adoption_Error_No_Access';
import { demoData } from '../runtime/demo';
import { page } from '../runtime/context';
import { addDays, interactionRows, meets } from './promptsStore';

const DEFAULT_DAYS = 30;
const MAX_DAYS = 365;

function median(values: number[]): number | null {
    if (values.length === 0) {
        return null;
    }
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    const value = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    return Math.round(value * 10) / 10;
}

function percent(part: number, whole: number): number | null {
    return whole === 0 ? null : Math.round((part * 1000) / whole) / 10;
}

export default async function getEffectiveness(params: GetEffectivenessParams): Promise<EffectivenessView> {
    if (!page.customPermissions.includes('Adoption_Administer')) {
        throw new Error(NO_ACCESS);
    }
    const data = await demoData();
    const requested = Number(params?.days);
    const days = Number.isInteger(requested) && requested >= 1 && requested <= MAX_DAYS ? requested : DEFAULT_DAYS;
    const since = addDays(data.meta.today, 1 - days);
    const rows = interactionRows(data).filter((row) => row.Day__c >= since);
    const result: EffectivenessRow[] = [];
    for (const prompt of data.prompts) {
        const mine = rows.filter((row) => row.Prompt_Name__c === prompt.DeveloperName);
        if (prompt.Active__c !== true && mine.length === 0) {
            continue;
        }
        const objectName = String(prompt.Object__c);
        const records = data.records[objectName] ?? [];
        const byRecord = new Map<string, typeof mine>();
        for (const row of mine) {
            byRecord.set(row.Record_Id__c, [...(byRecord.get(row.Record_Id__c) ?? []), row]);
        }
        const shown = [...byRecord.entries()].filter(([, list]) => list.some((row) => row.Shown_Count__c > 0));
        const hours: number[] = [];
        for (const [, list] of byRecord) {
            const firstShown = list
                .map((row) => row.First_Shown_At__c)
                .filter(Boolean)
                .sort()[0];
            const resolvedAt = list
                .map((row) => row.Resolved_At__c)
                .filter(Boolean)
                .sort()[0];
            if (firstShown && resolvedAt) {
                hours.push(Math.max(0, Date.parse(resolvedAt) - Date.parse(firstShown)) / 3_600_000);
            }
        }
        const shownIds = new Set(shown.map(([id]) => id));
        const prompted = records.filter((record) => shownIds.has(record.Id));
        const stopped = prompted.filter((record) => !meets(prompt.Condition__c, record, data.meta.today)).length;
        const baseline = records.filter(
            (record) => !shownIds.has(record.Id) && String(record.LastModifiedDate ?? '').slice(0, 10) >= since
        );
        const matching = baseline.filter((record) => meets(prompt.Condition__c, record, data.meta.today)).length;
        const count = (flag: (row: (typeof mine)[number]) => boolean): number =>
            [...byRecord.values()].filter((list) => list.some(flag)).length;
        result.push({
            name: prompt.DeveloperName,
            title: String(prompt.Title__c ?? prompt.MasterLabel),
            objectApiName: objectName,
            active: prompt.Active__c === true,
            problem: null,
            shown: shown.length,
            showings: mine.reduce((sum, row) => sum + row.Shown_Count__c, 0),
            acted: count((row) => row.Acted__c),
            dismissed: count((row) => row.Dismissed__c),
            snoozed: count((row) => row.Snoozed_Until__c !== null),
            resolved: count((row) => row.Resolved__c),
            medianHoursToResolve: median(hours),
            promptedChecked: prompted.length,
            promptedStoppedMatching: stopped,
            stoppedMatchingPercent: percent(stopped, prompted.length),
            baselineChecked: baseline.length,
            baselineMatching: matching,
            baselineMatchingPercent: percent(matching, baseline.length),
            sampled: false
        });
    }
    result.sort((a, b) => `${a.objectApiName}|${a.title}`.localeCompare(`${b.objectApiName}|${b.title}`));
    return { days, since, rows: result };
}
