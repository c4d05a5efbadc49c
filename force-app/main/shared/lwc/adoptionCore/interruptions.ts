/**
 * The interruption budget's decision: may this prompt, celebration card or bell/phone notification
 * reach the rep now? Part of c/adoptionCore; its Apex twin is InterruptionRules, and both are pinned
 * by the cases `quietHours` and `interruptions` of AdoptionCoreCases.json.
 *
 * The rules, in this order:
 * 1. Mutes (the rep's own, My Progress): a muted type ('prompt', 'push') is never shown; a muted
 *    topic ('badge', 'level', 'streak', 'challenge', 'recognition') is left out of a card or a
 *    notification. Nothing left: 'muted'.
 * 2. Quiet hours, in the rep's own time zone, for the bell and the phone only ('push'): from
 *    quietStart:00 up to quietEnd:00 (wrapping midnight when start > end; equal hours: none). Then
 *    'held', reason 'quiet', until quietEnd. A card or a prompt is something the rep opened the app
 *    to see, so quiet hours do not hold them.
 * 3. A prompt beyond the prompt cap (Daily_Interruption_Budget__c): 'held', reason 'promptCap'.
 * 4. The daily cap across every type (usedToday counts prompts, cards and notifications already given
 *    today, in the rep's day): at the cap, 'held', reason 'cap'.
 * 5. Otherwise 'allowed' (one thing), or 'bundled' (several celebrations in one card or notification,
 *    which counts as one interruption).
 * 'held' loses nothing: the caller keeps the celebration unread and offers it again later.
 */
import { apexTrim, pad, show } from './apexText';

/** What interrupts: a record prompt, a celebration card in the open app, a bell/phone notification. */
export type InterruptionType = 'prompt' | 'card' | 'push';
/** What a celebration is about. */
export type InterruptionTopic = 'badge' | 'level' | 'streak' | 'challenge' | 'recognition';
/** What a rep can mute: each topic, record prompts, and the bell/phone. */
export type MuteKey = InterruptionTopic | 'prompt' | 'push';
/** The decision. */
export type InterruptionVerdict = 'allowed' | 'bundled' | 'held' | 'muted';
/** Why a decision is 'held'. */
export type HeldReason = 'quiet' | 'cap' | 'promptCap';

/** The topics, in the order My Progress lists them. */
export const INTERRUPTION_TOPICS: readonly InterruptionTopic[] = [
    'badge',
    'level',
    'streak',
    'challenge',
    'recognition'
];
/** Every mute key, in the order My Progress lists them. */
export const MUTE_KEYS: readonly MuteKey[] = [...INTERRUPTION_TOPICS, 'prompt', 'push'];
const TYPES: readonly InterruptionType[] = ['prompt', 'card', 'push'];

/** Whether an instant is in the quiet hours of a time zone, its local time, and when they end. */
export interface QuietHours {
    quiet: boolean;
    /** 'HH:mm', 24-hour, in the time zone. */
    localTime: string;
    /** 'HH:mm' when the quiet hours end; null when not quiet. */
    until: string | null;
}

/** One question to the budget. */
export interface InterruptionRequest {
    /** ISO-8601 UTC instant, as Apex serializes a Datetime. */
    instant: string;
    /** The rep's TimeZoneSidKey. */
    timeZone: string;
    type: InterruptionType;
    /** The celebrations' topics (card, push), one per celebration; ignored for a prompt. */
    topics: readonly string[];
    mutes: readonly string[];
    quietStart: number;
    quietEnd: number;
    dailyCap: number;
    promptCap: number;
    /** Interruptions already given today, in the rep's day, prompts included. */
    usedToday: number;
    /** Prompts already shown today. */
    promptsToday: number;
}

/** The budget's answer. */
export interface InterruptionDecision {
    verdict: InterruptionVerdict;
    /** Set when 'held'; null otherwise. */
    reason: HeldReason | null;
    /** The topics that go out (mutes left out), in the request's order; empty for a prompt. */
    topics: string[];
    /** 'HH:mm' when held for quiet hours; null otherwise. */
    quietUntil: string | null;
}

const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const FALLBACK_ZONE = 'UTC';
const timeFormatters = new Map<string, Intl.DateTimeFormat>();

function timeFormatter(timeZone: string): Intl.DateTimeFormat {
    let formatter = timeFormatters.get(timeZone);
    if (!formatter) {
        try {
            formatter = new Intl.DateTimeFormat('en-US', {
                timeZone,
                hour: '2-digit',
                minute: '2-digit',
                hourCycle: 'h23'
            });
        } catch {
            // An unknown ID: Apex's Datetime.format(pattern, timeZone) uses GMT, and so do we.
            formatter = timeFormatter(FALLBACK_ZONE);
        }
        timeFormatters.set(timeZone, formatter);
    }
    return formatter;
}

function checkHour(value: unknown, what: string): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 23) {
        throw new Error(`Expected ${what} as a whole hour 0 to 23, got ${show(value)}.`);
    }
    return value;
}

