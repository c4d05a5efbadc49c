// Local answer for `@salesforce/apex/ProgressController.setNotificationMute`: records the page user's
// own mute (notificationsStore.ts), as PreferencesService writes only the running user's row, and
// answers the section as stored; an unknown key or a choice that is neither on nor off is refused
// with the org's label.
import INVALID from '@salesforce/label/c.Adoption_Notifications_Invalid';
import type { NotificationsView } from 'c/adoptionTypes';
import { currentUserId, demoData } from '../runtime/demo';
import { isMuteKey, mutesOf, notificationsView, setMute } from './notificationsStore';

export default async function setNotificationMute(params: {
    key?: unknown;
    muted?: unknown;
}): Promise<NotificationsView> {
    if (!isMuteKey(params?.key) || typeof params?.muted !== 'boolean') {
        throw new Error(INVALID);
    }
    const data = await demoData();
    const me = currentUserId();
    setMute(me, data.personas, params.key, params.muted);
    return notificationsView(mutesOf(me, data.personas), data.settings);
}
