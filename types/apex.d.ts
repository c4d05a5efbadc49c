// Apex methods the components call, one module per method, so every call and every DTO is checked.
// Each import is both a function (imperative call) and a wire adapter constructor (`@wire`): the
// platform hands the same import to either use. DTOs live in c/adoptionTypes.

declare module '@salesforce/apex' {
    import type { WireAdapterConstructor } from 'lwc';
    import type { ApexWireResult } from 'c/adoptionTypes';

    /** An `@AuraEnabled` method: callable with its parameters, and a wire adapter for `@wire`. */
    export type ApexMethod<Params extends Record<string, unknown>, Result> = ((params?: Params) => Promise<Result>) &
        WireAdapterConstructor<Params, ApexWireResult<Result>>;

    /** Asks the server again for a wired value; pass the exact object the wire delivered. */
    export function refreshApex(wiredValue: unknown): Promise<void>;
}

declare module '@salesforce/apex/ProgressController.getMyProgress' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { ProgressView } from 'c/adoptionTypes';

    /** Cacheable. The signed-in user's points, level, streaks, badges and next badges. */
    const getMyProgress: ApexMethod<Record<string, never>, ProgressView>;
    export default getMyProgress;
}

declare module '@salesforce/apex/ProgressController.getPointsHistory' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { HistoryPage, HistoryParams } from 'c/adoptionTypes';

    /** Cacheable. One page of the signed-in user's ledger, newest first. */
    const getPointsHistory: ApexMethod<HistoryParams, HistoryPage>;
    export default getPointsHistory;
}

declare module '@salesforce/apex/ProgressController.setHideFromBoards' {
    import type { ApexMethod } from '@salesforce/apex';

    /** Not cacheable. Hides the signed-in user from other people's boards (true) or shows them again; returns the stored choice. */
    const setHideFromBoards: ApexMethod<{ hide: boolean }, boolean>;
    export default setHideFromBoards;
}

declare module '@salesforce/apex/ProgressController.setNotificationMute' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { MuteKey } from 'c/adoptionCore';
    import type { NotificationsView } from 'c/adoptionTypes';

    /** Not cacheable. Mutes one kind of news for the signed-in user (true) or lets it through again; returns the section as stored. */
    const setNotificationMute: ApexMethod<{ key: MuteKey; muted: boolean }, NotificationsView>;
    export default setNotificationMute;
}
