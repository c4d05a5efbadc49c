// Shared by the local answers of BuilderController (preview/apex/BuilderController.*.ts): what
// BuilderService, BuilderValidation and BuilderDeploys do in the org, over the sample data. Not an
// answer itself.
// - Types and fields come from the package's own field files (preview/data/builder.mjs), records from
//   the sample data's custom metadata (which the other answers read too: a deployed rule shows on the
//   admin page's rules table after a refresh, as in the org).
// - Saving checks the draft as BuilderValidation does (name, label, duplicate, unknown field, number,
//   a rule's cap of 0, picklist value, date, text length, tracked object, the condition through the package's parser and the
//   object's readable fields, a badge's rule), then "deploys": the change row is Queued and the
//   deployment ends DEPLOY_SECONDS later, as the Metadata API's callback would, Succeeded (the record is
//   written into the sample data) or Failed (the record stays as it was) when the page's switch
//   "the next deployment fails" was on (localStorage FAIL_NEXT_DEPLOY, set by the builder pages' script).
// - A dry run replays the draft rule over the sample records of its object created in the last days
//   (the sample has Account, Contact, Lead and Opportunity records; no activities), with its daily cap and the
//   daily points cap, crediting each record's creator (the owner in the sample), in works council mode
//   totals only, and completes DRY_RUN_SECONDS after it starts.
// - Saving needs Customize Application and Modify Metadata (or Modify All Data) among the page's
//   userPermissions, as BuilderDeploys checks them on the user in the org.
// Admins only: every answer refuses a page without the Adoption_Administer custom permission.
import type { FieldView, RecordView, SetupView, TypeView } from '@salesforce/apex/BuilderController.getSetup';
import type { ObjectField } from '@salesforce/apex/BuilderController.getObjectFields';
import type { DryRunRow, DryRunView } from '@salesforce/apex/BuilderController.getDryRun';
import type { SaveResult } from '@salesforce/apex/BuilderController.save';
import type { ChangeView } from '@salesforce/apex/BuilderController.getChanges';
import { checkCondition } from 'c/builderModel';
import { matches } from 'c/adoptionConditions';
import type { FieldKind } from 'c/adoptionConditions';
import { formatLabel } from 'c/ldsUtils';
import NAME_INVALID from '@salesforce/label/c.Adoption_Builder_Name_Invalid';
import LABEL_INVALID from '@salesforce/label/c.Adoption_Builder_Label_Invalid';
import NAME_TAKEN from '@salesforce/label/c.Adoption_Builder_Name_Taken';
import RECORD_MISSING from '@salesforce/label/c.Adoption_Builder_Record_Missing';
import FIELD_UNKNOWN from '@salesforce/label/c.Adoption_Builder_Field_Unknown';
import NUMBER_INVALID from '@salesforce/label/c.Adoption_Builder_Number_Invalid';
import CAP_ZERO from '@salesforce/label/c.Adoption_Builder_Cap_Zero';
import PICKLIST_INVALID from '@salesforce/label/c.Adoption_Builder_Picklist_Invalid';
import OBJECT_INVALID from '@salesforce/label/c.Adoption_Builder_Object_Invalid';
import RULE_MISSING from '@salesforce/label/c.Adoption_Builder_Rule_Missing';
import CONDITION_INVALID from '@salesforce/label/c.Adoption_Builder_Condition_Invalid';
import CONDITION_TOO_LONG from '@salesforce/label/c.Adoption_Builder_Condition_Too_Long';
import FIELD_MISSING from '@salesforce/label/c.Adoption_Builder_Field_Missing';
import NOTE_REQUIRED from '@salesforce/label/c.Adoption_Builder_Note_Required';
import PERMISSION_CUSTOMIZE from '@salesforce/label/c.Adoption_Builder_Permission_Customize';
import PERMISSION_METADATA from '@salesforce/label/c.Adoption_Builder_Permission_Metadata';
import PERMISSION_MISSING from '@salesforce/label/c.Adoption_Builder_Permission_Missing';
import DEPLOY_QUEUED from '@salesforce/label/c.Adoption_Builder_Deploy_Queued';
import DEPLOY_SUCCEEDED from '@salesforce/label/c.Adoption_Builder_Deploy_Succeeded';
import DEPLOY_FAILED from '@salesforce/label/c.Adoption_Builder_Deploy_Failed';
import DAYS_INVALID from '@salesforce/label/c.Adoption_Builder_Days_Invalid';
import RULES_ONLY from '@salesforce/label/c.Adoption_Builder_Dry_Run_Rules_Only';
import CREATE_ONLY from '@salesforce/label/c.Adoption_Builder_Dry_Run_Create_Only';
import TYPE_UNKNOWN from '@salesforce/label/c.Adoption_Builder_Type_Unknown';
import TEXT_TOO_LONG from '@salesforce/label/c.Adoption_Builder_Text_Too_Long';
import DATE_INVALID from '@salesforce/label/c.Adoption_Builder_Date_Invalid';
import ADMINS_ONLY from '@salesforce/label/c.Adoption_Admin_Admins_Only';
import STALE from '@salesforce/label/c.Adoption_Builder_Stale';
import PENDING from '@salesforce/label/c.Adoption_Builder_Pending';
import type { DemoData, MetadataRecord } from '../data/types';
import { page } from '../runtime/context';
import { currentUser, demoData } from '../runtime/demo';

