// The org's Adoption_Settings__mdt Default record: the week start, fiscal year and levels the engine
// scores with, so a script's weeks and levels are the org's.
import type { Connection } from 'jsforce';
import { weekStartDayNumber } from 'c/adoptionCore';
import { CliError } from './cli.js';
import { errorCodeOf } from './errors.js';
import { queryAll, text, type Row } from './query.js';

export interface Settings {
    found: boolean;
    weekStartDay: number;
    fiscalStartMonth: number;
    fiscalNamedByEndingYear: boolean;
    levelThresholds: string;
    workingDays: string;
    record: Row;
}

/** Reads the Default settings record; the package's defaults when it is missing. */
export async function readSettings(conn: Connection): Promise<Settings> {
    let rows: Row[];
    try {
        rows = await queryAll(
            conn,
            "SELECT DeveloperName, Enabled__c, Week_Start_Day__c, Fiscal_Year_Start_Month__c, Fiscal_Year_Based_On__c, Level_Thresholds__c, Working_Days__c FROM Adoption_Settings__mdt WHERE DeveloperName = 'Default'"
        );
    } catch (error) {
        if (errorCodeOf(error) === 'INVALID_TYPE' || errorCodeOf(error) === 'INVALID_FIELD') {
            throw new CliError(
                'Cannot read Adoption_Settings__mdt: the CRM Adoption package is not deployed in this org, or you lack the Adoption_Admin permission set. Run `npm run deploy` (it assigns Adoption_Admin to you), then `npm run doctor`.'
            );
        }
        throw error;
    }
    const record = rows[0] ?? {};
    const month = Number(record.Fiscal_Year_Start_Month__c ?? 1);
    return {
        found: rows.length > 0,
        weekStartDay: weekStartDayNumber(text(record, 'Week_Start_Day__c') || 'Monday'),
        fiscalStartMonth: Number.isInteger(month) && month >= 1 && month <= 12 ? month : 1,
        fiscalNamedByEndingYear: text(record, 'Fiscal_Year_Based_On__c') !== 'Starting Month',
        levelThresholds: text(record, 'Level_Thresholds__c') || '0,100,250,500,1000,2000,4000,8000',
        workingDays: text(record, 'Working_Days__c') || 'Mon,Tue,Wed,Thu,Fri',
        record
    };
}
