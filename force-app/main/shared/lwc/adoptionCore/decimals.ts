/**
 * Exact decimals without BigInt, for the figures Apex computes with Decimal. Part of c/adoptionCore.
 *
 * A JS number reaches us from Apex as JSON text, and its shortest round-trip text is that decimal:
 * arithmetic on those digits gives what Apex's Decimal gives, where floats and a tolerance cannot (a
 * progress of 49.9999999995 % is 49, not 50; 1.7499999903 rounds to 1.7, not 1.8).
 * The digits are whole numbers of any size, kept without BigInt: Lightning Locker (orgs not yet on
 * Lightning Web Security) does not promise the BigInt global (salesforce/lwc issue 890 is open), so
 * the few operations needed (add, multiply, floor-divide, compare) are written out below on base-10^7
 * limbs, whose products stay far below Number.MAX_SAFE_INTEGER.
 */

/** A whole number of any size: its sign and base-10^7 limbs, least significant first, no zero limb
 * on top (zero has none and is never negative). */
export interface Whole {
    negative: boolean;
    limbs: number[];
}

const LIMB = 10_000_000;
const LIMB_DIGITS = 7;
export const ZERO: Whole = { negative: false, limbs: [] };

/** The whole number a text of decimal digits, with an optional '-', spells. */
export function wholeOf(text: string): Whole {
    const negative = text.startsWith('-');
    const digits = (negative ? text.slice(1) : text).replace(/^0+/, '');
    const limbs: number[] = [];
    for (let end = digits.length; end > 0; end -= LIMB_DIGITS) {
        limbs.push(Number(digits.slice(Math.max(0, end - LIMB_DIGITS), end)));
    }
    return { negative: negative && limbs.length > 0, limbs };
}

export function wholeDigits(limbs: readonly number[]): string {
    if (limbs.length === 0) {
        return '0';
    }
    let text = String(limbs[limbs.length - 1]);
    for (let i = limbs.length - 2; i >= 0; i--) {
        text += String(limbs[i]).padStart(LIMB_DIGITS, '0');
    }
    return text;
}

function trimLimbs(limbs: number[]): number[] {
    while (limbs.length > 0 && limbs[limbs.length - 1] === 0) {
        limbs.pop();
    }
    return limbs;
}

function compareMagnitudes(a: readonly number[], b: readonly number[]): number {
    if (a.length !== b.length) {
        return a.length < b.length ? -1 : 1;
    }
    for (let i = a.length - 1; i >= 0; i--) {
        if (a[i] !== b[i]) {
            return a[i] < b[i] ? -1 : 1;
        }
    }
    return 0;
}

function addMagnitudes(a: readonly number[], b: readonly number[]): number[] {
    const sum: number[] = [];
    let carry = 0;
    for (let i = 0; i < Math.max(a.length, b.length) || carry > 0; i++) {
        const limb = (a[i] ?? 0) + (b[i] ?? 0) + carry;
        carry = limb >= LIMB ? 1 : 0;
        sum.push(limb - carry * LIMB);
    }
    return trimLimbs(sum);
}

/** a - b for magnitudes a >= b. */
function subtractMagnitudes(a: readonly number[], b: readonly number[]): number[] {
    const difference: number[] = [];
    let borrow = 0;
    for (let i = 0; i < a.length; i++) {
        const limb = a[i] - (b[i] ?? 0) - borrow;
        borrow = limb < 0 ? 1 : 0;
        difference.push(limb + borrow * LIMB);
    }
    return trimLimbs(difference);
}

function multiplyMagnitudes(a: readonly number[], b: readonly number[]): number[] {
    if (a.length === 0 || b.length === 0) {
        return [];
    }
    const product = new Array<number>(a.length + b.length).fill(0);
    for (let i = 0; i < a.length; i++) {
        let carry = 0;
        for (let j = 0; j < b.length || carry > 0; j++) {
            // At most (10^7 - 1)^2 + 2 x 10^7: exact in a double.
            const cell = product[i + j] + a[i] * (b[j] ?? 0) + carry;
            carry = Math.floor(cell / LIMB);
            product[i + j] = cell - carry * LIMB;
        }
    }
    return trimLimbs(product);
}

