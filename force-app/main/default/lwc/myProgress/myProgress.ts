/**
 * myProgress: the rep's own progress on the Home page, an app page or the utility bar: points this
 * week and month, level, streaks, earned badges (with details on demand), the next badges and a
 * paged points history in which every entry names its rule, links to its record and says why it
 * matters.
 *
 * Rendering stays cheap however much data arrives: each wire handler builds the view model once,
 * and the getters the template reads only return fields (no list is rebuilt per render). Once the
 * data is on screen, renderedCallback marks the root element `data-ready` for the preview's
 * browser test, which times the render from data arrival.
 */
import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import type { PageReference } from 'lightning/navigation';
import { refreshApex } from '@salesforce/apex';
import getMyProgress from '@salesforce/apex/ProgressController.getMyProgress';
import getPointsHistory from '@salesforce/apex/ProgressController.getPointsHistory';
import setHideFromBoards from '@salesforce/apex/ProgressController.setHideFromBoards';
import type {
    ApexWireResult,
    EarnedBadge,
    HistoryEntry,
    HistoryPage,
    NextBadge,
    ProgressView,
    QuestStep,
    QuestView
} from 'c/adoptionTypes';
import { formatLabel, reduceErrors } from 'c/ldsUtils';
import TITLE from '@salesforce/label/c.Adoption_My_Progress_Title';
import REFRESH from '@salesforce/label/c.Adoption_My_Progress_Refresh';
import LOADING from '@salesforce/label/c.Adoption_Loading';
import LOAD_ERROR from '@salesforce/label/c.Adoption_Error_Load';
import EMPTY from '@salesforce/label/c.Adoption_My_Progress_Empty';
import START_HERE from '@salesforce/label/c.Adoption_My_Progress_Start';
import THIS_WEEK from '@salesforce/label/c.Adoption_This_Week';
import THIS_MONTH from '@salesforce/label/c.Adoption_This_Month';
import STREAK_CURRENT from '@salesforce/label/c.Adoption_Streak_Current';
import STREAK_BEST from '@salesforce/label/c.Adoption_Streak_Best';
import STREAK_DAYS from '@salesforce/label/c.Adoption_Streak_Days';
import POINTS from '@salesforce/label/c.Adoption_Points';
import LEVEL from '@salesforce/label/c.Adoption_Level';
import LEVEL_NEXT from '@salesforce/label/c.Adoption_Level_Next';
import LEVEL_TOP from '@salesforce/label/c.Adoption_Level_Top';
import LEVEL_PROGRESS from '@salesforce/label/c.Adoption_Level_Progress_Label';
import ALL_TIME from '@salesforce/label/c.Adoption_Period_All_Time';
import BADGES_EARNED from '@salesforce/label/c.Adoption_Badges_Earned';
import BADGES_NONE from '@salesforce/label/c.Adoption_Badges_None';
import BADGE_EARNED_ON from '@salesforce/label/c.Adoption_Badge_Earned_On';
import BADGE_CLOSE from '@salesforce/label/c.Adoption_Badge_Details_Close';
import WHY_IT_MATTERS from '@salesforce/label/c.Adoption_Why_It_Matters';
import NEXT_BADGES from '@salesforce/label/c.Adoption_Badges_Next';
import BADGE_PROGRESS from '@salesforce/label/c.Adoption_Badge_Progress';
import BADGE_PROGRESS_LABEL from '@salesforce/label/c.Adoption_Badge_Progress_Label';
import HISTORY_TITLE from '@salesforce/label/c.Adoption_History_Title';
import HISTORY_EMPTY from '@salesforce/label/c.Adoption_History_Empty';
import HISTORY_PREVIOUS from '@salesforce/label/c.Adoption_History_Previous';
import HISTORY_PREVIOUS_ARIA from '@salesforce/label/c.Adoption_History_Previous_Aria';
import HISTORY_NEXT from '@salesforce/label/c.Adoption_History_Next';
import HISTORY_NEXT_ARIA from '@salesforce/label/c.Adoption_History_Next_Aria';
import HISTORY_PAGE from '@salesforce/label/c.Adoption_History_Page';
import VIEW_RECORD from '@salesforce/label/c.Adoption_History_View_Record';
import VIEW_RECORD_ARIA from '@salesforce/label/c.Adoption_History_View_Record_Aria';
import ENTRY_REVERSAL from '@salesforce/label/c.Adoption_Entry_Reversal';
import ENTRY_RECREDIT from '@salesforce/label/c.Adoption_Entry_Recredit';
import ENTRY_BACKFILL from '@salesforce/label/c.Adoption_Entry_Backfill';
import TIER_BRONZE from '@salesforce/label/c.Adoption_Tier_Bronze';
import TIER_SILVER from '@salesforce/label/c.Adoption_Tier_Silver';
import TIER_GOLD from '@salesforce/label/c.Adoption_Tier_Gold';
import TIER_PLATINUM from '@salesforce/label/c.Adoption_Tier_Platinum';
import CATEGORY_ACTIVITY from '@salesforce/label/c.Adoption_Category_Activity';
import CATEGORY_PIPELINE from '@salesforce/label/c.Adoption_Category_Pipeline';
import CATEGORY_DATA_QUALITY from '@salesforce/label/c.Adoption_Category_Data_Quality';
import CATEGORY_FORECAST from '@salesforce/label/c.Adoption_Category_Forecast';
import CATEGORY_SERVICE from '@salesforce/label/c.Adoption_Category_Service';
import CATEGORY_COLLABORATION from '@salesforce/label/c.Adoption_Category_Collaboration';
import QUEST_TITLE from '@salesforce/label/c.Adoption_Quest_Title';
import QUEST_PROGRESS from '@salesforce/label/c.Adoption_Quest_Progress';
import QUEST_PROGRESS_LABEL from '@salesforce/label/c.Adoption_Quest_Progress_Label';
import QUEST_STEP_DONE from '@salesforce/label/c.Adoption_Quest_Step_Done';
import QUEST_STEP_CURRENT from '@salesforce/label/c.Adoption_Quest_Step_Current';
import QUEST_STEP_TO_DO from '@salesforce/label/c.Adoption_Quest_Step_To_Do';
import QUEST_STEP_COUNT from '@salesforce/label/c.Adoption_Quest_Step_Count';
import QUEST_STEPS from '@salesforce/label/c.Adoption_Quest_Steps';
import QUEST_NEXT from '@salesforce/label/c.Adoption_Quest_Next';
import QUEST_COMPLETE from '@salesforce/label/c.Adoption_Quest_Complete';
import HIDE_LABEL from '@salesforce/label/c.Adoption_Progress_Hide_Label';
import HIDE_HELP from '@salesforce/label/c.Adoption_Progress_Hide_Help';
import HIDDEN_NOW from '@salesforce/label/c.Adoption_Progress_Hidden_Now';
import SHOWN_NOW from '@salesforce/label/c.Adoption_Progress_Shown_Now';
import HIDE_ERROR from '@salesforce/label/c.Adoption_Progress_Hide_Error';

