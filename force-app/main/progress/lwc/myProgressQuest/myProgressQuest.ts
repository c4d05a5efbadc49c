/**
 * myProgressQuest: My Progress's onboarding quest section: the quest, a labelled progress bar, its
 * steps in order, each with its state in words, and the next step with why it matters (or "quest
 * complete"). Shows what c-my-progress hands it; asks the server nothing.
 */
import { LightningElement, api } from 'lwc';
import QUEST_TITLE from '@salesforce/label/c.Adoption_Quest_Title';
import QUEST_COMPLETE from '@salesforce/label/c.Adoption_Quest_Complete';

/** One step of the quest as the section shows it. */
export interface QuestStepView {
    key: string;
    label: string;
    countText: string;
    /** Done, current step or to do: in words, not only by the icon. */
    stateText: string;
    icon: string;
    itemClass: string;
    /** aria-current of the current step. */
    ariaCurrent: string | null;
}

/** The quest as the section shows it (c/myProgress builds it from the QuestView). */
export interface QuestScreen {
    label: string;
    description: string;
    whyItMatters: string;
    progress: number;
    progressText: string;
    progressLabel: string;
    stepsLabel: string;
    complete: boolean;
    steps: QuestStepView[];
    /** 'Next: <step>' and why it matters; blank once the quest is complete. */
    nextText: string;
    nextWhy: string;
}

export default class MyProgressQuest extends LightningElement {
    labels = { questTitle: QUEST_TITLE, questComplete: QUEST_COMPLETE };

    /** The quest to show. */
    @api quest?: QuestScreen;
}
