import { createElement } from 'lwc';
import PulseOnboardingSection, { ONBOARDING_SHOWN } from 'c/pulseOnboarding';
import type { PulseOnboarding, PulseOnboardingView } from 'c/pulseOnboarding';
import { all, flush, one, shadow, texts } from 'config/jest/utils/dom';

function newcomer(index: number, stuck: boolean): PulseOnboardingView {
    return {
        key: `005${index}`,
        name: `Newcomer ${index}`,
        itemClass: stuck ? 'onboarding-item stuck' : 'onboarding-item',
        statusText: stuck ? 'Stuck' : 'On track',
        statusClass: stuck ? 'onboarding-status slds-badge slds-theme_warning' : 'onboarding-status slds-badge',
        stepText: 'Step 1 of 4: Log a call (0 of 3)',
        doneText: '0 of 4 steps done',
        detailText: stuck ? 'No scored action yet' : 'Joined 2 days ago'
    };
}

function quest(count: number): PulseOnboarding {
    return {
        items: Array.from({ length: count }, (_, index) => newcomer(index, index === 0)),
        summary: `${count} people onboarding, 1 stuck`,
        definition: 'Stuck: no scored action for 7 days.'
    };
}

function createSection(value: PulseOnboarding): HTMLElement {
    const element = createElement('c-pulse-onboarding', { is: PulseOnboardingSection });
    Object.assign(element, { quest: value });
    document.body.appendChild(element);
    return element;
}

describe('c-pulse-onboarding', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('lists who is getting started, stuck or on track in words, with the summary and what stuck means', async () => {
        const element = createSection(quest(2));
        await flush();
        expect(texts(element, 'h3')).toEqual(['Getting started']);
        expect(texts(element, '.onboarding-summary')).toEqual(['2 people onboarding, 1 stuck']);
        expect(texts(element, '.onboarding-status')).toEqual(['Stuck', 'On track']);
        expect(one(element, 'li[data-key="0050"]').className).toContain('stuck');
        expect(texts(element, '.onboarding-detail')).toEqual(['No scored action yet', 'Joined 2 days ago']);
        expect(texts(element, '.onboarding-definition')).toEqual(['Stuck: no scored action for 7 days.']);
        expect(shadow(element).querySelector('.onboarding-show-all')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('lists the first ones, everyone on request', async () => {
        const element = createSection(quest(25));
        await flush();
        expect(all(element, '.onboarding-item')).toHaveLength(ONBOARDING_SHOWN);
        const showAll = one<HTMLElement & { label: string }>(element, 'lightning-button.onboarding-show-all');
        expect(showAll.label).toBe('Show all 25');
        showAll.click();
        await flush();
        expect(all(element, '.onboarding-item')).toHaveLength(25);
        await expect(element).toBeAccessible();
    });
});