const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 50;
const NEXT_BADGES_SHOWN = 3;
// An SLDS utility icon (utility:trophy is not one: it rendered blank).
const DEFAULT_ICON = 'utility:ribbon';

/** Picklist values shown through their labels; an admin's own value shows as it is. */
const TIER_LABELS: Readonly<Record<string, string>> = {
    Bronze: TIER_BRONZE,
    Silver: TIER_SILVER,
    Gold: TIER_GOLD,
    Platinum: TIER_PLATINUM
};
const CATEGORY_LABELS: Readonly<Record<string, string>> = {
    Activity: CATEGORY_ACTIVITY,
    Pipeline: CATEGORY_PIPELINE,
    'Data Quality': CATEGORY_DATA_QUALITY,
    Forecast: CATEGORY_FORECAST,
    Service: CATEGORY_SERVICE,
    Collaboration: CATEGORY_COLLABORATION
};
/** An Award is the normal case and carries no marker. */
const ENTRY_TYPE_LABELS: Readonly<Record<string, string>> = {
    Reversal: ENTRY_REVERSAL,
    Recredit: ENTRY_RECREDIT,
    Backfill: ENTRY_BACKFILL
};

interface StatView {
    key: string;
    label: string;
    value: string;
}

interface BadgeView {
    key: string;
    label: string;
    tierText: string;
    icon: string;
    description: string;
    whyItMatters: string;
    awardedAt: string;
    /** For lightning-relative-date-time; null when the date does not parse. */
    awardedAtMs: number | null;
    /** aria-expanded of the badge's button: 'true' while its details are open. */
    expanded: string;
}

