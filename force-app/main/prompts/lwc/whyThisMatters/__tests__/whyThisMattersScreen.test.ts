// The prompts' screen functions, called directly: what one prompt shows and what its action opens.
import type { PromptView, PromptsView } from '@salesforce/apex/PromptsController.getPrompts';
import { fixture as readFixture } from 'config/jest/utils/dom';
import {
    actionPage,
    budgetLeft,
    editorValue,
    editsInline,
    fieldsToLoad,
    kindsOf,
    promptItem
} from '../whyThisMattersScreen';

const VIEW = readFixture<PromptsView>(__dirname, 'getPrompts');
const [CLOSE_DATE] = VIEW.prompts;

function prompt(changes: Partial<PromptView>): PromptView {
    return { ...CLOSE_DATE, ...changes };
}

describe('whyThisMattersScreen', () => {
    it('merges the message as plain text with the count, and names the severity and the buttons', () => {
        const item = promptItem(
            { prompt: CLOSE_DATE, resolved: false },
            { Name: '<b>Acme</b>', CloseDate: 'Nov 1, 2026' },
            { CloseDate: '2026-11-01' },
            null
        );
        expect(item.message).toBe(
            '<b>Acme</b> was due to close on Nov 1, 2026. 4 of your open opportunities are in the same spot.'
        );
        expect(item).toMatchObject({
            severityLabel: 'Critical',
            iconName: 'utility:error',
            hasAction: true,
            actionLabel: 'Update close date',
            isEditing: false,
            inputType: 'date',
            fieldValue: '2026-11-01'
        });
        expect(item.actionAria).toContain('This close date has passed');
    });

    it('hides the action of a resolved prompt and opens the editor of the prompt being edited', () => {
        expect(promptItem({ prompt: CLOSE_DATE, resolved: true }, {}, null, null)).toMatchObject({
            resolved: true,
            hasAction: false
        });
        expect(promptItem({ prompt: CLOSE_DATE, resolved: false }, {}, null, CLOSE_DATE.name).isEditing).toBe(true);
    });

    it('edits inline what an input can edit, and opens the edit page, a safe URL or a new Task otherwise', () => {
        expect(editsInline(CLOSE_DATE)).toBe(true);
        const picklist = prompt({ actionField: 'StageName', fieldTypes: { StageName: 'PICKLIST' } });
        expect(editsInline(picklist)).toBe(false);
        expect(actionPage(picklist, '006x', 'Opportunity', {})).toEqual({
            type: 'standard__recordPage',
            attributes: { recordId: '006x', objectApiName: 'Opportunity', actionName: 'edit' }
        });
        const url = prompt({ actionType: 'Open URL', actionUrl: 'https://example.com/?q={Name}' });
        expect(actionPage(url, '006x', 'Opportunity', { Name: 'A&B' })).toEqual({
            type: 'standard__webPage',
            attributes: { url: 'https://example.com/?q=A%26B' }
        });
        expect(
            actionPage(prompt({ actionType: 'Open URL', actionUrl: '//elsewhere.example/{Name}' }), '006x', 'X', {})
        ).toBeNull();
        const encode = jest.requireActual<{ encodeDefaultFieldValues: jest.Mock }>(
            'lightning/pageReferenceUtils'
        ).encodeDefaultFieldValues;
        const call = actionPage(prompt({ actionType: 'Log Call' }), '00Qx', 'Lead', {});
        expect(call?.attributes).toEqual({ objectApiName: 'Task', actionName: 'new' });
        expect(encode).toHaveBeenLastCalledWith({ WhoId: '00Qx', Subject: 'Call' });
        actionPage(prompt({ actionType: 'Log Call' }), '006x', 'Opportunity', {});
        expect(encode).toHaveBeenLastCalledWith({ WhatId: '006x', Subject: 'Call' });
    });

    it('loads every field the prompts read, reads their kinds, and counts showings already sent against the budget', () => {
        expect(fieldsToLoad(VIEW)).toContain('Opportunity.CloseDate');
        expect(kindsOf(CLOSE_DATE)).toEqual({ IsClosed: 'boolean', CloseDate: 'date', Name: 'text' });
        expect(budgetLeft(VIEW, new Set([CLOSE_DATE.name]))).toBe(VIEW.remainingBudget - 1);
        expect(
            budgetLeft({ ...VIEW, prompts: [{ ...CLOSE_DATE, shownToday: true }] }, new Set([CLOSE_DATE.name]))
        ).toBe(VIEW.remainingBudget);
    });

    it('saves a blank editor as null, a number field as a number and a checkbox as its state', () => {
        const amount = prompt({ actionField: 'Amount', fieldTypes: { Amount: 'CURRENCY' } });
        expect(editorValue(amount, Object.assign(document.createElement('div'), { value: '1250.5' }))).toBe(1250.5);
        expect(editorValue(amount, Object.assign(document.createElement('div'), { value: '' }))).toBeNull();
        const flag = prompt({ actionField: 'IsPrivate', fieldTypes: { IsPrivate: 'BOOLEAN' } });
        expect(editorValue(flag, Object.assign(document.createElement('div'), { checked: true }))).toBe(true);
    });
});
