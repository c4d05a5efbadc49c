// A draft in plain words, from the package's own parse tree and the fields' labels.
import type { ObjectField } from '@salesforce/apex/BuilderController.getObjectFields';
import { conditionWords, draftSentence } from 'c/builderModel';

const FIELDS: ObjectField[] = [
    { apiName: 'TaskSubtype', label: 'Task Subtype', kind: 'text', options: ['Call'] },
    { apiName: 'WhatId', label: 'Related To', kind: 'text', options: [] },
    { apiName: 'Description', label: 'Comments', kind: 'text', options: [] },
    { apiName: 'CloseDate', label: 'Close Date', kind: 'date', options: [] }
];

describe('draftSentence', () => {
    it('says what a rule pays, for what, and its limits', () => {
        expect(
            draftSentence(
                'Adoption_Rule__mdt',
                {
                    Points__c: 5,
                    Operation__c: 'Create',
                    Object__c: 'Task',
                    Condition__c: "TaskSubtype = 'Call' AND WhatId IS NOT BLANK",
                    Daily_Cap__c: 20,
                    Once_Per_Record__c: true
                },
                FIELDS
            )
        ).toBe(
            "Task: a rep earns 5 points each time they create one, where Task Subtype is 'Call' and Related To is filled in, at most 20 a day, once per record."
        );
    });

    it('says a rule without a condition or cap plainly', () => {
        expect(
            draftSentence(
                'Adoption_Rule__mdt',
                { Points__c: 2, Operation__c: 'Undelete', Object__c: 'Lead', Daily_Cap__c: '' },
                []
            )
        ).toBe('Lead: a rep earns 2 points each time they restore one.');
    });

    it('says when a prompt shows', () => {
        expect(
            draftSentence(
                'Adoption_Prompt__mdt',
                { Title__c: 'Add a close date', Object__c: 'Opportunity', Condition__c: 'CloseDate < DAYS_AGO(3)' },
                FIELDS
            )
        ).toBe('Reps see “Add a close date” on Opportunity records while Close Date is below 3 days ago.');
        expect(draftSentence('Adoption_Prompt__mdt', { Title__c: 'Hi', Object__c: 'Lead' }, [])).toBe(
            'Reps see “Hi” on every Lead record.'
        );
    });

    it('says nothing for the other types, nor before the draft names its object and operation', () => {
        expect(draftSentence('Adoption_Badge__mdt', { Object__c: 'Task' }, [])).toBe('');
        expect(draftSentence('Adoption_Rule__mdt', { Points__c: 5, Operation__c: 'Create' }, [])).toBe('');
        expect(draftSentence('Adoption_Rule__mdt', { Points__c: 5, Object__c: 'Task' }, [])).toBe('');
        expect(draftSentence('Adoption_Prompt__mdt', { Title__c: 'Hi' }, [])).toBe('');
    });
});

describe('conditionWords', () => {
    it('reads every test in words', () => {
        const words = (condition: string) => conditionWords(condition, FIELDS);
        expect(words('Amount >= 5 OR Amount <= 1')).toBe('Amount is at least 5 or Amount is at most 1');
        expect(words('(Amount > 5 OR Amount < 1) AND Amount != 3')).toBe(
            '(Amount is above 5 or Amount is below 1) and Amount is not 3'
        );
        expect(words('NOT (Description IS BLANK)')).toBe('not (Comments is empty)');
        expect(words("Description CONTAINS 'x' AND LENGTH(Description) >= 20")).toBe(
            "Comments contains 'x' and the length of Comments is at least 20"
        );
        expect(words('IsWon CHANGED TO TRUE AND IsClosed = FALSE')).toBe('IsWon changes to true and IsClosed is false');
        expect(words('Amount CHANGED AND Amount INCREASED AND Amount DECREASED')).toBe(
            'Amount changes and Amount goes up and Amount goes down'
        );
        expect(words('Description BECAME FILLED AND ISNEW')).toBe('Comments gets filled in and the record is new');
        expect(words('CloseDate = TODAY AND CloseDate < DAYS_AHEAD(7)')).toBe(
            'Close Date is today and Close Date is below in 7 days'
        );
        expect(words('Amount = 5.5')).toBe('Amount is 5.5');
        expect(words('')).toBe('');
        expect(words('Amount >')).toBe('');
    });
});
