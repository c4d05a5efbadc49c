import { createElement } from 'lwc';
import type { ExperimentsView } from '@salesforce/apex/PromptExperimentsController.getExperiments';
import PromptExperiments from 'c/promptExperiments';
import { fixture as readFixture, flush, shadow, texts, trimmed } from 'config/jest/utils/dom';

// Labels get their real text, so the tests read what the admin reads.

function fixture(change: (view: ExperimentsView) => void = () => undefined): ExperimentsView {
    const view = readFixture<ExperimentsView>(__dirname, 'getExperiments');
    change(view);
    return view;
}

async function render(view: ExperimentsView, busy = false): Promise<HTMLElement> {
    const element = createElement('c-prompt-experiments', { is: PromptExperiments });
    Object.assign(element, { view, busy });
    document.body.appendChild(element);
    await flush();
    return element;
}

function armCells(element: HTMLElement, experimentId: string, arm: string): string[] {
    const row = shadow(element).querySelector(`article[data-id="${experimentId}"] tr[data-arm="${arm}"]`);
    return Array.from(row?.querySelectorAll('th, td') ?? []).map((cell) => (cell.textContent ?? '').trim());
}

function textIn(element: HTMLElement, experimentId: string, selector: string): string {
    return (shadow(element).querySelector(`article[data-id="${experimentId}"] ${selector}`)?.textContent ?? '').trim();
}

