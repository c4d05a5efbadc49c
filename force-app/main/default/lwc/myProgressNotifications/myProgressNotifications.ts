/**
 * myProgressNotifications: My Progress's "Notifications" section: what the rep hears about (badges,
 * levels, streaks, challenges, recognition, tips on records, the bell and phone), one checkbox each,
 * ticked when they hear of it; the quiet hours in their own time zone ("quiet now, until 07:00", from
 * the shared rule c/adoptionCore quietHours, the twin of Apex's InterruptionRules) and the daily cap.
 * Shows what c-my-progress hands it and asks the server nothing: a change fires `mutechange`
 * ({ key, muted }) and the parent saves it (ProgressController.setNotificationMute).
 */
import { LightningElement, api } from 'lwc';
import LOCALE from '@salesforce/i18n/locale';
import TITLE from '@salesforce/label/c.Adoption_Notifications_Title';
import LEGEND from '@salesforce/label/c.Adoption_Notifications_Legend';
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

export default class MyProgressNotifications extends LightningElement {
    labels = { title: TITLE, legend: LEGEND };

    /** The checkboxes, the quiet hours' lines and the cap, built once per answer (not per render). */
    options: MuteOption[] = [];
    quiet = { hours: '', now: '' };
    capText = '';

    /** A change is being saved: the boxes wait. */
    @api saving = false;
    /** Read by screen readers after a save. */
    @api status = '';
    /** Why the last change could not be saved. */
    @api errorMessage = '';

    private view?: NotificationsView;

    /** The section as the server sends it (ProgressView.notifications). */
    @api
    get notifications(): NotificationsView | undefined {
        return this.view;
    }
    set notifications(value: NotificationsView | undefined) {
        this.view = value;
        this.options = muteOptions(value);
        this.quiet = quietTexts(value, new Date().toISOString());
        this.capText = value ? formatLabel(CAP, value.dailyCap) : '';
    }

    /** The boxes show what is stored: after a refused save the parent hands back the same choices. */
    override renderedCallback(): void {
        const boxes = this.template?.querySelectorAll<HTMLElement & { checked: boolean }>('.mute-option') ?? [];
        for (const box of Array.from(boxes)) {
            const option = this.options.find((item) => item.key === box.dataset.key);
            if (option && box.checked !== option.on) {
                box.checked = option.on;
            }
        }
    }

    handleChange(event: CustomEvent<{ checked?: boolean }>): void {
        const key = (event.target as HTMLElement | null)?.dataset?.key as MuteKey | undefined;
        if (!key || !MUTE_KEYS.includes(key)) {
            return;
        }
        const detail: MuteChange = { key, muted: event.detail?.checked !== true };
        this.dispatchEvent(new CustomEvent<MuteChange>('mutechange', { detail }));
    }
}
