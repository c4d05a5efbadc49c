// Local answer for `@salesforce/apex/ChallengesController.closeChallenge`: ends it now and sets the
// winners, exactly once; a closed challenge comes back unchanged (challengesStore.ts).
import type { ChallengeSummary } from 'c/challenges';
import { closeChallenge as close } from './challengesStore';

export default function closeChallenge(params: { challengeId?: string } | undefined): Promise<ChallengeSummary> {
    return close(params?.challengeId);
}
