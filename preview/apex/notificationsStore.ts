// The interruption budget's side of the preview: each user's mutes (Adoption_Preference__c's Mute
// fields) and My Progress's Notifications section, as PreferencesService and Interruptions give them
// in the org. Not an answer itself.
//
// - Sample preferences: the top performer, a rep who has seen every badge there is, mutes streaks and
//   the bell and phone; everyone else starts with nothing muted (the defaults a rep would not change
//   on day one). A mute set on My Progress (ProgressController.setNotificationMute) lasts for the
//   page's lifetime, and only the page user's own is ever written, as in the org.
// - Settings: Daily_Interruption_Cap__c (6 when blank), Daily_Interruption_Budget__c (3), quiet hours
//   Quiet_Hours_Start__c to Quiet_Hours_End__c (20 to 7 when blank or outside 0..23), from the sample's
//   copy of the Default record, with AdoptionSettingsSelector's defaults.
// - The user's time zone is the page's (@salesforce/i18n/timeZone), as Apex reads UserInfo's.
import TIME_ZONE from '@salesforce/i18n/timeZone';
import type { MuteKey } from 'c/adoptionCore';
import { MUTE_KEYS } from 'c/adoptionCore';
import type { NotificationsView } from 'c/adoptionTypes';
import type { MetadataRecord } from '../data/types';

const SAMPLE_MUTES: Readonly<Record<string, readonly MuteKey[]>> = { topPerformer: ['streak', 'push'] };

let mutes: Map<string, Set<MuteKey>> | undefined;

function mutesByUser(personas: Record<string, string>): Map<string, Set<MuteKey>> {
    if (!mutes) {
        mutes = new Map();
        for (const [persona, keys] of Object.entries(SAMPLE_MUTES)) {
            if (personas[persona]) {
                mutes.set(personas[persona], new Set(keys));
            }
        }
    }
    return mutes;
}

/** Whether a key is one My Progress offers. */
export function isMuteKey(key: unknown): key is MuteKey {
    return typeof key === 'string' && MUTE_KEYS.includes(key as MuteKey);
}

/** Interruptions.mutesOf: what a user mutes. */
export function mutesOf(userId: string, personas: Record<string, string>): ReadonlySet<MuteKey> {
    return mutesByUser(personas).get(userId) ?? new Set();
}

/** PreferencesService.setMute: the page user's own choice. */
export function setMute(userId: string, personas: Record<string, string>, key: MuteKey, muted: boolean): void {
    const byUser = mutesByUser(personas);
    const mine = new Set(byUser.get(userId) ?? []);
    if (muted) {
        mine.add(key);
    } else {
        mine.delete(key);
    }
    byUser.set(userId, mine);
}

function hour(value: unknown, fallback: number): number {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 23 ? value : fallback;
}

function count(value: unknown, fallback: number): number {
    return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.trunc(value)) : fallback;
}

/** PreferencesService.notificationsOf: the section for a user's mutes, with the settings. */
export function notificationsView(mine: ReadonlySet<MuteKey>, settings: MetadataRecord): NotificationsView {
    return {
        mutes: MUTE_KEYS.map((key) => ({ key, muted: mine.has(key) })),
        quietStart: hour(settings.Quiet_Hours_Start__c, 20),
        quietEnd: hour(settings.Quiet_Hours_End__c, 7),
        dailyCap: count(settings.Daily_Interruption_Cap__c, 6),
        promptCap: count(settings.Daily_Interruption_Budget__c, 3),
        timeZone: TIME_ZONE
    };
}