/** How long a deployment takes here, in seconds of the page's clock. */
export const DEPLOY_SECONDS = 2;
/** How long a dry run takes here. */
export const DRY_RUN_SECONDS = 3;
/** The preview switch: when '1', the next deployment fails (and the switch goes off). */
export const FAIL_NEXT_DEPLOY = 'preview.builder.failNextDeploy';
const MAX_DAYS = 90;
/** Where 0 never pays (BuilderValidation.NO_ZERO_CAPS): the settings' caps give 0 a meaning. */
const NO_ZERO_CAPS: ReadonlySet<string> = new Set(['Adoption_Rule__mdt.Daily_Cap__c']);
/** AdoptionSettingsSelector.dailyPointsCap's default when Daily_Points_Cap__c is blank. */
const DEFAULT_DAILY_POINTS_CAP = 200;
const CONDITION_LIMIT = 254;
const API_NAME = /^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)*$/;
const OBJECTS = ['Account', 'Case', 'Contact', 'Event', 'Lead', 'Opportunity', 'Task'];
const RECORD_KEYS: Readonly<Record<string, 'rules' | 'badges' | 'prompts' | 'quests' | 'questSteps'>> = {
    Adoption_Rule__mdt: 'rules',
    Adoption_Badge__mdt: 'badges',
    Adoption_Prompt__mdt: 'prompts',
    Adoption_Quest__mdt: 'quests',
    Adoption_Quest_Step__mdt: 'questSteps'
};

interface Draft {
    typeName: string;
    name: string;
    label: string;
    isNew: boolean;
    values: Record<string, unknown>;
    loadedJson?: string | null;
}

interface Deployment {
    change: ChangeView;
    endsAt: number;
    fails: boolean;
    record: MetadataRecord;
}

const deployments: Deployment[] = [];
const dryRuns = new Map<string, { startedAt: number; view: DryRunView }>();
let counter = 0;

export function requireAdmin(): void {
    if (!page.customPermissions.includes('Adoption_Administer')) {
        throw new Error(ADMINS_ONLY);
    }
}

function recordsOf(data: DemoData, typeName: string): MetadataRecord[] {
    const key = RECORD_KEYS[typeName];
    return key ? data[key] : [data.settings];
}

function recordView(record: MetadataRecord, fields: readonly FieldView[]): RecordView {
    const values: Record<string, unknown> = {};
    for (const field of fields) {
        values[field.apiName] = record[field.apiName] ?? null;
    }
    return { name: record.DeveloperName, label: record.MasterLabel, valuesJson: JSON.stringify(values) };
}

/** BuilderDeploys.missingPermissions over the page's user permissions. */
export function missingPermissions(): string[] {
    const has = (name: string) => page.userPermissions.includes(name);
    const missing: string[] = [];
    if (!has('CustomizeApplication')) {
        missing.push(PERMISSION_CUSTOMIZE);
    }
    if (!has('ModifyMetadata') && !has('ModifyAllData')) {
        missing.push(PERMISSION_METADATA);
    }
    return missing;
}

/** Moves deployments on with the clock: each ends as the platform's callback would report it. */
async function settle(): Promise<void> {
    const data = await demoData();
    for (const deployment of deployments) {
        if (deployment.change.status !== 'Queued' || Date.now() < deployment.endsAt) {
            continue;
        }
        deployment.change.status = deployment.fails ? 'Failed' : 'Succeeded';
        deployment.change.result = deployment.fails
            ? formatLabel(
                  DEPLOY_FAILED,
                  `${deployment.change.typeName.replace(/__mdt$/, '')}.${deployment.change.recordName}: the preview's switch made this deployment fail.`
              )
            : DEPLOY_SUCCEEDED;
        if (!deployment.fails) {
            const records = recordsOf(data, deployment.change.typeName);
            const index = records.findIndex((record) => record.DeveloperName === deployment.record.DeveloperName);
            if (deployment.change.typeName === 'Adoption_Settings__mdt') {
                Object.assign(data.settings, deployment.record);
            } else if (index >= 0) {
                records[index] = deployment.record;
            } else {
                records.push(deployment.record);
            }
        }
    }
}

