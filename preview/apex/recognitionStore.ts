// The org's Adoption_Recognition__c rows and RecognitionService's rules, for the preview's local
// answers (RecognitionController.*). Not an answer itself.
//
// Rows live in localStorage, shared by every preview page of the browser as the org's database is
// shared by its users; the first read seeds two recognitions of the West team (a manager's with 15
// points, a peer's) so the wall is not empty. The rules are RecognitionService's, refused with the same
// labels: nobody recognises themselves; a message (at most 500 characters), a record that exists, no
// negative value or points; a peer's points are 0 whatever is sent; a manager's only for someone below
// them in the ManagerId chain (five levels), at most Recognition_Max_Points__c each and
// Recognition_Points_Cap__c a week (the last 7 days here; the org counts the giver's week); a
// withdrawal only by its giver or an admin. What the preview does not model: record sharing (every
// sample record is readable), the recipient's daily points cap (what the ledger would pay is what was
// allowed) and the ledger itself. The wall applies RecognitionWall's privacy rules: hidden reps
// (privacyStore) and works council mode leave out what is not the reader's own.
import type { RecognitionInput, RecognitionGiven } from '@salesforce/apex/RecognitionController.give';
import type { RecognitionContext } from '@salesforce/apex/RecognitionController.getContext';
import type { RecognitionRecordOption } from '@salesforce/apex/RecognitionController.getRecentRecords';
import type { RecognitionWallEntry, RecognitionWallView } from '@salesforce/apex/RecognitionController.getWall';
import SELF from '@salesforce/label/c.Recognition_Self';
import NO_RECIPIENT from '@salesforce/label/c.Recognition_No_Recipient';
import NO_RECORD from '@salesforce/label/c.Recognition_No_Record';
import RECORDS_WORKS_COUNCIL from '@salesforce/label/c.Recognition_Records_Works_Council';
import MESSAGE_REQUIRED from '@salesforce/label/c.Recognition_Message_Required';
import BAD_VALUE from '@salesforce/label/c.Recognition_Bad_Value';
import BAD_POINTS from '@salesforce/label/c.Recognition_Bad_Points';
import OVER_MAX from '@salesforce/label/c.Recognition_Points_Over_Max';
import OVER_WEEK from '@salesforce/label/c.Recognition_Points_Over_Week';
import NOT_FOUND from '@salesforce/label/c.Recognition_Not_Found';
import NOT_ALLOWED from '@salesforce/label/c.Recognition_Withdraw_Not_Allowed';
import type { DemoData, DemoUser } from '../data/types';
import { currentUserId, demoData, findRecord } from '../runtime/demo';
import { storeCelebration } from './celebrationsStore';
import { hiddenFromBoards, worksCouncilMode } from './privacyStore';
import { isAdmin } from './scopesStore';

interface RecognitionRow {
    Id: string;
    Giver__c: string;
    Recipient__c: string;
    Record_Id__c: string;
    Record_Name__c: string;
    Message__c: string;
    Value__c: number | null;
    Points__c: number;
    Status__c: 'Active' | 'Withdrawn';
    Given_At__c: string;
}

const KEY = 'crm-adoption-preview:Adoption_Recognition__c';
const MESSAGE_LENGTH = 500;
/** RecognitionService.MAX_VALUE: Value__c is Currency(16, 2). */
const MAX_VALUE = 100_000_000_000_000;
const CHAIN_LEVELS = 5;
const DAY_MS = 86_400_000;
const WALL_DAYS = 30;
const WALL_ENTRIES = 20;

function load(): RecognitionRow[] | undefined {
    try {
        const stored = window.localStorage.getItem(KEY);
        const rows: unknown = stored === null ? undefined : JSON.parse(stored);
        return Array.isArray(rows) ? (rows as RecognitionRow[]) : undefined;
    } catch {
        return undefined;
    }
}

function save(rows: RecognitionRow[]): void {
    window.localStorage.setItem(KEY, JSON.stringify(rows));
}