interface NextBadgeView {
    key: string;
    label: string;
    tierText: string;
    icon: string;
    description: string;
    whyItMatters: string;
    progress: number;
    progressText: string;
    progressLabel: string;
}

interface QuestStepView {
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

interface QuestScreen {
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

interface ProgressScreen {
    isEmpty: boolean;
    quest: QuestScreen | null;
    stats: StatView[];
    levelText: string;
    allTimeText: string;
    levelProgress: number;
    levelBarLabel: string;
    levelHint: string;
    nextBadges: NextBadgeView[];
    hasNextBadges: boolean;
    startHint: string;
}

interface EntryView {
    key: string;
    pointsText: string;
    pointsClass: string;
    ruleLabel: string;
    categoryText: string;
    entryTypeText: string;
    occurredAt: string;
    whyItMatters: string;
    hasRecord: boolean;
    recordId: string;
    url: string;
    linkLabel: string;
}

function labelOf(map: Readonly<Record<string, string>>, value: string | null | undefined): string {
    return value ? (map[value] ?? value) : '';
}

function wholeNumber(value: unknown, fallback: number): number {
    return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : fallback;
}

/** Design attributes arrive as booleans from App Builder but as text from markup. */
function toBoolean(value: unknown): boolean {
    return value !== false && value !== 'false';
}

function recordPage(recordId: string): PageReference {
    return { type: 'standard__recordPage', attributes: { recordId, actionName: 'view' } };
}

function badgeView(badge: EarnedBadge): BadgeView {
    const time = Date.parse(badge.awardedAt);
    return {
        // A badge earned in several periods appears once per period.
        key: `${badge.name}|${badge.periodKey}`,
        label: badge.label,
        tierText: labelOf(TIER_LABELS, badge.tier),
        icon: badge.icon || DEFAULT_ICON,
        description: badge.description,
        whyItMatters: badge.whyItMatters,
        awardedAt: badge.awardedAt,
        awardedAtMs: Number.isNaN(time) ? null : time,
        expanded: 'false'
    };
}

function nextBadgeView(badge: NextBadge): NextBadgeView {
    return {
        key: badge.name,
        label: badge.label,
        tierText: labelOf(TIER_LABELS, badge.tier),
        icon: badge.icon || DEFAULT_ICON,
        description: badge.description,
        whyItMatters: badge.whyItMatters,
        progress: Math.min(100, Math.max(0, wholeNumber(badge.progress, 0))),
        progressText: formatLabel(BADGE_PROGRESS, badge.current, badge.target),
        progressLabel: formatLabel(BADGE_PROGRESS_LABEL, badge.label)
    };
}

function questStepView(step: QuestStep): QuestStepView {
    let stateText = QUEST_STEP_TO_DO;
    let icon = 'utility:routing_offline';
    if (step.done) {
        stateText = QUEST_STEP_DONE;
        icon = 'utility:success';
    } else if (step.isCurrent) {
        stateText = QUEST_STEP_CURRENT;
        icon = 'utility:forward';
    }
    return {
        key: `${step.stepNumber}|${step.ruleName}`,
        label: step.label || step.ruleName,
        countText: formatLabel(QUEST_STEP_COUNT, wholeNumber(step.current, 0), wholeNumber(step.target, 1)),
        stateText,
        icon,
        itemClass: step.isCurrent
            ? 'quest-step quest-step_current slds-p-vertical_xx-small'
            : 'quest-step slds-p-vertical_xx-small',
        ariaCurrent: step.isCurrent ? 'step' : null
    };
}

function questScreen(quest: QuestView | null | undefined): QuestScreen | null {
    if (!quest) {
        return null;
    }
    const steps = quest.steps ?? [];
    const stepCount = wholeNumber(quest.stepCount, steps.length);
    const stepsDone = wholeNumber(quest.stepsDone, 0);
    const current = steps.find((step) => step.isCurrent);
    return {
        label: quest.label,
        description: quest.description,
        whyItMatters: quest.whyItMatters,
        progress: stepCount > 0 ? Math.min(100, Math.floor((stepsDone * 100) / stepCount)) : 100,
        progressText: formatLabel(QUEST_PROGRESS, stepsDone, stepCount),
        progressLabel: formatLabel(QUEST_PROGRESS_LABEL, quest.label),
        stepsLabel: formatLabel(QUEST_STEPS, quest.label),
        complete: quest.complete === true,
        steps: steps.map(questStepView),
        nextText: current && !quest.complete ? formatLabel(QUEST_NEXT, current.label || current.ruleName) : '',
        nextWhy: current && !quest.complete ? current.whyItMatters : ''
    };
}

function progressScreen(progress: ProgressView): ProgressScreen {
    const nextBadges = (progress.nextBadges ?? []).slice(0, NEXT_BADGES_SHOWN).map(nextBadgeView);
    const level = wholeNumber(progress.level, 1);
    const allTime = wholeNumber(progress.pointsAllTime, 0);
    // Apex leaves null properties out of the JSON, so "no next level" can arrive as undefined.
    const nextLevelAt = progress.nextLevelAt ?? null;
    const first = nextBadges[0];
    return {
        isEmpty: allTime === 0 && (progress.badges ?? []).length === 0,
        quest: questScreen(progress.quest),
        stats: [
            { key: 'week', label: THIS_WEEK, value: formatLabel(POINTS, progress.pointsThisWeek) },
            { key: 'month', label: THIS_MONTH, value: formatLabel(POINTS, progress.pointsThisMonth) },
            { key: 'streak', label: STREAK_CURRENT, value: formatLabel(STREAK_DAYS, progress.currentStreak) },
            { key: 'best', label: STREAK_BEST, value: formatLabel(STREAK_DAYS, progress.bestStreak) }
        ],
        levelText: formatLabel(LEVEL, level),
        allTimeText: `${ALL_TIME}: ${formatLabel(POINTS, allTime)}`,
        levelProgress: Math.min(100, Math.max(0, wholeNumber(progress.levelProgress, 0))),
        levelBarLabel: formatLabel(LEVEL_PROGRESS, nextLevelAt === null ? level : level + 1),
        levelHint:
            nextLevelAt === null ? LEVEL_TOP : formatLabel(LEVEL_NEXT, Math.max(0, nextLevelAt - allTime), level + 1),
        nextBadges,
        hasNextBadges: nextBadges.length > 0,
        startHint: first ? formatLabel(START_HERE, first.label, first.description) : ''
    };
}

function entryView(entry: HistoryEntry): EntryView {
    const points = wholeNumber(entry.points, 0);
    const recordId = entry.recordId ?? '';
    return {
        key: entry.id,
        pointsText: `${points > 0 ? '+' : ''}${formatLabel(POINTS, points)}`,
        pointsClass: points < 0 ? 'points slds-text-color_error' : 'points slds-text-color_success',
        ruleLabel: entry.ruleLabel || entry.ruleName,
        categoryText: labelOf(CATEGORY_LABELS, entry.category),
        entryTypeText: labelOf(ENTRY_TYPE_LABELS, entry.entryType === 'Award' ? '' : entry.entryType),
        occurredAt: entry.occurredAt,
        whyItMatters: entry.whyItMatters,
        hasRecord: recordId !== '',
        recordId,
        // Lightning Experience's record URL works at once; GenerateUrl replaces it with the URL of
        // the app the user is in (console, Experience Cloud) as soon as it resolves.
        url: recordId === '' ? '' : `/lightning/r/${recordId}/view`,
        linkLabel: formatLabel(VIEW_RECORD_ARIA, entry.objectName, entry.ruleLabel || entry.ruleName)
    };
}

export default class MyProgress extends NavigationMixin(LightningElement) {
    labels = {
        hideLabel: HIDE_LABEL,
        hideHelp: HIDE_HELP,
        title: TITLE,
        refresh: REFRESH,
        loading: LOADING,
        loadError: LOAD_ERROR,
        empty: EMPTY,
        badgesEarned: BADGES_EARNED,
        badgesNone: BADGES_NONE,
        earnedOn: BADGE_EARNED_ON,
        closeDetails: BADGE_CLOSE,
        whyItMatters: WHY_IT_MATTERS,
        nextBadges: NEXT_BADGES,
        historyTitle: HISTORY_TITLE,
        historyEmpty: HISTORY_EMPTY,
        previous: HISTORY_PREVIOUS,
        previousAria: HISTORY_PREVIOUS_ARIA,
        next: HISTORY_NEXT,
        nextAria: HISTORY_NEXT_ARIA,
        viewRecord: VIEW_RECORD,
        questTitle: QUEST_TITLE,
        questComplete: QUEST_COMPLETE
    };

