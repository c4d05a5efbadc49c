// Local answer for `@salesforce/apex/ChallengesController.launchChallenge`: fixes the participants as
// the page's user and starts scoring, hidden (a test run) or Live (challengesStore.ts).
import type { ChallengeSummary } from 'c/challenges';
import { launchChallenge as launch } from './challengesStore';

export default function launchChallenge(
    params: { challengeId?: string; hidden?: boolean } | undefined
): Promise<ChallengeSummary> {
    return launch(params?.challengeId, params?.hidden);
}
