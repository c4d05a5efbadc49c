// Local answer for `@salesforce/apex/ProgressController.getMyProgress`: the page user's progress from
// the sample data, computed as ProgressService computes it in the org (keep the two together):
// - points from the user's score rows of the current periods (meta.currentPeriods: the sample's today);
// - level from adoptionCore.levelFor over the all-time points with Level_Thresholds__c;
// - the stored streak, shown as 0 once a working day (Working_Days__c) has passed since
//   Last_Active_On__c without activity; today does not count; gaps over 62 days break it. The sample
//   has no Holiday records, so holidays (which the org's answer skips) play no part here;
// - the newest 200 awards, newest first, each with its badge (a removed badge keeps its name);
// - the three active badges closest to being earned in their current period, not already earned for
//   it, by progress descending then display order, measured as BadgesService.progressToward does;
// - the onboarding quest, as QuestsService.progressFor derives it from the All Time rule counts;
// - whether the user hides from boards (privacyStore.ts, the My Progress toggle's choice);
// - the Notifications section: the user's mutes and the budget's settings (notificationsStore.ts).
// Only the page user's own data, whatever the privacy settings (works council mode included).
import type { EarnedBadge, NextBadge, ProgressView } from 'c/adoptionTypes';
import { levelFor, parseThresholds } from 'c/adoptionCore';
import type { BadgeAward, MetadataRecord, PeriodScore, PeriodType } from '../data/types';
import { currentUser, demoData } from '../runtime/demo';
import { questFor } from './questsStore';
import { hidesFromBoards } from './privacyStore';
import { mutesOf, notificationsView } from './notificationsStore';
import { compare, num, text } from './values';

const MAX_BADGES = 200;
const NEXT_BADGES = 3;
const MAX_GAP_DAYS = 62;
const DEFAULT_THRESHOLDS = '0,100,250,500,1000,2000,4000,8000';
const DAY_NUMBERS: Readonly<Record<string, number>> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
const DAY_MS = 86_400_000;

/** The measures of one period's row, as PeriodScores.Tally reads them. */
interface Tally {
    points: number;
    actions: number;
    ruleCounts: Record<string, number>;
}

/** AdoptionSettingsSelector.workingDays: 1 (Monday) ... 7 (Sunday); Monday to Friday by default. */
function workingDays(csv: unknown): Set<number> {
    const days = new Set<number>();
    for (const entry of text(csv).split(/[,;\s]+/)) {
        const day = entry.length >= 3 ? DAY_NUMBERS[entry.slice(0, 3).toLowerCase()] : undefined;
        if (day) {
            days.add(day);
        }
    }
    return days.size > 0 ? days : new Set([1, 2, 3, 4, 5]);
}

/** AdoptionSettingsSelector.levelThresholds: the default ladder when the field is blank or bad. */
function thresholdsOf(csv: unknown): number[] {
    try {
        return parseThresholds(text(csv) || DEFAULT_THRESHOLDS);
    } catch {
        return parseThresholds(DEFAULT_THRESHOLDS);
    }
}

function utcDay(isoDate: string): number {
    return Date.parse(`${isoDate}T00:00:00Z`);
}

/** 1 (Monday) ... 7 (Sunday) of a UTC midnight. */
function dayNumber(time: number): number {
    return ((new Date(time).getUTCDay() + 6) % 7) + 1;
}

/** ProgressService.currentStreak, without holidays (the sample has none). */
function currentStreak(allTime: PeriodScore | undefined, today: string, days: Set<number>): number {
    const stored = Math.trunc(num(allTime?.Current_Streak__c));
    const lastActive = allTime?.Last_Active_On__c;
    if (stored <= 0 || !lastActive) {
        return 0;
    }
    const last = utcDay(lastActive);
    const end = utcDay(today);
    if (Math.round((end - last) / DAY_MS) > MAX_GAP_DAYS) {
        return 0;
    }
    for (let day = last + DAY_MS; day < end; day += DAY_MS) {
        if (days.has(dayNumber(day))) {
            return 0;
        }
    }
    return stored;
}

function tallyOf(row: PeriodScore | undefined): Tally {
    let ruleCounts: Record<string, number> = {};
    try {
        ruleCounts = row?.Rule_Counts__c ? (JSON.parse(row.Rule_Counts__c) as Record<string, number>) : {};
    } catch {
        ruleCounts = {};
    }
    return { points: num(row?.Points__c), actions: num(row?.Actions__c), ruleCounts };
}

/** BadgesSelector.getActive: active badges by Sort_Order__c (blank = 999), then DeveloperName. */
function activeBadges(badges: MetadataRecord[]): MetadataRecord[] {
    const order = (badge: MetadataRecord): number =>
        typeof badge.Sort_Order__c === 'number' ? badge.Sort_Order__c : 999;
    return badges
        .filter((badge) => badge.Active__c === true)
        .sort((a, b) => order(a) - order(b) || (a.DeveloperName < b.DeveloperName ? -1 : 1));
}

function periodOf(badge: MetadataRecord): PeriodType {
    return (text(badge.Period__c) || 'All Time') as PeriodType;
}

