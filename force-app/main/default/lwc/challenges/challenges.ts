/**
 * challenges: time-bound competitions (docs/challenges.md). Skeleton: the component is being built.
 */
import { LightningElement } from 'lwc';

export default class Challenges extends LightningElement {}

export type {
    ChallengeFormat,
    ChallengeInput,
    ChallengeList,
    ChallengeParticipants,
    ChallengeStatus,
    ChallengeSummary,
    ChallengeTeamBy,
    ChallengeTeamScoring,
    ChallengeView
} from './challengesTypes';
