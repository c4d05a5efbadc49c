// Review leaders-final m8: percents and points on the leaders view follow the user's Salesforce
// locale (@salesforce/i18n/locale), not English: a German user reads "83 %" and "42,5".
jest.mock('@salesforce/i18n/locale', () => ({ default: 'de-DE' }), { virtual: true });

import type { LeaderRow, LeadersView } from '@salesforce/apex/LeadersController.getLeaders';
import { leadersScreen } from '../adoptionLeadersScreen';

const ROW: LeaderRow = {
    userId: '005000000000001AAA',
    name: 'Maria Lopez',
    title: 'Vertriebsleiterin West',
    level: 1,
    loginDays: 17,
    actionsThisWeek: 1250,
    pointsThisWeek: 60,
    actionsLastWeek: 20,
    pointsLastWeek: 95,
    openOpportunities: 4,
    noNextStep: 0,
    pastCloseDate: 0,
    stale: 0,
    hygieneNotVisible: false,
    teamSize: 8,
    teamActivePercent: 83,
    teamPoints: 42.5,
    teamHygienePercent: 67,
    teamHygieneNotVisible: 2,
    teamHygieneNotMeasured: 0,
    leadsByExample: true,
    notSeenThisWeek: false
};

const VIEW: LeadersView = {
    worksCouncil: false,
    weekKey: '2026-W49',
    lastWeekKey: '2026-W48',
    loginWindowDays: 28,
    withheldTeams: 0,
    loginsCapped: false,
    forecastSampled: false,
    leaders: [ROW]
};

// Intl writes a no-break space (U+00A0 or U+202F) before the percent sign in German.
const SPACE = '[\\u00a0\\u202f ]';

describe('c-adoption-leaders in a German locale', () => {
    it('writes percents and points the locale’s way, never with a hard-coded "%" or "."', () => {
        const [row] = leadersScreen(VIEW, 'own').rows;
        expect(row.teamActive).toMatch(new RegExp(`^83${SPACE}%$`));
        expect(row.teamPoints).toBe('42,5');
        expect(row.teamHygiene).toMatch(new RegExp(`^67${SPACE}% \\(2 not visible\\)$`));
        expect(row.thisWeek).toBe('1.250 actions · 60 pts');
        expect(row.subtitle).toBe('Vertriebsleiterin West · 8 people');
    });
});
