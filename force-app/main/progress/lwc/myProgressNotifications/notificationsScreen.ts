/**
 * What My Progress's Notifications section shows, built from the server's answer: the checkboxes in
 * the rep's words, the quiet hours' lines in the rep's locale and time zone, and the cap. Part of
 * c-my-progress-notifications (its main file may export only the component).
 */
import LOCALE from '@salesforce/i18n/locale';
import BADGES from '@salesforce/label/c.Adoption_Notifications_Badges';
import LEVELS from '@salesforce/label/c.Adoption_Notifications_Levels';
import STREAKS from '@salesforce/label/c.Adoption_Notifications_Streaks';
import CHALLENGES from '@salesforce/label/c.Adoption_Notifications_Challenges';
import RECOGNITION from '@salesforce/label/c.Adoption_Notifications_Recognition';
import PROMPTS from '@salesforce/label/c.Adoption_Notifications_Prompts';
import PUSH from '@salesforce/label/c.Adoption_Notifications_Push';
import QUIET from '@salesforce/label/c.Adoption_Notifications_Quiet';
import QUIET_NOW from '@salesforce/label/c.Adoption_Notifications_Quiet_Now';
import NO_QUIET from '@salesforce/label/c.Adoption_Notifications_No_Quiet';
import CAP from '@salesforce/label/c.Adoption_Notifications_Cap';
import type { MuteKey } from 'c/adoptionCore';
import { MUTE_KEYS, quietHours } from 'c/adoptionCore';
import type { NotificationsView } from 'c/adoptionTypes';
import { formatLabel } from 'c/ldsUtils';

const LABELS: Readonly<Record<MuteKey, string>> = {
    badge: BADGES,
    level: LEVELS,
    streak: STREAKS,
    challenge: CHALLENGES,
    recognition: RECOGNITION,
    prompt: PROMPTS,
    push: PUSH
};

/** One checkbox: ticked when the rep hears of it (not muted). */
export interface MuteOption {
    key: MuteKey;
    label: string;
    on: boolean;
}

/** What the section fires when a box changes. */
export interface MuteChange {
    key: MuteKey;
    muted: boolean;
}

/** An hour of the day as the rep's locale writes a time ('8:00 PM', '20:00'). */
export function hourText(hour: number, locale: string = LOCALE): string {
    const at = new Date(Date.UTC(2000, 0, 1, hour, 0));
    try {
        return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(at);
    } catch {
        return `${String(hour).padStart(2, '0')}:00`;
    }
}

/** The options in the order the server lists them, each with its label; unknown keys are left out. */
export function muteOptions(view: NotificationsView | undefined): MuteOption[] {
    return (view?.mutes ?? [])
        .filter((mute) => MUTE_KEYS.includes(mute.key))
        .map((mute) => ({ key: mute.key, label: LABELS[mute.key], on: mute.muted !== true }));
}

/**
 * The quiet hours' lines: the hours, and "quiet now, until ..." when the moment is in them (in the
 * rep's own time zone, whatever the browser's).
 */
export function quietTexts(view: NotificationsView | undefined, instant: string): { hours: string; now: string } {
    if (!view || view.quietStart === view.quietEnd) {
        return { hours: view ? NO_QUIET : '', now: '' };
    }
    const hours = formatLabel(QUIET, hourText(view.quietStart), hourText(view.quietEnd));
    try {
        const quiet = quietHours(instant, view.timeZone, view.quietStart, view.quietEnd);
        return { hours, now: quiet.quiet ? formatLabel(QUIET_NOW, hourText(view.quietEnd)) : '' };
    } catch {
        // An hour the server would not send: the hours are still worth showing.
        return { hours, now: '' };
    }
}

/** The cap's line. */
export function capLine(view: NotificationsView | undefined): string {
    return view ? formatLabel(CAP, view.dailyCap) : '';
}