/** BadgesService.progressToward: the measure now and the one that earns the badge; null when unknown. */
function progressToward(
    badge: MetadataRecord,
    tally: Tally,
    streak: number,
    level: number,
    rules: MetadataRecord[]
): { current: number; target: number; percent: number } | null {
    let target = typeof badge.Threshold__c === 'number' ? badge.Threshold__c : 1;
    const ruleName = text(badge.Rule_Name__c);
    let current: number;
    switch (badge.Criteria_Type__c) {
        case 'Points In Period':
            current = tally.points;
            break;
        case 'Rule Count':
            current = num(tally.ruleCounts[ruleName]);
            break;
        case 'Category Count':
            current = rules
                .filter((rule) => rule.Category__c === badge.Category__c)
                .reduce((sum, rule) => sum + num(tally.ruleCounts[rule.DeveloperName]), 0);
            break;
        case 'Streak':
            current = streak;
            break;
        case 'First Action':
            target = 1;
            current = (ruleName ? num(tally.ruleCounts[ruleName]) : tally.actions) >= 1 ? 1 : 0;
            break;
        case 'Level Reached':
            current = level;
            break;
        default:
            return null;
    }
    current = Math.max(0, current);
    const percent = target <= 0 || current >= target ? 100 : Math.floor((current * 100) / target);
    return { current, target, percent };
}

function earnedBadge(award: BadgeAward, badge: MetadataRecord | undefined): EarnedBadge {
    return {
        name: award.Badge_Name__c,
        label: badge ? badge.MasterLabel : award.Badge_Name__c,
        tier: award.Tier__c || !badge ? text(award.Tier__c) : text(badge.Tier__c),
        icon: text(badge?.Icon__c),
        description: text(badge?.Description__c),
        whyItMatters: text(badge?.Why_It_Matters__c),
        awardedAt: award.Awarded_At__c,
        periodKey: award.Period_Key__c
    };
}

export default async function getMyProgress(): Promise<ProgressView> {
    const data = await demoData();
    const user = await currentUser();
    const today = data.meta.today;
    const current = data.meta.currentPeriods;
    const rows = new Map<PeriodType, PeriodScore>();
    for (const row of data.periodScores) {
        if (row.User__c === user.Id && current[row.Period_Type__c] === row.Period_Key__c) {
            rows.set(row.Period_Type__c, row);
        }
    }
    const allTime = rows.get('All Time');
    const points = num(allTime?.Points__c);
    const level = levelFor(points, thresholdsOf(data.settings.Level_Thresholds__c));
    const streak = currentStreak(allTime, today, workingDays(data.settings.Working_Days__c));

    const badgesByName = new Map(data.badges.map((badge) => [badge.DeveloperName, badge]));
    const awards = data.badgeAwards
        .filter((award) => award.User__c === user.Id)
        .sort((a, b) =>
            a.Awarded_At__c === b.Awarded_At__c ? compare(b.Id, a.Id) : compare(b.Awarded_At__c, a.Awarded_At__c)
        );
    // Every award counts as held, as the org's extra query by key makes sure when 200 came back.
    const held = new Set(awards.map((award) => `${award.Badge_Name__c}|${award.Period_Key__c}`));

    const candidates: { position: number; badge: MetadataRecord; current: number; target: number; percent: number }[] =
        [];
    for (const badge of activeBadges(data.badges)) {
        const period = periodOf(badge);
        const key = current[period];
        if (!key || held.has(`${badge.DeveloperName}|${key}`)) {
            continue;
        }
        const progress = progressToward(badge, tallyOf(rows.get(period)), streak, level.level, data.rules);
        if (progress) {
            candidates.push({ position: candidates.length, badge, ...progress });
        }
    }
    candidates.sort((a, b) => b.percent - a.percent || a.position - b.position);
    const nextBadges: NextBadge[] = candidates
        .slice(0, NEXT_BADGES)
        .map(({ badge, current: now, target, percent }) => ({
            name: badge.DeveloperName,
            label: badge.MasterLabel,
            tier: text(badge.Tier__c),
            icon: text(badge.Icon__c),
            description: text(badge.Description__c),
            whyItMatters: text(badge.Why_It_Matters__c),
            current: now,
            target,
            progress: percent
        }));

    return {
        userId: user.Id,
        userName: user.Name,
        pointsThisWeek: Math.trunc(num(rows.get('Week')?.Points__c)),
        pointsThisMonth: Math.trunc(num(rows.get('Month')?.Points__c)),
        pointsAllTime: Math.trunc(points),
        level: level.level,
        levelFloor: level.floorPoints,
        nextLevelAt: level.nextThreshold,
        levelProgress: level.progressPercent,
        currentStreak: streak,
        bestStreak: Math.trunc(num(allTime?.Best_Streak__c)),
        badges: awards.slice(0, MAX_BADGES).map((award) => earnedBadge(award, badgesByName.get(award.Badge_Name__c))),
        nextBadges,
        quest: questFor(data.quests ?? [], data.questSteps ?? [], data.rules, tallyOf(allTime).ruleCounts, user, today),
        hideFromBoards: hidesFromBoards(user.Id),
        notifications: notificationsView(mutesOf(user.Id, data.personas), data.settings)
    };
}
