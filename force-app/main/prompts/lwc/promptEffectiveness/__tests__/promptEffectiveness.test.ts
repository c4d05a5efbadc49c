import { createElement } from 'lwc';
import type { ApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import type { EffectivenessView } from '@salesforce/apex/PromptsController.getEffectiveness';
import type { ExperimentsView } from '@salesforce/apex/PromptExperimentsController.getExperiments';
import PromptEffectiveness from 'c/promptEffectiveness';
import { fixture as readFixture, flush as settle, shadow } from 'config/jest/utils/dom';

jest.mock(
    '@salesforce/apex/PromptsController.getEffectiveness',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/PromptExperimentsController.getExperiments',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/PromptExperimentsController.startExperiment', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/PromptExperimentsController.endExperiment', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/PromptExperimentsController.bringBackPrompt', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

// Labels get their real text, so the tests read what the admin reads.

const adapter = jest.requireMock<{ default: ApexTestWireAdapter<EffectivenessView> }>(
    '@salesforce/apex/PromptsController.getEffectiveness'
).default;
const experimentsAdapter = jest.requireMock<{ default: ApexTestWireAdapter<ExperimentsView> }>(
    '@salesforce/apex/PromptExperimentsController.getExperiments'
).default;
const startExperiment = jest.requireMock<{ default: jest.Mock }>(
    '@salesforce/apex/PromptExperimentsController.startExperiment'
).default;
const endExperiment = jest.requireMock<{ default: jest.Mock }>(
    '@salesforce/apex/PromptExperimentsController.endExperiment'
).default;
const bringBackPrompt = jest.requireMock<{ default: jest.Mock }>(
    '@salesforce/apex/PromptExperimentsController.bringBackPrompt'
).default;
const apexModule = jest.requireMock<{ refreshApex: jest.Mock }>('@salesforce/apex');
const refreshApexMock = apexModule.refreshApex;

function fixture(): EffectivenessView {
    return readFixture<EffectivenessView>(__dirname, 'getEffectiveness');
}

function flush(): Promise<void> {
    return settle(10);
}

function cells(element: HTMLElement, row: string): Record<string, string> {
    const tr = shadow(element).querySelector(`tr[data-name="${row}"]`);
    const values: Record<string, string> = {};
    for (const cell of Array.from(tr?.querySelectorAll('[class]') ?? [])) {
        const key = cell.className.split(' ').pop() as string;
        values[key] = (cell.textContent ?? '').trim();
    }
    return values;
}

function create(props: Record<string, unknown> = {}): HTMLElement {
    const element = createElement('c-prompt-effectiveness', { is: PromptEffectiveness });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

describe('c-prompt-effectiveness', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('shows a loading spinner until the figures arrive', async () => {
        const element = create();
        await flush();

        expect(shadow(element).querySelector('lightning-spinner')).not.toBeNull();
        expect(shadow(element).querySelector('table')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows one row per prompt with counts, median and both comparisons', async () => {
        const element = create({ days: 30 });
        adapter.emit(fixture());
        await flush();

        expect(adapter.getLastConfig()).toEqual({ days: 30 });
        expect(shadow(element).querySelector('caption')?.textContent).toBe(
            'Prompts over the last 30 days, since 2026-10-22'
        );
        const used = cells(element, 'Opportunity_Missing_Next_Step');
        expect(used.title).toBe('Add a next step');
        expect(used.shown).toBe('1,250');
        expect(used.acted).toBe('400');
        expect(used.dismissed).toBe('90');
        expect(used.snoozed).toBe('60');
        expect(used.resolved).toBe('350');
        expect(used.median).toBe('3.5');
        expect(used.stopped).toBe('65% (780 of 1,200)');
        expect(used.baseline).toBe('30% (600 of 2,000)');
        expect(used.sampled).toBe('Sampled');
        expect(used.inactive).toBeUndefined();
        const broken = cells(element, 'Contact_Missing_Email');
        expect(broken.inactive).toBe('Inactive');
        expect(broken.median).toBe('No data');
        expect(broken.stopped).toBe('No data');
        expect(broken.problem).toBe('Condition__c names Contact.Emial, which does not exist.');
        expect(shadow(element).querySelectorAll('th[scope="col"]').length).toBe(11);
        expect(shadow(element).querySelector('.definitions')?.children.length).toBe(5);
        await expect(element).toBeAccessible();
    });

    it('says when there is nothing to show', async () => {
        const element = create();
        adapter.emit({ days: 7, since: '2026-11-14', rows: [] });
        await flush();

        expect(shadow(element).querySelector('.empty')?.textContent).toBe(
            'No prompts are active or were shown in this window.'
        );
        expect(shadow(element).querySelector('table')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the error panel when the admin check or the query fails', async () => {
        const element = create();
        adapter.error({ message: "You don't have access to this." });
        await flush();

        const panel = shadow(element).querySelector<HTMLElement & { friendlyMessage: string }>('c-error-panel');
        expect(panel?.friendlyMessage).toBe("We couldn't load this right now. Try again in a moment.");
        expect(shadow(element).querySelector('lightning-spinner')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('refreshes the figures on demand', async () => {
        const element = create();
        adapter.emit(fixture());
        await flush();

        shadow(element).querySelector<HTMLButtonElement>('button.refresh')?.click();
        await flush();

        expect(refreshApexMock).toHaveBeenCalledTimes(1);
        expect(shadow(element).querySelector('lightning-spinner')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('keeps loading when refreshed before the first answer', async () => {
        const element = create();
        await flush();

        shadow(element).querySelector<HTMLButtonElement>('button.refresh')?.click();
        await flush();

        expect(shadow(element).querySelector('lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    describe('prompt experiments', () => {
        function experiments(): ExperimentsView {
            return readFixture<ExperimentsView>(`${__dirname}/../../promptExperiments/__tests__`, 'getExperiments');
        }

        async function withExperiments(): Promise<HTMLElement> {
            const element = create();
            adapter.emit(fixture());
            experimentsAdapter.emit(experiments());
            await flush();
            return element;
        }

        function child(element: HTMLElement): HTMLElement {
            return shadow(element).querySelector('c-prompt-experiments') as HTMLElement;
        }

        it('hands the experiments to the section and starts one, then reloads both and says so', async () => {
            startExperiment.mockResolvedValue('a0X000000000003AAA');
            const element = await withExperiments();
            const toasts = jest.fn();
            element.addEventListener('lightning__showtoast', toasts);

            expect((child(element) as unknown as { view: ExperimentsView }).view.experiments).toHaveLength(2);
            child(element).dispatchEvent(
                new CustomEvent('start', { detail: { promptName: 'Lead_Not_Yet_Worked', holdoutPercent: 20 } })
            );
            await flush();

            expect(startExperiment).toHaveBeenCalledWith({ promptName: 'Lead_Not_Yet_Worked', holdoutPercent: 20 });
            expect(toasts.mock.calls[0][0].detail.title).toBe(
                'Experiment started. Held-out reps stop seeing the prompt on their next page load.'
            );
            expect(refreshApexMock).toHaveBeenCalledTimes(2);
            await expect(element).toBeAccessible();
        });

        it("shows the server's refusal in an error panel and reloads nothing", async () => {
            startExperiment.mockRejectedValue({
                body: { message: 'The holdout share must be a whole number from 5 to 50 %.' }
            });
            const element = await withExperiments();
            child(element).dispatchEvent(
                new CustomEvent('start', { detail: { promptName: 'Lead_Not_Yet_Worked', holdoutPercent: 0 } })
            );
            await flush();

            const panel = shadow(element).querySelector('c-error-panel') as unknown as {
                errors: unknown;
                friendlyMessage: string;
            };
            expect(panel.friendlyMessage).toBe('The holdout share must be a whole number from 5 to 50 %.');
            expect(panel.errors).toEqual({
                body: { message: 'The holdout share must be a whole number from 5 to 50 %.' }
            });
            expect(refreshApexMock).not.toHaveBeenCalled();
            await expect(element).toBeAccessible();
        });

        it("ends an experiment with the admin's decision", async () => {
            endExperiment.mockResolvedValue('a0X000000000001AAA');
            const element = await withExperiments();
            child(element).dispatchEvent(
                new CustomEvent('end', { detail: { experimentId: 'a0X000000000001AAA', decision: 'Retire' } })
            );
            await flush();

            expect(endExperiment).toHaveBeenCalledWith({ experimentId: 'a0X000000000001AAA', decision: 'Retire' });
            expect(refreshApexMock).toHaveBeenCalledTimes(2);
        });

        it('brings a retired prompt back and reads both tables again', async () => {
            bringBackPrompt.mockResolvedValue(1);
            const element = await withExperiments();
            child(element).dispatchEvent(
                new CustomEvent('bringback', { detail: { promptName: 'Opportunity_Close_Date_Past' } })
            );
            await flush();

            expect(bringBackPrompt).toHaveBeenCalledWith({ promptName: 'Opportunity_Close_Date_Past' });
            expect(refreshApexMock).toHaveBeenCalledTimes(2);
        });

        it('shows an error panel when the experiments cannot load, and the figures still', async () => {
            const element = create();
            adapter.emit(fixture());
            experimentsAdapter.error({ message: 'Only an Adoption admin can run prompt experiments.' });
            await flush();

            expect(child(element)).toBeNull();
            expect(shadow(element).querySelector('c-error-panel')).not.toBeNull();
            expect(shadow(element).querySelector('table')).not.toBeNull();
        });
    });
});
