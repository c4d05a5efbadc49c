// Local answer for `@salesforce/apex/HowPointsWorkController.getHowPointsWork`: what
// HowPointsWorkService builds in the org, from the force-app rules, badges and settings the sample
// carries. Object labels: the sample has no describe, so a rule's object shows by its API name
// (standard objects' labels match them in English).
import type {
    BadgeInfo,
    HowPointsWork,
    RuleFact,
    RuleInfo
} from '@salesforce/apex/HowPointsWorkController.getHowPointsWork';
import { parseThresholds } from 'c/adoptionCore';
import type { MetadataRecord } from '../data/types';
import { currentUserId, demoData } from '../runtime/demo';
import { ownFiguresPrivate } from './managerAccessStore';
import { minimumGroupSize, withoutNulls } from './pulseStore';

const STORED = [
    'LedgerEntries',
    'PeriodScores',
    'BadgeAwards',
    'PromptInteractions',
    'Preferences',
    'ErrorLogs',
    'Logins'
];
const PURGED = new Set(['LedgerEntries', 'PromptInteractions', 'ErrorLogs']);
const DEFAULT_THRESHOLDS = '0,100,250,500,1000,2000,4000,8000';

function text(value: unknown): string | null {
    return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function ruleOf(rule: MetadataRecord): RuleInfo {
    const byFormula = text(rule.Formula__c) !== null;
    const points = byFormula ? null : Number(rule.Points__c ?? 0);
    const category = text(rule.Category__c);
    const facts: RuleFact[] = [{ kind: 'Points', value: byFormula ? 'formula' : String(points) }];
    const cap = rule.Daily_Cap__c;
    facts.push(typeof cap === 'number' ? { kind: 'DailyCap', value: String(Math.trunc(cap)) } : { kind: 'NoDailyCap' });
    if (rule.Once_Per_Record__c === true) {
        facts.push({ kind: 'OncePerRecord' });
    }
    if (text(rule.Condition__c)) {
        facts.push({ kind: 'Condition' });
    }
    facts.push({ kind: 'CreditTo', value: text(rule.Credit_To__c) ?? 'Owner' });
    if (category) {
        facts.push({ kind: 'Category', value: category });
    }
    return {
        name: String(rule.DeveloperName),
        label: text(rule.MasterLabel) ?? String(rule.DeveloperName),
        objectLabel: String(rule.Object__c),
        operation: String(rule.Operation__c),
        points,
        category,
        whyItMatters: text(rule.Why_It_Matters__c),
        facts
    };
}

function badgeOf(badge: MetadataRecord, rules: Map<string, MetadataRecord>): BadgeInfo {
    const rule = text(badge.Rule_Name__c) ? rules.get(String(badge.Rule_Name__c)) : undefined;
    return {
        name: String(badge.DeveloperName),
        label: text(badge.MasterLabel) ?? String(badge.DeveloperName),
        tier: text(badge.Tier__c),
        icon: text(badge.Icon__c),
        criteriaType: text(badge.Criteria_Type__c),
        period: text(badge.Period__c) ?? 'All Time',
        threshold: typeof badge.Threshold__c === 'number' ? badge.Threshold__c : 1,
        ruleLabel: rule ? (text(rule.MasterLabel) ?? String(rule.DeveloperName)) : null,
        category: text(badge.Category__c),
        whyItMatters: text(badge.Why_It_Matters__c)
    };
}

export default async function getHowPointsWork(): Promise<HowPointsWork> {
    const data = await demoData();
    const settings = data.settings;
    const rulesByName = new Map(data.rules.map((rule) => [String(rule.DeveloperName), rule]));
    // Category, then most points first (formulas last), then label, as HowPointsWorkService sorts.
    const rules = data.rules
        .filter((rule) => rule.Active__c === true && text(rule.Object__c))
        .map(ruleOf)
        .sort(
            (a, b) =>
                (a.category ?? '~').localeCompare(b.category ?? '~') ||
                (b.points ?? -1) - (a.points ?? -1) ||
                a.label.toLowerCase().localeCompare(b.label.toLowerCase())
        );
    const badges = data.badges
        .filter((badge) => badge.Active__c === true)
        .sort(
            (a, b) =>
                Number(a.Sort_Order__c ?? 999) - Number(b.Sort_Order__c ?? 999) ||
                String(a.DeveloperName).localeCompare(String(b.DeveloperName))
        )
        .map((badge) => badgeOf(badge, rulesByName));
    let thresholds: number[];
    try {
        thresholds = parseThresholds(text(settings.Level_Thresholds__c) ?? DEFAULT_THRESHOLDS);
    } catch {
        thresholds = parseThresholds(DEFAULT_THRESHOLDS);
    }
    const retentionDays = Math.max(1, Number(settings.Retention_Days__c ?? 90));
    // AdoptionSettingsSelector.dailyPointsCap: blank means 200, 0 or less turns the cap off.
    const dailyPointsCap = Number(settings.Daily_Points_Cap__c ?? 200);
    return withoutNulls({
        rules,
        badges,
        levels: thresholds.map((points, index) => ({ level: index + 1, points })),
        stored: STORED.map((kind) => ({ kind, keptDays: PURGED.has(kind) ? retentionDays : null })),
        retentionDays,
        worksCouncil: settings.Works_Council_Mode__c === true,
        ownFiguresPrivate: settings.Works_Council_Mode__c === true && ownFiguresPrivate(data, currentUserId()),
        minimumGroupSize: minimumGroupSize(settings),
        rankBands: (text(settings.Privacy_Mode__c) ?? 'Rank Bands') === 'Rank Bands',
        teamOnlyBoards: settings.Team_Only_Boards__c !== false,
        postToChatter: settings.Post_To_Chatter__c === true,
        digestEnabled: settings.Digest_Enabled__c === true,
        dailyPointsCap: dailyPointsCap > 0 ? dailyPointsCap : null
    });
}
