// The leaderboard's DTO-to-screen functions, called directly: every string of a row is computed once.
import type { Board, BoardOptions } from 'c/leaderboard';
import { fixture as readFixture } from 'config/jest/utils/dom';
import { boardScreen, changeFigure, comboOptions, initialsOf, rankCell, wholeNumber } from '../leaderboardScreen';

function fixture<T>(name: string): T {
    return readFixture<T>(__dirname, name);
}

const TEAM = fixture<Board>('getBoardTeam');
const BANDS = fixture<Board>('getBoardBands');
const OPTIONS = fixture<BoardOptions>('getBoardOptions');

describe('leaderboardScreen', () => {
    it('builds one row view per board row, the signed-in user found, headers named from the options', () => {
        const screen = boardScreen(TEAM, comboOptions(OPTIONS.metrics));
        expect(screen.rows).toHaveLength(TEAM.rows.length);
        expect(screen.key).toBe('ThisWeek|Team|Points|Total');
        expect(screen.total).toBe(40);
        expect(screen.rows[screen.meIndex].isCurrentUser).toBe(true);
        expect(screen.rows[screen.meIndex].ariaCurrent).toBe('true');
        expect(screen.valueHeader).toBe(OPTIONS.metrics.find((option) => option.value === 'Points')?.label);
        expect(screen.showSecond).toBe(true);
        expect(screen.columnCount).toBe(7);
        expect(screen.canRecognise).toBe(true);
        expect(screen.notices).toEqual([]);
        const first = screen.rows[0];
        expect(first).toMatchObject({ rankText: '1', name: 'Morgan Manager', initials: 'MM', isManager: true });
        expect(first.value.text).toBe('400');
        expect(first.second).toMatchObject({ arrow: '↑', text: '20', cssClass: 'figure slds-text-color_success' });
    });

    it('shows bands and withheld figures when exact ranks are not for the caller, with the notice', () => {
        const screen = boardScreen(BANDS, []);
        expect(screen.notices.map((notice) => notice.key)).toEqual(['bands']);
        const other = screen.rows.find((row) => !row.isCurrentUser);
        expect(other?.rankText).toBe('–');
        expect(other?.value.text).toBe('–');
        expect(other?.badgeText).toBe('–');
        const me = screen.rows[screen.meIndex];
        expect(me.rankText).toBe(me.rankAssistive);
        expect(me.rankText).toMatch(/50/);
    });

    it('says a trend in words for screen readers, and withholds a missing one', () => {
        expect(changeFigure(-3, false).arrow).toBe('↓');
        expect(changeFigure(0, false)).toMatchObject({ arrow: '', text: '0', cssClass: 'figure slds-text-color_weak' });
        expect(changeFigure(undefined, false).text).toBe('–');
        expect(changeFigure(5, true).assistive).not.toBe(changeFigure(5, false).assistive);
    });

    it('marks a tied rank for screen readers', () => {
        const row = TEAM.rows[0];
        const [text, assistive] = rankCell(row, TEAM, new Set([row.rank as number]));
        expect(text).toBe('1');
        expect(assistive).toMatch(/, /);
        expect(rankCell(row, TEAM, new Set())[1]).not.toMatch(/, /);
    });

    it('takes initials from the first and last name, and reads the rows setting as a whole number', () => {
        expect(initialsOf('ada  de la rep')).toBe('AR');
        expect(initialsOf('Cher')).toBe('C');
        expect(initialsOf('')).toBe('');
        expect(wholeNumber('30', 25)).toBe(30);
        expect(wholeNumber(0, 25)).toBe(25);
        expect(wholeNumber('many', 25)).toBe(25);
    });
});
