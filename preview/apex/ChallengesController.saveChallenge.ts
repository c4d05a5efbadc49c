// Local answer for `@salesforce/apex/ChallengesController.saveChallenge`: creates or edits a Draft,
// refusing what the org refuses with the same labels (challengesStore.ts).
import type { ChallengeInput, ChallengeSummary } from 'c/challenges';
import { saveChallenge as save } from './challengesStore';

export default function saveChallenge(
    params: { input?: Partial<ChallengeInput> } | undefined
): Promise<ChallengeSummary> {
    return save(params?.input);
}
