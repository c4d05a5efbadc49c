// The challenges' Apex methods (ChallengesController), typed as types/apex.d.ts types the others:
// each import is callable (imperative) and a wire adapter (`@wire`). The DTOs live beside the
// component in c/challenges (challengesTypes.ts). A bad input rejects with a labelled message.

declare module '@salesforce/apex/ChallengesController.getChallenges' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { ChallengeList } from 'c/challenges';

    /** Cacheable. The challenges the caller may see, and the options of the create form. */
    const getChallenges: ApexMethod<Record<string, never>, ChallengeList>;
    export default getChallenges;
}

declare module '@salesforce/apex/ChallengesController.getChallenge' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { ChallengeView } from 'c/challenges';

    /** Cacheable. One challenge and its board. */
    const getChallenge: ApexMethod<{ challengeId: string }, ChallengeView>;
    export default getChallenge;
}

declare module '@salesforce/apex/ChallengesController.saveChallenge' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { ChallengeInput, ChallengeSummary } from 'c/challenges';

    /** Creates a Draft, or edits one. */
    const saveChallenge: ApexMethod<{ input: ChallengeInput }, ChallengeSummary>;
    export default saveChallenge;
}

declare module '@salesforce/apex/ChallengesController.launchChallenge' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { ChallengeSummary } from 'c/challenges';

    /** Fixes the participants and starts scoring: Hidden (a test run) or Live. */
    const launchChallenge: ApexMethod<{ challengeId: string; hidden: boolean }, ChallengeSummary>;
    export default launchChallenge;
}

declare module '@salesforce/apex/ChallengesController.announceChallenge' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { ChallengeSummary } from 'c/challenges';

    /** A Hidden challenge goes Live. */
    const announceChallenge: ApexMethod<{ challengeId: string }, ChallengeSummary>;
    export default announceChallenge;
}

declare module '@salesforce/apex/ChallengesController.closeChallenge' {
    import type { ApexMethod } from '@salesforce/apex';
    import type { ChallengeSummary } from 'c/challenges';

    /** Ends it now and announces the winners (a Hidden run closes quietly); a closed one is returned as is. */
    const closeChallenge: ApexMethod<{ challengeId: string }, ChallengeSummary>;
    export default closeChallenge;
}
