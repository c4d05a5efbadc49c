import { createElement } from 'lwc';
import ChallengeForm from 'c/challengeForm';
import type { ChallengeFormOptions, ComboOption } from 'c/challengeForm';
import { all, flush, one, shadow } from 'config/jest/utils/dom';

const NOW = Date.parse('2026-11-20T12:00:00.000Z');
const OPTIONS: ChallengeFormOptions = {
    rules: [{ label: 'Log a call', value: 'Log_Call' }],
    categories: [{ label: 'Pipeline', value: 'Pipeline' }],
    scopes: [
        { label: 'My team', value: 'Team' },
        { label: 'A public group', value: 'Group' }
    ],
    groups: [{ label: 'East', value: '00G000000000001AAA' }]
};
const FORMATS: ComboOption[] = [
    { label: 'Individual', value: 'Individual' },
    { label: 'Team vs team', value: 'Team' }
];

function createForm(props: Record<string, unknown> = {}): HTMLElement {
    const element = createElement('c-challenge-form', { is: ChallengeForm });
    Object.assign(element, {
        options: OPTIONS,
        formatOptions: FORMATS,
        teamByOptions: [{ label: 'Teams by manager', value: 'Manager' }],
        scoringOptions: [{ label: 'Average points per member', value: 'Average' }],
        ...props
    });
    document.body.appendChild(element);
    return element;
}

async function change(element: HTMLElement, selector: string, detail: Record<string, unknown>): Promise<void> {
    one(element, selector).dispatchEvent(new CustomEvent('change', { detail }));
    await flush();
}

/** Base component stubs answer reportValidity with undefined: each field answers as a browser would. */
function validity(element: HTMLElement, invalid: string[] = []): void {
    for (const field of all(element, '.form-field')) {
        const bad = invalid.some((selector) => field.matches(selector));
        Object.assign(field, { reportValidity: jest.fn(() => !bad) });
    }
}

function saves(element: HTMLElement): unknown[] {
    const seen: unknown[] = [];
    element.addEventListener('save', (event) => seen.push((event as CustomEvent<{ input: unknown }>).detail.input));
    return seen;
}

describe('c-challenge-form', () => {
    beforeEach(() => {
        jest.spyOn(Date, 'now').mockReturnValue(NOW);
    });

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.restoreAllMocks();
    });

    it('starts on a week from now, offers the scopes, takes the keyboard at the name, and is accessible', async () => {
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        const element = createForm();
        await flush();
        expect(Date.parse(one<HTMLInputElement>(element, 'input.field-start').value)).toBe(NOW);
        expect(Date.parse(one<HTMLInputElement>(element, 'input.field-end').value)).toBe(NOW + 7 * 24 * 3600 * 1000);
        expect(Reflect.get(one(element, '.field-participants'), 'value')).toBe('Team');
        expect(Reflect.get(one(element, '.field-format'), 'value')).toBe('Individual');
        expect(all(element, '.field-team-by')).toHaveLength(0);
        expect(focus.mock.contexts[0]).toBe(one(element, '.field-name'));
        await expect(element).toBeAccessible();
    });

    it('sends a valid form as the input saveChallenge takes', async () => {
        const element = createForm();
        const sent = saves(element);
        await flush();
        await change(element, '.field-name', { value: ' Sprint ' });
        await change(element, '.field-participants', { value: 'Group' });
        await change(element, '.field-group', { value: '00G000000000001AAA' });
        await change(element, '.field-rules', { value: ['Log_Call'] });
        validity(element);
        one(element, 'lightning-button.save-button').click();
        expect(sent).toEqual([
            {
                id: null,
                name: 'Sprint',
                startsAt: '2026-11-20T12:00:00Z',
                endsAt: '2026-11-27T12:00:00Z',
                format: 'Individual',
                teamBy: null,
                teamScoring: null,
                target: null,
                prize: null,
                rules: ['Log_Call'],
                categories: [],
                participants: 'Group',
                groupId: '00G000000000001AAA',
                postToChatter: false
            }
        ]);
    });

    it('sends nothing while a field is invalid or the end is not after the start, and says why', async () => {
        const element = createForm();
        const sent = saves(element);
        await flush();
        validity(element, ['.field-name']);
        one(element, 'lightning-button.save-button').click();
        await flush();
        expect(sent).toEqual([]);

        const end = one<HTMLInputElement>(element, 'input.field-end');
        end.value = '2026-11-19T12:00';
        end.dispatchEvent(new CustomEvent('change'));
        await flush();
        validity(element);
        one(element, 'lightning-button.save-button').click();
        await flush();
        expect(sent).toEqual([]);
        expect(end.getAttribute('aria-invalid')).toBe('true');
        expect(end.closest('.slds-form-element')?.querySelector('.slds-form-element__help')?.textContent).toBe(
            'End after the start.'
        );
        await expect(element).toBeAccessible();
    });

    it('starts on Team in works council mode, shows the refusal, disables Save while busy and sends cancel', async () => {
        const element = createForm({ teamsOnly: true, formatOptions: [FORMATS[1]] });
        const cancelled = jest.fn();
        element.addEventListener('cancel', cancelled);
        await flush();
        expect(Reflect.get(one(element, '.field-format'), 'value')).toBe('Team');
        expect(all(element, '.field-team-by, .field-scoring')).toHaveLength(2);
        Object.assign(element, { busy: true, saveError: { body: {} }, saveErrorMessage: 'Not saved.' });
        await flush();
        expect(Reflect.get(one(element, 'lightning-button.save-button'), 'disabled')).toBe(true);
        expect(Reflect.get(one(element, 'c-error-panel.save-error'), 'friendlyMessage')).toBe('Not saved.');
        one(element, 'lightning-button.cancel-form-button').click();
        expect(cancelled).toHaveBeenCalledTimes(1);
        expect(shadow(element).querySelector('.challenge-form')).not.toBeNull();
    });
});
