// Local answer for `@salesforce/apex/ProgressController.setHideFromBoards`: records the page user's own
// choice (privacyStore.ts), as PreferencesService writes only the running user's row; a choice that is
// neither on nor off is refused with the org's label.
import HIDE_INVALID from '@salesforce/label/c.Adoption_Progress_Hide_Invalid';
import { currentUserId } from '../runtime/demo';
import { setHideFromBoards as store } from './privacyStore';

export default async function setHideFromBoards(params: { hide?: unknown }): Promise<boolean> {
    if (typeof params?.hide !== 'boolean') {
        throw new Error(HIDE_INVALID);
    }
    return store(currentUserId(), params.hide);
}
