// The pulse's DTO-to-screen functions, called directly: what each section is handed for one PulseView.
import type { PulseGroup, PulseView } from '@salesforce/apex/PulseController.getPulse';
import { fixture as readFixture } from 'config/jest/utils/dom';
import {
    attentionView,
    countText,
    dayText,
    groupView,
    notesOf,
    onboardingView,
    percentText,
    pulseScreen,
    reasonText,
    tiles,
    trendOf
} from '../adoptionPulseScreen';

function fixture(name: string): PulseView {
    return readFixture<PulseView>(__dirname, name);
}

const PULSE = fixture('getPulse');
const WORKS_COUNCIL = fixture('getPulseWorksCouncil');

describe('adoptionPulseScreen', () => {
    it('writes a missing figure as a dash, one the viewer cannot see as Not visible, and a day as UTC', () => {
        expect([countText(3), countText(undefined), countText(null), countText(0, true)]).toEqual([
            '3',
            '—',
            '—',
            'Not visible'
        ]);
        expect([percentText(50), percentText(undefined), percentText(80, true)]).toEqual(['50%', '—', 'Not visible']);
        expect([dayText('2026-11-16'), dayText('soon'), dayText(undefined)]).toEqual(['Nov 16', '', '']);
    });

    it('says a reason in the singular for one, in the plural for more, and by its code when the page does not know it', () => {
        expect(reasonText({ code: 'Past_Close', values: [1] })).toBe('1 open opportunity past its close date');
        expect(reasonText({ code: 'Past_Close', values: [3] })).toBe('3 open opportunities past their close date');
        expect(reasonText({ code: 'Inactive', values: [7] })).toBe('No CRM activity for 7 days');
        expect(reasonText({ code: 'Something_New', values: [] })).toBe('Something_New');
        const item = attentionView({ userId: '005A', name: 'Ben', reasons: [{ code: 'Never_Logged_In', values: [] }] });
        expect(item).toEqual({ key: '005A', name: 'Ben', reasons: [{ key: '005A-0', text: 'Never logged in' }] });
    });

    it('builds the six tiles, the forecast tile from what is measured', () => {
        expect(tiles(PULSE).map((tile) => [tile.key, tile.value])).toEqual([
            ['active', '2 of 3'],
            ['loggedIn', '2 of 3'],
            ['points', '35'],
            ['forecast', '1 of 2'],
            ['completeness', '70%'],
            ['attention', '2 of 3']
        ]);
        expect(tiles({ ...PULSE, peopleWithOpportunities: 0 })[3].value).toBe('No open opportunities');
        expect(tiles({ ...PULSE, forecastAvailable: false })[3].value).toBe('Not measured');
        const withheld = tiles({ ...WORKS_COUNCIL, forecastWithheld: true })[3];
        expect([withheld.value, withheld.detail]).toEqual([
            '—',
            'Fewer than 5 people have open opportunities: no forecast figures.'
        ]);
    });

    it('draws the trend: the busiest week full height, a quiet week a sliver, the figures in words', () => {
        const trend = trendOf([
            { periodKey: '2026-W46', weekStart: '2026-11-09', points: 0, activePeople: 0 },
            { periodKey: '2026-W47', weekStart: '2026-11-16', points: 1200, activePeople: 3 }
        ]);
        expect(trend.bars.map((bar) => [bar.label, bar.style, bar.pointsText])).toEqual([
            ['W46', 'height: 2%', '0'],
            ['W47', 'height: 100%', '1,200']
        ]);
        expect(trend.rows[1]).toEqual({
            key: '2026-W47',
            week: '2026-W47',
            start: 'Nov 16',
            points: '1,200',
            active: '3'
        });
        expect(trend.summary).toBe('2026-W46: 0 points, 0 active; 2026-W47: 1,200 points, 3 active');
        expect(trendOf([])).toEqual({ bars: [], rows: [], summary: '' });
    });

    it('says who is getting started: stuck or on track in words, overdue before stalled', () => {
        const [first] = PULSE.onboarding;
        const overdue = onboardingView({
            ...first,
            stuck: true,
            overdue: true,
            daysSinceCreated: 41,
            daysToComplete: 30
        });
        expect([overdue.itemClass, overdue.statusText, overdue.detailText]).toEqual([
            'onboarding-item stuck',
            'Stuck',
            'Joined 41 days ago; the quest takes 30 days'
        ]);
        const stalled = onboardingView({ ...first, stuck: true, overdue: false, stalled: true, daysSinceActive: 9 });
        expect(stalled.detailText).toBe('No scored action for 9 days');
        const fresh = onboardingView({ ...first, stuck: false, overdue: false, stalled: false, daysSinceCreated: 1 });
        expect([fresh.statusText, fresh.detailText]).toEqual(['On track', 'Joined 1 day ago']);
    });

    it('names a works council team by its lead, and shows a withheld one with its size only', () => {
        const base: PulseGroup = WORKS_COUNCIL.groups[0];
        expect(groupView({ ...base, yourTeam: true }, 5).name).toBe('Your team');
        expect(groupView({ ...base, yourTeam: false, leadName: 'Dev Patel', teams: 3 }, 5).name).toBe(
            'Team of Dev Patel and 2 smaller teams'
        );
        expect(groupView({ ...base, yourTeam: false, leadName: 'Dev Patel', teams: 2 }, 5).name).toBe(
            'Team of Dev Patel and 1 smaller team'
        );
        const withheld = groupView({ ...base, withheld: true, size: 2 }, 5);
        expect([withheld.size, withheld.points, withheld.completeness, withheld.rowClass]).toEqual([
            '2',
            '—',
            '—',
            'group withheld'
        ]);
        expect(withheld.note).toBe('Fewer than 5 people, or not all of the team here: not shown');
        const noForecast = groupView({ ...base, forecastWithheld: true }, 5);
        expect([noForecast.forecastReady, noForecast.stale]).toEqual(['—', '—']);
        expect(noForecast.points).not.toBe('—');
    });

    it('lists the notes, works council mode first, each only when it applies', () => {
        expect(notesOf(PULSE).map((note) => note.key)).toEqual(['logins', 'sampled', 'skipped']);
        expect(
            notesOf({ ...WORKS_COUNCIL, forecastSampled: true, notVisibleForecastPeople: 1 }).map((note) => note.key)
        ).toEqual(['worksCouncil', 'forecastSampled', 'withheld', 'totals', 'notVisibleForecast']);
        const allShown = WORKS_COUNCIL.groups.map((group) => {
            return group.withheld ? group : { ...group, forecastWithheld: false, completeness: 75 };
        });
        expect(notesOf({ ...WORKS_COUNCIL, groups: allShown }).map((note) => note.key)).not.toContain('totals');
        expect(notesOf({ ...PULSE, loginsCapped: false, keyFieldsSampled: false, skippedKeyFields: [] })).toEqual([]);
    });

    it('builds the page once: empty, nothing shown in works council mode, onboarding with its summary', () => {
        const screen = pulseScreen(PULSE);
        expect([screen.empty, screen.worksCouncil, screen.nothingShown, screen.showTiles]).toEqual([
            false,
            false,
            false,
            true
        ]);
        expect(screen.attention.map((item) => item.name)).toEqual(['Ben Okafor', 'Chloe Martin']);
        expect([screen.hasOnboarding, screen.onboarding.items.length, screen.onboarding.summary]).toEqual([
            true,
            2,
            '2 people onboarding, 1 stuck'
        ]);
        expect(pulseScreen({ ...PULSE, onboarding: [] }).hasOnboarding).toBe(false);
        expect(pulseScreen({ ...PULSE, people: [] }).empty).toBe(true);

        const allWithheld = pulseScreen({
            ...WORKS_COUNCIL,
            groups: WORKS_COUNCIL.groups.map((group) => ({ ...group, withheld: true }))
        });
        expect([allWithheld.nothingShown, allWithheld.showTiles]).toEqual([true, false]);
        expect(allWithheld.worksCouncilNone).toBe(
            'Your team has fewer than 5 people besides you, so works council mode shows no figures.'
        );
        expect(pulseScreen({ ...WORKS_COUNCIL, groups: [] }).empty).toBe(true);
    });
});
