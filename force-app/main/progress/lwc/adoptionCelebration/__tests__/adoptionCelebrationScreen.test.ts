// The celebration card's screen functions, called directly: each kind of news in words, and a bundle.
import type { CelebrationNews } from '@salesforce/apex/CelebrationsController.getNew';
import { viewOf, worded } from '../adoptionCelebrationScreen';

function news(changes: Partial<CelebrationNews>): CelebrationNews {
    return { id: 'a0C1', kind: 'Badge', createdAt: '2026-11-20T10:00:00.000Z', ...changes };
}

describe('adoptionCelebrationScreen', () => {
    it('words a badge with its tier label and its own text, and announces it', () => {
        const badge = worded(
            news({ badgeName: 'Call_Champion', title: 'Call Champion', tier: 'Gold', message: 'Calls.' })
        );
        expect(badge).toMatchObject({ title: 'Call Champion', tierText: 'Gold', icon: 'utility:favorite' });
        expect(badge.announcement).toBe('Badge earned: Call Champion. Gold. Calls.');
        expect(badge.detail).toEqual({
            kind: 'Badge',
            badgeName: 'Call_Champion',
            level: null,
            title: 'Call Champion'
        });
    });

    it('tells a level-up entirely from the labels, and a challenge from its name and prize', () => {
        expect(worded(news({ kind: 'Level', level: 4 }))).toMatchObject({
            title: 'Level up!',
            message: 'You reached Level 4!',
            announcement: 'You reached Level 4!'
        });
        const won = worded(news({ kind: 'Challenge', title: 'Activity sprint', message: 'Lunch' }));
        expect(won).toMatchObject({ title: 'You won Activity sprint', icon: 'utility:rating' });
        expect(won.announcement).toBe('You won Activity sprint. Lunch');
    });

    it('says which badge was taken back and why', () => {
        const revoked = worded(news({ kind: 'BadgeRevoked', badgeName: 'First_Call', title: 'First Call' }));
        expect(revoked.title).toBe('Badge taken back: First Call');
        expect(revoked.detail.kind).toBe('BadgeRevoked');
        expect(revoked.icon).toBe('utility:undo');
    });

    it('words a recognition: who recognised the rep, and what they wrote', () => {
        const thanks = worded(
            news({ kind: 'Recognition', title: 'Marcus Chen', message: 'Your next step saved Acme.' })
        );
        expect(thanks).toMatchObject({
            title: 'Marcus Chen recognised you',
            message: 'Your next step saved Acme.',
            icon: 'utility:like',
            tierText: ''
        });
        expect(thanks.detail.kind).toBe('Recognition');
        expect(thanks.announcement).toBe('Marcus Chen recognised you. Your next step saved Acme.');
    });

    it('shows one celebration as itself and several as one card listing each', () => {
        const badge = worded(news({ title: 'First Call', tier: 'Bronze' }));
        const level = worded(news({ kind: 'Level', level: 3 }));
        const single = viewOf([badge], 'k1');
        expect(single).toMatchObject({ title: 'First Call', hasLines: false });
        expect(single.cardClass).toBe('celebration slds-box slds-theme_default celebration_tier-bronze');
        const bundle = viewOf([badge, level], 'k2');
        expect(bundle.title).toBe('2 new celebrations');
        expect(bundle.lines.map((line) => line.text)).toEqual(['First Call', 'You reached Level 3!']);
        expect(bundle.announcement.startsWith('2 new celebrations: ')).toBe(true);
    });
});