/** A label with its {n} filled, as AdoptionText.fill does. */
function fill(label: string, ...values: unknown[]): string {
    return label.replace(/\{(\d+)\}/g, (token, index: string) =>
        index in values ? String(values[Number(index)]) : token
    );
}

function newId(rows: readonly RecognitionRow[]): string {
    return `a0R${String(rows.length + 1).padStart(12, '0')}AAA`;
}

/** The rows, seeded on the first read of the browser (two recognitions of the West team). */
async function rows(data: DemoData): Promise<RecognitionRow[]> {
    const stored = load();
    if (stored) {
        return stored;
    }
    const rep = data.personas.rep;
    const manager = data.users.find((user) => user.Id === rep)?.ManagerId ?? data.personas.manager;
    const peer = data.users.find((user) => user.ManagerId === manager && user.Id !== rep)?.Id ?? manager;
    const deal =
        (data.records.Opportunity ?? []).find((record) => record.OwnerId === rep) ?? data.records.Opportunity[0];
    const at = (daysAgo: number): string => new Date(Date.now() - daysAgo * DAY_MS).toISOString();
    const seeded: RecognitionRow[] = [];
    for (const [giver, points, daysAgo, message] of [
        [manager, 15, 2, 'The next step you logged kept the renewal in Thursday’s forecast.'],
        [peer, 0, 1, 'Thanks for updating the close date before the pipeline review.']
    ] as const) {
        seeded.push({
            Id: newId(seeded),
            Giver__c: giver,
            Recipient__c: rep,
            Record_Id__c: deal.Id,
            Record_Name__c: String(deal.Name ?? ''),
            Message__c: message,
            Value__c: points > 0 ? 48000 : null,
            Points__c: points,
            Status__c: 'Active',
            Given_At__c: at(daysAgo)
        });
    }
    save(seeded);
    return seeded;
}

function userOf(data: DemoData, userId: string): DemoUser | undefined {
    return data.users.find((user) => user.Id === userId);
}

/** RecognitionService.reportsTo: the manager is within five levels of the person's ManagerId chain. */
export function reportsTo(users: readonly DemoUser[], personId: string, managerId: string): boolean {
    let current = users.find((user) => user.Id === personId)?.ManagerId ?? null;
    for (let level = 0; level < CHAIN_LEVELS && current; level++) {
        if (current === managerId) {
            return true;
        }
        current = users.find((user) => user.Id === current)?.ManagerId ?? null;
    }
    return false;
}

/** The Team scope of the caller: a manager's own team, or their manager's. */
function teamOf(data: DemoData, me: string): DemoUser[] {
    const hasReports = data.users.some((user) => user.ManagerId === me);
    const head = hasReports ? me : (userOf(data, me)?.ManagerId ?? null);
    return head ? data.users.filter((user) => user.Id === head || user.ManagerId === head) : [];
}

function setting(data: DemoData, name: string, fallback: number): number {
    const value = Number(data.settings[name]);
    return Number.isFinite(value) && data.settings[name] !== null && data.settings[name] !== undefined
        ? Math.max(0, Math.trunc(value))
        : fallback;
}

function pointsGivenThisWeek(all: readonly RecognitionRow[], me: string): number {
    const since = Date.now() - 7 * DAY_MS;
    return all
        .filter((row) => row.Giver__c === me && row.Status__c === 'Active' && Date.parse(row.Given_At__c) >= since)
        .reduce((sum, row) => sum + row.Points__c, 0);
}

