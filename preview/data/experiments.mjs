// Prompt experiments in the sample (issue 19 part 2): two Adoption_Prompt_Experiment__c rows and the
// history the effectiveness page compares, built without drawing from the seeded random so every other
// figure of the sample stays.
//
// - Ended (kept): Opportunity_Close_Date_Past, half held out, 90 past opportunities of the sample users
//   (experimentRecords: not in `records`, so no other page changes). A user's arm is the SHA-256 bucket
//   of salt and user Id (node:crypto here; the browser recomputes it with c/promptExperimentMath, so
//   the two must agree or rows drop out); the user's row is a showing or a held-out qualification to
//   match. Fixed (the close date moved to the future) for 4 in 5 prompted records and 11 in 20 held out.
// - Running: Opportunity_No_Recent_Activity, 20 % held out, a few days old: not enough data yet. Its
//   salt holds out no persona, so no persona page loses a prompt (only other sample users are held out).
import { createHash } from 'node:crypto';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Same as c/promptExperimentMath bucketOf and PromptExperimentMath.bucketOf. */
export function bucketOf(salt, userId) {
    return parseInt(createHash('sha256').update(`${salt}:${userId}`, 'utf8').digest('hex').slice(0, 8), 16) % 100;
}

function addDays(day, days) {
    return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function at(day, hours) {
    return new Date(Date.parse(`${day}T00:00:00Z`) + hours * HOUR_MS).toISOString();
}

function runningSalt(users, personas) {
    const personaIds = new Set(Object.values(personas));
    for (let i = 0; i < 1000; i++) {
        const salt = `preview-activity-${i}`;
        const held = users.filter((user) => bucketOf(salt, user.Id) < 20);
        if (held.length >= 2 && held.every((user) => !personaIds.has(user.Id))) {
            return salt;
        }
    }
    throw new Error('no salt holds out only non-persona users');
}

function row(experiment, user, recordId, day, heldOut, qualifiedAt) {
    return {
        User__c: user,
        Prompt_Name__c: experiment.Prompt_Name__c,
        Record_Id__c: recordId,
        Object__c: 'Opportunity',
        Day__c: day,
        Unique_Key__c: `${user}|${experiment.Prompt_Name__c}|${recordId}|${day}`,
        Shown_Count__c: heldOut ? 0 : 1,
        First_Shown_At__c: heldOut ? null : qualifiedAt,
        Held_Out_At__c: heldOut ? qualifiedAt : null,
        Dismissed__c: false,
        Snoozed_Until__c: null,
        Acted__c: false,
        Resolved__c: false,
        Resolved_At__c: null
    };
}

/** The sample's experiments, their rows and the past records the ended one compares. */
export function buildExperiments({ today, users, personas }) {
    const ended = {
        Id: 'a0E000000000001AAA',
        Name: 'EXP-000001',
        Prompt_Name__c: 'Opportunity_Close_Date_Past',
        Holdout_Percent__c: 50,
        Salt__c: 'preview-close-date',
        Status__c: 'Ended',
        Started_At__c: at(addDays(today, -60), 8),
        Ended_At__c: at(addDays(today, -15), 17),
        Decision__c: 'Keep'
    };
    const running = {
        Id: 'a0E000000000002AAA',
        Name: 'EXP-000002',
        Prompt_Name__c: 'Opportunity_No_Recent_Activity',
        Holdout_Percent__c: 20,
        Salt__c: runningSalt(users, personas),
        Status__c: 'Running',
        Started_At__c: at(addDays(today, -5), 8),
        Ended_At__c: null,
        Decision__c: null
    };
    const experimentRecords = [];
    const experimentRows = [];
    let prompted = 0;
    let heldOutCount = 0;
    for (let i = 0; i < 90; i++) {
        const owner = users[i % users.length].Id;
        const heldOut = bucketOf(ended.Salt__c, owner) < ended.Holdout_Percent__c;
        const index = heldOut ? heldOutCount++ : prompted++;
        const fixed = heldOut ? index % 20 < 11 : index % 5 !== 0;
        const day = addDays(today, -58 + (i % 40));
        const qualifiedAt = at(day, 9);
        const id = `006E000000${String(i).padStart(5, '0')}AAA`;
        experimentRecords.push({
            Id: id,
            Name: `Past renewal ${i + 1}`,
            OwnerId: owner,
            StageName: 'Negotiation/Review',
            IsClosed: false,
            CloseDate: fixed ? addDays(today, 10 + (i % 20)) : addDays(day, -(1 + (i % 10))),
            LastModifiedDate: fixed
                ? new Date(Date.parse(qualifiedAt) + (heldOut ? 40 + (i % 50) : 18 + (i % 30)) * HOUR_MS).toISOString()
                : qualifiedAt
        });
        experimentRows.push(row(ended, owner, id, day, heldOut, qualifiedAt));
    }
    const heldUsers = users.filter((user) => bucketOf(running.Salt__c, user.Id) < running.Holdout_Percent__c);
    const shownUsers = users.filter((user) => bucketOf(running.Salt__c, user.Id) >= running.Holdout_Percent__c);
    for (let i = 0; i < 8; i++) {
        const heldOut = i % 4 === 0;
        const owner = (heldOut ? heldUsers : shownUsers)[i % (heldOut ? heldUsers.length : shownUsers.length)].Id;
        const day = addDays(today, -4 + (i % 4));
        const id = `006F000000${String(i).padStart(5, '0')}AAA`;
        experimentRecords.push({
            Id: id,
            Name: `Quiet deal ${i + 1}`,
            OwnerId: owner,
            StageName: 'Qualification',
            IsClosed: false,
            CloseDate: addDays(today, 30),
            LastActivityDate: i % 3 === 0 ? addDays(today, -1) : addDays(today, -30),
            LastModifiedDate: at(addDays(today, -1), 12)
        });
        experimentRows.push(row(running, owner, id, day, heldOut, at(day, 10)));
    }
    return { experiments: [running, ended], experimentRecords, experimentRows };
}
