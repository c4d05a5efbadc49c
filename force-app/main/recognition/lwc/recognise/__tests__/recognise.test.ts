import { createElement } from 'lwc';
import Recognise from 'c/recognise';
import type { RecognitionContext } from '@salesforce/apex/RecognitionController.getContext';
import { all, flush, one, texts } from 'config/jest/utils/dom';

jest.mock('@salesforce/apex/RecognitionController.give', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/RecognitionController.getContext', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/RecognitionController.getRecentRecords', () => ({ default: jest.fn() }), {
    virtual: true
});

const give = jest.requireMock<{ default: jest.Mock }>('@salesforce/apex/RecognitionController.give').default;
const getContext = jest.requireMock<{ default: jest.Mock }>(
    '@salesforce/apex/RecognitionController.getContext'
).default;

const getRecentRecords = jest.requireMock<{ default: jest.Mock }>(
    '@salesforce/apex/RecognitionController.getRecentRecords'
).default;

const RECORD_ID = '001000000000001AAA';
const DEAL_ID = '006000000000001AAA';
const REP = '005000000000002AAA';
const PEER = '005000000000003AAA';

const MANAGER_CONTEXT: RecognitionContext = {
    colleagues: [
        { id: REP, name: 'Ana Ruiz' },
        { id: PEER, name: 'Ben Okafor' }
    ],
    pointsLeft: 40,
    maxPoints: 25,
    reportIds: [REP]
};

type Field = HTMLElement & { value: unknown; label: string; options?: unknown[] };

function create(): HTMLElement {
    const element = createElement('c-recognise', { is: Recognise });
    Object.assign(element, { recordId: RECORD_ID });
    document.body.appendChild(element);
    return element;
}

/** As a leaderboard row opens it: the colleague chosen, no page record. */
function fromRow(recipientId: string, name: string): HTMLElement {
    const element = createElement('c-recognise', { is: Recognise });
    Object.assign(element, { presetRecipientId: recipientId, presetRecipientName: name });
    document.body.appendChild(element);
    return element;
}

