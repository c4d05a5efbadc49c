// The leaderboard's Apex methods (LeaderboardController), typed as types/apex.d.ts types the others:
// each import is callable (imperative) and a wire adapter (`@wire`). The DTOs live beside the
// component in c/leaderboard (leaderboardTypes.ts), which re-exports them.

declare module '@salesforce/apex/LeaderboardController.getBoard' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { Board, BoardParams } from 'c/leaderboard';

    /** Cacheable. A ranked board for the running user; a bad parameter rejects with a labelled message. */
    const getBoard: ApexMethod<BoardParams, Board>;
    export default getBoard;
}

declare module '@salesforce/apex/LeaderboardController.getBoardOptions' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { BoardOptions } from 'c/leaderboard';

    /** Cacheable. The periods, scopes, metrics, modes and groups the running user may ask for. */
    const getBoardOptions: ApexMethod<Record<string, never>, BoardOptions>;
    export default getBoardOptions;
}
