// Local answer for `@salesforce/apex/ProgressController.getPointsHistory`: one page of the page user's
// ledger entries from the sample data, as ProgressService.pointsHistory builds it in the org (keep the
// two together): the same parameter checks and messages (custom labels), newest first
// (Occurred_At__c, then Id), the rule's label and why it matters (a removed rule says so), and pages
// that stop where SOQL's OFFSET does (2,000 rows).
import type { HistoryEntry, HistoryPage, HistoryParams } from 'c/adoptionTypes';
import { formatLabel } from 'c/ldsUtils';
import PAGE_SIZE_INVALID from '@salesforce/label/c.Adoption_Progress_Page_Size_Invalid';
import PAGE_NUMBER_INVALID from '@salesforce/label/c.Adoption_Progress_Page_Number_Invalid';
import PAGE_TOO_FAR from '@salesforce/label/c.Adoption_Progress_Page_Too_Far';
import RULE_REMOVED from '@salesforce/label/c.Adoption_Progress_Rule_Removed';
import type { LedgerEntry, MetadataRecord } from '../data/types';
import { currentUserId, demoData } from '../runtime/demo';
import { text } from './values';

const MAX_PAGE_SIZE = 50;
const MAX_OFFSET = 2000;

function isWhole(value: unknown): value is number {
    return typeof value === 'number' && Number.isInteger(value);
}

/** The last page whose first row SOQL's OFFSET can reach. */
function lastPage(pageSize: number): number {
    return Math.floor(MAX_OFFSET / pageSize) + 1;
}

/** ProgressService.checkPage: throws what the controller's AuraHandledException would carry. */
function checkPage(pageSize: unknown, pageNumber: unknown): { pageSize: number; pageNumber: number } {
    if (!isWhole(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw new Error(formatLabel(PAGE_SIZE_INVALID, MAX_PAGE_SIZE));
    }
    if (!isWhole(pageNumber) || pageNumber < 1) {
        throw new Error(PAGE_NUMBER_INVALID);
    }
    if ((pageNumber - 1) * pageSize > MAX_OFFSET) {
        throw new Error(formatLabel(PAGE_TOO_FAR, lastPage(pageSize)));
    }
    return { pageSize, pageNumber };
}

/** Newest first: Occurred_At__c, then Id, descending (ISO datetimes compare as text). */
function newestFirst(a: LedgerEntry, b: LedgerEntry): number {
    if (a.Occurred_At__c !== b.Occurred_At__c) {
        return a.Occurred_At__c < b.Occurred_At__c ? 1 : -1;
    }
    return a.Id < b.Id ? 1 : a.Id > b.Id ? -1 : 0;
}

function historyEntry(row: LedgerEntry, rule: MetadataRecord | undefined): HistoryEntry {
    return {
        id: row.Id,
        occurredAt: row.Occurred_At__c,
        points: Math.trunc(row.Points__c),
        ruleName: row.Rule_Name__c,
        ruleLabel: rule ? rule.MasterLabel : row.Rule_Name__c,
        category: text(row.Category__c),
        recordId: row.Record_Id__c ? row.Record_Id__c : null,
        objectName: text(row.Object__c),
        whyItMatters: rule ? text(rule.Why_It_Matters__c) : RULE_REMOVED,
        entryType: row.Entry_Type__c
    };
}

export default async function getPointsHistory(params: HistoryParams | undefined): Promise<HistoryPage> {
    const { pageSize, pageNumber } = checkPage(params?.pageSize, params?.pageNumber);
    const data = await demoData();
    const userId = currentUserId();
    const rules = new Map(data.rules.map((rule) => [rule.DeveloperName, rule]));
    // The rep's own rows: credited to them and owned by them (sharing in the org).
    const rows = data.ledger.filter((row) => row.User__c === userId && row.OwnerId === userId).sort(newestFirst);
    const offset = (pageNumber - 1) * pageSize;
    // pageSize + 1 rows, as the SOQL query reads them, to know whether more follow.
    const read = rows.slice(offset, offset + pageSize + 1);
    return {
        entries: read.slice(0, pageSize).map((row) => historyEntry(row, rules.get(row.Rule_Name__c))),
        pageNumber,
        pageSize,
        hasMore: read.length > pageSize && pageNumber < lastPage(pageSize)
    };
}