export async function changes(): Promise<ChangeView[]> {
    await settle();
    return deployments.map((deployment) => ({ ...deployment.change })).reverse();
}

export async function setup(): Promise<SetupView> {
    const data = await demoData();
    await settle();
    const types: TypeView[] = data.builder.types.map((type) => ({
        apiName: type.apiName,
        label: type.label,
        fields: type.fields,
        records: recordsOf(data, type.apiName).map((record) => recordView(record, type.fields))
    }));
    return { types, objects: OBJECTS, missingPermissions: missingPermissions(), changes: await changes() };
}

export async function objectFields(objectName: string): Promise<ObjectField[]> {
    const data = await demoData();
    const fields = data.builder.objectFields[objectName];
    if (!fields) {
        throw new Error(formatLabel(OBJECT_INVALID, objectName, OBJECTS.join(', ')));
    }
    return [...fields].sort((a, b) => a.label.localeCompare(b.label));
}

/** BuilderValidation.parse: the name and label trimmed. */
function parseDraft(draftJson: string): Draft {
    const draft = JSON.parse(draftJson) as Draft;
    return {
        ...draft,
        name: typeof draft.name === 'string' ? draft.name.trim() : draft.name,
        label: typeof draft.label === 'string' ? draft.label.trim() : draft.label
    };
}

function sameName(record: MetadataRecord, name: string): boolean {
    // BuilderRecordsSelector.recordNamed: DeveloperName compared ignoring case, as the org does.
    return String(record.DeveloperName).toLowerCase() === name.toLowerCase();
}

function typed(typeName: string, field: FieldView, raw: unknown): unknown {
    if (raw === null || raw === undefined || raw === '') {
        return field.kind === 'boolean' ? false : null;
    }
    if (field.kind === 'boolean') {
        return raw === true || raw === 'true';
    }
    if (field.kind === 'number') {
        const value = Number(raw);
        if (!Number.isFinite(value) || value < 0) {
            throw new Error(formatLabel(NUMBER_INVALID, field.label));
        }
        if (NO_ZERO_CAPS.has(`${typeName}.${field.apiName}`) && value < 1) {
            throw new Error(formatLabel(CAP_ZERO, field.label));
        }
        return value;
    }
    const text = String(raw);
    if (field.kind === 'date') {
        const day = text.slice(0, 10);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
            throw new Error(formatLabel(DATE_INVALID, field.label));
        }
        return day;
    }
    if (field.kind === 'picklist' && !field.options.includes(text)) {
        throw new Error(formatLabel(PICKLIST_INVALID, field.label, text));
    }
    if (field.length > 0 && text.length > field.length) {
        throw new Error(formatLabel(TEXT_TOO_LONG, field.label, field.length));
    }
    return text;
}

