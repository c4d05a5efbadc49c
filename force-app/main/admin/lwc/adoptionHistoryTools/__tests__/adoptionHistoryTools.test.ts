import { createElement } from 'lwc';
import AdoptionHistoryTools from 'c/adoptionHistoryTools';
import type { JobScreen } from 'c/adoptionHistoryTools';
import type { HealthTable } from 'c/adoptionHealthTable';
import { all, deepAll, flush, one, shadow, texts } from 'config/jest/utils/dom';

const JOBS: HealthTable = {
    tableClass: 'jobs-table slds-table',
    columns: [
        { key: 'type', label: 'Type' },
        { key: 'status', label: 'Status' }
    ],
    rows: [{ key: 'j1', className: 'job-row', header: 'Dry Run', cells: [{ key: '0', text: 'Completed' }] }]
};
const JOB: JobScreen = {
    heading: 'Dry Run: Running',
    counters: '120 records, 8 actions, 40 points',
    message: '',
    inProgress: true,
    failed: false,
    results: { tableClass: 'job-results slds-table', caption: 'By rule', columns: [], rows: [] },
    hasResults: false
};

function createTools(props: Record<string, unknown> = {}): HTMLElement {
    const element = createElement('c-adoption-history-tools', { is: AdoptionHistoryTools });
    Object.assign(element, { helpText: 'Purge keeps 90 days.', days: 30, jobs: JOBS, ...props });
    document.body.appendChild(element);
    return element;
}

function events(element: HTMLElement): string[] {
    const seen: string[] = [];
    element.addEventListener('tool', (event) =>
        seen.push(`tool ${(event as CustomEvent<{ tool: string }>).detail.tool}`)
    );
    element.addEventListener('dayschange', (event) =>
        seen.push(`days ${(event as CustomEvent<{ days: number }>).detail.days}`)
    );
    element.addEventListener('confirm', () => seen.push('confirm'));
    element.addEventListener('cancel', () => seen.push('cancel'));
    return seen;
}

describe('c-adoption-history-tools', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows the tools, the days and the recent jobs, and sends each press up', async () => {
        const element = createTools();
        const seen = events(element);
        await flush();
        expect(texts(element, 'p.slds-text-body_small')[0]).toBe('Purge keeps 90 days.');
        expect(Reflect.get(one(element, '.days-input'), 'value')).toBe(30);
        const input = one(element, '.days-input');
        Object.assign(input, { value: '7' });
        input.dispatchEvent(new CustomEvent('change'));
        for (const tool of ['dry-run', 'backfill', 'rebuild', 'purge']) {
            one(element, `lightning-button.${tool}-button`).click();
        }
        expect(seen).toEqual(['days 7', 'tool dryRun', 'tool backfill', 'tool rebuild', 'tool purge']);
        expect(deepAll(element, 'tr.job-row')).toHaveLength(1);
        expect(all(element, '.jobs-none')).toHaveLength(0);
        expect(all(element, '.confirm')).toHaveLength(0);
        await expect(element).toBeAccessible();
    });

    it('asks its question with confirm and cancel, disables the tools, and shows a refusal', async () => {
        const element = createTools({
            confirmText: 'Backfill 30 days?',
            disabled: true,
            actionError: 'Enter 1 to 3650 days.',
            actionErrorMessage: 'Enter 1 to 3650 days.'
        });
        const seen = events(element);
        await flush();
        expect(one(element, '.confirm').getAttribute('aria-label')).toBe('Backfill 30 days?');
        expect(Reflect.get(one(element, 'lightning-button.backfill-button'), 'disabled')).toBe(true);
        one(element, 'lightning-button.confirm-button').click();
        one(element, 'lightning-button.cancel-button').click();
        expect(seen).toEqual(['confirm', 'cancel']);
        expect(Reflect.get(one(element, 'c-error-panel.action-error'), 'friendlyMessage')).toBe(
            'Enter 1 to 3650 days.'
        );
        await expect(element).toBeAccessible();
    });

    it('follows a running job and says when there are no recent jobs', async () => {
        const element = createTools({ job: JOB, jobs: { ...JOBS, rows: [] } });
        await flush();
        expect(texts(element, '.job-heading')).toEqual(['Dry Run: Running']);
        expect(shadow(element).querySelector('.job-progress')).not.toBeNull();
        expect(one(element, '.job-status').getAttribute('role')).toBe('status');
        expect(all(element, '.jobs-none')).toHaveLength(1);
        await expect(element).toBeAccessible();
    });
});
