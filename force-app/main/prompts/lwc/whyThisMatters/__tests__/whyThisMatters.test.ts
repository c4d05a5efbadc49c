import { createElement } from 'lwc';
import type { ApexTestWireAdapter, TestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import type { PromptView, PromptsView } from '@salesforce/apex/PromptsController.getPrompts';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import WhyThisMatters from 'c/whyThisMatters';
import { fixture as readFixture, flush as settle, shadow, texts, trimmed } from 'config/jest/utils/dom';
import { getNavigateCalledWith, jestMockResetNavigation } from 'config/jest/mocks/lightning/navigation';

jest.mock(
    '@salesforce/apex/PromptsController.getPrompts',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/PromptsController.recordInteraction', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/PromptsController.reportProblems', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

// Labels get their real text, so the tests read what the rep reads.

const promptsAdapter = jest.requireMock<{ default: ApexTestWireAdapter<PromptsView> }>(
    '@salesforce/apex/PromptsController.getPrompts'
).default;
const recordInteraction = jest.requireMock<{ default: jest.Mock }>(
    '@salesforce/apex/PromptsController.recordInteraction'
).default;
const reportProblems = jest.requireMock<{ default: jest.Mock }>(
    '@salesforce/apex/PromptsController.reportProblems'
).default;
const apexModule = jest.requireMock<{ refreshApex: jest.Mock }>('@salesforce/apex');
const refreshApexMock = apexModule.refreshApex;
// The stubs sfdx-lwc-jest ships: getRecord is a test wire adapter, encodeDefaultFieldValues a jest.fn.
const recordAdapter = jest.requireActual<{
    getRecord: TestWireAdapter<RecordRepresentation> & { error(body?: unknown): void };
}>('lightning/uiRecordApi').getRecord;
const updateRecordMock = jest.requireActual<{ updateRecord: jest.Mock }>('lightning/uiRecordApi').updateRecord;
const encode = jest.requireActual<{ encodeDefaultFieldValues: jest.Mock }>(
    'lightning/pageReferenceUtils'
).encodeDefaultFieldValues;

const RECORD_ID = '006000000000001AAA';

function fixture<T>(name: string): T {
    return readFixture<T>(__dirname, name);
}

/** The prompts fixture, changed by `change`. */
function promptsWith(change: (view: PromptsView) => void = () => undefined): PromptsView {
    const view = fixture<PromptsView>('getPrompts');
    change(view);
    return view;
}

/** The record fixture with some field values replaced. */
function recordWith(values: Record<string, unknown> = {}): RecordRepresentation {
    const record = fixture<RecordRepresentation>('getRecord');
    for (const [name, value] of Object.entries(values)) {
        record.fields[name] = { value, displayValue: null };
    }
    return record;
}

/** Lets wires, renders and the chained Apex calls (one showing after another) settle. */
function flush(): Promise<void> {
    return settle(40);
}

function textOf(element: HTMLElement, selector: string): string[] {
    return texts(element, selector, trimmed);
}

function button(element: HTMLElement, selector: string, name: string): HTMLButtonElement {
    const found = shadow(element).querySelector<HTMLButtonElement>(`${selector}[data-name="${name}"]`);
    if (!found) {
        throw new Error(`no ${selector} for ${name}`);
    }
    return found;
}

function actionsCalled(): string[] {
    return recordInteraction.mock.calls.map(
        ([params]: [{ promptName: string; action: string }]) => `${params.action} ${params.promptName}`
    );
}

async function render(
    view: PromptsView = promptsWith(),
    record: RecordRepresentation | null = recordWith(),
    props: Record<string, unknown> = {}
): Promise<HTMLElement> {
    const element = createElement('c-why-this-matters', { is: WhyThisMatters });
    Object.assign(element, { recordId: RECORD_ID, objectApiName: 'Opportunity', ...props });
    document.body.appendChild(element);
    promptsAdapter.emit(view);
    await flush();
    if (record) {
        recordAdapter.emit(record);
        await flush();
    }
    return element;
}

describe('c-why-this-matters', () => {
    beforeEach(() => {
        recordInteraction.mockResolvedValue({
            recorded: true,
            remainingBudget: 2,
            action: 'Shown',
            snoozedUntil: null
        });
        reportProblems.mockResolvedValue(0);
        encode.mockImplementation((values: Record<string, unknown>) => JSON.stringify(values));
        updateRecordMock.mockResolvedValue({});
    });

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
        jestMockResetNavigation();
    });

    it('shows the matching prompts most severe first, up to maxPrompts, and records each showing', async () => {
        const element = await render();

        const region = shadow(element).querySelector('[role="region"]');
        expect(region?.getAttribute('aria-label')).toBe('Why this matters');
        expect(textOf(element, '.title')).toEqual([
            'This close date has passed',
            'Add a next step',
            'No activity in 14 days'
        ]);
        expect(textOf(element, '.severity')).toEqual(['Critical', 'Warning', 'Warning']);
        expect(textOf(element, '.message')[0]).toBe(
            'Acme expansion was due to close on 11/1/2026. 4 of your open opportunities are in the same spot.'
        );
        expect(textOf(element, '.message')[1]).toBe(
            '7 of your open opportunities have no next step. What happens next on Acme expansion?'
        );
        expect(actionsCalled()).toEqual([
            'Shown Opportunity_Close_Date_Past',
            'Shown Opportunity_Missing_Next_Step',
            'Shown Opportunity_No_Recent_Activity'
        ]);
        expect(refreshApexMock).toHaveBeenCalledTimes(1);
        expect(recordAdapter.getLastConfig()).toEqual({
            recordId: RECORD_ID,
            optionalFields: [
                'Opportunity.Amount',
                'Opportunity.CloseDate',
                'Opportunity.IsClosed',
                'Opportunity.LastActivityDate',
                'Opportunity.Name',
                'Opportunity.NextStep'
            ]
        });
        await expect(element).toBeAccessible();
    });

    it('names every button after its prompt and says the severity in text', async () => {
        const element = await render();

        expect(button(element, '.act', 'Opportunity_Close_Date_Past').getAttribute('aria-label')).toBe(
            'Update close date: This close date has passed'
        );
        expect(button(element, '.act', 'Opportunity_No_Recent_Activity').textContent?.trim()).toBe('Log a call');
        expect(button(element, '.snooze', 'Opportunity_Missing_Next_Step').textContent?.trim()).toBe(
            'Remind me in 3 days'
        );
        expect(button(element, '.snooze', 'Opportunity_No_Recent_Activity').textContent?.trim()).toBe(
            'Remind me tomorrow'
        );
        expect(button(element, '.dismiss', 'Opportunity_Missing_Next_Step').getAttribute('aria-label')).toBe(
            'Dismiss: Add a next step'
        );
        await expect(element).toBeAccessible();
    });

    it('shows no more new prompts than the budget left, and those already shown today for free', async () => {
        const view = promptsWith((v) => {
            v.remainingBudget = 1;
            v.prompts[1].shownToday = true;
        });

        const element = await render(view);

        expect(textOf(element, '.title')).toEqual(['This close date has passed', 'Add a next step']);
        expect(actionsCalled()).toEqual(['Shown Opportunity_Close_Date_Past', 'Shown Opportunity_Missing_Next_Step']);
        await expect(element).toBeAccessible();
    });

    it('shows nothing when the budget is spent and nothing was shown today', async () => {
        const element = await render(promptsWith((v) => (v.remainingBudget = 0)));

        expect(shadow(element).querySelector('[role="region"]')).toBeNull();
        expect(recordInteraction).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('honours maxPrompts', async () => {
        const element = await render(promptsWith(), recordWith(), { maxPrompts: 1 });

        expect(textOf(element, '.title')).toEqual(['This close date has passed']);
        await expect(element).toBeAccessible();
    });

    it('resolves a prompt on the spot when the rep fixes the field, thanks them and records Resolved', async () => {
        const element = await render();
        recordInteraction.mockClear();

        recordAdapter.emit(recordWith({ NextStep: 'Demo on Thursday' }));
        await flush();

        const item = shadow(element).querySelector('li[data-name="Opportunity_Missing_Next_Step"]');
        expect(item?.querySelector('.thanks')?.textContent).toBe(
            'Fixed. Thank you: this record is in better shape now.'
        );
        expect(item?.querySelector('.message')).toBeNull();
        expect(item?.className).toContain('prompt_resolved');
        expect(textOf(element, '.status')).toEqual(['Fixed: Add a next step. Thank you.']);
        expect(actionsCalled()).toEqual(['Resolved Opportunity_Missing_Next_Step']);
        await expect(element).toBeAccessible();

        button(element, '.close', 'Opportunity_Missing_Next_Step').click();
        await flush();

        // The budget of 3 is spent: closing frees a place, but no new prompt may take it today.
        expect(textOf(element, '.title')).toEqual(['This close date has passed', 'No activity in 14 days']);
        expect(actionsCalled()).toEqual(['Resolved Opportunity_Missing_Next_Step']);
    });

    it('shows a resolved prompt again if the gap comes back before it is closed', async () => {
        const element = await render();
        recordAdapter.emit(recordWith({ NextStep: 'Demo' }));
        await flush();

        recordAdapter.emit(recordWith({ NextStep: '  ' }));
        await flush();

        const item = shadow(element).querySelector('li[data-name="Opportunity_Missing_Next_Step"]');
        expect(item?.querySelector('.thanks')).toBeNull();
        expect(item?.querySelector('.message')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('dismisses a prompt, records it, refreshes the prompts and lets the next one in', async () => {
        const element = await render(promptsWith((v) => (v.remainingBudget = 5)));
        recordInteraction.mockClear();
        refreshApexMock.mockClear();

        button(element, '.dismiss', 'Opportunity_No_Recent_Activity').click();
        await flush();

        expect(textOf(element, '.title')).not.toContain('No activity in 14 days');
        expect(textOf(element, '.status')).toEqual(['Dismissed: No activity in 14 days.']);
        expect(actionsCalled()).toEqual(['Dismissed Opportunity_No_Recent_Activity', 'Shown Opportunity_Playbook']);
        expect(refreshApexMock).toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('snoozes a prompt for the days the prompt sets', async () => {
        const element = await render();
        recordInteraction.mockClear();

        button(element, '.snooze', 'Opportunity_Missing_Next_Step').click();
        await flush();

        expect(textOf(element, '.title')).not.toContain('Add a next step');
        expect(textOf(element, '.status')).toEqual(['Snoozed: Add a next step. It comes back in 3 day(s).']);
        expect(actionsCalled()[0]).toBe('Snoozed Opportunity_Missing_Next_Step');
        await expect(element).toBeAccessible();
    });

    it('fixes a text field inline: saves it with updateRecord, records Acted, then resolves', async () => {
        const element = await render();
        recordInteraction.mockClear();

        button(element, '.act', 'Opportunity_Missing_Next_Step').click();
        await flush();
        const input = shadow(element).querySelector<HTMLElement & { type: string; label: string; value: unknown }>(
            'lightning-input.edit-input'
        );
        expect(input?.type).toBe('text');
        expect(input?.label).toBe('Next Step');
        await expect(element).toBeAccessible();

        if (input) {
            input.value = 'Demo on Thursday';
        }
        button(element, '.save', 'Opportunity_Missing_Next_Step').click();
        await flush();

        expect(updateRecordMock).toHaveBeenCalledWith({ fields: { Id: RECORD_ID, NextStep: 'Demo on Thursday' } });
        expect(shadow(element).querySelector('.edit-input')).toBeNull();
        expect(actionsCalled()).toEqual(['Acted Opportunity_Missing_Next_Step']);

        // Lightning Data Service hands the saved record to getRecord again.
        recordAdapter.emit(recordWith({ NextStep: 'Demo on Thursday' }));
        await flush();

        expect(textOf(element, '.thanks')).toEqual(['Fixed. Thank you: this record is in better shape now.']);
        expect(actionsCalled()).toEqual([
            'Acted Opportunity_Missing_Next_Step',
            'Resolved Opportunity_Missing_Next_Step'
        ]);
        await expect(element).toBeAccessible();
    });

    it('edits a date with a date input and its current value', async () => {
        const element = await render();

        button(element, '.act', 'Opportunity_Close_Date_Past').click();
        await flush();
        const input = shadow(element).querySelector<HTMLElement & { type: string; value: unknown }>(
            'lightning-input.edit-input'
        );

        expect(input?.type).toBe('date');
        expect(input?.value).toBe('2026-11-01');
        await expect(element).toBeAccessible();
    });

    it('saves numbers as numbers, checkboxes as booleans and blanks as null', async () => {
        const view = promptsWith((v) => {
            v.prompts[0].actionField = 'Amount';
            v.prompts[0].fieldTypes = { ...v.prompts[0].fieldTypes, Amount: 'CURRENCY' };
            v.prompts[1].actionField = 'IsPrivate';
            v.prompts[1].fieldTypes = { ...v.prompts[1].fieldTypes, IsPrivate: 'BOOLEAN' };
            v.prompts[1].actionFieldLabel = null;
        });
        const element = await render(view);
        type Editor = HTMLElement & { value: unknown; checked: boolean; step: string; label: string };

        button(element, '.act', 'Opportunity_Close_Date_Past').click();
        await flush();
        const amount = shadow(element).querySelector<Editor>('.edit-input');
        expect(amount?.step).toBe('any');
        if (amount) {
            amount.value = '1200.5';
        }
        button(element, '.save', 'Opportunity_Close_Date_Past').click();
        await flush();

        button(element, '.act', 'Opportunity_Missing_Next_Step').click();
        await flush();
        const checkbox = shadow(element).querySelector<Editor>('.edit-input');
        expect(checkbox?.label).toBe('IsPrivate');
        if (checkbox) {
            checkbox.checked = true;
        }
        button(element, '.save', 'Opportunity_Missing_Next_Step').click();
        await flush();

        expect(updateRecordMock.mock.calls.map(([input]: [unknown]) => input)).toEqual([
            { fields: { Id: RECORD_ID, Amount: 1200.5 } },
            { fields: { Id: RECORD_ID, IsPrivate: true } }
        ]);
        await expect(element).toBeAccessible();
    });

    it('saves an emptied text area as null', async () => {
        const view = promptsWith(
            (v) => (v.prompts[1].fieldTypes = { ...v.prompts[1].fieldTypes, NextStep: 'TEXTAREA' })
        );
        const element = await render(view);

        button(element, '.act', 'Opportunity_Missing_Next_Step').click();
        await flush();
        const textarea = shadow(element).querySelector<HTMLElement & { value: unknown }>(
            'lightning-textarea.edit-input'
        );
        if (textarea) {
            textarea.value = '';
        }
        button(element, '.save', 'Opportunity_Missing_Next_Step').click();
        await flush();

        expect(updateRecordMock).toHaveBeenCalledWith({ fields: { Id: RECORD_ID, NextStep: null } });
        await expect(element).toBeAccessible();
    });

    it('keeps the editor open and says so when the save fails', async () => {
        updateRecordMock.mockRejectedValueOnce({ body: { message: 'Next Step is too long' } });
        const element = await render();
        recordInteraction.mockClear();

        button(element, '.act', 'Opportunity_Missing_Next_Step').click();
        await flush();
        button(element, '.save', 'Opportunity_Missing_Next_Step').click();
        await flush();

        const panel = shadow(element).querySelector<HTMLElement & { friendlyMessage: string }>('c-error-panel');
        expect(panel?.friendlyMessage).toBe('That could not be saved. Try again in a moment.');
        expect(shadow(element).querySelector('.edit-input')).not.toBeNull();
        expect(recordInteraction).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it("opens the record's edit page for a picklist or lookup, and records Acted", async () => {
        const view = promptsWith(
            (v) => (v.prompts[1].fieldTypes = { ...v.prompts[1].fieldTypes, NextStep: 'PICKLIST' })
        );
        const element = await render(view);
        recordInteraction.mockClear();

        button(element, '.act', 'Opportunity_Missing_Next_Step').click();
        await flush();

        expect(shadow(element).querySelector('.edit-input')).toBeNull();
        expect(getNavigateCalledWith().pageReference).toEqual({
            type: 'standard__recordPage',
            attributes: { recordId: RECORD_ID, objectApiName: 'Opportunity', actionName: 'edit' }
        });
        expect(actionsCalled()).toEqual(['Acted Opportunity_Missing_Next_Step']);
        await expect(element).toBeAccessible();
    });

    it('closes the inline edit on cancel without saving or recording anything', async () => {
        const element = await render();
        recordInteraction.mockClear();
        button(element, '.act', 'Opportunity_Close_Date_Past').click();
        await flush();

        shadow(element).querySelector<HTMLElement>('button.cancel')?.click();
        await flush();

        expect(shadow(element).querySelector('.edit-input')).toBeNull();
        expect(recordInteraction).not.toHaveBeenCalled();
        expect(updateRecordMock).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('opens a URL with the record values encoded, and records Acted', async () => {
        const view = promptsWith((v) => (v.remainingBudget = 4));
        const element = await render(view, recordWith({ Name: 'A&B deal' }), { maxPrompts: 4 });
        recordInteraction.mockClear();

        button(element, '.act', 'Opportunity_Playbook').click();
        await flush();

        expect(getNavigateCalledWith().pageReference).toEqual({
            type: 'standard__webPage',
            attributes: { url: 'https://example.com/playbook?deal=A%26B%20deal&amount=250000' }
        });
        expect(actionsCalled()).toEqual(['Acted Opportunity_Playbook']);
        expect(textOf(element, '.message')[3]).toBe('Deals over $250,000.00 follow the playbook.');
        await expect(element).toBeAccessible();
    });

    it('refuses a URL that is not http(s) or a path', async () => {
        const view = promptsWith((v) => {
            v.remainingBudget = 4;
            v.prompts[3].actionUrl = ['javascript', 'alert(1)'].join(':');
        });
        const element = await render(view, recordWith(), { maxPrompts: 4 });
        recordInteraction.mockClear();

        button(element, '.act', 'Opportunity_Playbook').click();
        await flush();

        expect(getNavigateCalledWith().pageReference).toBeUndefined();
        expect(recordInteraction).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('logs a call on an opportunity through the new-task page with WhatId', async () => {
        const element = await render();

        button(element, '.act', 'Opportunity_No_Recent_Activity').click();
        await flush();

        expect(encode).toHaveBeenCalledWith({ WhatId: RECORD_ID, Subject: 'Call' });
        expect(getNavigateCalledWith().pageReference).toEqual({
            type: 'standard__objectPage',
            attributes: { objectApiName: 'Task', actionName: 'new' },
            state: {
                defaultFieldValues: JSON.stringify({ WhatId: RECORD_ID, Subject: 'Call' }),
                navigationLocation: 'RELATED_LIST'
            }
        });
        expect(actionsCalled()).toContain('Acted Opportunity_No_Recent_Activity');
        await expect(element).toBeAccessible();
    });

    it('logs a call on a lead with WhoId', async () => {
        const view = promptsWith((v) => {
            v.objectApiName = 'Lead';
            v.prompts = [v.prompts[2]];
        });
        const element = await render(view, recordWith(), { objectApiName: 'Lead' });

        button(element, '.act', 'Opportunity_No_Recent_Activity').click();
        await flush();

        expect(encode).toHaveBeenCalledWith({ WhoId: RECORD_ID, Subject: 'Call' });
        await expect(element).toBeAccessible();
    });

    it('shows HTML in record values and messages as text', async () => {
        const html = '<img src=x onerror="window.hacked = true">';
        const view = promptsWith((v) => (v.prompts[1].message = `<b>Bold?</b> {Name}`));
        const element = await render(view, recordWith({ Name: html }));

        const message = shadow(element).querySelector('li[data-name="Opportunity_Missing_Next_Step"] .message');
        expect(message?.textContent).toBe(`<b>Bold?</b> ${html}`);
        expect(shadow(element).querySelector('img, b')).toBeNull();
        expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
        await expect(element).toBeAccessible();
    });

    it('marks a figure that reached its cap', async () => {
        const view = promptsWith((v) => {
            v.prompts[0].count = 2000;
            v.prompts[0].countCapped = true;
        });
        const element = await render(view);

        expect(textOf(element, '.message')[0]).toContain('2,000+ of your open opportunities');
        await expect(element).toBeAccessible();
    });

    it('shows nothing to a user with no prompts, and loads no record', async () => {
        const element = await render(
            promptsWith((v) => {
                v.prompts = [];
                v.remainingBudget = 0;
            }),
            null
        );

        expect(shadow(element).querySelector('[role="region"]')).toBeNull();
        expect(recordAdapter.getLastConfig()).toEqual({ recordId: undefined, optionalFields: undefined });
        expect(recordInteraction).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('shows a held-out rep nothing and records HeldOut once, only where the prompt would have taken a slot', async () => {
        const element = await render(
            promptsWith((v) => {
                v.heldOut = v.prompts.filter((prompt) => prompt.name !== 'Opportunity_Playbook');
                v.heldOut.push(v.prompts.find((prompt) => prompt.name === 'Opportunity_Playbook') as PromptView);
                v.prompts = [];
            }),
            recordWith({ Amount: 5000 })
        );
        expect(actionsCalled()).toEqual([
            'HeldOut Opportunity_Close_Date_Past',
            'HeldOut Opportunity_Missing_Next_Step',
            'HeldOut Opportunity_No_Recent_Activity'
        ]);
        // The record changes (getRecord fires again): the playbook now holds, but the three slots (and the
        // budget of 3) are taken, as they would be by three showings: it is not held out (review M3).
        recordAdapter.emit(recordWith({ Amount: 250000 }));
        await flush();
        recordAdapter.emit(recordWith({ Amount: 260000 }));
        await flush();

        expect(shadow(element).querySelector('[role="region"]')).toBeNull();
        expect(textOf(element, '.title')).toEqual([]);
        expect(actionsCalled()).toEqual([
            'HeldOut Opportunity_Close_Date_Past',
            'HeldOut Opportunity_Missing_Next_Step',
            'HeldOut Opportunity_No_Recent_Activity'
        ]);
        expect(recordAdapter.getLastConfig()?.optionalFields).toContain('Opportunity.NextStep');
        await expect(element).toBeAccessible();
    });

    it('ranks a held-out prompt with the shown ones: it takes a slot and budget only where it would have shown', async () => {
        // Four prompts qualify, a budget of 3: the held-out one ranked first takes a slot (two show) ...
        const first = await render(
            promptsWith((v) => {
                v.heldOut = v.prompts.slice(0, 1);
                v.prompts = v.prompts.slice(1);
            }),
            recordWith({ Amount: 250000 })
        );
        expect(actionsCalled()).toEqual([
            'HeldOut Opportunity_Close_Date_Past',
            'Shown Opportunity_Missing_Next_Step',
            'Shown Opportunity_No_Recent_Activity'
        ]);
        expect(textOf(first, '.title')).toHaveLength(2);
        document.body.removeChild(first);
        recordInteraction.mockClear();

        // ... ranked last, it would not have shown, so it is not held out either.
        await render(
            promptsWith((v) => {
                v.heldOut = v.prompts.slice(-1);
                v.prompts = v.prompts.slice(0, -1);
            }),
            recordWith({ Amount: 250000 })
        );
        expect(actionsCalled()).toEqual([
            'Shown Opportunity_Close_Date_Past',
            'Shown Opportunity_Missing_Next_Step',
            'Shown Opportunity_No_Recent_Activity'
        ]);
    });

    it('keeps a refused HeldOut away from the rep', async () => {
        recordInteraction.mockRejectedValue({ body: { message: 'This tip is no longer shown on this record.' } });
        const element = await render(
            promptsWith((v) => {
                v.heldOut = v.prompts.slice(0, 1);
                v.prompts = [];
            })
        );

        expect(actionsCalled()).toEqual(['HeldOut Opportunity_Close_Date_Past']);
        expect(shadow(element).querySelector('c-error-panel')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('starts afresh on another record', async () => {
        const element = await render();
        recordInteraction.mockClear();

        (element as unknown as { recordId: string }).recordId = '006000000000002AAA';
        await flush();
        expect(shadow(element).querySelector('[role="region"]')).toBeNull();

        promptsAdapter.emit(promptsWith((v) => (v.recordId = '006000000000002AAA')));
        await flush();
        recordAdapter.emit(recordWith());
        await flush();

        expect(textOf(element, '.title')).toHaveLength(3);
        expect(actionsCalled()).toHaveLength(3);
        await expect(element).toBeAccessible();
    });

    it('shows nothing before the record arrives', async () => {
        const element = await render(promptsWith(), null);

        expect(shadow(element).querySelector('[role="region"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows an error panel when the prompts cannot load', async () => {
        const element = createElement('c-why-this-matters', { is: WhyThisMatters });
        Object.assign(element, { recordId: RECORD_ID, objectApiName: 'Opportunity' });
        document.body.appendChild(element);

        promptsAdapter.error({ message: 'Insufficient access' });
        await flush();

        const panel = shadow(element).querySelector<HTMLElement & { friendlyMessage: string }>('c-error-panel');
        expect(panel?.friendlyMessage).toBe('Tips for this record could not load. Your record is fine.');
        await expect(element).toBeAccessible();
    });

    it('shows an error panel when the record cannot load', async () => {
        const element = await render(promptsWith(), null);

        recordAdapter.error({ message: 'no access' });
        await flush();

        expect(shadow(element).querySelector('c-error-panel')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says when an action could not be saved', async () => {
        const element = await render();
        recordInteraction.mockRejectedValue({ body: { message: 'Something went wrong.' } });

        button(element, '.dismiss', 'Opportunity_Close_Date_Past').click();
        await flush();

        const panel = shadow(element).querySelector<HTMLElement & { friendlyMessage: string }>('c-error-panel');
        expect(panel?.friendlyMessage).toBe('That could not be saved. Try again in a moment.');
        await expect(element).toBeAccessible();
    });

    it('takes a prompt away when the server refuses to show it', async () => {
        recordInteraction.mockImplementation(({ promptName }: { promptName: string }) => {
            return promptName === 'Opportunity_Missing_Next_Step'
                ? Promise.reject({ body: { message: 'budget' } })
                : Promise.resolve({ recorded: true });
        });

        const element = await render();

        expect(textOf(element, '.title')).toEqual(['This close date has passed', 'No activity in 14 days']);
        await expect(element).toBeAccessible();
    });

    it('reports prompt problems once for the admin', async () => {
        const view = promptsWith((v) => (v.hasUnreportedProblems = true));
        const element = await render(view);

        promptsAdapter.emit(view);
        await flush();

        expect(reportProblems).toHaveBeenCalledTimes(1);
        expect(reportProblems).toHaveBeenCalledWith({ objectApiName: 'Opportunity' });
        await expect(element).toBeAccessible();
    });

    it('shows nothing for a condition it cannot read, and an unknown severity as Info', async () => {
        const view = promptsWith((v) => {
            v.prompts[0].condition = 'CloseDate <<< TODAY';
            v.prompts[1].severity = 'Urgent' as PromptView['severity'];
        });

        const element = await render(view);

        expect(textOf(element, '.title')).toEqual(['Add a next step', 'No activity in 14 days', 'Read the playbook']);
        expect(textOf(element, '.severity')[0]).toBe('Info');
        await expect(element).toBeAccessible();
    });
});
