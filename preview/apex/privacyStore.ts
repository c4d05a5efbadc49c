// The privacy settings and preferences, as the local answers of the boards, the challenges and My
// Progress read them (AdoptionSettingsSelector, PreferencesService, PreferencesSelector): one
// stand-in, so every surface applies the same rules, as in the org.
//
// - Settings come from the sample's copy of the Default settings record (a page script may change
//   it, e.g. works council mode), with the accessors' defaults: Rank Bands, works council mode off,
//   groups of at least Minimum_Group_Size__c (5 when blank, never below 3), sales outcomes off.
// - Hide from boards: the sample has no Adoption_Preference__c rows; the My Progress toggle
//   (ProgressController.setHideFromBoards) records the page user's choice for the page's lifetime.
//   Only the user's own choice is ever written, as PreferencesService writes only the running user's.
// - Works council teams (WorksCouncilTeams): everyone with the same manager, counted over all of the
//   sample's active users (the org-wide count), shown only whole and of the minimum size, by
//   adoptionCore.worksCouncilTeams (the twin of AdoptionCore's, pinned by the shared cases).
import type { BoardRow } from 'c/leaderboard';
import { privateRankBand, rankBand, worksCouncilTeams } from 'c/adoptionCore';
import type { DemoUser, MetadataRecord } from '../data/types';
import { num, text } from './values';

/** AdoptionSettingsSelector.MINIMUM_GROUP_FLOOR. */
export const MINIMUM_GROUP_FLOOR = 3;

const hidden = new Set<string>();

/** AdoptionSettingsSelector.privacyMode() === 'Rank Bands': a blank field means bands. */
export function usesBands(settings: MetadataRecord): boolean {
    const mode = text(settings.Privacy_Mode__c);
    return mode === '' || mode === 'Rank Bands';
}

/** AdoptionSettingsSelector.worksCouncilMode(). */
export function worksCouncilMode(settings: MetadataRecord): boolean {
    return settings.Works_Council_Mode__c === true;
}

/** AdoptionSettingsSelector.minimumGroupSize(): 5 when blank, never below 3. */
export function minimumGroupSize(settings: MetadataRecord): number {
    const size = num(settings.Minimum_Group_Size__c);
    return size > 0 ? Math.max(MINIMUM_GROUP_FLOOR, Math.trunc(size)) : 5;
}

/** AdoptionSettingsSelector.showSalesOutcomes(). */
export function showSalesOutcomes(settings: MetadataRecord): boolean {
    return settings.Show_Sales_Outcomes__c === true;
}

/** LeaderboardService.isSalesOutcomeCategory: active rules in it, every one a sales outcome. */
export function isSalesOutcomeCategory(rules: readonly MetadataRecord[], category: string): boolean {
    const inCategory = rules.filter((rule) => rule.Active__c === true && rule.Category__c === category);
    return inCategory.length > 0 && inCategory.every((rule) => rule.Sales_Outcome__c === true);
}

/** A rule marked Sales_Outcome__c. */
export function isSalesOutcomeRule(rule: MetadataRecord | undefined): boolean {
    return rule?.Sales_Outcome__c === true;
}

/** PreferencesSelector.trustedHiders over the page's choices: who hides from boards. */
export function hiddenFromBoards(): ReadonlySet<string> {
    return hidden;
}

/** PreferencesService.hidesFromBoards for a user. */
export function hidesFromBoards(userId: string): boolean {
    return hidden.has(userId);
}

/** PreferencesService.setHideFromBoards: the page user's own choice. */
export function setHideFromBoards(userId: string, hide: boolean): boolean {
    if (hide) {
        hidden.add(userId);
    } else {
        hidden.delete(userId);
    }
    return hide;
}

/**
 * LeaderboardService.placeRows: exact ranks keep the order and get rankBand; bands only, the caller's
 * row gets privateRankBand and keeps its figures, every other row loses its rank, band, figures,
 * badge count and streak, and the rows go by name.
 */
export function placed(ranked: BoardRow[], exact: boolean, minimum: number): BoardRow[] {
    for (const row of ranked) {
        if (!row.rank) {
            row.rankBand = null;
        } else if (exact) {
            row.rankBand = rankBand(row.rank, ranked.length);
        } else {
            row.rankBand = row.isCurrentUser ? privateRankBand(row.rank, ranked.length, minimum) : null;
        }
    }
    if (exact) {
        return ranked;
    }
    const rows = [...ranked].sort(
        (a, b) =>
            (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0) ||
            (a.userId < b.userId ? -1 : 1)
    );
    for (const row of rows) {
        row.rank = null;
        if (!row.isCurrentUser) {
            row.value = null;
            row.currentValue = null;
            row.previousValue = null;
            row.trend = null;
            row.badgeCount = null;
            row.streak = null;
        }
    }
    return rows;
}

/**
 * WorksCouncilTeams.partition over the sample: each person on a board counted in a team -> the team's
 * key (their manager's Id). A team is every active sample user with that manager; it counts only when
 * all of it is among `people` and it has at least `minimum` people. Everyone else is on no team.
 */
export function worksCouncilTeamsOf(
    people: readonly DemoUser[],
    everyone: readonly DemoUser[],
    minimum: number
): Map<string, string> {
    const sizes: Record<string, number> = {};
    for (const user of everyone) {
        if (user.IsActive && user.ManagerId) {
            sizes[user.ManagerId] = (sizes[user.ManagerId] ?? 0) + 1;
        }
    }
    const members = people.filter((user) => user.IsActive).map((user) => ({ key: user.Id, manager: user.ManagerId }));
    const teams = new Map<string, string>();
    for (const [person, team] of Object.entries(worksCouncilTeams(members, sizes, minimum))) {
        if (team !== null) {
            teams.set(person, team);
        }
    }
    return teams;
}
