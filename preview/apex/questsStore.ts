// Shared by the local answers of ProgressController.getMyProgress and PulseController.getPulse: the
// onboarding quest that applies to a person, derived from their All Time rule counts as QuestsService
// derives it in the org. Not an answer itself.
import type { QuestStep, QuestView } from 'c/adoptionTypes';
import type { DemoUser, MetadataRecord } from '../data/types';
import { compare, num, text } from './values';

const DAY_MS = 86_400_000;

function utcDay(isoDate: string): number {
    return Date.parse(`${isoDate}T00:00:00Z`);
}

/** Display order: Sort_Order__c (blank = 999), then DeveloperName, as the selectors sort. */
function byOrder(field: string) {
    const order = (record: MetadataRecord): number => (typeof record[field] === 'number' ? record[field] : 999);
    return (a: MetadataRecord, b: MetadataRecord): number =>
        order(a) - order(b) || compare(a.DeveloperName, b.DeveloperName);
}

/**
 * QuestsService.progressFor: the first active quest with steps that applies; null when none does.
 * My Progress shows it; the pulse's "Getting started" (pulseStore.ts) asks it for each person, as
 * QuestsService.onboardingOf does.
 */
export function questFor(
    quests: MetadataRecord[],
    questSteps: MetadataRecord[],
    rules: MetadataRecord[],
    counts: Record<string, number>,
    user: DemoUser,
    today: string
): QuestView | null {
    const rulesByName = new Map(rules.map((rule) => [rule.DeveloperName, rule]));
    for (const quest of quests.filter((candidate) => candidate.Active__c === true).sort(byOrder('Sort_Order__c'))) {
        const steps = questSteps
            .filter((step) => step.Quest__c === quest.DeveloperName && text(step.Rule_Name__c) !== '')
            .sort(byOrder('Step_Number__c'));
        if (steps.length === 0) {
            continue;
        }
        let currentFound = false;
        const views: QuestStep[] = steps.map((step, index) => {
            const ruleName = text(step.Rule_Name__c);
            const rule = rulesByName.get(ruleName);
            const target = typeof step.Count__c === 'number' && step.Count__c >= 1 ? Math.trunc(step.Count__c) : 1;
            const current = Math.min(Math.max(0, Math.trunc(num(counts[ruleName]))), target);
            const done = current >= target;
            const isCurrent = !done && !currentFound;
            currentFound ||= isCurrent;
            return {
                stepNumber: index + 1,
                ruleName,
                label: rule ? rule.MasterLabel : ruleName,
                current,
                target,
                done,
                isCurrent,
                whyItMatters: text(step.Why_It_Matters__c) || text(rule?.Why_It_Matters__c)
            };
        });
        const stepsDone = views.filter((step) => step.done).length;
        const complete = stepsDone === views.length;
        const days = quest.Days_To_Complete__c;
        const created = user.CreatedDate ? utcDay(user.CreatedDate.slice(0, 10)) : Number.NaN;
        const isNew = Number.isFinite(created) && (utcDay(today) - created) / DAY_MS <= num(days);
        if (!complete || typeof days !== 'number' || isNew) {
            return {
                name: quest.DeveloperName,
                label: quest.MasterLabel,
                description: text(quest.Description__c),
                whyItMatters: text(quest.Why_It_Matters__c),
                stepsDone,
                stepCount: views.length,
                complete,
                steps: views
            };
        }
    }
    return null;
}
