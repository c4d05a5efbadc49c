/**
 * Levels: Level_Thresholds__c parsed, and where a points total sits among them. Part of c/adoptionCore.
 */
import { apexTrim, isApexBlank, show } from './apexText';
import {
    ZERO,
    add,
    atScale,
    compareWholes,
    decimalOf,
    decimalOfWhole,
    divideMagnitudes,
    multiply,
    wholeDigits,
    wholeOf
} from './decimals';

/** Where a points total sits among the levels. */
export interface LevelInfo {
    /** 1-based level: the number of thresholds at or below the points (at least 1). */
    level: number;
    /** The threshold of the current level. */
    floorPoints: number;
    /** The threshold of the next level; null at the top level. */
    nextThreshold: number | null;
    /** Progress from floorPoints to nextThreshold rounded down, 0..99; 100 at the top level. */
    progressPercent: number;
}

/** Apex Integer.MAX_VALUE: the largest threshold both languages hold exactly. */
const MAX_INTEGER = 2147483647;

const DIGITS = /^[0-9]+$/;

function checkThresholds(thresholds: unknown): readonly number[] {
    if (!Array.isArray(thresholds) || thresholds.length === 0) {
        throw new Error('Level thresholds are empty: expected at least the first threshold, 0.');
    }
    thresholds.forEach((value: unknown, index: number) => {
        if (typeof value !== 'number' || !Number.isInteger(value)) {
            throw new Error(`Level threshold ${index + 1} is not a whole number: ${show(value)}.`);
        }
        if (index === 0 && value !== 0) {
            throw new Error(`The first level threshold must be 0, got ${value}.`);
        }
        if (index > 0 && value <= (thresholds[index - 1] as number)) {
            throw new Error(`Level thresholds must be strictly ascending: ${value} follows ${thresholds[index - 1]}.`);
        }
    });
    return thresholds as readonly number[];
}

/**
 * Parses Level_Thresholds__c: comma-separated whole numbers, the first 0, strictly ascending.
 * Spaces (and tabs and line breaks) around an entry and leading zeros ('0100') are ignored.
 * @param csv e.g. '0,100,250,500'
 * @returns the thresholds of levels 1..n
 * @throws Error naming the bad entry when the text is blank, an entry is blank or is not a whole
 *   number from 0 to 2147483647, the first is not 0, or the list is not strictly ascending
 * @example parseThresholds('0, 100, 250') // [0, 100, 250]
 */
export function parseThresholds(csv: string | null | undefined): number[] {
    if (typeof csv !== 'string' || isApexBlank(csv)) {
        throw new Error('Level thresholds are blank: expected comma-separated whole numbers from 0, e.g. 0,100,250.');
    }
    const thresholds = csv.split(',').map((raw, index) => {
        const entry = apexTrim(raw);
        if (entry === '') {
            throw new Error(`Level threshold ${index + 1} is blank in '${csv}'.`);
        }
        // Leading zeros are allowed ('0100' is 100): only the significant digits are measured.
        const significant = entry.replace(/^0+(?=\d)/, '');
        if (!DIGITS.test(entry) || significant.length > 10 || Number(significant) > MAX_INTEGER) {
            throw new Error(
                `Level threshold ${index + 1} ('${entry}') is not a whole number from 0 to ${MAX_INTEGER}.`
            );
        }
        return Number(significant);
    });
    checkThresholds(thresholds);
    return thresholds;
}

/**
 * The level a points total reaches and the progress towards the next one. Null points count as 0;
 * points below 0 sit at level 1 with 0 % progress.
 * @param points the points total
 * @param thresholds strictly ascending whole numbers, the first 0 (as parseThresholds returns)
 * @returns level, floorPoints, nextThreshold (null at the top) and progressPercent
 * @throws Error when the thresholds are empty, do not start at 0 or are not strictly ascending
 * @example levelFor(175, [0, 100, 250]) // { level: 2, floorPoints: 100, nextThreshold: 250, progressPercent: 50 }
 */
export function levelFor(points: number | null | undefined, thresholds: readonly number[]): LevelInfo {
    const levels = checkThresholds(thresholds);
    const total = typeof points === 'number' && Number.isFinite(points) ? points : 0;
    let level = 1;
    while (level < levels.length && total >= levels[level]) {
        level++;
    }
    const floorPoints = levels[level - 1];
    if (level === levels.length) {
        return { level, floorPoints, nextThreshold: null, progressPercent: 100 };
    }
    const nextThreshold = levels[level];
    // Floor of (total - floor) * 100 / span in exact decimals, as Apex divides (0.29 is 29 %, and
    // 49.9999999995 % of a very wide level is 49).
    const exact = decimalOf(total);
    const hundred = wholeOf('100');
    const gained = multiply(add(exact.digits, atScale(decimalOfWhole(-floorPoints), exact.scale)), hundred);
    const span = atScale(decimalOfWhole(nextThreshold - floorPoints), exact.scale);
    const percent =
        compareWholes(gained, ZERO) <= 0 ? 0 : Number(wholeDigits(divideMagnitudes(gained.limbs, span.limbs)));
    return { level, floorPoints, nextThreshold, progressPercent: Math.min(99, percent) };
}