    /** The progress view model; undefined until the first answer. */
    screen?: ProgressScreen;
    badges: BadgeView[] = [];
    selectedBadge: BadgeView | null = null;
    progressError: unknown;

    historyEntries: EntryView[] = [];
    historyError: unknown;
    historyLoading = true;
    historyHasMore = false;
    /** The page the wire asks for; undefined while the history is hidden, so nothing is fetched. */
    historyPageNumber: number | undefined = 1;
    /** The page on screen. */
    shownPageNumber = 1;
    pageSize = DEFAULT_PAGE_SIZE;
    refreshing = false;

    /** Hide from boards: the stored choice (undefined until known, or when preferences cannot be read). */
    hideFromBoards?: boolean;
    hideSaving = false;
    /** Read by screen readers after a change: hidden now, or shown again. */
    hideStatus = '';
    hideErrorMessage = '';

    private showHistoryValue = true;
    private showNextBadgesValue = true;
    private wiredProgress?: ApexWireResult<ProgressView>;
    private wiredHistory?: ApexWireResult<HistoryPage>;
    /** Bumped on every new page so a late GenerateUrl answer never overwrites a newer page. */
    private historyGeneration = 0;
    private focusAfterRender: 'details' | 'badge' | 'history' | null = null;
    private returnFocusTo = '';

