// Rules of the scoring engine and its jobs that no compiler knows, each written for a defect a review
// found (reviews/engine.md rows 8, 12 and 13; readside.md row 10). Apex is read as text with comments
// and string literals blanked, so a rule never fires on prose or on a message.
//
// - Scheduling: every System.schedule in the package's non-test Apex schedules AdoptionJobDispatcher.
//   A scheduled class, and what it references, cannot be deployed while a job is pending; the
//   dispatcher names no package class, so it alone is held.
// - The rep's day: the classes that date scored actions never call .date() on a Datetime, which gives
//   the running user's day (the Automated Process user's for live scoring); they use ScoredReps.dayOf
//   or AdoptionCore.localDate, the rep's own day.
// - Owners: those classes set OwnerId only from ScoredReps.ownerFor, since a deactivated rep cannot
//   own records (INACTIVE_OWNER_OR_USER).
// - Signal times (reviews/engine-final.md N1): an Apex trigger receives a platform event's Date/Time
//   fields without their milliseconds, and the subscriber recomputes a signal's key from the delivered
//   Occurred_At__c, so a time with milliseconds (Datetime.now()) in a key or an Occurred_At__c drops the
//   signal as forged. Outside the tests, a signal's Occurred_At__c is set only to
//   RuleSignals.toSecond(...), its Idempotency_Key__c only to one of RuleSignals' key functions (keyFor,
//   reversalKeyFor, undoKeyFor, idempotencyKey), both in `new Adoption_Signal__e(...)` and on a
//   variable declared Adoption_Signal__e; and a time written into text (a key) is
//   toSecond(...).getTime(). This follows no data flow: it holds every signal's time and key to the one
//   door that truncates, so wherever a time comes from (Datetime.now(), a static, a parameter) it is cut
//   to the second. A signal built by JSON or a field put() by name is not seen.
// - Locks (review recognition-final M3, a fix that locked the giver's User row): FOR UPDATE on an object
//   whose rows cannot be locked (User, Group, GroupMember, UserRole, Profile, permission set objects)
//   does not compile in an org ("SObject type does not allow locking rows"). Static SOQL only.
// - Rounding (review leaders-final m5, a team average of 10.25 shown as 10.2 in the org and 10.3 in the
//   preview): outside the tests, Decimal.setScale names its rounding mode. setScale(scale) alone rounds
//   half-even ("using half-even rounding, if necessary", Apex Reference, Decimal Class), while the
//   TypeScript twins and the preview round half away from zero (System.RoundingMode.HALF_UP). The same
//   for Decimal.round() with no mode (half-even, Apex Reference, Decimal Class) and divide(divisor,
//   scale) with no mode (review leaders-minors-final m1). A Double's round() is flagged too: the check
//   reads no types, and naming the mode (Decimal.valueOf(x).round(mode)) says what was meant.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, listFiles } from './lib.mjs';

/** The dispatcher every scheduled job goes through. */
export const DISPATCHER = 'AdoptionJobDispatcher';

/** Classes that write what a rep scored: dated on the rep's day, owned through ScoredReps. */
export const SCORING_CLASSES = [
    'ScoringService',
    'ScoringBatch',
    'ScoringLedger',
    'ScoringCaps',
    'ScoringEntries',
    'ScoringRowBudget',
    'ScoringTally',
    'ScoringWriter',
    'ScoringBadges',
    'PeriodScores',
    'BadgesService',
    'SignalsTriggerHandler',
    'ScoredReps',
    'AdoptionReplayBatch',
    'AdoptionRebuildBatch',
    'AdoptionHistoryService'
];

/** The text with comments and the contents of string literals replaced by spaces (lines kept). */
export function blankCommentsAndStrings(text) {
    let out = '';
    let i = 0;
    while (i < text.length) {
        const two = text.slice(i, i + 2);
        if (two === '//') {
            while (i < text.length && text[i] !== '\n') {
                out += ' ';
                i++;
            }
        } else if (two === '/*') {
            const end = text.indexOf('*/', i + 2);
            const stop = end < 0 ? text.length : end + 2;
            out += text.slice(i, stop).replace(/[^\n]/g, ' ');
            i = stop;
        } else if (text[i] === "'") {
            out += "'";
            i++;
            while (i < text.length && text[i] !== "'" && text[i] !== '\n') {
                if (text[i] === '\\') {
                    out += ' ';
                    i++;
                }
                out += ' ';
                i++;
            }
            if (i < text.length && text[i] === "'") {
                out += "'";
                i++;
            }
        } else {
            out += text[i];
            i++;
        }
    }
    return out;
}