/** BuilderValidation.check over the sample: the draft's values, typed, or an Error in words. */
async function check(draft: Draft): Promise<Record<string, unknown>> {
    const data = await demoData();
    const type = data.builder.types.find((candidate) => candidate.apiName === draft.typeName);
    if (!type) {
        throw new Error(TYPE_UNKNOWN);
    }
    if (!API_NAME.test(draft.name ?? '') || draft.name.length > 40) {
        throw new Error(NAME_INVALID);
    }
    if (!draft.label?.trim() || draft.label.length > 40) {
        throw new Error(LABEL_INVALID);
    }
    const existing = recordsOf(data, draft.typeName).find((record) => sameName(record, draft.name));
    if (draft.isNew && existing) {
        throw new Error(formatLabel(NAME_TAKEN, draft.name));
    }
    if (!draft.isNew && !existing) {
        throw new Error(formatLabel(RECORD_MISSING, draft.name));
    }
    const values: Record<string, unknown> = {};
    for (const field of type.fields) {
        if (existing) {
            values[field.apiName] = existing[field.apiName] ?? null;
        }
    }
    for (const [name, raw] of Object.entries(draft.values ?? {})) {
        const field = type.fields.find((candidate) => candidate.apiName === name);
        if (!field) {
            throw new Error(formatLabel(FIELD_UNKNOWN, name));
        }
        values[name] = typed(draft.typeName, field, raw);
    }
    const objectName = typeof values.Object__c === 'string' ? values.Object__c : '';
    const hasObject = type.fields.some((field) => field.role === 'object');
    if (hasObject && !OBJECTS.includes(objectName)) {
        throw new Error(formatLabel(OBJECT_INVALID, objectName, OBJECTS.join(', ')));
    }
    const readable = data.builder.objectFields[objectName] ?? [];
    for (const field of type.fields) {
        const value = values[field.apiName];
        if (typeof value !== 'string' || value.trim() === '') {
            continue;
        }
        if (field.role === 'condition') {
            const result = checkCondition(value, readable);
            if (result.reason === 'length') {
                throw new Error(formatLabel(CONDITION_TOO_LONG, field.label, CONDITION_LIMIT));
            }
            if (result.reason === 'syntax') {
                throw new Error(formatLabel(CONDITION_INVALID, field.label, result.problem));
            }
            if (result.reason === 'field') {
                throw new Error(formatLabel(FIELD_MISSING, field.label, result.problem, objectName));
            }
        } else if (field.role === 'objectField' && !readable.some((candidate) => candidate.apiName === value.trim())) {
            throw new Error(formatLabel(FIELD_MISSING, field.label, value, objectName));
        } else if (field.role === 'rule' && !data.rules.some((rule) => rule.DeveloperName === value.trim())) {
            throw new Error(formatLabel(RULE_MISSING, value));
        }
    }
    return values;
}

export async function save(draftJson: string, note: string): Promise<SaveResult> {
    if (!note?.trim()) {
        throw new Error(NOTE_REQUIRED);
    }
    const missing = missingPermissions();
    if (missing.length > 0) {
        throw new Error(formatLabel(PERMISSION_MISSING, missing.join(', ')));
    }
    const draft = parseDraft(draftJson);
    const values = await check(draft);
    const data = await demoData();
    const type = data.builder.types.find((candidate) => candidate.apiName === draft.typeName)!;
    const existing = recordsOf(data, draft.typeName).find((record) => sameName(record, draft.name));
    // BuilderService.requireCurrent: the record as the page loaded it, and nothing of it still deploying.
    const now = existing ? recordView(existing, type.fields).valuesJson : null;
    if (!draft.isNew && draft.loadedJson && now !== null && draft.loadedJson !== now) {
        throw new Error(formatLabel(STALE, draft.name));
    }
    await settle();
    if (
        deployments.some(
            ({ change }) =>
                change.status === 'Queued' &&
                change.typeName === draft.typeName &&
                change.recordName.toLowerCase() === draft.name.toLowerCase()
        )
    ) {
        throw new Error(formatLabel(PENDING, draft.name));
    }
    const user = await currentUser();
    const fails = window.localStorage.getItem(FAIL_NEXT_DEPLOY) === '1';
    window.localStorage.removeItem(FAIL_NEXT_DEPLOY);
    // The page's switch shows that it is spent (adoption-builder.ts listens).
    window.dispatchEvent(new CustomEvent(FAIL_NEXT_DEPLOY));
    const id = `a0X000000000${String(++counter).padStart(3, '0')}AAA`;
    deployments.push({
        endsAt: Date.now() + DEPLOY_SECONDS * 1000,
        fails,
        record: { ...(existing ?? {}), ...values, DeveloperName: draft.name, MasterLabel: draft.label },
        change: {
            id,
            changedAt: new Date().toISOString(),
            changedBy: user.Name,
            typeName: draft.typeName,
            recordName: draft.name,
            recordLabel: draft.label,
            note: note.trim(),
            status: 'Queued',
            result: null,
            beforeJson: existing ? recordView(existing, type.fields).valuesJson : null,
            afterJson: JSON.stringify(values),
            deployId: `0Af000000000${String(counter).padStart(3, '0')}AAA`
        }
    });
    return { changeId: id, status: 'Queued', message: DEPLOY_QUEUED };
}

/** The sample records of an object created in the last days, as the replay would query them. */
function replayed(data: DemoData, objectName: string, days: number): Record<string, unknown>[] {
    const since = Date.parse(`${data.meta.today}T00:00:00Z`) - days * 86_400_000;
    return (data.records[objectName] ?? [])
        .filter((record) => typeof record.CreatedDate === 'string' && Date.parse(record.CreatedDate) >= since)
        .sort((a, b) => String(a.CreatedDate).localeCompare(String(b.CreatedDate)));
}