    /** History entries per page (1..50); App Builder design attribute. */
    @api
    get historyPageSize(): number {
        return this.pageSize;
    }
    set historyPageSize(value: number) {
        const size = wholeNumber(Number(value), DEFAULT_PAGE_SIZE);
        this.pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, size));
    }

    /** Show the points history (default true); App Builder design attribute. */
    @api
    get showHistory(): boolean {
        return this.showHistoryValue;
    }
    set showHistory(value: boolean) {
        this.showHistoryValue = toBoolean(value);
        this.historyPageNumber = this.showHistoryValue ? this.shownPageNumber : undefined;
    }

    /** Show the next three badges (default true); App Builder design attribute. */
    @api
    get showNextBadges(): boolean {
        return this.showNextBadgesValue;
    }
    set showNextBadges(value: boolean) {
        this.showNextBadgesValue = toBoolean(value);
    }

    /** Asks the server again, e.g. after a celebration: `this.refs.progress.refresh()`. */
    @api
    async refresh(): Promise<void> {
        // Only an answered wire can be refreshed; one still loading will answer with fresh data anyway.
        const answered: ApexWireResult<unknown>[] = [];
        for (const result of [this.wiredProgress, this.wiredHistory]) {
            if (result && (result.data !== undefined || result.error !== undefined)) {
                answered.push(result);
            }
        }
        this.refreshing = true;
        try {
            await Promise.all(answered.map((result) => refreshApex(result)));
        } finally {
            this.refreshing = false;
        }
    }

