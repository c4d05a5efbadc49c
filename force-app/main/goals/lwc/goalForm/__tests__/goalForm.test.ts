import { createElement } from 'lwc';
import GoalForm from 'c/goalForm';
import type { GoalInput, GoalPickers } from 'c/goalPace';
import { all, flush, one, shadow, texts } from 'config/jest/utils/dom';

const PICKERS: GoalPickers = {
    periods: [
        { periodType: 'Week', periodStart: '2026-11-16', periodEnd: '2026-11-22' },
        { periodType: 'Week', periodStart: '2026-11-23', periodEnd: '2026-11-29' },
        { periodType: 'Month', periodStart: '2026-11-01', periodEnd: '2026-11-30' },
        { periodType: 'Month', periodStart: '2026-12-01', periodEnd: '2026-12-31' }
    ],
    rules: [{ value: 'Log_Call', label: 'Log a call' }],
    categories: [{ value: 'Activity', label: 'Activity' }],
    hygiene: [{ value: 'NextStep', label: 'Open deals with a next step' }],
    reps: [{ value: '005000000000002AAA', label: 'Ben Okafor' }]
};

function createForm(props: Record<string, unknown>): {
    element: HTMLElement;
    inputs: GoalInput[];
    cancelled: number[];
} {
    const element = createElement('c-goal-form', { is: GoalForm });
    Object.assign(element, { pickers: PICKERS, ...props });
    const inputs: GoalInput[] = [];
    const cancelled: number[] = [];
    element.addEventListener('propose', (event) =>
        inputs.push((event as CustomEvent<{ input: GoalInput }>).detail.input)
    );
    element.addEventListener('cancel', () => cancelled.push(1));
    document.body.appendChild(element);
    return { element, inputs, cancelled };
}

function change(element: HTMLElement, selector: string, value: string): void {
    one(element, selector).dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

function submit(element: HTMLElement): void {
    one(element, 'form').dispatchEvent(new CustomEvent('submit', { cancelable: true }));
}

describe('c-goal-form', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('sends a rule goal with the first options when only the target is typed', async () => {
        const { element, inputs } = createForm({});
        await flush();
        expect(shadow(element).querySelector('.field-rep')).toBeNull();
        change(element, '.field-target', '15');
        await flush();
        submit(element);
        expect(inputs).toEqual([
            {
                repId: null,
                periodType: 'Week',
                periodStart: '2026-11-16',
                kind: 'Rule',
                measure: 'Log_Call',
                target: 15,
                message: null
            }
        ]);
        await expect(element).toBeAccessible();
    });

    it('refuses a fractional target before sending, in the server words (review goals-final m2)', async () => {
        const { element, inputs } = createForm({});
        await flush();
        change(element, '.field-target', '1.5');
        await flush();
        submit(element);
        await flush();
        expect(inputs).toEqual([]);
        expect(texts(element, '[role="alert"]')).toEqual(['The target must be a whole number from 1 to 100,000.']);
        await expect(element).toBeAccessible();
        change(element, '.field-kind', 'Hygiene');
        change(element, '.field-target', '80.5');
        await flush();
        submit(element);
        await flush();
        expect(texts(element, '[role="alert"]')).toEqual(['A hygiene target is a percent from 1 to 100.']);
        change(element, '.field-target', '80');
        await flush();
        submit(element);
        await flush();
        expect(inputs.map((input) => input.target)).toEqual([80]);
        expect(texts(element, '[role="alert"]')).toEqual([]);
    });

    it('lets a manager pick the rep, a period, points (no measure) and a note, and shows a refusal', async () => {
        const { element, inputs, cancelled } = createForm({
            showRep: true,
            errorMessage: 'The target must be a whole number from 1 to 100,000.'
        });
        await flush();
        change(element, '.field-rep', '005000000000002AAA');
        change(element, '.field-period', 'Month|2026-12-01');
        change(element, '.field-kind', 'Points');
        change(element, '.field-target', '-5');
        change(element, '.field-message', 'Your first month');
        await flush();
        expect(shadow(element).querySelector('.field-measure')).toBeNull();
        submit(element);
        expect(inputs[0]).toEqual({
            repId: '005000000000002AAA',
            periodType: 'Month',
            periodStart: '2026-12-01',
            kind: 'Points',
            measure: null,
            target: -5,
            message: 'Your first month'
        });
        expect(texts(element, '[role="alert"]')).toEqual(['The target must be a whole number from 1 to 100,000.']);
        one(element, '.goal-cancel').click();
        expect(cancelled).toEqual([1]);
        await expect(element).toBeAccessible();
    });

    it('sends nothing from a manager form until a rep is picked (review goals-final M5)', async () => {
        const { element, inputs } = createForm({ showRep: true });
        await flush();
        const rep = one(element, '.field-rep');
        const reportValidity = jest.fn(() => false);
        Object.assign(rep, { reportValidity });
        change(element, '.field-target', '15');
        await flush();
        submit(element);
        expect(inputs).toEqual([]);
        expect(reportValidity).toHaveBeenCalledTimes(1);
        expect(Reflect.get(rep, 'required')).toBe(true);
        change(element, '.field-rep', '005000000000002AAA');
        submit(element);
        expect(inputs.map((input) => input.repId)).toEqual(['005000000000002AAA']);
        await expect(element).toBeAccessible();
    });

    it('asks for a percent for hygiene and lists each kind measure', async () => {
        const { element, inputs } = createForm({});
        await flush();
        change(element, '.field-kind', 'Hygiene');
        await flush();
        expect(Reflect.get(one(element, '.field-target'), 'label')).toBe('Target in percent');
        expect(Reflect.get(one(element, '.field-measure'), 'options')).toEqual(PICKERS.hygiene);
        change(element, '.field-kind', 'Category');
        await flush();
        expect(Reflect.get(one(element, '.field-measure'), 'options')).toEqual(PICKERS.categories);
        change(element, '.field-measure', 'Activity');
        submit(element);
        expect(inputs[0].measure).toBe('Activity');
        expect(inputs[0].target).toBeNull();
        expect(all(element, '.goal-field').length).toBe(5);
    });
});
