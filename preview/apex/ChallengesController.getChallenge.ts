// Local answer for `@salesforce/apex/ChallengesController.getChallenge`: one challenge and its board,
// scored from the sample ledger (challengesStore.ts).
import type { ChallengeView } from 'c/challenges';
import { viewChallenge } from './challengesStore';

export default function getChallenge(params: { challengeId?: string } | undefined): Promise<ChallengeView> {
    return viewChallenge(params?.challengeId);
}
