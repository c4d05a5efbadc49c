/**
 * leadersFigures: the team figures of the leaders view, the twin of LeadersService.median, average and
 * percent in Apex (one meaning, pinned by the static resource LeadersCases that both test suites
 * read). The org computes them on the server; the local preview's LeadersController answer computes
 * them here, so the two never round apart.
 *
 * One decimal, rounded half away from zero (Apex RoundingMode.HALF_UP): 41 points over 4 people is
 * 10.3, not half-even's 10.2. Points are whole numbers (Adoption_Period_Score__c.Points__c has scale
 * 0), so every figure is a ratio of whole numbers and is rounded in whole-number arithmetic, never
 * through a float's x.x5 (0.15 is 0.1499... as a float).
 */

/**
 * numerator / denominator (denominator > 0) to one decimal, half away from zero:
 * floor((20 |n| + d) / 2d) tenths, with the sign of n.
 */
function tenthsHalfUp(numerator: number, denominator: number): number {
    const tenths = Math.floor((20 * Math.abs(numerator) + denominator) / (2 * denominator));
    return numerator < 0 && tenths > 0 ? -tenths / 10 : tenths / 10;
}

/**
 * The median (the mean of the middle two for an even count), to one decimal.
 * @param values whole numbers
 * @returns the median; null for none
 */
export function median(values: readonly number[]): number | null {
    if (values.length === 0) {
        return null;
    }
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1
        ? tenthsHalfUp(sorted[middle], 1)
        : tenthsHalfUp(sorted[middle - 1] + sorted[middle], 2);
}

/**
 * The mean, to one decimal (works council mode: a median of an odd count is one person's figure).
 * @param values whole numbers
 * @returns the average; null for none
 */
export function average(values: readonly number[]): number | null {
    if (values.length === 0) {
        return null;
    }
    return tenthsHalfUp(
        values.reduce((sum, value) => sum + value, 0),
        values.length
    );
}

/**
 * A whole percent, half up: (200 x part + whole) / (2 x whole), as Apex's Integer division.
 * @param part how many (0 or more)
 * @param whole of how many (more than 0)
 * @returns the percent
 */
export function percent(part: number, whole: number): number {
    return Math.floor((200 * part + whole) / (2 * whole));
}
