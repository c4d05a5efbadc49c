/**
 * challengeDetail: the open challenge: name and status, the test-run or draft notice, its details
 * (dates, prize, time left, format, what counts, target, participants, owner), the caller's progress,
 * the winners once closed, the manager's actions and the challenge's board (c-leaderboard given it).
 * A manager's press sends `action` (detail: { action }) to c-challenges, which calls the server;
 * ending asks first, here, in place. Shows what it is given; asks the server nothing.
 */
import { LightningElement, api } from 'lwc';
import type { Board } from 'c/leaderboard';
import TERM_STATUS from '@salesforce/label/c.Adoption_Challenges_Term_Status';
import PROGRESS_HEADING from '@salesforce/label/c.Adoption_Challenges_Progress_Heading';
import WINNERS_HEADING from '@salesforce/label/c.Adoption_Challenges_Winners_Heading';
import WINNERS_NONE from '@salesforce/label/c.Adoption_Challenges_Winners_None';
import HIDDEN_NOTICE from '@salesforce/label/c.Adoption_Challenges_Hidden_Notice';
import DRAFT_NOTICE from '@salesforce/label/c.Adoption_Challenges_Draft_Notice';
import ACTIONS_LABEL from '@salesforce/label/c.Adoption_Challenges_Actions_Label';
import CONFIRM_END_BUTTON from '@salesforce/label/c.Adoption_Challenges_Confirm_End_Button';
import CANCEL from '@salesforce/label/c.Adoption_Challenges_Cancel';
/** What a manager may do to a challenge. */
export type ChallengeAction = 'test' | 'launch' | 'announce' | 'end';

/** One line of the details list: a term and its text. */
export interface ChallengeDetailLine {
    key: string;
    className: string;
    term: string;
    text: string;
}

/** One of the manager's buttons. */
export interface ChallengeActionButton {
    key: ChallengeAction;
    className: string;
    label: string;
    variant: string;
}

/** The open challenge as the detail shows it (c/challenges builds it from a ChallengeView). */
export interface ChallengeScreen {
    id: string;
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    statusText: string;
    badgeClass: string;
    details: ChallengeDetailLine[];
    isHidden: boolean;
    isDraft: boolean;
    hasProgress: boolean;
    progress: number;
    progressLabel: string;
    progressText: string;
    isClosed: boolean;
    winners: { key: string; text: string }[];
    hasWinners: boolean;
    board: Board | null;
    actions: ChallengeActionButton[];
    hasActions: boolean;
    confirmText: string;
}

export default class ChallengeDetail extends LightningElement {
    labels = {
        termStatus: TERM_STATUS,
        progressHeading: PROGRESS_HEADING,
        winnersHeading: WINNERS_HEADING,
        winnersNone: WINNERS_NONE,
        hiddenNotice: HIDDEN_NOTICE,
        draftNotice: DRAFT_NOTICE,
        actionsLabel: ACTIONS_LABEL,
        confirmEnd: CONFIRM_END_BUTTON,
        cancel: CANCEL
    };

    /** The challenge to show. */
    @api view?: ChallengeScreen;
    /** True while an action runs: the buttons are disabled. */
    @api busy = false;
    /** Why the last action was refused, and the sentence to show for it. */
    @api actionError: unknown;
    @api actionErrorMessage = '';

    /** Ending is final: asked first, in place. */
    confirming = false;
    private focusAfterRender?: string;

    /** Puts the keyboard on the challenge's name (after an action, whose button may be gone). */
    @api
    focusName(): boolean {
        const name = this.template?.querySelector<HTMLElement>('.challenge-name');
        name?.focus();
        return Boolean(name);
    }

    override renderedCallback(): void {
        if (this.focusAfterRender) {
            const target = this.template?.querySelector<HTMLElement>(this.focusAfterRender);
            if (target) {
                target.focus();
                this.focusAfterRender = undefined;
            }
        }
    }

    handleAction(event: Event): void {
        const action = (event.currentTarget as HTMLElement).dataset.action as ChallengeAction | undefined;
        if (action === 'end') {
            // Ending is final: ask first, in place, and put the keyboard on the question.
            this.confirming = true;
            this.focusAfterRender = '.confirm-end';
            return;
        }
        if (action) {
            this.send(action);
        }
    }

    handleConfirmEnd(): void {
        this.confirming = false;
        this.send('end');
    }

    handleCancelEnd(): void {
        this.confirming = false;
        this.focusAfterRender = '.action-end';
    }

    private send(action: ChallengeAction): void {
        this.dispatchEvent(new CustomEvent('action', { detail: { action } }));
    }
}
