// The DTO-to-screen functions of My Progress, called directly: what each section is handed.
import type { HistoryPage, ProgressView, QuestView } from 'c/adoptionTypes';
import { fixture as readFixture } from 'config/jest/utils/dom';
import {
    badgeView,
    entryView,
    nextBadgeView,
    progressScreen,
    questScreen,
    recordPage,
    toBoolean,
    wholeNumber
} from '../myProgressScreen';

function fixture<T>(name: string): T {
    return readFixture<T>(__dirname, name);
}

const PROGRESS = fixture<ProgressView>('getMyProgress');
const TOP = fixture<ProgressView>('getMyProgressTopLevel');
const EMPTY = fixture<ProgressView>('getMyProgressEmpty');
const QUEST = fixture<QuestView>('getMyProgressQuest');
const PAGE_1 = fixture<HistoryPage>('getPointsHistoryPage1');

describe('myProgressScreen', () => {
    it('turns the progress into stats, level and the next three badges', () => {
        const screen = progressScreen(PROGRESS);
        expect(screen.stats.map((stat) => [stat.key, stat.value])).toEqual([
            ['week', '85 points'],
            ['month', '310 points'],
            ['streak', '4-day streak'],
            ['best', '12-day streak']
        ]);
        expect(screen.levelText).toBe('Level 5');
        expect(screen.levelHint).toBe('750 points to Level 6');
        expect(screen.levelBarLabel).toBe('Progress to Level 6');
        expect(screen.levelProgress).toBe(25);
        expect(screen.nextBadges.length).toBeLessThanOrEqual(3);
        expect(screen.hasNextBadges).toBe(screen.nextBadges.length > 0);
        expect(screen.isEmpty).toBe(false);
        expect(screen.quest).toBeNull();
    });

    it('says the top level is reached when Apex leaves the next level out', () => {
        const screen = progressScreen(TOP);
        expect(TOP.nextLevelAt ?? null).toBeNull();
        expect(screen.levelHint).toBe('Top level reached. Keep your streak going!');
    });

    it('marks a rep without points or badges as empty, with the first next badge as the place to start', () => {
        const screen = progressScreen(EMPTY);
        expect(screen.isEmpty).toBe(true);
        const first = EMPTY.nextBadges?.[0];
        expect(screen.startHint).toBe(first ? `Start here: ${first.label}. ${first.description}` : '');
    });

    it('keys a badge by name and period, shows the tier label and a date it can read', () => {
        const badge = PROGRESS.badges[0];
        const view = badgeView(badge);
        expect(view.key).toBe(`${badge.name}|${badge.periodKey}`);
        expect(view.tierText).toBe('Silver');
        expect(view.awardedAtMs).toBe(Date.parse(badge.awardedAt));
        expect(view.expanded).toBe('false');
        expect(badgeView({ ...badge, tier: 'Diamond', icon: '', awardedAt: 'soon' })).toMatchObject({
            tierText: 'Diamond',
            icon: 'utility:ribbon',
            awardedAtMs: null
        });
    });

    it('clamps a next badge to 0..100 % and says how far along it is', () => {
        const next = { ...PROGRESS.nextBadges[0], progress: 140, current: 7, target: 5 };
        expect(nextBadgeView(next)).toMatchObject({
            progress: 100,
            progressText: '7 of 5',
            progressLabel: `Progress towards ${next.label}`
        });
        expect(nextBadgeView({ ...next, progress: -3 }).progress).toBe(0);
    });

    it('gives every quest step its state in words and the current step as next', () => {
        const screen = questScreen(QUEST);
        expect(screen?.steps.map((step) => [step.label, step.stateText, step.ariaCurrent])).toEqual([
            ['Log a call', 'Done', null],
            ['Update a next step', 'Current step', 'step'],
            ['Complete_Task', 'To do', null]
        ]);
        expect(screen?.progress).toBe(33);
        expect(screen?.nextText).toBe('Next: Update a next step');
        expect(questScreen({ ...QUEST, complete: true })?.nextText).toBe('');
        expect(questScreen(undefined)).toBeNull();
    });

    it('signs the points of a history entry, marks a reversal and links its record', () => {
        const [award] = PAGE_1.entries;
        expect(entryView(award)).toMatchObject({
            pointsText: '+10 points',
            pointsClass: 'points slds-text-color_success',
            entryTypeText: '',
            categoryText: 'Forecast',
            hasRecord: true,
            url: `/lightning/r/${award.recordId}/view`
        });
        expect(entryView({ ...award, points: -10, entryType: 'Reversal', recordId: undefined })).toMatchObject({
            pointsText: '-10 points',
            pointsClass: 'points slds-text-color_error',
            entryTypeText: 'Reversed',
            hasRecord: false,
            url: ''
        });
    });

    it('reads numbers and design attributes as App Builder and markup pass them', () => {
        expect(wholeNumber(2.6, 1)).toBe(3);
        expect(wholeNumber('2', 1)).toBe(1);
        expect(wholeNumber(Number.NaN, 7)).toBe(7);
        expect([toBoolean(true), toBoolean('true'), toBoolean(false), toBoolean('false')]).toEqual([
            true,
            true,
            false,
            false
        ]);
        expect(recordPage('006x')).toEqual({
            type: 'standard__recordPage',
            attributes: { recordId: '006x', actionName: 'view' }
        });
    });
});
