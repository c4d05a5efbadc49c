/**
 * adoptionCore: the logic the UI and Apex share, with one meaning. Its Apex twin is the class
 * `AdoptionCore`; both are pinned by the same cases in the static resource `AdoptionCoreCases`
 * (staticresources/AdoptionCoreCases.json), which the jest tests and the Apex tests both read.
 * Change a rule here, in AdoptionCore.cls and in the cases together.
 *
 * Dates are 'YYYY-MM-DD' strings. The calendar math runs on year/month/day integers (days from
 * the civil epoch), never on JS Date objects, so the browser's time zone cannot shift a day.
 *
 * Period key rules:
 * - Week: weeks start on weekStartDay (1 = Monday ... 7 = Sunday). A week belongs to the year that
 *   contains its 4th day (start + 3); its number is floor((dayOfYear(start + 3) - 1) / 7) + 1.
 *   With a Monday start this is exactly ISO 8601 (week 1 holds the year's first Thursday; some
 *   years have a week 53). Key 'YYYY-Www' with a two-digit week: '2026-W47'.
 * - Month: 'YYYY-MM'.
 * - Quarter: the fiscal year starts on the 1st of fiscalStartMonth (1..12); Q1 is its first three
 *   months. The fiscal year's name: the calendar year when fiscalStartMonth = 1; otherwise the
 *   calendar year in which it ends when fiscalNamedByEndingYear is true, the year in which it
 *   starts when false. Key 'FY2027-Q1'.
 * - Year: the calendar year 'YYYY'.
 * - All Time: 'ALL'.
 * The period functions check every argument (date, period type, week start day 1..7, fiscal start
 * month 1..12, the naming flag) whatever the period type, so a bad setting fails at once.
 *
 * The bundle's modules, each imported here and nowhere else from outside the bundle:
 * apexText (Apex's white space and trim), calendar (period keys), decimals (exact arithmetic without
 * BigInt), levels, ranking (ranks and bands), teams (works council teams), standings (challenges),
 * merge (merge fields and plain numbers), localDay (the rep's day in their time zone) and interruptions
 * (the interruption budget: mutes, quiet hours, the daily cap, bundling). This file
 * is the bundle's public face: other components import c/adoptionCore, never a module of it.
 */
export { isApexBlank, isJavaWhitespace } from './apexText';
export type { PeriodType } from './calendar';
export {
    ALL_TIME_KEY,
    PERIOD_TYPES,
    dateOfDayNumber,
    dayNumber,
    periodKey,
    periodKeys,
    periodStart,
    previousPeriodKey,
    weekStartDayNumber
} from './calendar';
export type { LevelInfo } from './levels';
export { levelFor, parseThresholds } from './levels';
export { RANK_BANDS, privateRankBand, rankBand, ranks } from './ranking';
export type { TeamMember } from './teams';
export { worksCouncilTeams } from './teams';
export type { ChallengeFormat, ChallengeMember, ChallengeScoring, ChallengeStanding } from './standings';
export { challengeStandings } from './standings';
export type { MergeValues } from './merge';
export { formatNumber, mergeFields } from './merge';
export type { LocalPeriodKeys } from './localDay';
export { localDate, localPeriodKeys } from './localDay';
export type {
    HeldReason,
    InterruptionDecision,
    InterruptionRequest,
    InterruptionTopic,
    InterruptionType,
    InterruptionVerdict,
    MuteKey,
    QuietHours
} from './interruptions';
export { INTERRUPTION_TOPICS, MUTE_KEYS, decideInterruption, quietHours } from './interruptions';
