/**
 * Ranking: competition ranks and rank bands (also the private ones of a works council board).
 * Part of c/adoptionCore.
 */

/** The rank bands, in percent of the board, smallest first. */
export const RANK_BANDS: readonly number[] = [10, 25, 50, 100];

/**
 * Competition ranking ("1224"): a higher score ranks better, equal scores share a rank and the
 * ranks after a tie skip. Null scores count as 0. O(n log n).
 * @param scores the scores in any order; null or undefined means no scores
 * @returns the rank of each score, in the input order
 * @example ranks([100, 80, 80, 70]) // [1, 2, 2, 4]
 */
export function ranks(scores: readonly (number | null | undefined)[] | null | undefined): number[] {
    if (!Array.isArray(scores)) {
        return [];
    }
    const values = scores.map((score: unknown) => (typeof score === 'number' && !Number.isNaN(score) ? score : 0));
    // Descending; compared rather than subtracted so that infinities sort too.
    const order = values
        .map((_, index) => index)
        .sort((a, b) => (values[a] > values[b] ? -1 : values[a] < values[b] ? 1 : 0));
    const result = new Array<number>(values.length);
    let rank = 0;
    order.forEach((index, position) => {
        if (position === 0 || values[index] < values[order[position - 1]]) {
            rank = position + 1;
        }
        result[index] = rank;
    });
    return result;
}

/**
 * The rank band ("top 10 %") a rank falls in: the smallest of 10, 25, 50 and 100 such that
 * rank <= ceil(total * band / 100).
 * @param rank 1-based rank; null means no band
 * @param total the number of ranked users; 0 or null means no band
 * @returns 10, 25, 50 or 100; null without a rank or a board
 * @throws Error when rank or total is not a whole number, or rank is below 1 or above total
 * @example rankBand(2, 10) // 25
 */
export function rankBand(rank: number | null | undefined, total: number | null | undefined): number | null {
    if (rank === null || rank === undefined || total === null || total === undefined || total === 0) {
        return null;
    }
    if (!Number.isInteger(rank) || !Number.isInteger(total) || rank < 1 || rank > total) {
        throw new Error(`Rank ${rank} is not a place on a board of ${total}.`);
    }
    return RANK_BANDS.find((band) => rank <= Math.ceil((total * band) / 100)) as number;
}

/**
 * The rank band a board may tell a person when no band may hold fewer than minimumSize places, so
 * that a band never narrows a rank down to fewer than minimumSize possibilities. rankBand's cut-offs
 * (ceil(total * band / 100) for 10, 25 and 50) are kept in order only while the places since the
 * previous kept cut-off, and the places after this one, are both at least minimumSize; a rank gets
 * the first kept cut-off at or above it, else 100. Every band spans at least minimumSize consecutive
 * places; a board of fewer than minimumSize people has no band.
 * @param rank 1-based rank; null means no band
 * @param total the number of ranked people; 0 or null means no band
 * @param minimumSize the fewest places a band may span; null or below 1 means 1
 * @returns 10, 25, 50 or 100; null without a rank, a board, or a board of fewer than minimumSize
 * @throws Error when rank or total is not a whole number, or rank is below 1 or above total
 * @example privateRankBand(2, 10, 5) // 50: places 1-5
 */
export function privateRankBand(
    rank: number | null | undefined,
    total: number | null | undefined,
    minimumSize: number | null | undefined
): number | null {
    const smallest = typeof minimumSize === 'number' && minimumSize >= 1 ? Math.floor(minimumSize) : 1;
    if (rank === null || rank === undefined || total === null || total === undefined || total === 0) {
        return null;
    }
    if (!Number.isInteger(rank) || !Number.isInteger(total) || rank < 1 || rank > total) {
        throw new Error(`Rank ${rank} is not a place on a board of ${total}.`);
    }
    if (total < smallest) {
        return null;
    }
    let previous = 0;
    for (const band of RANK_BANDS.slice(0, -1)) {
        const cutoff = Math.ceil((total * band) / 100);
        if (cutoff - previous >= smallest && total - cutoff >= smallest) {
            if (rank <= cutoff) {
                return band;
            }
            previous = cutoff;
        }
    }
    return RANK_BANDS[RANK_BANDS.length - 1];
}
