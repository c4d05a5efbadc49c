/**
 * My Progress's DTOs turned into what the screen shows, once per answer (pure functions: the tests
 * call them directly). The section children take these shapes as their @api data: each declares its
 * own (c/myProgressQuest, c/myProgressBadges, c/myProgressNextBadges, c/myProgressHistory).
 */
import type { PageReference } from 'lightning/navigation';
import type { EarnedBadge, HistoryEntry, NextBadge, ProgressView, QuestStep, QuestView } from 'c/adoptionTypes';
import { formatLabel } from 'c/ldsUtils';
import type { BadgeView } from 'c/myProgressBadges';
import type { EntryView } from 'c/myProgressHistory';
import type { NextBadgeView } from 'c/myProgressNextBadges';
import type { QuestScreen, QuestStepView } from 'c/myProgressQuest';
import {
    ALL_TIME,
    BADGE_PROGRESS,
    BADGE_PROGRESS_LABEL,
    CATEGORY_ACTIVITY,
    CATEGORY_COLLABORATION,
    CATEGORY_DATA_QUALITY,
    CATEGORY_FORECAST,
    CATEGORY_PIPELINE,
    CATEGORY_SERVICE,
    ENTRY_BACKFILL,
    ENTRY_RECREDIT,
    ENTRY_REVERSAL,
    LEVEL,
    LEVEL_NEXT,
    LEVEL_PROGRESS,
    LEVEL_TOP,
    POINTS,
    QUEST_NEXT,
    QUEST_PROGRESS,
    QUEST_PROGRESS_LABEL,
    QUEST_STEPS,
    QUEST_STEP_COUNT,
    QUEST_STEP_CURRENT,
    QUEST_STEP_DONE,
    QUEST_STEP_TO_DO,
    START_HERE,
    STREAK_BEST,
    STREAK_CURRENT,
    STREAK_DAYS,
    THIS_MONTH,
    THIS_WEEK,
    TIER_BRONZE,
    TIER_GOLD,
    TIER_PLATINUM,
    TIER_SILVER,
    VIEW_RECORD_ARIA
} from './myProgressLabels';

export const NEXT_BADGES_SHOWN = 3;
// An SLDS utility icon (utility:trophy is not one: it rendered blank).
const DEFAULT_ICON = 'utility:ribbon';

/** Picklist values shown through their labels; an admin's own value shows as it is. */
const TIER_LABELS: Readonly<Record<string, string>> = {
    Bronze: TIER_BRONZE,
    Silver: TIER_SILVER,
    Gold: TIER_GOLD,
    Platinum: TIER_PLATINUM
};
const CATEGORY_LABELS: Readonly<Record<string, string>> = {
    Activity: CATEGORY_ACTIVITY,
    Pipeline: CATEGORY_PIPELINE,
    'Data Quality': CATEGORY_DATA_QUALITY,
    Forecast: CATEGORY_FORECAST,
    Service: CATEGORY_SERVICE,
    Collaboration: CATEGORY_COLLABORATION
};
/** An Award is the normal case and carries no marker. */
const ENTRY_TYPE_LABELS: Readonly<Record<string, string>> = {
    Reversal: ENTRY_REVERSAL,
    Recredit: ENTRY_RECREDIT,
    Backfill: ENTRY_BACKFILL
};

export interface StatView {
    key: string;
    label: string;
    value: string;
}

export interface ProgressScreen {
    isEmpty: boolean;
    quest: QuestScreen | null;
    stats: StatView[];
    levelText: string;
    allTimeText: string;
    levelProgress: number;
    levelBarLabel: string;
    levelHint: string;
    nextBadges: NextBadgeView[];
    hasNextBadges: boolean;
    startHint: string;
}

function labelOf(map: Readonly<Record<string, string>>, value: string | null | undefined): string {
    return value ? (map[value] ?? value) : '';
}

/** A finite number rounded to a whole one, else `fallback`. */
export function wholeNumber(value: unknown, fallback: number): number {
    return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : fallback;
}

/** Design attributes arrive as booleans from App Builder but as text from markup. */
export function toBoolean(value: unknown): boolean {
    return value !== false && value !== 'false';
}

/** The page of a record, in view mode. */
export function recordPage(recordId: string): PageReference {
    return { type: 'standard__recordPage', attributes: { recordId, actionName: 'view' } };
}

export function badgeView(badge: EarnedBadge): BadgeView {
    const time = Date.parse(badge.awardedAt);
    return {
        // A badge earned in several periods appears once per period.
        key: `${badge.name}|${badge.periodKey}`,
        label: badge.label,
        tierText: labelOf(TIER_LABELS, badge.tier),
        icon: badge.icon || DEFAULT_ICON,
        description: badge.description,
        whyItMatters: badge.whyItMatters,
        awardedAt: badge.awardedAt,
        awardedAtMs: Number.isNaN(time) ? null : time,
        expanded: 'false'
    };
}

export function nextBadgeView(badge: NextBadge): NextBadgeView {
    return {
        key: badge.name,
        label: badge.label,
        tierText: labelOf(TIER_LABELS, badge.tier),
        icon: badge.icon || DEFAULT_ICON,
        description: badge.description,
        whyItMatters: badge.whyItMatters,
        progress: Math.min(100, Math.max(0, wholeNumber(badge.progress, 0))),
        progressText: formatLabel(BADGE_PROGRESS, badge.current, badge.target),
        progressLabel: formatLabel(BADGE_PROGRESS_LABEL, badge.label)
    };
}

