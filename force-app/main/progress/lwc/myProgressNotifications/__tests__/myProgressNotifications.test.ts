import { createElement } from 'lwc';
import MyProgressNotifications from 'c/myProgressNotifications';
import { hourText, muteOptions, quietTexts } from '../notificationsScreen';
import type { MuteChange } from 'c/myProgressNotifications';
import type { NotificationsView } from 'c/adoptionTypes';
import { all, flush, one, texts } from 'config/jest/utils/dom';

const VIEW: NotificationsView = {
    mutes: [
        { key: 'badge', muted: false },
        { key: 'level', muted: false },
        { key: 'streak', muted: true },
        { key: 'challenge', muted: false },
        { key: 'recognition', muted: false },
        { key: 'prompt', muted: false },
        { key: 'push', muted: true }
    ],
    quietStart: 20,
    quietEnd: 7,
    dailyCap: 6,
    promptCap: 3,
    timeZone: 'Asia/Tokyo'
};

type Box = HTMLElement & { checked: boolean; disabled: boolean; label: string };

function create(props: Record<string, unknown>): HTMLElement {
    const element = createElement('c-my-progress-notifications', { is: MyProgressNotifications });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

describe('c-my-progress-notifications', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.useRealTimers();
    });

    it('ticks what the rep hears about, in a labelled group, and says the quiet hours and the cap', async () => {
        // 03:00 UTC is 12:00 in Tokyo: not quiet.
        jest.useFakeTimers({ now: Date.parse('2026-11-16T03:00:00Z'), doNotFake: ['queueMicrotask'] });
        const element = create({ notifications: VIEW });
        await flush();

        expect(texts(element, 'h3')).toEqual(['Notifications']);
        expect(texts(element, 'legend')).toEqual(['Tell me about']);
        const boxes = all(element, '.mute-option') as Box[];
        expect(boxes.map((box) => [box.dataset.key, box.label, box.checked])).toEqual([
            ['badge', 'Badges I earn', true],
            ['level', 'Levels I reach', true],
            ['streak', 'Streaks', false],
            ['challenge', 'Challenges I join or win', true],
            ['recognition', 'Recognition from colleagues', true],
            ['prompt', 'Tips on the records I open', true],
            ['push', 'Bell and phone notifications', false]
        ]);
        expect(texts(element, '.quiet-hours')).toEqual([
            'Quiet hours: 8:00 PM to 7:00 AM in your time zone. No bell or phone notifications then; your news waits in the app.'
        ]);
        expect(element.shadowRoot?.querySelector('.quiet-now')).toBeNull();
        expect(texts(element, '.daily-cap')).toEqual([
            'At most 6 interruptions a day; news that arrives together counts once, and what waits comes the next day.'
        ]);
        jest.useRealTimers();
        await expect(element).toBeAccessible();
    });

    it('says it is quiet now, in the rep’s own time zone, until when', async () => {
        // 12:00 UTC is 21:00 in Tokyo, whatever the browser's zone.
        jest.useFakeTimers({ now: Date.parse('2026-11-16T12:00:00Z'), doNotFake: ['queueMicrotask'] });
        const element = create({ notifications: VIEW });
        await flush();
        expect(texts(element, '.quiet-now')).toEqual(['Quiet hours now, until 7:00 AM.']);
        jest.useRealTimers();
        await expect(element).toBeAccessible();
    });

    it('fires mutechange with the key and the mute, and keeps the boxes waiting while saving', async () => {
        const element = create({ notifications: VIEW });
        const changes: MuteChange[] = [];
        element.addEventListener('mutechange', (event) => changes.push((event as CustomEvent<MuteChange>).detail));
        await flush();

        const badge = one(element, '.mute-option[data-key="badge"]') as Box;
        badge.checked = false;
        badge.dispatchEvent(new CustomEvent('change', { detail: { checked: false } }));
        const push = one(element, '.mute-option[data-key="push"]') as Box;
        push.dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
        expect(changes).toEqual([
            { key: 'badge', muted: true },
            { key: 'push', muted: false }
        ]);

        Object.assign(element, { saving: true, status: '', errorMessage: 'Try again later.' });
        await flush();
        expect((all(element, '.mute-option') as Box[]).every((box) => box.disabled)).toBe(true);
        expect(texts(element, '.mute-error')).toEqual(['Try again later.']);
        expect(one(element, '.mute-error').getAttribute('role')).toBe('alert');

        // The save was refused: the same choices come back and the box shows them again.
        Object.assign(element, { saving: false, notifications: { ...VIEW }, errorMessage: '' });
        await flush();
        expect((one(element, '.mute-option[data-key="badge"]') as Box).checked).toBe(true);
        Object.assign(element, { status: 'Saved.' });
        await flush();
        expect(one(element, '.mute-status').getAttribute('aria-live')).toBe('polite');
        expect(texts(element, '.mute-status')).toEqual(['Saved.']);
    });

    it('ignores a change from an element without a known key', async () => {
        const element = create({ notifications: VIEW });
        const handler = jest.fn();
        element.addEventListener('mutechange', handler);
        await flush();
        const box = one(element, '.mute-option[data-key="level"]');
        box.dataset.key = 'everything';
        box.dispatchEvent(new CustomEvent('change', { detail: { checked: false } }));
        expect(handler).not.toHaveBeenCalled();
    });

    it('says when no quiet hours are set, and shows nothing before the data', () => {
        expect(quietTexts({ ...VIEW, quietStart: 0, quietEnd: 0 }, '2026-11-16T12:00:00Z')).toEqual({
            hours: 'No quiet hours are set: notifications can come at any time.',
            now: ''
        });
        expect(quietTexts(undefined, '2026-11-16T12:00:00Z')).toEqual({ hours: '', now: '' });
        expect(muteOptions(undefined)).toEqual([]);
    });

    it('keeps the hours when the time zone cannot be read, and leaves out keys it does not know', () => {
        expect(quietTexts({ ...VIEW, quietStart: 25 }, '2026-11-16T12:00:00Z').now).toBe('');
        const options = muteOptions({
            ...VIEW,
            mutes: [{ key: 'weather' as 'badge', muted: false }, ...VIEW.mutes.slice(0, 1)]
        });
        expect(options.map((option) => option.key)).toEqual(['badge']);
    });

    it('writes an hour as the locale does', () => {
        expect(hourText(20, 'en-US')).toBe('8:00 PM');
        expect(hourText(20, 'de-DE')).toBe('20:00');
        expect(hourText(7, 'not a locale!')).toBe('07:00');
    });
});