function checkCount(value: unknown, what: string): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
        throw new Error(`Expected ${what} as a whole number of at least 0, got ${show(value)}.`);
    }
    return value;
}

/**
 * The local time of an instant in a time zone, and whether it falls in the quiet hours.
 * @param instant an ISO-8601 UTC instant ('2026-11-16T12:00:00Z')
 * @param timeZone an IANA time zone ID (TimeZoneSidKey); an unknown one is read as GMT, as Apex does
 * @param start the first quiet hour, 0..23
 * @param end the first hour after the quiet hours, 0..23; equal to start: no quiet hours
 * @returns quiet, the local 'HH:mm', and until ('HH:00' when quiet)
 * @throws Error on a malformed instant, a blank time zone or an hour outside 0..23
 * @example quietHours('2026-11-16T12:00:00Z', 'Asia/Tokyo', 20, 7) // { quiet: true, localTime: '21:00', until: '07:00' }
 */
export function quietHours(instant: string, timeZone: string, start: number, end: number): QuietHours {
    if (typeof instant !== 'string' || !INSTANT_PATTERN.test(instant) || Number.isNaN(Date.parse(instant))) {
        throw new Error(`Expected an instant as 'YYYY-MM-DDTHH:mm:ssZ', got ${show(instant)}.`);
    }
    if (typeof timeZone !== 'string' || apexTrim(timeZone) === '') {
        throw new Error(`Expected a time zone ID such as 'America/Los_Angeles', got ${show(timeZone)}.`);
    }
    const from = checkHour(start, 'the start of the quiet hours');
    const to = checkHour(end, 'the end of the quiet hours');
    const parts = timeFormatter(timeZone).formatToParts(new Date(Date.parse(instant)));
    const part = (type: string): number => Number(parts.find((item) => item.type === type)?.value ?? 0);
    // Some engines write midnight as 24 even with h23.
    const hour = part('hour') % 24;
    const localTime = `${pad(hour, 2)}:${pad(part('minute'), 2)}`;
    const quiet = from !== to && (from < to ? hour >= from && hour < to : hour >= from || hour < to);
    return { quiet, localTime, until: quiet ? `${pad(to, 2)}:00` : null };
}

/**
 * The budget's decision for one interruption (the rules in this module's header).
 * @param request the moment, the rep's zone, mutes, counts so far today and the settings
 * @returns the verdict, why it is held, the topics that go out, and when quiet hours end
 * @throws Error on an unknown type, topic or mute, a card or push without topics, a bad count,
 *   hour, instant or time zone
 * @example decideInterruption({ ...request, type: 'push', topics: ['badge', 'badge', 'badge'] }).verdict // 'bundled'
 */
export function decideInterruption(request: InterruptionRequest): InterruptionDecision {
    const type = request?.type;
    if (!TYPES.includes(type)) {
        throw new Error(`Expected the type 'prompt', 'card' or 'push', got ${show(type)}.`);
    }
    const mutes = new Set<string>();
    for (const mute of request.mutes ?? []) {
        if (!MUTE_KEYS.includes(mute as MuteKey)) {
            throw new Error(`Expected a mute among ${MUTE_KEYS.join(', ')}, got ${show(mute)}.`);
        }
        mutes.add(mute);
    }
    const topics: string[] = [];
    if (type !== 'prompt') {
        const given = request.topics ?? [];
        if (given.length === 0) {
            throw new Error(`Expected at least one topic for a ${type}.`);
        }
        for (const topic of given) {
            if (!INTERRUPTION_TOPICS.includes(topic as InterruptionTopic)) {
                throw new Error(`Expected a topic among ${INTERRUPTION_TOPICS.join(', ')}, got ${show(topic)}.`);
            }
            if (!mutes.has(topic)) {
                topics.push(topic);
            }
        }
    }
    const dailyCap = checkCount(request.dailyCap, 'the daily cap');
    const promptCap = checkCount(request.promptCap, 'the prompt cap');
    const usedToday = checkCount(request.usedToday, 'the interruptions so far today');
    const promptsToday = checkCount(request.promptsToday, 'the prompts so far today');
    const quiet = quietHours(request.instant, request.timeZone, request.quietStart, request.quietEnd);
    const held = (reason: HeldReason, until: string | null = null): InterruptionDecision => ({
        verdict: 'held',
        reason,
        topics,
        quietUntil: until
    });

    if (mutes.has(type) || (type !== 'prompt' && topics.length === 0)) {
        return { verdict: 'muted', reason: null, topics, quietUntil: null };
    }
    if (type === 'push' && quiet.quiet) {
        return held('quiet', quiet.until);
    }
    if (type === 'prompt' && promptsToday >= promptCap) {
        return held('promptCap');
    }
    if (usedToday >= dailyCap) {
        return held('cap');
    }
    return { verdict: topics.length > 1 ? 'bundled' : 'allowed', reason: null, topics, quietUntil: null };
}