    @wire(getMyProgress)
    wireProgress(result: ApexWireResult<ProgressView>): void {
        this.wiredProgress = result;
        if (result.data) {
            const selected = this.selectedBadge?.key;
            this.screen = progressScreen(result.data);
            this.badges = (result.data.badges ?? []).map(badgeView);
            const hide = result.data.hideFromBoards;
            this.hideFromBoards = typeof hide === 'boolean' ? hide : undefined;
            this.progressError = undefined;
            this.selectBadge(this.badges.find((badge) => badge.key === selected) ?? null);
        } else if (result.error) {
            this.progressError = result.error;
            this.screen = undefined;
        }
    }

    @wire(getPointsHistory, { pageSize: '$pageSize', pageNumber: '$historyPageNumber' })
    wireHistory(result: ApexWireResult<HistoryPage>): void {
        this.wiredHistory = result;
        if (result.data) {
            const entries = (result.data.entries ?? []).map(entryView);
            this.historyEntries = entries;
            this.historyHasMore = result.data.hasMore === true;
            this.shownPageNumber = wholeNumber(result.data.pageNumber, this.shownPageNumber);
            this.historyError = undefined;
            this.historyLoading = false;
            this.generateUrls(entries);
        } else if (result.error) {
            this.historyError = result.error;
            this.historyLoading = false;
        }
    }

    get loading(): boolean {
        return !this.screen && !this.progressError;
    }

    get showBadgesSection(): boolean {
        return this.screen !== undefined && !this.screen.isEmpty;
    }

    get showNextBadgesSection(): boolean {
        return this.showNextBadgesValue && this.screen?.hasNextBadges === true;
    }

    get showHistorySection(): boolean {
        return this.showHistoryValue && this.screen?.isEmpty === false;
    }

    get hasBadges(): boolean {
        return this.badges.length > 0;
    }

    get hasHistory(): boolean {
        return this.historyEntries.length > 0;
    }

    get showPager(): boolean {
        return this.shownPageNumber > 1 || this.historyHasMore;
    }

    get isFirstPage(): boolean {
        return this.shownPageNumber <= 1;
    }

    get isLastPage(): boolean {
        return !this.historyHasMore;
    }

    get pageText(): string {
        return formatLabel(HISTORY_PAGE, this.shownPageNumber);
    }

    override renderedCallback(): void {
        const root = this.refs?.root;
        const historySettled = !this.showHistorySection || !this.historyLoading;
        if (root && this.screen && historySettled && !root.hasAttribute('data-ready')) {
            root.setAttribute('data-ready', 'true');
        }
        this.applyFocus();
    }

    /** The toggle shows only once the choice is known (a user without access to preferences gets none). */
    get showHideToggle(): boolean {
        return this.hideFromBoards !== undefined;
    }

    /** Saves "hide me from boards"; on failure the toggle goes back to the stored choice. */
    async handleHideChange(event: CustomEvent<{ checked?: boolean }>): Promise<void> {
        const hide = event.detail?.checked === true;
        const stored = this.hideFromBoards;
        this.hideSaving = true;
        this.hideStatus = '';
        this.hideErrorMessage = '';
        try {
            const saved = await setHideFromBoards({ hide });
            this.hideFromBoards = saved === true;
            this.hideStatus = this.hideFromBoards ? HIDDEN_NOW : SHOWN_NOW;
            if (this.wiredProgress) {
                await refreshApex(this.wiredProgress);
            }
        } catch (error) {
            // The value bound to the toggle did not change, so the toggle itself is set back.
            this.hideFromBoards = stored;
            const toggle = this.template?.querySelector<HTMLElement & { checked: boolean }>('.hide-toggle');
            if (toggle) {
                toggle.checked = stored === true;
            }
            this.hideErrorMessage = reduceErrors(error)[0] ?? HIDE_ERROR;
        } finally {
            this.hideSaving = false;
        }
    }