function change(element: HTMLElement, selector: string, value: string): void {
    one(element, selector).dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

describe('c-recognise', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('lets a manager give points to a report, sends what was typed and announces the result', async () => {
        getContext.mockResolvedValue(MANAGER_CONTEXT);
        give.mockResolvedValue({ id: 'a00', recipientName: 'Ana Ruiz', points: 20, pointsAllowed: 20 });
        const element = create();
        await flush();

        const picker = one<Field>(element, '.recipient');
        expect(picker.options).toEqual([
            { label: 'Ana Ruiz', value: REP },
            { label: 'Ben Okafor', value: PEER }
        ]);
        expect(all(element, '.points')).toHaveLength(0);
        change(element, '.recipient', REP);
        await flush();
        expect(all(element, '.points')).toHaveLength(1);
        expect(texts(element, '.points-help')).toEqual([
            'You can give 40 more points this week, up to 25 per recognition.'
        ]);
        change(element, '.message', 'Your next step saved the Acme renewal.');
        change(element, '.value', '12000');
        change(element, '.points', '20');
        await flush();
        one(element, '.submit').click();
        await flush();

        expect(give).toHaveBeenCalledWith({
            input: {
                recipientId: REP,
                recordId: RECORD_ID,
                message: 'Your next step saved the Acme renewal.',
                value: 12000,
                points: 20
            }
        });
        expect(texts(element, '.status')).toEqual(['Recognition sent to Ana Ruiz with 20 points.']);
        expect(getContext).toHaveBeenCalledTimes(2);
        await expect(element).toBeAccessible();
    });

    it('sends no points for a peer and says why', async () => {
        getContext.mockResolvedValue({ ...MANAGER_CONTEXT, reportIds: [] });
        give.mockResolvedValue({ id: 'a01', recipientName: 'Ben Okafor', points: 0, pointsAllowed: 0 });
        const element = create();
        await flush();
        change(element, '.recipient', PEER);
        change(element, '.message', 'Thanks for logging the call.');
        await flush();

        expect(all(element, '.points')).toHaveLength(0);
        expect(texts(element, '.peer-note')).toEqual([
            'Recognition between colleagues carries no points: it is a thank-you, not a score.'
        ]);
        one(element, '.submit').click();
        await flush();
        expect(give.mock.calls[0][0].input.points).toBe(0);
        expect(texts(element, '.status')).toEqual(['Recognition sent to Ben Okafor.']);
    });

    it('shows a refusal in an alert and keeps what was typed', async () => {
        getContext.mockResolvedValue(MANAGER_CONTEXT);
        give.mockRejectedValue({ body: { message: 'You cannot recognise yourself. Pick a colleague.' } });
        const element = create();
        await flush();
        change(element, '.recipient', PEER);
        change(element, '.message', 'Me, myself.');
        await flush();
        one(element, '.submit').click();
        await flush();

        const alert = one(element, '.error');
        expect(alert.getAttribute('role')).toBe('alert');
        expect(alert.textContent).toBe('You cannot recognise yourself. Pick a colleague.');
        expect(one<Field>(element, '.message').value).toBe('Me, myself.');
        expect(texts(element, '.status')).toEqual(['']);
        await expect(element).toBeAccessible();
    });

    it('does not send without a colleague and a message', async () => {
        getContext.mockResolvedValue(MANAGER_CONTEXT);
        const element = create();
        await flush();
        expect((one(element, '.submit') as HTMLElement & { disabled: boolean }).disabled).toBe(true);
        one(element, '.submit').click();
        await flush();
        expect(give).not.toHaveBeenCalled();
    });

    describe('from a leaderboard row (no page record)', () => {
        it('names the colleague, offers their recent records and sends the one picked, with points for a report', async () => {
            getContext.mockResolvedValue(MANAGER_CONTEXT);
            getRecentRecords.mockResolvedValue([
                {
                    id: DEAL_ID,
                    name: 'Acme renewal',
                    objectLabel: 'Opportunity'
                },
                { id: RECORD_ID, name: 'Acme', objectLabel: 'Account' }
            ]);
            give.mockResolvedValue({ id: 'a00', recipientName: 'Ana Ruiz', points: 10, pointsAllowed: 10 });
            const element = fromRow(REP, 'Ana Ruiz');
            await flush();

            expect(getRecentRecords).toHaveBeenCalledWith({ recipientId: REP });
            expect(all(element, '.recipient')).toHaveLength(0);
            expect(texts(element, '.recipient-name')).toEqual(['Ana Ruiz']);
            const picker = one<Field>(element, '.record');
            expect(picker.label).toBe('Record');
            expect(picker.options).toEqual([
                { label: 'Acme renewal (Opportunity)', value: DEAL_ID },
                { label: 'Acme (Account)', value: RECORD_ID }
            ]);
            change(element, '.message', 'Your next step saved the Acme renewal.');
            change(element, '.points', '10');
            await flush();
            expect(one<HTMLButtonElement>(element, '.submit').disabled).toBe(true);
            change(element, '.record', DEAL_ID);
            await flush();
            expect(one<HTMLButtonElement>(element, '.submit').disabled).toBe(false);
            one(element, '.submit').click();
            await flush();
            expect(give).toHaveBeenCalledWith({
                input: {
                    recipientId: REP,
                    recordId: DEAL_ID,
                    message: 'Your next step saved the Acme renewal.',
                    value: null,
                    points: 10
                }
            });
            await expect(element).toBeAccessible();
        });

        it('says where else to recognise a colleague with no record open to the giver, and a read that failed', async () => {
            getContext.mockResolvedValue(MANAGER_CONTEXT);
            getRecentRecords.mockResolvedValue([]);
            const element = fromRow(PEER, 'Ben Okafor');
            await flush();
            expect(texts(element, '.record-none')).toEqual([
                "Ben Okafor owns no record you can open that changed in the last 30 days. Recognise them from the record's page instead."
            ]);
            expect(one<HTMLButtonElement>(element, '.submit').disabled).toBe(true);

            getRecentRecords.mockRejectedValue({ body: { message: 'You cannot recognise yourself.' } });
            Object.assign(element, { presetRecipientId: REP });
            await flush();
            expect(texts(element, '.records-error')).toEqual(['You cannot recognise yourself.']);
            expect(all(element, '.record-none')).toHaveLength(0);
            await expect(element).toBeAccessible();
        });

        it('starts afresh for another colleague: nothing typed for the last one is sent to the next', async () => {
            getContext.mockResolvedValue(MANAGER_CONTEXT);
            getRecentRecords.mockResolvedValue([{ id: DEAL_ID, name: 'Acme renewal', objectLabel: 'Opportunity' }]);
            const element = fromRow(REP, 'Ana Ruiz') as HTMLElement & { hasDraft: boolean };
            await flush();
            expect(element.hasDraft).toBe(false);
            change(element, '.message', 'For Ana only.');
            change(element, '.value', '500');
            await flush();
            expect(element.hasDraft).toBe(true);

            Object.assign(element, { presetRecipientId: PEER, presetRecipientName: 'Ben Okafor' });
            await flush();
            expect(element.hasDraft).toBe(false);
            expect(one<Field>(element, '.message').value).toBe('');
            expect(texts(element, '.recipient-name')).toEqual(['Ben Okafor']);
            expect(getRecentRecords).toHaveBeenLastCalledWith({ recipientId: PEER });
        });

        it('on a record page reads no records: the page gives the record', async () => {
            getContext.mockResolvedValue(MANAGER_CONTEXT);
            const element = create();
            await flush();
            change(element, '.recipient', REP);
            await flush();
            expect(getRecentRecords).not.toHaveBeenCalled();
            expect(all(element, '.record')).toHaveLength(0);
        });
    });
});
