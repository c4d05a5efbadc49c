// Local answer for `@salesforce/apex/LeaderboardController.getBoardOptions`: the periods, scopes,
// metrics (the sample rules' categories and active rules), modes and stand-in groups the page's user
// may ask for; leaderboardBoard.ts says how the sample stands in for the org.
import type { BoardOptions } from 'c/leaderboard';
import { computeOptions } from './leaderboardBoard';

export default function getBoardOptions(): Promise<BoardOptions> {
    return computeOptions();
}
