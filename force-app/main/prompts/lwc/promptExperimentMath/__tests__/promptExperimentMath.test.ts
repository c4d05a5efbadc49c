// Runs every case of the shared static resource AdoptionExperimentCases.json (the same cases
// PromptExperimentMathTest.cls runs in Apex) through the TypeScript twin, and checks the SHA-256
// written out here against Node's own.
import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import { packageFile } from 'config/jest/utils/source';
import type { Arm, Comparison } from '../promptExperimentMath';
import {
    HOLDOUT_MAX,
    HOLDOUT_MIN,
    MINIMUM_RECORDS_PER_ARM,
    bucketOf,
    compare,
    isHeldOut,
    isValidShare,
    median,
    sha256Hex
} from '../promptExperimentMath';

interface Cases {
    holdoutBounds: { min: number; max: number };
    minimumRecordsPerArm: number;
    buckets: { salt: string; userId: string; bucket: number }[];
    assignments: { salt: string; userId: string; holdoutPercent: number | null; heldOut: boolean }[];
    comparisons: ({ prompted: Arm; heldOut: Arm; expected: Comparison } & Record<'name', string>)[];
    shares: { share: number | null; valid: boolean }[];
    medians: { values: number[]; median: number | null }[];
}

const cases = JSON.parse(readFileSync(packageFile('staticresources', 'AdoptionExperimentCases.json'), 'utf8')) as Cases;

describe('promptExperimentMath', () => {
    it('uses the bounds and the minimum the shared cases name', () => {
        expect([HOLDOUT_MIN, HOLDOUT_MAX, MINIMUM_RECORDS_PER_ARM]).toEqual([
            cases.holdoutBounds.min,
            cases.holdoutBounds.max,
            cases.minimumRecordsPerArm
        ]);
    });

    it('computes SHA-256 as Node does, across block boundaries and non-ASCII text', () => {
        for (const text of [
            '',
            'abc',
            'a'.repeat(55),
            'a'.repeat(56),
            'a'.repeat(64),
            'a'.repeat(200),
            'Zürich 東京 😀'
        ]) {
            expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
        }
    });

    it.each(cases.buckets)('puts $userId in bucket $bucket for salt $salt', ({ salt, userId, bucket }) => {
        expect(bucketOf(salt, userId)).toBe(bucket);
    });

    it.each(cases.assignments)(
        'holds $userId out at $holdoutPercent % for salt $salt: $heldOut',
        ({ salt, userId, holdoutPercent, heldOut }) => {
            expect(isHeldOut(salt, userId, holdoutPercent)).toBe(heldOut);
        }
    );

    it('spreads users evenly over the buckets', () => {
        const counts = new Array<number>(100).fill(0);
        for (let i = 0; i < 10000; i++) {
            counts[bucketOf('3f9a1c0e5b7d4a2f8e6c1b0a9d7e5f3c', `005000000000${String(i).padStart(3, '0')}AAA`)]++;
        }
        // 100 per bucket expected; a fair hash stays well inside 50..150.
        expect(Math.min(...counts)).toBeGreaterThan(50);
        expect(Math.max(...counts)).toBeLessThan(150);
    });

    it.each(cases.comparisons)('compares: $name', ({ prompted, heldOut, expected }) => {
        const actual = compare(prompted, heldOut) as unknown as Record<string, unknown>;
        // Numbers within 1e-9 (rounded to 9 decimals on both sides), everything else exactly.
        function rounded(value: unknown): unknown {
            return typeof value === 'number' ? Math.round(value * 1e9) / 1e9 : value;
        }
        const keys = Object.keys(expected);
        expect(keys.map((key) => [key, rounded(actual[key])])).toEqual(
            keys.map((key) => [key, rounded((expected as unknown as Record<string, unknown>)[key])])
        );
    });

    it.each(cases.shares)('accepts a share of $share: $valid', ({ share, valid }) => {
        expect(isValidShare(share)).toBe(valid);
    });

    it.each(cases.medians)('takes the median of $values as $median', ({ values, median: expected }) => {
        expect(median(values)).toBe(expected);
    });
});
