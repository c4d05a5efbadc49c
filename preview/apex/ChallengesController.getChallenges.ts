// Local answer for `@salesforce/apex/ChallengesController.getChallenges`: the challenges the page's
// user may see, newest start first, and the create form's options (challengesStore.ts says how).
import type { ChallengeList } from 'c/challenges';
import { listChallenges } from './challengesStore';

export default function getChallenges(): Promise<ChallengeList> {
    return listChallenges();
}
