// The challenges' DTO-to-screen functions, called directly: what the list and the open challenge show.
import type { ChallengeList, ChallengeView } from 'c/challenges';
import { fixture as readFixture } from 'config/jest/utils/dom';
import { challengeScreen, comboOptions, listItem, timeText } from '../challengesScreen';

function fixture<T>(name: string): T {
    return readFixture<T>(__dirname, name);
}

const LIST = fixture<ChallengeList>('getChallenges');
const LIVE = fixture<ChallengeView>('getChallengeLive');
const DRAFT = fixture<ChallengeView>('getChallengeDraft');
const HIDDEN = fixture<ChallengeView>('getChallengeHidden');
const NOW = Date.parse('2026-11-20T12:00:00.000Z');
const OPTIONS = {
    rules: comboOptions(LIST.rules),
    categories: comboOptions(LIST.categories),
    scopes: comboOptions(LIST.scopes),
    groups: comboOptions(LIST.groups)
};

describe('challengesScreen', () => {
    it('marks the open challenge in the list and shows each status by its label and badge', () => {
        const [first] = LIST.challenges;
        expect(listItem(first, first.id)).toMatchObject({
            statusText: 'Live',
            badgeClass: 'status slds-badge slds-theme_success',
            itemClass: 'challenge-item challenge-item_open',
            ariaCurrent: 'page'
        });
        expect(listItem(first, 'another').ariaCurrent).toBeNull();
    });

    it('details the open challenge with its rules named from the options, its progress and the manager’s actions', () => {
        const screen = challengeScreen(LIVE, OPTIONS, NOW);
        expect(screen.details.map((line) => [line.key, line.text])).toEqual(
            expect.arrayContaining([
                ['counts', 'Log a call, Pipeline'],
                ['target', '150 points per participant'],
                ['participants', '8 participants'],
                ['owner', 'Morgan Manager']
            ])
        );
        expect(screen).toMatchObject({ hasProgress: true, progress: 60, progressText: '60% of the target' });
        expect(screen.actions.map((action) => action.key)).toEqual(['end']);
        expect(screen.confirmText).toBe('End Call blitz now? Scoring stops and the winners are final.');
    });

    it('offers a draft a test run and a launch, and a test run announcing and ending', () => {
        expect(challengeScreen(DRAFT, OPTIONS, NOW).actions.map((action) => action.key)).toEqual(['test', 'launch']);
        expect(challengeScreen(HIDDEN, OPTIONS, NOW).actions.map((action) => action.key)).toEqual(['announce', 'end']);
        expect(challengeScreen(HIDDEN, OPTIONS, NOW).isHidden).toBe(true);
    });

    it('counts time left in days and hours rounded up, a start ahead, or the end', () => {
        const live = LIVE.challenge;
        expect(timeText(live, NOW)).toBe('2 d 22 h');
        expect(timeText({ ...live, startsAt: '2026-11-21T12:30:00.000Z' }, NOW)).toBe('Starts in 1 d 1 h');
        expect(timeText({ ...live, status: 'Closed' }, NOW)).toBe('Ended');
        expect(timeText(live, Date.parse(live.endsAt))).toBe('Ended');
    });
});