function lineOf(text, index) {
    return text.slice(0, index).split('\n').length;
}

/** The top-level arguments of the call whose '(' is at `open`, or null if it does not close. */
function argumentsAt(code, open) {
    const args = [];
    let depth = 0;
    let start = open + 1;
    for (let i = open; i < code.length; i++) {
        const c = code[i];
        if (c === '(' || c === '{' || c === '[') {
            depth++;
        } else if (c === ')' || c === '}' || c === ']') {
            depth--;
            if (depth === 0) {
                args.push(code.slice(start, i).trim());
                return args;
            }
        } else if (c === ',' && depth === 1) {
            args.push(code.slice(start, i).trim());
            start = i + 1;
        }
    }
    return null;
}

/** An Apex test class: @IsTest before its class declaration. */
function isTestClass(code) {
    return /@istest\b[\s\S]*?\bclass\b/i.test(code.slice(0, code.search(/\bclass\b/i) + 5));
}

/** Findings of the scheduling rule in one class. */
export function scheduleFindings(file, code) {
    const findings = [];
    if (isTestClass(code)) {
        return findings;
    }
    for (const match of code.matchAll(/\bSystem\s*\.\s*schedule\s*\(/gi)) {
        const args = argumentsAt(code, match.index + match[0].length - 1);
        const job = args?.[2] ?? '';
        if (!new RegExp(`^new\\s+${DISPATCHER}\\s*\\(`, 'i').test(job)) {
            const scheduled = /^new\s+([\w.]+)/i.exec(job)?.[1] ?? (job || 'this');
            findings.push({
                file,
                line: lineOf(code, match.index),
                message: `System.schedule must schedule ${DISPATCHER} (new ${DISPATCHER}('JobClass')), not ${scheduled}: a pending job blocks deploying the class it schedules`
            });
        }
    }
    return findings;
}

/** Findings of the rep's-day and owner rules in one scoring class. */
export function scoringFindings(file, code) {
    const findings = [];
    for (const match of code.matchAll(/\.\s*date\s*\(\s*\)/gi)) {
        findings.push({
            file,
            line: lineOf(code, match.index),
            message:
                ".date() is the running user's day (the Automated Process user's for live scoring): date a rep's action with ScoredReps.dayOf or AdoptionCore.localDate"
        });
    }
    for (const match of code.matchAll(/\bOwnerId\s*=(?!=)\s*([^,;\n)]*)/gi)) {
        if (!/\.\s*ownerFor\s*\(/i.test(match[1])) {
            findings.push({
                file,
                line: lineOf(code, match.index),
                message: `OwnerId = ${match[1].trim()}: set owners with ScoredReps.ownerFor, which never names a deactivated user (INACTIVE_OWNER_OR_USER)`
            });
        }
    }
    return findings;
}

const SIGNAL_TIME = /^(?:RuleSignals\s*\.\s*)?toSecond\s*\(/i;
const SIGNAL_KEY = /^(?:RuleSignals\s*\.\s*)?(?:keyFor|reversalKeyFor|undoKeyFor|idempotencyKey)\s*\(/i;

/** Why a value set on a signal's time or key field breaks the rule, or null when it keeps it. */
function signalFieldProblem(field, value) {
    // Blanked string literals read as '…'.
    const expr = value.trim().replace(/'\s*'/g, "'…'").replace(/\s+/g, ' ');
    if (/^Occurred_At__c$/i.test(field) && !SIGNAL_TIME.test(expr)) {
        return `Occurred_At__c = ${expr}: a signal's time must be RuleSignals.toSecond(...) (whole seconds: a platform event trigger receives Date/Time fields without milliseconds, and the subscriber recomputes the key from it)`;
    }
    if (/^Idempotency_Key__c$/i.test(field) && !SIGNAL_KEY.test(expr)) {
        return `Idempotency_Key__c = ${expr}: a signal's key must come from RuleSignals.keyFor, reversalKeyFor, undoKeyFor or idempotencyKey, which cut its time to the second as the subscriber sees it`;
    }
    return null;
}

/** Findings of the signal-time rule in one non-test class (see the header). */
export function signalTimeFindings(file, code) {
    const findings = [];
    if (isTestClass(code)) {
        return findings;
    }
    const add = (index, message) => findings.push({ file, line: lineOf(code, index), message });
    for (const match of code.matchAll(/\bnew\s+Adoption_Signal__e\s*\(/gi)) {
        const open = match.index + match[0].length - 1;
        for (const arg of argumentsAt(code, open) ?? []) {
            const field = /^(Occurred_At__c|Idempotency_Key__c)\s*=(?!=)([\s\S]*)$/i.exec(arg);
            const problem = field && signalFieldProblem(field[1], field[2]);
            if (problem) {
                add(open + code.slice(open).indexOf(field[1]), problem);
            }
        }
    }
    const variables = new Set();
    for (const match of code.matchAll(/(?<![\w<,])\s*Adoption_Signal__e\s+([A-Za-z_]\w*)\s*[=;,):]/gi)) {
        variables.add(match[1].toLowerCase());
    }
    for (const match of code.matchAll(
        /\b([A-Za-z_]\w*)\s*\.\s*(Occurred_At__c|Idempotency_Key__c)\s*=(?!=)([^;]*);/gi
    )) {
        const problem = variables.has(match[1].toLowerCase()) && signalFieldProblem(match[2], match[3]);
        if (problem) {
            add(match.index, problem);
        }
    }
    for (const match of code.matchAll(/'\s*\+\s*([A-Za-z_][\w.]*(?:\([^()]*\))?)\s*\.\s*getTime\s*\(\s*\)/g)) {
        if (!/(?:^|\.)toSecond\s*\(/i.test(match[1])) {
            add(
                match.index,
                `${match[1]}.getTime() in text: a time in a key must be toSecond(...).getTime() (whole seconds, as the subscriber receives a signal's time)`
            );
        }
    }
    return findings;
}

/** Objects whose rows FOR UPDATE cannot lock. */
const UNLOCKABLE =
    /^(User|Group|GroupMember|UserRole|Profile|PermissionSet|PermissionSetAssignment|PermissionSetGroup)$/i;

/** Findings of the lock rule in one class: FOR UPDATE on an object that does not allow locking rows. */
export function lockFindings(file, code) {
    const findings = [];
    for (const match of code.matchAll(/\[\s*SELECT\b[^\]]*?\bFROM\s+(\w+)\b[^\]]*?\bFOR\s+UPDATE\b/gi)) {
        if (UNLOCKABLE.test(match[1])) {
            findings.push({
                file,
                line: lineOf(code, match.index),
                message: `FOR UPDATE on ${match[1]}: its rows cannot be locked ("SObject type does not allow locking rows"); lock a row of a package object instead`
            });
        }
    }
    return findings;
}

/**
 * Findings of the rounding rule in one non-test class: setScale(scale), round() and divide(divisor,
 * scale), each without a rounding mode.
 */
export function roundingFindings(file, code) {
    const findings = [];
    if (isTestClass(code)) {
        return findings;
    }
    for (const match of code.matchAll(/\.\s*(setScale|round|divide)\s*\(/gi)) {
        const args = argumentsAt(code, match.index + match[0].length - 1);
        if (!args) {
            continue;
        }
        const method = match[1].toLowerCase();
        let message = null;
        if (method === 'setscale' && args.length === 1) {
            message = `setScale(${args[0]}) rounds half-even: name the rounding mode, setScale(${args[0]}, System.RoundingMode.HALF_UP)`;
        } else if (method === 'round' && args.length === 1 && args[0] === '') {
            message = 'round() rounds half-even: name the rounding mode, round(System.RoundingMode.HALF_UP)';
        } else if (method === 'divide' && args.length === 2) {
            message = `divide(${args[0]}, ${args[1]}) rounds without a stated mode: name it, divide(${args[0]}, ${args[1]}, System.RoundingMode.HALF_UP)`;
        }
        if (message) {
            findings.push({
                file,
                line: lineOf(code, match.index),
                message: `${message}, as the TypeScript twins round half away from zero`
            });
        }
    }
    return findings;
}

/** Every Apex class under `root`/force-app against the rules. */
export function checkApexRules({ root = REPO_ROOT } = {}) {
    const files = listFiles(path.join(root, 'force-app'), (name) => /\.(cls|trigger)$/.test(name));
    const findings = [];
    let scoring = 0;
    for (const file of files) {
        const code = blankCommentsAndStrings(readFileSync(file, 'utf8'));
        findings.push(...scheduleFindings(file, code));
        findings.push(...signalTimeFindings(file, code));
        findings.push(...lockFindings(file, code));
        findings.push(...roundingFindings(file, code));
        if (SCORING_CLASSES.includes(path.basename(file).replace(/\.cls$/, ''))) {
            scoring++;
            findings.push(...scoringFindings(file, code));
        }
    }
    return {
        findings,
        summary: `${files.length} Apex file(s): System.schedule through ${DISPATCHER}; signal times and keys through RuleSignals; no lock on unlockable objects; setScale, round and divide with a rounding mode; ${scoring} scoring class(es) on the rep's day and owner`
    };
}
