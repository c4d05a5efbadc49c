/**
 * promptExperimentMath: the arithmetic of prompt experiments, the twin of the Apex class
 * PromptExperimentMath (one meaning, pinned by the static resource AdoptionExperimentCases that both
 * test suites read).
 *
 * - Holdout assignment: bucket = the first 8 hex digits of SHA-256(salt + ':' + 18-character user
 *   Id) as an unsigned integer, mod 100; a user is held out when bucket < holdout percent. Stable for
 *   a user and an experiment (the salt is fixed when it starts), independent across experiments.
 *   SHA-256 is written out here (synchronous; the browser's crypto.subtle is asynchronous).
 * - The comparison: each arm's fix rate with a Wilson score interval; the difference (prompted minus
 *   held out) with Newcombe's hybrid score interval (method 10, Newcombe 1998), 95 %. Wilson keeps
 *   its coverage near 95 % for small arms and rates near 0 or 1, where the textbook (Wald) interval
 *   collapses to a width of zero; Newcombe's builds the difference from the two Wilson intervals.
 * - "Not enough data yet" below MINIMUM_RECORDS_PER_ARM qualifying records in either arm.
 */

/** The smallest and largest holdout share an admin may set, in percent. */
export const HOLDOUT_MIN = 5;
export const HOLDOUT_MAX = 50;
/** Below this many qualifying records in either arm the page says "not enough data yet". */
export const MINIMUM_RECORDS_PER_ARM = 30;
/** The 97.5th percentile of the standard normal: a 95 % interval. */
export const Z = 1.959963984540054;

const K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
    0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
    0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
    0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2
];

function rotr(value: number, bits: number): number {
    return (value >>> bits) | (value << (32 - bits));
}

/** A text's UTF-8 bytes (written out: TextEncoder is missing from some test environments). */
function utf8(text: string): number[] {
    const bytes: number[] = [];
    for (const character of text) {
        const code = character.codePointAt(0) as number;
        if (code < 0x80) {
            bytes.push(code);
        } else if (code < 0x800) {
            bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
        } else if (code < 0x10000) {
            bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
        } else {
            bytes.push(
                0xf0 | (code >> 18),
                0x80 | ((code >> 12) & 0x3f),
                0x80 | ((code >> 6) & 0x3f),
                0x80 | (code & 0x3f)
            );
        }
    }
    return bytes;
}

/** SHA-256 of a text's UTF-8 bytes, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
    const bytes = utf8(text);
    const bitLength = bytes.length * 8;
    bytes.push(0x80);
    while (bytes.length % 64 !== 56) {
        bytes.push(0);
    }
    const high = Math.floor(bitLength / 0x100000000);
    for (const word of [high, bitLength >>> 0]) {
        bytes.push((word >>> 24) & 0xff, (word >>> 16) & 0xff, (word >>> 8) & 0xff, word & 0xff);
    }
    const h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    const w = new Array<number>(64);
    for (let offset = 0; offset < bytes.length; offset += 64) {
        for (let i = 0; i < 16; i++) {
            const at = offset + i * 4;
            w[i] = ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
        }
        for (let i = 16; i < 64; i++) {
            const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
            const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
            w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
        }
        let [a, b, c, d, e, f, g, hh] = h;
        for (let i = 0; i < 64; i++) {
            const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) >>> 0;
            const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
            hh = g;
            g = f;
            f = e;
            e = (d + t1) >>> 0;
            d = c;
            c = b;
            b = a;
            a = (t1 + t2) >>> 0;
        }
        [a, b, c, d, e, f, g, hh].forEach((value, i) => {
            h[i] = (h[i] + value) >>> 0;
        });
    }
    return h.map((value) => value.toString(16).padStart(8, '0')).join('');
}

/** The user's bucket, 0 to 99, in an experiment with this salt. */
export function bucketOf(salt: string, userId: string): number {
    return parseInt(sha256Hex(`${salt}:${userId}`).slice(0, 8), 16) % 100;
}

/**
 * Whether the user is held out of an experiment with this salt and holdout share: never with a blank
 * salt or no share (PromptExperimentMath.isHeldOut's guard; AdoptionExperimentCases pins it).
 */
export function isHeldOut(
    salt: string | null | undefined,
    userId: string,
    holdoutPercent: number | null | undefined
): boolean {
    return (
        typeof salt === 'string' &&
        salt.trim() !== '' &&
        typeof holdoutPercent === 'number' &&
        bucketOf(salt, userId) < holdoutPercent
    );
}

/** Whether an admin may set this holdout share (a whole number from HOLDOUT_MIN to HOLDOUT_MAX). */
export function isValidShare(share: number | null | undefined): boolean {
    return typeof share === 'number' && Number.isInteger(share) && share >= HOLDOUT_MIN && share <= HOLDOUT_MAX;
}

export interface Arm {
    records: number;
    fixed: number;
}

export interface Comparison {
    promptedRate: number | null;
    promptedLow: number | null;
    promptedHigh: number | null;
    heldOutRate: number | null;
    heldOutLow: number | null;
    heldOutHigh: number | null;
    difference: number | null;
    differenceLow: number | null;
    differenceHigh: number | null;
    enoughData: boolean;
    /** better / worse: the whole interval is above / below 0; unclear: it spans 0. */
    verdict: 'notEnoughData' | 'better' | 'worse' | 'unclear';
}

/** The Wilson score interval of fixed / records: [rate, low, high]; nulls without records. */
export function wilson(fixed: number, records: number): [number, number, number] | null {
    if (records <= 0) {
        return null;
    }
    const p = fixed / records;
    const z2 = Z * Z;
    const denominator = 1 + z2 / records;
    const centre = (p + z2 / (2 * records)) / denominator;
    const half = (Z * Math.sqrt((p * (1 - p)) / records + z2 / (4 * records * records))) / denominator;
    return [p, Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Both arms' rates and intervals, the difference with Newcombe's interval, and the verdict. */
export function compare(prompted: Arm, heldOut: Arm): Comparison {
    const a = wilson(prompted.fixed, prompted.records);
    const b = wilson(heldOut.fixed, heldOut.records);
    const result: Comparison = {
        promptedRate: a?.[0] ?? null,
        promptedLow: a?.[1] ?? null,
        promptedHigh: a?.[2] ?? null,
        heldOutRate: b?.[0] ?? null,
        heldOutLow: b?.[1] ?? null,
        heldOutHigh: b?.[2] ?? null,
        difference: null,
        differenceLow: null,
        differenceHigh: null,
        enoughData: prompted.records >= MINIMUM_RECORDS_PER_ARM && heldOut.records >= MINIMUM_RECORDS_PER_ARM,
        verdict: 'notEnoughData'
    };
    if (a && b) {
        const [p1, l1, u1] = a;
        const [p2, l2, u2] = b;
        const difference = p1 - p2;
        result.difference = difference;
        result.differenceLow = difference - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2);
        result.differenceHigh = difference + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2);
    }
    if (result.enoughData) {
        const low = result.differenceLow as number;
        const high = result.differenceHigh as number;
        result.verdict = low > 0 ? 'better' : high < 0 ? 'worse' : 'unclear';
    }
    return result;
}

/** The median of some numbers to one decimal (halves away from zero, as Apex's HALF_UP); null for none. */
export function median(values: number[]): number | null {
    if (values.length === 0) {
        return null;
    }
    const sorted = [...values].sort((x, y) => x - y);
    const middle = Math.floor(sorted.length / 2);
    const value = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    return Math.round(value * 10) / 10;
}
