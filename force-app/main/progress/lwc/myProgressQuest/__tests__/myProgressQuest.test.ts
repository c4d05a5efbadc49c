import { createElement } from 'lwc';
import MyProgressQuest from 'c/myProgressQuest';
import type { QuestScreen } from 'c/myProgressQuest';
import { all, flush, one, shadow, texts } from 'config/jest/utils/dom';

const QUEST: QuestScreen = {
    label: 'New rep onboarding',
    description: 'Four steps that teach you the basics.',
    whyItMatters: 'These habits keep your pipeline visible.',
    progress: 33,
    progressText: '1 of 3 steps done',
    progressLabel: 'Progress of New rep onboarding',
    stepsLabel: 'Steps of New rep onboarding',
    complete: false,
    steps: [
        {
            key: '1|Log_Call',
            label: 'Log a call',
            countText: '3 of 3',
            stateText: 'Done',
            icon: 'utility:success',
            itemClass: 'quest-step slds-p-vertical_xx-small',
            ariaCurrent: null
        },
        {
            key: '2|Update_Next_Step',
            label: 'Update a next step',
            countText: '1 of 2',
            stateText: 'Current step',
            icon: 'utility:forward',
            itemClass: 'quest-step quest-step_current slds-p-vertical_xx-small',
            ariaCurrent: 'step'
        }
    ],
    nextText: 'Next: Update a next step',
    nextWhy: 'A clear next step tells your team what happens next.'
};

function createSection(quest?: QuestScreen): HTMLElement {
    const element = createElement('c-my-progress-quest', { is: MyProgressQuest });
    Object.assign(element, { quest });
    document.body.appendChild(element);
    return element;
}

describe('c-my-progress-quest', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows the quest, its labelled progress, each step with its state in words, and the next step', async () => {
        const element = createSection(QUEST);
        await flush();
        expect(texts(element, 'h3')).toEqual(['Getting started']);
        expect(texts(element, '.quest-label')).toEqual(['New rep onboarding']);
        const bar = one(element, '.quest-bar');
        expect(Reflect.get(bar, 'value')).toBe(33);
        expect(Reflect.get(bar, 'ariaLabel')).toBe('Progress of New rep onboarding');
        expect(one(element, 'ol.quest-steps').getAttribute('aria-label')).toBe('Steps of New rep onboarding');
        expect(texts(element, '.quest-step-state')).toEqual(['Done', 'Current step']);
        expect(all(element, 'li').map((item) => item.getAttribute('aria-current'))).toEqual([null, 'step']);
        expect(texts(element, '.quest-next-text')).toEqual(['Next: Update a next step']);
        expect(shadow(element).querySelector('.quest-complete')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says the quest is complete instead of a next step', async () => {
        const element = createSection({ ...QUEST, complete: true, nextText: '', nextWhy: '' });
        await flush();
        expect(texts(element, '.quest-complete')).toEqual(['Quest complete. Well done: you know the basics now.']);
        expect(shadow(element).querySelector('.quest-next')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows nothing without a quest', async () => {
        const element = createSection(undefined);
        await flush();
        expect(shadow(element).querySelector('.quest')).toBeNull();
    });
});
