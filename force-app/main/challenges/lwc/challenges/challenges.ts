/**
 * challenges: time-bound competitions (docs/challenges.md) for managers and reps, on an app page or
 * the Home page. The challenges the caller may see, newest first; the open one with its window, prize,
 * what counts, participants, time left, the caller's progress toward the target, the winners once it
 * is closed, and its board (c-leaderboard given the challenge's board). Managers (summary.canManage)
 * start a test run, launch, announce and end; anyone who may create (ChallengeList.canCreate) opens
 * the form for a new draft.
 *
 * The parent reads and writes (the two wires, save, test run, launch, announce, end, refresh); the
 * form, the list and the open challenge are children that show what they are given and send events
 * up (c-challenge-form, c-challenge-list, c-challenge-detail), inside c-adoption-card. Both wires are
 * turned into view models once (challengesScreen.ts), when their data arrives (and again when the other
 * one changes what a view shows: the list's options name the rules of the open challenge). Time
 * left is measured then too, against the browser's clock. After an action the list and the open
 * challenge are asked again with refreshApex; the server decides who may see and do what.
 */
import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getChallenges from '@salesforce/apex/ChallengesController.getChallenges';
import getChallenge from '@salesforce/apex/ChallengesController.getChallenge';
import saveChallenge from '@salesforce/apex/ChallengesController.saveChallenge';
import launchChallenge from '@salesforce/apex/ChallengesController.launchChallenge';
import announceChallenge from '@salesforce/apex/ChallengesController.announceChallenge';
import closeChallenge from '@salesforce/apex/ChallengesController.closeChallenge';
import type { ApexWireResult } from 'c/adoptionTypes';
import type { ChallengeAction, ChallengeScreen } from 'c/challengeDetail';
import type { ChallengeFormOptions } from 'c/challengeForm';
import type { ChallengeListItem } from 'c/challengeList';
import { formatLabel, reduceErrors } from 'c/ldsUtils';
import type { ChallengeInput, ChallengeList, ChallengeSummary, ChallengeView } from './challengesTypes';
import {
    ACTION_FAILED,
    CHOOSE,
    DONE_SAVE,
    LOADING,
    LOAD_ERROR,
    NEW,
    REFRESH,
    SAVE_FAILED,
    TITLE
} from './challengesLabels';
import {
    DONE,
    FORMAT_OPTIONS,
    SCORING_OPTIONS,
    TEAM_BY_OPTIONS,
    challengeScreen,
    comboOptions,
    listItem
} from './challengesScreen';

/** How often "time left" is read again. */
const CLOCK_MS = 60_000;

/** What c-challenge-detail exposes to its parent. */
interface DetailSection extends HTMLElement {
    focusName(): boolean;
}

export default class Challenges extends LightningElement {
    labels = {
        title: TITLE,
        refresh: REFRESH,
        newChallenge: NEW,
        loading: LOADING,
        choose: CHOOSE
    };

    formatOptions = FORMAT_OPTIONS;
    /** Works council mode: the form offers Team only. */
    teamsOnly = false;
    teamByOptions = TEAM_BY_OPTIONS;
    scoringOptions = SCORING_OPTIONS;

    items: ChallengeListItem[] = [];
    hasItems = false;
    canCreate = false;
    listLoaded = false;
    listError: unknown;
    listErrorMessage = LOAD_ERROR;

    /** The open challenge's Id: getChallenge's parameter, undefined until one is open. */
    selectedId?: string;
    view?: ChallengeScreen;
    viewError: unknown;
    viewErrorMessage = LOAD_ERROR;

    busy = false;
    actionError: unknown;
    actionErrorMessage = '';
    /** Read by screen readers: what the last action did. */
    announcement = '';

    formOpen = false;
    formOptions: ChallengeFormOptions = { rules: [], categories: [], scopes: [], groups: [] };
    saveError: unknown;
    saveErrorMessage = '';

    private wiredList?: ApexWireResult<ChallengeList>;
    private wiredView?: ApexWireResult<ChallengeView>;
    /** '.new-button' (this template's), or 'name': the open challenge's name, in c-challenge-detail. */
    private focusAfterRender?: string;
    private clock?: ReturnType<typeof setInterval>;

    @wire(getChallenges)
    wireList(result: ApexWireResult<ChallengeList>): void {
        this.wiredList = result;
        if (result.data) {
            const list = result.data;
            this.formOptions = {
                rules: comboOptions(list.rules),
                categories: comboOptions(list.categories),
                scopes: comboOptions(list.scopes),
                groups: comboOptions(list.groups)
            };
            this.canCreate = list.canCreate === true;
            // Works council mode: challenges are between teams only, teams by manager (the server
            // refuses the rest).
            this.teamsOnly = list.worksCouncil === true;
            this.formatOptions = this.teamsOnly
                ? FORMAT_OPTIONS.filter((option) => option.value === 'Team')
                : FORMAT_OPTIONS;
            this.teamByOptions = this.teamsOnly
                ? TEAM_BY_OPTIONS.filter((option) => option.value === 'Manager')
                : TEAM_BY_OPTIONS;
            this.listError = undefined;
            this.listLoaded = true;
            const challenges = list.challenges ?? [];
            // Open the newest one first; the user's own pick stays open across refreshes.
            if (this.selectedId === undefined && challenges.length > 0) {
                this.selectedId = challenges[0].id;
            }
            this.buildItems();
            // The rules' and categories' labels of the open challenge come from the list.
            if (this.wiredView?.data) {
                this.view = challengeScreen(this.wiredView.data, this.formOptions, Date.now());
            }
        } else if (result.error) {
            this.listError = result.error;
            this.listErrorMessage = reduceErrors(result.error)[0] ?? LOAD_ERROR;
        }
    }