export async function startDryRun(draftJson: string, days: number): Promise<string> {
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
        throw new Error(formatLabel(DAYS_INVALID, MAX_DAYS));
    }
    const draft = parseDraft(draftJson);
    if (draft.typeName !== 'Adoption_Rule__mdt') {
        throw new Error(RULES_ONLY);
    }
    const values = await check(draft);
    if (values.Operation__c !== 'Create') {
        throw new Error(CREATE_ONLY);
    }
    const data = await demoData();
    const objectName = String(values.Object__c);
    const kinds: Record<string, FieldKind> = {};
    for (const field of data.builder.objectFields[objectName] ?? []) {
        kinds[field.apiName] = field.kind as FieldKind;
    }
    const records = replayed(data, objectName, days);
    const points = Number(values.Points__c ?? 0);
    const cap = typeof values.Daily_Cap__c === 'number' ? values.Daily_Cap__c : null;
    // AdoptionSettingsSelector.dailyPointsCap: blank means 200, 0 or less turns it off.
    const settingsCap = data.settings.Daily_Points_Cap__c;
    const pointsCap =
        typeof settingsCap === 'number' ? (settingsCap > 0 ? settingsCap : null) : DEFAULT_DAILY_POINTS_CAP;
    const once = values.Once_Per_Record__c === true || String(values.Once_Per_Value_Of__c ?? '').trim() !== '';
    const perDay = new Map<string, number>();
    const pointsPerDay = new Map<string, number>();
    const byUser = new Map<string, DryRunRow>();
    for (const record of records) {
        // The replay credits the user who acted, the record's creator (RuleSignals.creditsActor); the
        // sample's records were created by their owners, so the owner stands in when no creator is given.
        const userId = String(record.CreatedById ?? record.OwnerId ?? '');
        // Limitation: the sample users carry no time zone, so a day is the UTC day (Apex: the rep's day).
        const day = String(record.CreatedDate).slice(0, 10);
        const condition = typeof values.Condition__c === 'string' ? values.Condition__c : '';
        if (!userId || !matches(condition, { record, isNew: true, today: day, kinds })) {
            continue;
        }
        const key = `${userId}|${day}`;
        const today = perDay.get(key) ?? 0;
        if (cap !== null && today >= cap) {
            continue;
        }
        // ScoringCaps.underDailyPoints: past the daily points cap an action pays what is left; at the
        // cap a repeatable rule is refused, a once rule pays 0.
        const earned = pointsPerDay.get(key) ?? 0;
        let paid: number | null = points;
        if (pointsCap !== null && points > 0 && earned + points > pointsCap) {
            const left = Math.max(0, pointsCap - earned);
            paid = left > 0 || once ? left : null;
        }
        if (paid === null) {
            continue;
        }
        perDay.set(key, today + 1);
        pointsPerDay.set(key, earned + paid);
        const name = data.users.find((user) => user.Id === userId)?.Name ?? null;
        const row = byUser.get(userId) ?? { userId, userName: name, actions: 0, points: 0 };
        row.actions++;
        row.points += paid;
        byUser.set(userId, row);
    }
    const id = `a05000000001${String(++counter).padStart(3, '0')}AAA`;
    const rows = [...byUser.values()].sort((a, b) => b.points - a.points);
    const total = rows.reduce((sum, row) => sum + row.points, 0);
    const actions = rows.reduce((sum, row) => sum + row.actions, 0);
    // BuilderService.getDryRun: in works council mode totals and the top share, no rows.
    const anonymous = data.settings.Works_Council_Mode__c === true;
    dryRuns.set(id, {
        startedAt: Date.now(),
        view: {
            jobId: id,
            status: 'Completed',
            inProgress: false,
            records: records.length,
            message: `Dry run over ${days} days of ${objectName}: ${records.length} records, ${actions} actions, ${total} points.`,
            rows: anonymous ? [] : rows,
            people: rows.length,
            actions,
            points: total,
            topShare: total > 0 ? Math.round(((rows[0]?.points ?? 0) * 100) / total) : 0,
            anonymous
        }
    });
    return id;
}

export function dryRun(jobId: string): DryRunView | null {
    const run = dryRuns.get(jobId);
    if (!run) {
        return null;
    }
    if ((Date.now() - run.startedAt) / 1000 < DRY_RUN_SECONDS) {
        return {
            jobId,
            status: 'Running',
            inProgress: true,
            records: 0,
            message: null,
            rows: [],
            people: 0,
            actions: 0,
            points: 0,
            topShare: 0,
            anonymous: false
        };
    }
    return run.view;
}
