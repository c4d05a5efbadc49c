/**
 * myProgressNotifications: My Progress's "Notifications" section: what the rep hears about (badges,
 * levels, streaks, challenges, recognition, tips on records, the bell and phone), one checkbox each,
 * ticked when they hear of it; the quiet hours in their own time zone ("quiet now, until 07:00", from
 * the shared rule c/adoptionCore quietHours, the twin of Apex's InterruptionRules) and the daily cap.
 * Shows what c-my-progress hands it and asks the server nothing: a change fires `mutechange`
 * ({ key, muted }) and the parent saves it (ProgressController.setNotificationMute).
 */
import { LightningElement, api } from 'lwc';
import TITLE from '@salesforce/label/c.Adoption_Notifications_Title';
import LEGEND from '@salesforce/label/c.Adoption_Notifications_Legend';
import type { MuteKey } from 'c/adoptionCore';
import { MUTE_KEYS } from 'c/adoptionCore';
import type { NotificationsView } from 'c/adoptionTypes';
import type { MuteChange, MuteOption } from './notificationsScreen';
import { capLine, muteOptions, quietTexts } from './notificationsScreen';

export type { MuteChange, MuteOption } from './notificationsScreen';

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
        this.capText = capLine(value);
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