/** RecognitionService.give as the page's user. */
export async function give(input: RecognitionInput | undefined): Promise<RecognitionGiven> {
    const data = await demoData();
    const me = currentUserId();
    const recipient = input?.recipientId ? userOf(data, input.recipientId) : undefined;
    if (!input?.recipientId || (input.recipientId !== me && (!recipient || !recipient.IsActive))) {
        throw new Error(NO_RECIPIENT);
    }
    if (input.recipientId === me) {
        throw new Error(SELF);
    }
    const message = (input.message ?? '').trim();
    if (message === '' || message.length > MESSAGE_LENGTH) {
        throw new Error(fill(MESSAGE_REQUIRED, MESSAGE_LENGTH));
    }
    if (typeof input.value === 'number' && (input.value < 0 || input.value >= MAX_VALUE)) {
        throw new Error(BAD_VALUE);
    }
    if (typeof input.points === 'number' && input.points < 0) {
        throw new Error(BAD_POINTS);
    }
    const found = input.recordId ? await findRecord(input.recordId) : undefined;
    if (!found || !recipient) {
        throw new Error(NO_RECORD);
    }
    const all = await rows(data);
    let allowed = 0;
    const asked = typeof input.points === 'number' ? Math.trunc(input.points) : 0;
    if (asked > 0 && reportsTo(data.users, recipient.Id, me)) {
        const max = setting(data, 'Recognition_Max_Points__c', 25);
        const cap = setting(data, 'Recognition_Points_Cap__c', 100);
        if (max > 0 && cap > 0) {
            if (asked > max) {
                throw new Error(fill(OVER_MAX, max));
            }
            const left = Math.max(0, cap - pointsGivenThisWeek(all, me));
            if (asked > left) {
                throw new Error(fill(OVER_WEEK, left));
            }
            allowed = asked;
        }
    }
    const row: RecognitionRow = {
        Id: newId(all),
        Giver__c: me,
        Recipient__c: recipient.Id,
        Record_Id__c: found.record.Id,
        Record_Name__c: String(found.record.Name ?? ''),
        Message__c: message,
        Value__c: typeof input.value === 'number' ? input.value : null,
        Points__c: allowed,
        Status__c: 'Active',
        Given_At__c: new Date().toISOString()
    };
    save([...all, row]);
    storeCelebration(recipient.Id, {
        Kind__c: 'Recognition',
        Title__c: userOf(data, me)?.Name ?? '',
        Message__c: message,
        Icon__c: 'utility:like'
    });
    return { id: row.Id, recipientName: recipient.Name, points: allowed, pointsAllowed: allowed };
}

/** RecognitionService.withdraw as the page's user: its giver or an admin. */
export async function withdraw(recognitionId: string | undefined): Promise<number> {
    const data = await demoData();
    const all = await rows(data);
    const row = all.find((candidate) => candidate.Id === recognitionId);
    if (!row || row.Status__c !== 'Active') {
        throw new Error(NOT_FOUND);
    }
    if (row.Giver__c !== currentUserId() && !isAdmin()) {
        throw new Error(NOT_ALLOWED);
    }
    row.Status__c = 'Withdrawn';
    save(all);
    return row.Points__c;
}

/** RecognitionRecords' caps: days back, objects, records per object, records in all. */
const LOOK_BACK_DAYS = 30;
const MAX_OBJECTS = 6;
const PER_OBJECT = 10;
const MAX_RECORDS = 20;
/** The sample's objects' labels, as describe gives them in English. */
const OBJECT_LABELS: Readonly<Record<string, string>> = {
    Account: 'Account',
    Contact: 'Contact',
    Lead: 'Lead',
    Opportunity: 'Opportunity'
};

/**
 * RecognitionRecords.recentOf as the page's user: the colleague's records of the scored objects (an
 * active rule's object with a name; most active rules first), changed in the last 30 days of the
 * sample, newest first; refused in works council mode. Every sample record is readable here (the
 * preview models no record sharing).
 */