    handleRefresh(): void {
        this.refresh();
    }

    handleBadgeClick(event: Event): void {
        const key = event.currentTarget instanceof HTMLElement ? event.currentTarget.dataset.key : undefined;
        if (key !== undefined && key === this.selectedBadge?.key) {
            this.closeDetails();
        } else {
            this.selectBadge(this.badges.find((candidate) => candidate.key === key) ?? null);
            this.focusAfterRender = 'details';
        }
    }

    handleDetailsKeydown(event: KeyboardEvent): void {
        if (event.key === 'Escape' || event.key === 'Esc') {
            // Handled here: a surrounding modal or utility panel must not close as well.
            event.stopPropagation();
            this.closeDetails();
        }
    }

    handleCloseDetails(): void {
        this.closeDetails();
    }

    handlePrevious(): void {
        this.goToPage(this.shownPageNumber - 1);
    }

    handleNext(): void {
        this.goToPage(this.shownPageNumber + 1);
    }

    handleOpenRecord(event: MouseEvent): void {
        const recordId = event.currentTarget instanceof HTMLElement ? event.currentTarget.dataset.recordId : undefined;
        // A modified click (new tab, new window) is left to the browser and the href.
        if (!recordId || event.ctrlKey || event.metaKey || event.shiftKey) {
            return;
        }
        event.preventDefault();
        this[NavigationMixin.Navigate](recordPage(recordId));
    }

    private goToPage(pageNumber: number): void {
        if (pageNumber < 1 || this.historyLoading || (pageNumber > this.shownPageNumber && !this.historyHasMore)) {
            return;
        }
        this.historyLoading = true;
        this.historyError = undefined;
        if (pageNumber === this.historyPageNumber && this.wiredHistory) {
            // This page failed to load: the wire does not ask again for an unchanged config.
            refreshApex(this.wiredHistory);
        } else {
            this.historyPageNumber = pageNumber;
        }
        // Paging replaces the list: focus moves to its heading so the new page is read from the top.
        this.focusAfterRender = 'history';
    }

    private selectBadge(badge: BadgeView | null): void {
        const key = badge?.key;
        this.badges = this.badges.map((candidate) => {
            const expanded = String(candidate.key === key);
            return candidate.expanded === expanded ? candidate : { ...candidate, expanded };
        });
        this.selectedBadge = this.badges.find((candidate) => candidate.key === key) ?? null;
    }

    private closeDetails(): void {
        this.returnFocusTo = this.selectedBadge?.key ?? '';
        this.selectBadge(null);
        this.focusAfterRender = 'badge';
    }

    private applyFocus(): void {
        const target = this.focusAfterRender;
        if (target === 'details') {
            this.focusElement(this.template?.querySelector('.badge-details-heading'));
        } else if (target === 'badge') {
            const buttons = this.template?.querySelectorAll<HTMLElement>('button.badge-button') ?? [];
            this.focusElement(Array.from(buttons).find((button) => button.dataset.key === this.returnFocusTo));
        } else if (target === 'history' && !this.historyLoading) {
            this.focusElement(this.template?.querySelector('.history-heading'));
        }
    }

    private focusElement(element: Element | null | undefined): void {
        if (element instanceof HTMLElement) {
            element.focus();
            this.focusAfterRender = null;
        }
    }

    private generateUrls(entries: EntryView[]): void {
        const generation = ++this.historyGeneration;
        const linked = entries.filter((entry) => entry.hasRecord);
        if (linked.length === 0) {
            return;
        }
        Promise.all(linked.map((entry) => this[NavigationMixin.GenerateUrl](recordPage(entry.recordId))))
            .then((urls) => {
                if (generation !== this.historyGeneration) {
                    return;
                }
                const byId = new Map(linked.map((entry, index) => [entry.key, urls[index]]));
                this.historyEntries = this.historyEntries.map((entry) => {
                    const url = byId.get(entry.key);
                    return url ? { ...entry, url } : entry;
                });
            })
            .catch(() => {
                // The Lightning Experience URL already in place still works.
            });
    }
}
