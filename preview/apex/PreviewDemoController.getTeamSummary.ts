// Local answer for `@salesforce/apex/PreviewDemoController.getTeamSummary`, which only the
// preview's own previewShell calls (there is no such Apex class): it proves the pipeline from a
// wire with a reactive parameter through the sample data to a rendered component.
import type { PeriodType } from '../data/types';
import { benchmarkData, currentUserId, demoData, usesBenchmark } from '../runtime/demo';

export interface TeamSummary {
    periodType: PeriodType;
    periodKey: string;
    teamSize: number;
    activePeople: number;
    totalPoints: number;
    topPerformers: { userId: string; name: string; points: number; rank: number; isMe: boolean }[];
    sampleToday: string;
}

export default async function getTeamSummary({ periodType }: { periodType: PeriodType }): Promise<TeamSummary> {
    const data = usesBenchmark() ? await benchmarkData() : await demoData();
    const periodKey = data.meta.currentPeriods[periodType];
    if (!periodKey) {
        throw new Error(`Unknown period type: ${periodType}`);
    }
    const names = new Map(data.users.map((user) => [user.Id, user.Name]));
    const rows = data.periodScores
        .filter((row) => row.Period_Key__c === periodKey)
        .sort(
            (a, b) =>
                b.Points__c - a.Points__c || (names.get(a.User__c) ?? '').localeCompare(names.get(b.User__c) ?? '')
        );
    let rank = 0;
    const topPerformers = rows.slice(0, 5).map((row, index) => {
        rank = index > 0 && row.Points__c === rows[index - 1].Points__c ? rank : index + 1;
        return {
            userId: row.User__c,
            name: names.get(row.User__c) ?? row.User__c,
            points: row.Points__c,
            rank,
            isMe: row.User__c === currentUserId()
        };
    });
    return {
        periodType,
        periodKey,
        teamSize: usesBenchmark() ? data.users.length : data.users.filter((user) => user.Team).length,
        activePeople: rows.filter((row) => row.Points__c > 0).length,
        totalPoints: rows.reduce((sum, row) => sum + row.Points__c, 0),
        topPerformers,
        sampleToday: data.meta.today
    };
}
