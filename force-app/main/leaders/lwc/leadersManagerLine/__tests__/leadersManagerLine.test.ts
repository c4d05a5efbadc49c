import { createElement } from 'lwc';
import type { ApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import type { ManagerLine } from '@salesforce/apex/LeadersController.getManagerLine';
import LeadersManagerLine, { managerLineText } from 'c/leadersManagerLine';
import { flush, texts } from 'config/jest/utils/dom';

jest.mock(
    '@salesforce/apex/LeadersController.getManagerLine',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);

const adapter = jest.requireMock<{ default: ApexTestWireAdapter<ManagerLine> }>(
    '@salesforce/apex/LeadersController.getManagerLine'
).default;

async function create(): Promise<HTMLElement> {
    const element = createElement('c-leaders-manager-line', { is: LeadersManagerLine });
    document.body.appendChild(element);
    await flush();
    return element;
}

describe('c-leaders-manager-line', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows a rep their manager’s own week, as a status', async () => {
        const element = await create();
        adapter.emit({ shown: true, isSelf: false, managerName: 'Maria Lopez', actions: 12, activeDays: 3 });
        await flush();
        expect(texts(element, '.manager-line-text')).toEqual([
            'Your manager Maria Lopez this week: 12 actions on 3 days'
        ]);
        expect(element.shadowRoot?.querySelector('[role="status"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows a manager what their team sees of them', async () => {
        const element = await create();
        adapter.emit({ shown: true, isSelf: true, managerName: 'Maria Lopez', actions: 0, activeDays: 0 });
        await flush();
        expect(texts(element, '.manager-line-text')).toEqual(['Your team sees your week: 0 actions on 0 days']);
        await expect(element).toBeAccessible();
    });

    it('shows nothing when the setting is off, and nothing on an error', async () => {
        const element = await create();
        adapter.emit({ shown: false, isSelf: false, actions: 0, activeDays: 0 });
        await flush();
        expect(element.shadowRoot?.querySelector('.manager-line')).toBeNull();
        adapter.error({ message: 'boom' });
        await flush();
        expect(element.shadowRoot?.querySelector('.manager-line')).toBeNull();
        expect(managerLineText(undefined)).toBe('');
        await expect(element).toBeAccessible();
    });
});