describe('c-prompt-experiments', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows each arm with its rate and interval, and says when there is not enough data yet', async () => {
        const element = await render(fixture());

        expect(texts(element, '.experiment-title', trimmed)).toEqual(['Add a next step', 'This close date has passed']);
        expect(armCells(element, 'a0X000000000001AAA', 'prompted')).toEqual([
            'With the prompt',
            '12',
            '7',
            '58.3% (32% to 80.7%)',
            '5.5'
        ]);
        expect(armCells(element, 'a0X000000000001AAA', 'heldOut')[0]).toBe('Held out');
        expect(armCells(element, 'a0X000000000001AAA', 'heldOut')[4]).toBe('No data');
        expect(textIn(element, 'a0X000000000001AAA', '.verdict')).toBe(
            'Not enough data yet: each group needs at least 30 qualifying records from at least 5 reps.'
        );
        expect(textIn(element, 'a0X000000000001AAA', '.difference')).toBe('');
        expect(textIn(element, 'a0X000000000001AAA', '.withheld')).toBe('');
        expect(textIn(element, 'a0X000000000001AAA', '.left-out')).toBe(
            'Left out: 1 records that qualified in both groups, 0 deleted or hidden from you.'
        );
        expect(textIn(element, 'a0X000000000001AAA', '.status')).toBe('Running');
        expect(textIn(element, 'a0X000000000001AAA', '.holdout')).toBe('20 % held out');
        await expect(element).toBeAccessible();
    });

    it('shows the difference with its interval and the verdict once both arms reach the minimum', async () => {
        const element = await render(fixture());

        expect(textIn(element, 'a0X000000000002AAA', '.difference')).toBe(
            'Difference: +20 points (95 % interval +5.2 to +33.4).'
        );
        expect(textIn(element, 'a0X000000000002AAA', '.verdict')).toBe(
            'The prompt helps: records get fixed more often with it.'
        );
        expect(textIn(element, 'a0X000000000002AAA', '.status')).toBe('Ended, prompt retired');
        expect(shadow(element).querySelector('article[data-id="a0X000000000002AAA"] .keep')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says when works council mode withheld a small group, and shows none of its figures', async () => {
        const element = await render(
            fixture((view) => {
                const running = view.experiments[0];
                Object.assign(running, {
                    withheld: true,
                    heldOutRecords: 0,
                    heldOutFixed: 0,
                    heldOutMedianHours: null
                });
                Object.assign(running.comparison, { heldOutRate: null, heldOutLow: null, heldOutHigh: null });
            })
        );

        expect(textIn(element, 'a0X000000000001AAA', '.withheld')).toBe(
            'Works council mode: a group with too few people to stay anonymous shows no figures.'
        );
        expect(armCells(element, 'a0X000000000001AAA', 'heldOut')).toEqual([
            'Held out',
            '0',
            '0',
            'No data',
            'No data'
        ]);
        await expect(element).toBeAccessible();
    });

    it('asks to start an experiment on the chosen prompt with the share typed', async () => {
        const element = await render(fixture());
        const started = jest.fn();
        element.addEventListener('start', started);

        const select = shadow(element).querySelector<HTMLSelectElement>('.prompt-select') as HTMLSelectElement;
        select.value = 'Contact_Missing_Email';
        select.dispatchEvent(new CustomEvent('change'));
        const share = shadow(element).querySelector<HTMLInputElement>('.share-input') as HTMLInputElement;
        share.value = '35';
        share.dispatchEvent(new CustomEvent('change'));
        shadow(element).querySelector<HTMLButtonElement>('.start')?.click();

        expect(started.mock.calls[0][0].detail).toEqual({ promptName: 'Contact_Missing_Email', holdoutPercent: 35 });
        expect(texts(element, '.share-help', trimmed)).toEqual([
            'A whole number from 5 to 50. Held-out reps see nothing of this prompt; their records are the comparison.'
        ]);
    });

    it('sends a blank share as null for the server to refuse with its message', async () => {
        const element = await render(fixture());
        const started = jest.fn();
        element.addEventListener('start', started);
        const share = shadow(element).querySelector<HTMLInputElement>('.share-input') as HTMLInputElement;
        share.value = '';
        share.dispatchEvent(new CustomEvent('change'));
        shadow(element).querySelector<HTMLButtonElement>('.start')?.click();

        expect(started.mock.calls[0][0].detail).toEqual({ promptName: 'Lead_Not_Yet_Worked', holdoutPercent: null });
    });

    it('ends a running experiment with keep or retire, buttons named after the prompt', async () => {
        const element = await render(fixture());
        const ended = jest.fn();
        element.addEventListener('end', ended);
        const keep = shadow(element).querySelector<HTMLButtonElement>('.keep') as HTMLButtonElement;
        const retire = shadow(element).querySelector<HTMLButtonElement>('.retire') as HTMLButtonElement;

        expect(keep.getAttribute('aria-label')).toBe('End and keep: Add a next step');
        expect(retire.getAttribute('aria-label')).toBe('End and retire: Add a next step');
        keep.click();
        retire.click();
        await flush();

        // Retire asks first (review m7): nothing is sent until the admin confirms.
        expect(ended.mock.calls.map(([event]) => event.detail)).toEqual([
            { experimentId: 'a0X000000000001AAA', decision: 'Keep' }
        ]);
        expect(textIn(element, 'a0X000000000001AAA', '.confirm-text')).toBe(
            'Retire Add a next step? It stops showing to everyone at once. You can bring it back under Retired prompts.'
        );
        const yes = shadow(element).querySelector<HTMLButtonElement>('.retire-yes') as HTMLButtonElement;
        expect(shadow(element).activeElement).toBe(yes);
        await expect(element).toBeAccessible();
        yes.click();
        await flush();

        expect(ended.mock.calls.map(([event]) => event.detail)).toEqual([
            { experimentId: 'a0X000000000001AAA', decision: 'Keep' },
            { experimentId: 'a0X000000000001AAA', decision: 'Retire' }
        ]);
        expect(shadow(element).querySelector('.retire-confirm')).toBeNull();
        expect(textIn(element, 'a0X000000000001AAA', '.retire-note')).toContain('stops showing at once');
    });

    it('cancels a retire without sending anything and gives the focus back to the retire button', async () => {
        const element = await render(fixture());
        const ended = jest.fn();
        element.addEventListener('end', ended);
        shadow(element).querySelector<HTMLButtonElement>('.retire')?.click();
        await flush();
        shadow(element).querySelector<HTMLButtonElement>('.retire-cancel')?.click();
        await flush();

        expect(ended).not.toHaveBeenCalled();
        expect(shadow(element).querySelector('.retire-confirm')).toBeNull();
        expect(shadow(element).activeElement).toBe(shadow(element).querySelector('.retire'));
    });

    it('lists the retired prompts, each with a bring back button named after it', async () => {
        const element = await render(fixture());
        const broughtBack = jest.fn();
        element.addEventListener('bringback', broughtBack);

        expect(texts(element, '.retired-label', trimmed)).toEqual(['This close date has passed (Opportunity)']);
        const button = shadow(element).querySelector<HTMLButtonElement>('.bring-back') as HTMLButtonElement;
        expect(button.getAttribute('aria-label')).toBe('Bring back: This close date has passed (Opportunity)');
        button.click();

        expect(broughtBack.mock.calls[0][0].detail).toEqual({ promptName: 'Opportunity_Close_Date_Past' });
        await expect(element).toBeAccessible();
    });

    it('waits while a start or end is in flight', async () => {
        const element = await render(fixture(), true);

        expect(shadow(element).querySelector<HTMLButtonElement>('.start')?.disabled).toBe(true);
        expect(shadow(element).querySelector<HTMLButtonElement>('.keep')?.disabled).toBe(true);
    });

    it('says when nothing can start and when there are no experiments', async () => {
        const element = await render(
            fixture((view) => {
                view.startable = [];
                view.experiments = [];
                view.retired = [];
            })
        );

        expect(texts(element, '.none-startable', trimmed)).toEqual([
            'Every active prompt already has an experiment running or was retired.'
        ]);
        expect(texts(element, '.empty-experiments', trimmed)).toEqual(['No experiments yet.']);
        expect(shadow(element).querySelector('.start')).toBeNull();
        expect(shadow(element).querySelector('.retired')).toBeNull();
        await expect(element).toBeAccessible();
    });
});