export async function recentRecords(recipientId: string | undefined): Promise<RecognitionRecordOption[]> {
    const data = await demoData();
    const me = currentUserId();
    if (recipientId === me) {
        throw new Error(SELF);
    }
    if (worksCouncilMode(data.settings)) {
        throw new Error(RECORDS_WORKS_COUNCIL);
    }
    const recipient = recipientId ? userOf(data, recipientId) : undefined;
    if (!recipient?.IsActive) {
        throw new Error(NO_RECIPIENT);
    }
    const since = Date.parse(`${data.meta.today}T00:00:00Z`) - LOOK_BACK_DAYS * DAY_MS;
    const rulesPerObject = new Map<string, number>();
    for (const rule of data.rules.filter((candidate) => candidate.Active__c === true)) {
        rulesPerObject.set(String(rule.Object__c), (rulesPerObject.get(String(rule.Object__c)) ?? 0) + 1);
    }
    const objects = [...rulesPerObject.keys()]
        .filter((name) => name in OBJECT_LABELS)
        .sort((a, b) => (rulesPerObject.get(b) ?? 0) - (rulesPerObject.get(a) ?? 0) || a.localeCompare(b))
        .slice(0, MAX_OBJECTS);
    const found: { option: RecognitionRecordOption; modifiedAt: string }[] = [];
    for (const objectName of objects) {
        found.push(
            ...(data.records[objectName] ?? [])
                .map((record) => ({ record, modifiedAt: String(record.LastModifiedDate ?? record.CreatedDate ?? '') }))
                .filter(({ record, modifiedAt }) => record.OwnerId === recipient.Id && Date.parse(modifiedAt) >= since)
                .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt))
                .slice(0, PER_OBJECT)
                .map(({ record, modifiedAt }) => ({
                    option: { id: record.Id, name: String(record.Name ?? ''), objectLabel: OBJECT_LABELS[objectName] },
                    modifiedAt
                }))
        );
    }
    return found
        .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.option.name.localeCompare(b.option.name))
        .slice(0, MAX_RECORDS)
        .map(({ option }) => option);
}

/** RecognitionService.context as the page's user. */
export async function context(): Promise<RecognitionContext> {
    const data = await demoData();
    const me = currentUserId();
    const team = teamOf(data, me).filter((user) => user.Id !== me);
    const reportIds = team.filter((user) => user.ManagerId === me).map((user) => user.Id);
    const all = await rows(data);
    const max = setting(data, 'Recognition_Max_Points__c', 25);
    const cap = setting(data, 'Recognition_Points_Cap__c', 100);
    return {
        colleagues: team.map((user) => ({ id: user.Id, name: user.Name })),
        reportIds,
        maxPoints: reportIds.length > 0 ? max : 0,
        pointsLeft: reportIds.length > 0 ? Math.max(0, cap - pointsGivenThisWeek(all, me)) : 0
    };
}

/** RecognitionWall.forCaller as the page's user. */
export async function wall(): Promise<RecognitionWallView> {
    const data = await demoData();
    const me = currentUserId();
    const team = new Set(teamOf(data, me).map((user) => user.Id));
    const hidden = hiddenFromBoards();
    const worksCouncil = worksCouncilMode(data.settings);
    const admin = isAdmin();
    const since = Date.now() - WALL_DAYS * DAY_MS;
    const entries: RecognitionWallEntry[] = (await rows(data))
        .filter(
            (row) => row.Status__c === 'Active' && team.has(row.Recipient__c) && Date.parse(row.Given_At__c) >= since
        )
        .filter((row) => {
            const own = row.Giver__c === me || row.Recipient__c === me;
            return own || (!worksCouncil && !hidden.has(row.Giver__c) && !hidden.has(row.Recipient__c));
        })
        .sort((a, b) => Date.parse(b.Given_At__c) - Date.parse(a.Given_At__c))
        .slice(0, WALL_ENTRIES)
        .map((row) => ({
            id: row.Id,
            giverName: userOf(data, row.Giver__c)?.Name ?? '',
            recipientName: userOf(data, row.Recipient__c)?.Name ?? '',
            recordId: row.Record_Id__c,
            recordName: row.Record_Name__c,
            message: row.Message__c,
            value: row.Value__c,
            points: row.Points__c,
            givenAt: row.Given_At__c,
            canWithdraw: row.Giver__c === me || admin
        }));
    return { entries, worksCouncil, isAdmin: admin };
}
