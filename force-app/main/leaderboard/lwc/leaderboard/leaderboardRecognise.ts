/**
 * leaderboardRecognise: the Recognise action of a board's rows (issue 18): which boards and rows offer
 * it, and the panel it opens. Whatever the page sends, RecognitionService checks every recognition.
 */
import { formatLabel } from 'c/ldsUtils';
import type { Board } from './leaderboardTypes';
import { RECOGNISE_HEADING, RECOGNISE_ROW } from './leaderboardLabels';

/** The colleague the Recognise panel is open for. */
export interface Recognising {
    userId: string;
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    heading: string;
}

/**
 * Whether a board offers the Recognise column: a board of people (a challenge's board is the
 * challenge's own page), and not in works council mode, where no one else's row is shown. Hidden reps
 * are never sent to others.
 */
export function recognisable(board: Board): boolean {
    return !board.challengeFormat && board.worksCouncil !== true;
}

/** A row's Recognise button: whether it shows, and its accessible name ("Recognise Ana Ruiz"). */
export interface RecogniseButton {
    canRecognise: boolean;
    recogniseLabel: string;
}

/** A row's button: on a colleague's row of such a board, never on the caller's own. */
export function recogniseButton(board: Board, isCurrentUser: boolean | undefined, name: string): RecogniseButton {
    return {
        canRecognise: recognisable(board) && isCurrentUser !== true,
        recogniseLabel: formatLabel(RECOGNISE_ROW, name)
    };
}

/** The panel for the row a button names, if that row offers recognition; null otherwise. */
export function recognisingOf(
    rows: readonly { key: string; name: string; canRecognise: boolean }[] | undefined,
    userId: string
): Recognising | null {
    const row = (rows ?? []).find((candidate) => candidate.key === userId && candidate.canRecognise);
    return row ? { userId, name: row.name, heading: formatLabel(RECOGNISE_HEADING, row.name) } : null;
}
