// The org's Adoption_Celebration__c rows, for the preview's local answers. Not an answer itself.
//
// They live in localStorage, so every preview page open in the browser shares them, as every user's
// browser shares the org's database: a page acting as the rep and another acting as the manager see
// the same rows, and each component reads only its own persona's, as CelebrationsController.getNew
// does in the org (User__c and OwnerId both the running user, unseen, at most 20, oldest first, none
// older than 30 days; what it returns is stamped seen). Rows are written by page actions standing in
// for the engine (Celebrations.deliver: each row owned by its rep). A row of a topic the reader mutes
// (My Progress > Notifications) is stamped seen and not shown, as the org's interruption budget does;
// the daily cap and the quiet hours, which need the rep's day, are the org's alone.
import type { CelebrationNews } from '@salesforce/apex/CelebrationsController.getNew';
import type { InterruptionTopic, MuteKey } from 'c/adoptionCore';
import { recordText } from '../runtime/i18n';

export interface CelebrationRow {
    Id: string;
    User__c: string;
    OwnerId: string;
    Kind__c: string;
    Badge_Name__c?: string | null;
    Title__c?: string | null;
    Message__c?: string | null;
    Tier__c?: string | null;
    Icon__c?: string | null;
    Level__c?: number | null;
    Challenge_Id__c?: string | null;
    Seen_At__c: string | null;
    CreatedDate: string;
}

/** Celebrations.NEWS_DAYS and CelebrationsController.MAX_READ. */
export const NEWS_DAYS = 30;
export const MAX_READ = 20;
const KEY = 'crm-adoption-preview:Adoption_Celebration__c';
const DAY_MS = 86_400_000;

export function allRows(): CelebrationRow[] {
    try {
        const rows: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
        return Array.isArray(rows) ? (rows as CelebrationRow[]) : [];
    } catch {
        return [];
    }
}

function save(rows: CelebrationRow[]): void {
    window.localStorage.setItem(KEY, JSON.stringify(rows));
}

/** The engine's write: one row for `userId`, owned by that user. */
export function storeCelebration(userId: string, fields: Partial<CelebrationRow>): CelebrationRow {
    const rows = allRows();
    const row: CelebrationRow = {
        Kind__c: 'Badge',
        ...fields,
        Id: `a0C${String(rows.length + 1).padStart(12, '0')}AAA`,
        User__c: userId,
        OwnerId: userId,
        Seen_At__c: null,
        CreatedDate: new Date().toISOString()
    };
    save([...rows, row]);
    return row;
}

function badge(row: CelebrationRow): boolean {
    return row.Kind__c === 'Badge' || row.Kind__c === 'BadgeRevoked';
}

/** CelebrationHolds.topicOf: what a celebration is about; a Streak badge is a streak. */
export function topicOf(row: CelebrationRow, streakBadges: ReadonlySet<string>): InterruptionTopic {
    switch (row.Kind__c) {
        case 'Level':
            return 'level';
        case 'Challenge':
        case 'ChallengeNew':
            return 'challenge';
        case 'Recognition':
            return 'recognition';
        default:
            return streakBadges.has(row.Badge_Name__c ?? '') ? 'streak' : 'badge';
    }
}

/** CelebrationsController.getNew for `userId`: their own unseen news, stamped seen; muted topics unshown. */
export function takeNew(
    userId: string,
    now: Date = new Date(),
    mutes: ReadonlySet<MuteKey> = new Set(),
    streakBadges: ReadonlySet<string> = new Set()
): CelebrationNews[] {
    const rows = allRows();
    const since = now.getTime() - NEWS_DAYS * DAY_MS;
    const mine = rows
        .filter(
            (row) =>
                row.User__c === userId &&
                row.OwnerId === userId &&
                row.Seen_At__c === null &&
                Date.parse(row.CreatedDate) >= since
        )
        .sort(
            (first, second) => first.CreatedDate.localeCompare(second.CreatedDate) || first.Id.localeCompare(second.Id)
        )
        .slice(0, MAX_READ);
    for (const row of mine) {
        row.Seen_At__c = now.toISOString();
    }
    save(rows);
    return mine
        .filter((row) => !mutes.has(topicOf(row, streakBadges)))
        .map((row) => ({
            id: row.Id,
            kind: row.Kind__c,
            badgeName: row.Badge_Name__c ?? null,
            // A badge's name and description in the reader's language, as CelebrationsController does.
            title: (badge(row) ? recordText('Badge', row.Badge_Name__c, 'Name', row.Title__c) : row.Title__c) ?? null,
            message:
                (badge(row) ? recordText('Badge', row.Badge_Name__c, 'Description', row.Message__c) : row.Message__c) ??
                null,
            tier: row.Tier__c ?? null,
            icon: row.Icon__c ?? null,
            level: row.Level__c ?? null,
            challengeId: row.Challenge_Id__c ?? null,
            createdAt: row.CreatedDate
        }));
}