/** floor(a / b) for magnitudes, b not zero: long division, one decimal digit of a at a time. */
export function divideMagnitudes(a: readonly number[], b: readonly number[]): number[] {
    let remainder: number[] = [];
    let quotient = '';
    for (const digit of wholeDigits(a)) {
        remainder = addMagnitudes(multiplyMagnitudes(remainder, [10]), digit === '0' ? [] : [Number(digit)]);
        let count = 0;
        while (compareMagnitudes(remainder, b) >= 0) {
            remainder = subtractMagnitudes(remainder, b);
            count++;
        }
        quotient += String(count);
    }
    return wholeOf(quotient).limbs;
}

export function add(a: Whole, b: Whole): Whole {
    if (a.negative === b.negative) {
        return { negative: a.negative, limbs: addMagnitudes(a.limbs, b.limbs) };
    }
    const order = compareMagnitudes(a.limbs, b.limbs);
    if (order === 0) {
        return ZERO;
    }
    return order > 0
        ? { negative: a.negative, limbs: subtractMagnitudes(a.limbs, b.limbs) }
        : { negative: b.negative, limbs: subtractMagnitudes(b.limbs, a.limbs) };
}

export function multiply(a: Whole, b: Whole): Whole {
    const limbs = multiplyMagnitudes(a.limbs, b.limbs);
    return { negative: limbs.length > 0 && a.negative !== b.negative, limbs };
}

/** -1, 0 or 1 as a is below, equal to or above b. */
export function compareWholes(a: Whole, b: Whole): number {
    if (a.negative !== b.negative) {
        return a.negative ? -1 : 1;
    }
    const order = compareMagnitudes(a.limbs, b.limbs);
    return a.negative ? -order : order;
}

/** value x 10^power, power >= 0. */
function shifted(value: Whole, power: number): Whole {
    return value.limbs.length === 0
        ? ZERO
        : wholeOf(`${value.negative ? '-' : ''}${wholeDigits(value.limbs)}${'0'.repeat(power)}`);
}

/** An exact decimal: digits x 10^-scale. */
export interface Decimal {
    digits: Whole;
    scale: number;
}

const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** The exact decimal a finite number's shortest text spells. */
export function decimalOf(value: number): Decimal {
    const match = NUMBER_TEXT.exec(String(value)) as RegExpExecArray;
    const fraction = match[3] ?? '';
    const scale = fraction.length - Number(match[4] ?? 0);
    const digits = wholeOf(`${match[1]}${match[2]}${fraction}`);
    return scale >= 0 ? { digits, scale } : { digits: shifted(digits, -scale), scale: 0 };
}

/** A whole number (a safe integer) as an exact decimal. */
export function decimalOfWhole(value: number): Decimal {
    return { digits: wholeOf(String(value)), scale: 0 };
}

export function atScale(value: Decimal, scale: number): Whole {
    return shifted(value.digits, scale - value.scale);
}

export function addDecimals(a: Decimal, b: Decimal): Decimal {
    const scale = Math.max(a.scale, b.scale);
    return { digits: add(atScale(a, scale), atScale(b, scale)), scale };
}

/** Plain decimal text without trailing zeros, as Apex's stripTrailingZeros().toPlainString(); '0' for zero. */
export function plainText(value: Decimal): string {
    if (value.digits.limbs.length === 0) {
        return '0';
    }
    let digits = wholeDigits(value.digits.limbs);
    let scale = value.scale;
    while (scale > 0 && digits.endsWith('0')) {
        digits = digits.slice(0, -1);
        scale--;
    }
    const padded = digits.padStart(scale + 1, '0');
    const whole = padded.slice(0, padded.length - scale);
    const text = scale > 0 ? `${whole}.${padded.slice(padded.length - scale)}` : whole;
    return value.digits.negative ? `-${text}` : text;
}

/** numerator / denominator (denominator > 0) rounded half away from zero to one decimal: Apex's
 * divide(denominator, 1, RoundingMode.HALF_UP). */
export function ratioToOneDecimal(numerator: Decimal, denominator: Decimal): number {
    const scale = Math.max(numerator.scale, denominator.scale);
    const n = atScale(numerator, scale);
    const d = atScale(denominator, scale).limbs;
    // floor((20 |n| + d) / 2d): tenths, rounded half away from zero.
    const magnitude = divideMagnitudes(addMagnitudes(multiplyMagnitudes(n.limbs, [20]), d), multiplyMagnitudes(d, [2]));
    return Number(plainText({ digits: { negative: n.negative && magnitude.length > 0, limbs: magnitude }, scale: 1 }));
}