function questStepView(step: QuestStep): QuestStepView {
    let stateText = QUEST_STEP_TO_DO;
    let icon = 'utility:routing_offline';
    if (step.done) {
        stateText = QUEST_STEP_DONE;
        icon = 'utility:success';
    } else if (step.isCurrent) {
        stateText = QUEST_STEP_CURRENT;
        icon = 'utility:forward';
    }
    return {
        key: `${step.stepNumber}|${step.ruleName}`,
        label: step.label || step.ruleName,
        countText: formatLabel(QUEST_STEP_COUNT, wholeNumber(step.current, 0), wholeNumber(step.target, 1)),
        stateText,
        icon,
        itemClass: step.isCurrent
            ? 'quest-step quest-step_current slds-p-vertical_xx-small'
            : 'quest-step slds-p-vertical_xx-small',
        ariaCurrent: step.isCurrent ? 'step' : null
    };
}

export function questScreen(quest: QuestView | null | undefined): QuestScreen | null {
    if (!quest) {
        return null;
    }
    const steps = quest.steps ?? [];
    const stepCount = wholeNumber(quest.stepCount, steps.length);
    const stepsDone = wholeNumber(quest.stepsDone, 0);
    const current = steps.find((step) => step.isCurrent);
    return {
        label: quest.label,
        description: quest.description,
        whyItMatters: quest.whyItMatters,
        progress: stepCount > 0 ? Math.min(100, Math.floor((stepsDone * 100) / stepCount)) : 100,
        progressText: formatLabel(QUEST_PROGRESS, stepsDone, stepCount),
        progressLabel: formatLabel(QUEST_PROGRESS_LABEL, quest.label),
        stepsLabel: formatLabel(QUEST_STEPS, quest.label),
        complete: quest.complete === true,
        steps: steps.map(questStepView),
        nextText: current && !quest.complete ? formatLabel(QUEST_NEXT, current.label || current.ruleName) : '',
        nextWhy: current && !quest.complete ? current.whyItMatters : ''
    };
}

export function progressScreen(progress: ProgressView): ProgressScreen {
    const nextBadges = (progress.nextBadges ?? []).slice(0, NEXT_BADGES_SHOWN).map(nextBadgeView);
    const level = wholeNumber(progress.level, 1);
    const allTime = wholeNumber(progress.pointsAllTime, 0);
    // Apex leaves null properties out of the JSON, so "no next level" can arrive as undefined.
    const nextLevelAt = progress.nextLevelAt ?? null;
    const first = nextBadges[0];
    return {
        isEmpty: allTime === 0 && (progress.badges ?? []).length === 0,
        quest: questScreen(progress.quest),
        stats: [
            { key: 'week', label: THIS_WEEK, value: formatLabel(POINTS, progress.pointsThisWeek) },
            { key: 'month', label: THIS_MONTH, value: formatLabel(POINTS, progress.pointsThisMonth) },
            { key: 'streak', label: STREAK_CURRENT, value: formatLabel(STREAK_DAYS, progress.currentStreak) },
            { key: 'best', label: STREAK_BEST, value: formatLabel(STREAK_DAYS, progress.bestStreak) }
        ],
        levelText: formatLabel(LEVEL, level),
        allTimeText: `${ALL_TIME}: ${formatLabel(POINTS, allTime)}`,
        levelProgress: Math.min(100, Math.max(0, wholeNumber(progress.levelProgress, 0))),
        levelBarLabel: formatLabel(LEVEL_PROGRESS, nextLevelAt === null ? level : level + 1),
        levelHint:
            nextLevelAt === null ? LEVEL_TOP : formatLabel(LEVEL_NEXT, Math.max(0, nextLevelAt - allTime), level + 1),
        nextBadges,
        hasNextBadges: nextBadges.length > 0,
        startHint: first ? formatLabel(START_HERE, first.label, first.description) : ''
    };
}

export function entryView(entry: HistoryEntry): EntryView {
    const points = wholeNumber(entry.points, 0);
    const recordId = entry.recordId ?? '';
    return {
        key: entry.id,
        pointsText: `${points > 0 ? '+' : ''}${formatLabel(POINTS, points)}`,
        pointsClass: points < 0 ? 'points slds-text-color_error' : 'points slds-text-color_success',
        ruleLabel: entry.ruleLabel || entry.ruleName,
        categoryText: labelOf(CATEGORY_LABELS, entry.category),
        entryTypeText: labelOf(ENTRY_TYPE_LABELS, entry.entryType === 'Award' ? '' : entry.entryType),
        occurredAt: entry.occurredAt,
        whyItMatters: entry.whyItMatters,
        hasRecord: recordId !== '',
        recordId,
        // Lightning Experience's record URL works at once; GenerateUrl replaces it with the URL of
        // the app the user is in (console, Experience Cloud) as soon as it resolves.
        url: recordId === '' ? '' : `/lightning/r/${recordId}/view`,
        linkLabel: formatLabel(VIEW_RECORD_ARIA, entry.objectName, entry.ruleLabel || entry.ruleName)
    };
}