    @wire(getChallenge, { challengeId: '$selectedId' })
    wireView(result: ApexWireResult<ChallengeView>): void {
        this.wiredView = result;
        if (result.data) {
            this.view = challengeScreen(result.data, this.formOptions, Date.now());
            this.viewError = undefined;
        } else if (result.error) {
            this.view = undefined;
            this.viewError = result.error;
            this.viewErrorMessage = reduceErrors(result.error)[0] ?? LOAD_ERROR;
        }
    }

    get listLoading(): boolean {
        return !this.listLoaded && !this.listError;
    }

    get viewLoading(): boolean {
        return this.selectedId !== undefined && !this.view && !this.viewError;
    }

    get showNewButton(): boolean {
        return this.canCreate && !this.formOpen;
    }

    override connectedCallback(): void {
        // "Time left" must move while the page stays open (a Home page can stay open all day).
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- a clock, cleared in disconnectedCallback
        this.clock = setInterval(() => this.tick(), CLOCK_MS);
    }

    override disconnectedCallback(): void {
        if (this.clock !== undefined) {
            clearInterval(this.clock);
            this.clock = undefined;
        }
    }

    /** Rebuilds the open challenge's view against the clock: only "time left" changes. */
    private tick(): void {
        if (this.wiredView?.data) {
            this.view = challengeScreen(this.wiredView.data, this.formOptions, Date.now());
        }
    }

    override renderedCallback(): void {
        if (this.focusAfterRender === 'name') {
            const detail = this.refs?.detail as DetailSection | undefined;
            if (detail?.focusName()) {
                this.focusAfterRender = undefined;
            }
        } else if (this.focusAfterRender) {
            const target = this.template?.querySelector<HTMLElement>(this.focusAfterRender);
            if (target) {
                target.focus();
                this.focusAfterRender = undefined;
            }
        }
    }

    handleOpen(event: CustomEvent<{ id: string }>): void {
        const id = event.detail.id;
        if (!id || id === this.selectedId) {
            return;
        }
        this.selectedId = id;
        this.view = undefined;
        this.viewError = undefined;
        this.actionError = undefined;
        this.buildItems();
    }

    async handleRefresh(): Promise<void> {
        await this.refreshAll();
    }

    handleAction(event: CustomEvent<{ action: ChallengeAction }>): void {
        this.run(event.detail.action);
    }

    handleNew(): void {
        this.saveError = undefined;
        this.formOpen = true;
    }

    handleCancelForm(): void {
        this.formOpen = false;
        this.focusAfterRender = '.new-button';
    }

    async handleSave(event: CustomEvent<{ input: ChallengeInput }>): Promise<void> {
        this.busy = true;
        this.saveError = undefined;
        try {
            const saved = await saveChallenge({ input: event.detail.input });
            this.formOpen = false;
            this.selectedId = saved.id;
            this.view = undefined;
            this.done(formatLabel(DONE_SAVE, saved.name));
            await this.refreshAll();
            this.buildItems();
        } catch (error) {
            this.saveError = error;
            this.saveErrorMessage = reduceErrors(error)[0] ?? SAVE_FAILED;
        } finally {
            this.busy = false;
        }
    }

    private async run(action: ChallengeAction): Promise<void> {
        const challengeId = this.selectedId;
        if (!challengeId) {
            return;
        }
        this.busy = true;
        this.actionError = undefined;
        try {
            let summary: ChallengeSummary;
            if (action === 'test' || action === 'launch') {
                summary = await launchChallenge({ challengeId, hidden: action === 'test' });
            } else if (action === 'announce') {
                summary = await announceChallenge({ challengeId });
            } else {
                summary = await closeChallenge({ challengeId });
            }
            this.done(formatLabel(DONE[action], summary.name));
            await this.refreshAll();
        } catch (error) {
            this.actionError = error;
            // The server's message is a label meant for the user ("Only a draft can be launched.").
            this.actionErrorMessage = reduceErrors(error)[0] ?? ACTION_FAILED;
        } finally {
            this.busy = false;
        }
    }

    private done(message: string): void {
        this.announcement = message;
        // The button pressed may be gone (an announced run has no Announce): keep the keyboard on the challenge.
        this.focusAfterRender = 'name';
        this.dispatchEvent(new ShowToastEvent({ title: message, variant: 'success' }));
    }

    private async refreshAll(): Promise<void> {
        const answered = [this.wiredList, this.wiredView].filter(
            (result) => result && (result.data !== undefined || result.error !== undefined)
        );
        await Promise.all(answered.map((result) => refreshApex(result)));
    }

    private buildItems(): void {
        const challenges = this.wiredList?.data?.challenges ?? [];
        this.items = challenges.map((challenge) => listItem(challenge, this.selectedId));
        this.hasItems = this.items.length > 0;
    }
}

export type {
    ChallengeFormat,
    ChallengeInput,
    ChallengeList,
    ChallengeParticipants,
    ChallengeStatus,
    ChallengeSummary,
    ChallengeTeamBy,
    ChallengeTeamScoring,
    ChallengeView
} from './challengesTypes';
