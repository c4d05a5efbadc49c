import { createElement } from 'lwc';
import RecognitionWall, { itemOf } from 'c/recognitionWall';
import type { RecognitionWallView } from '@salesforce/apex/RecognitionController.getWall';
import { all, flush, one, texts } from 'config/jest/utils/dom';

jest.mock('@salesforce/apex/RecognitionController.getWall', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/RecognitionController.withdraw', () => ({ default: jest.fn() }), { virtual: true });

const getWall = jest.requireMock<{ default: jest.Mock }>('@salesforce/apex/RecognitionController.getWall').default;
const withdraw = jest.requireMock<{ default: jest.Mock }>('@salesforce/apex/RecognitionController.withdraw').default;

const WALL: RecognitionWallView = {
    worksCouncil: false,
    isAdmin: false,
    entries: [
        {
            id: 'a01000000000001AAA',
            giverName: 'Marcus Chen',
            recipientName: 'Ana Ruiz',
            recordName: 'Acme renewal',
            recordId: '006000000000001AAA',
            message: 'Your next step saved the Acme renewal.',
            value: 12000,
            points: 20,
            givenAt: '2026-12-04T10:00:00.000Z',
            canWithdraw: true
        },
        {
            id: 'a01000000000002AAA',
            giverName: 'Ben Okafor',
            recipientName: 'Ana Ruiz',
            message: 'Thanks for logging the call.',
            points: 0,
            canWithdraw: false
        }
    ]
};

function create(): HTMLElement {
    const element = createElement('c-recognition-wall', { is: RecognitionWall });
    document.body.appendChild(element);
    return element;
}

describe('c-recognition-wall', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('lists who recognised whom, the record only when readable, and a named withdraw button', async () => {
        getWall.mockResolvedValue(WALL);
        const element = create();
        await flush();

        expect(texts(element, '.heading')).toEqual([
            'Marcus Chen recognised Ana Ruiz',
            'Ben Okafor recognised Ana Ruiz'
        ]);
        expect(texts(element, '.record')).toEqual(['On Acme renewal']);
        expect(one(element, '.record a').getAttribute('href')).toBe('/lightning/r/006000000000001AAA/view');
        expect(texts(element, '.details')).toEqual(['Value: 12,000 · 20 points']);
        const buttons = all(element, '.withdraw');
        expect(buttons).toHaveLength(1);
        expect(buttons[0].getAttribute('aria-label')).toBe('Withdraw recognition of Ana Ruiz');
        expect(buttons[0].textContent?.trim()).toBe('Withdraw');
        await expect(element).toBeAccessible();
    });

    it('withdraws, reloads and says so in a live region', async () => {
        getWall.mockResolvedValueOnce(WALL).mockResolvedValueOnce({ ...WALL, entries: [WALL.entries[1]] });
        withdraw.mockResolvedValue(20);
        const element = create();
        await flush();
        one(element, '.withdraw').click();
        await flush();

        expect(withdraw).toHaveBeenCalledWith({ recognitionId: 'a01000000000001AAA' });
        expect(texts(element, '.heading')).toEqual(['Ben Okafor recognised Ana Ruiz']);
        expect(texts(element, '.status')).toEqual(['Recognition withdrawn.']);
        expect(one(element, '.status').getAttribute('aria-live')).toBe('polite');
    });

    it('says when the wall is empty, and why it is short in works council mode', async () => {
        getWall.mockResolvedValue({ entries: [], worksCouncil: true, isAdmin: false });
        const element = create();
        await flush();
        expect(texts(element, '.works-council')).toEqual([
            'Works council mode: you see only recognitions you gave or received.'
        ]);
        expect(all(element, '.empty')).toHaveLength(1);
        await expect(element).toBeAccessible();
    });

    it('shows a refused withdrawal as an alert', async () => {
        getWall.mockResolvedValue(WALL);
        withdraw.mockRejectedValue({
            body: { message: 'Only the person who gave a recognition, or an admin, can withdraw it.' }
        });
        const element = create();
        await flush();
        one(element, '.withdraw').click();
        await flush();
        expect(one(element, '.error').getAttribute('role')).toBe('alert');
        expect(texts(element, '.error')).toEqual([
            'Only the person who gave a recognition, or an admin, can withdraw it.'
        ]);
    });

    it('words an entry without names or a record safely', () => {
        expect(itemOf({ id: 'x', canWithdraw: false })).toEqual(
            expect.objectContaining({ heading: ' recognised ', hasRecord: false, recordUrl: '', details: '' })
        );
    });
});
