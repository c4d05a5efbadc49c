/**
 * myProgress: the rep's own progress on the Home page, an app page or the utility bar: points this
 * week and month, level, streaks, earned badges (with details on demand), the next badges and a
 * paged points history in which every entry names its rule, links to its record and says why it
 * matters.
 *
 * The parent reads and writes (the wires, refresh, the hide toggle, paging, record links); the
 * sections are children that show what they are given: c-my-progress-quest, -badges, -next-badges,
 * -history and -notifications (the rep's mutes, saved here), inside c-adoption-card. Rendering stays cheap however much data arrives: each wire
 * handler builds the view model once (myProgressScreen.ts), and the getters the template reads only
 * return fields (no list is rebuilt per render). Once the data is on screen, renderedCallback marks
 * the root element `data-ready` for the preview's browser test, which times the render from data
 * arrival.
 */
import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { refreshApex } from '@salesforce/apex';
import getMyProgress from '@salesforce/apex/ProgressController.getMyProgress';
import getPointsHistory from '@salesforce/apex/ProgressController.getPointsHistory';
import setHideFromBoards from '@salesforce/apex/ProgressController.setHideFromBoards';
import setNotificationMute from '@salesforce/apex/ProgressController.setNotificationMute';
import type { ApexWireResult, HistoryPage, NotificationsView, ProgressView } from 'c/adoptionTypes';
import { reduceErrors } from 'c/ldsUtils';
import type { BadgeView } from 'c/myProgressBadges';
import type { EntryView } from 'c/myProgressHistory';
import type { MuteChange } from 'c/myProgressNotifications';
import {
    EMPTY,
    HIDDEN_NOW,
    HIDE_ERROR,
    HIDE_HELP,
    HIDE_LABEL,
    LOAD_ERROR,
    NOTIFICATIONS_ERROR,
    NOTIFICATIONS_SAVED,
    REFRESH,
    SHOWN_NOW,
    TITLE
} from './myProgressLabels';
import type { ProgressScreen } from './myProgressScreen';
import { badgeView, entryView, progressScreen, recordPage, toBoolean, wholeNumber } from './myProgressScreen';

const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 50;

/** What c-my-progress-history exposes to its parent. */
interface HistorySection extends HTMLElement {
    focusHeading(): void;
}

export default class MyProgress extends NavigationMixin(LightningElement) {
    labels = {
        hideLabel: HIDE_LABEL,
        hideHelp: HIDE_HELP,
        title: TITLE,
        refresh: REFRESH,
        loadError: LOAD_ERROR,
        empty: EMPTY
    };

    /** The progress view model; undefined until the first answer. */
    screen?: ProgressScreen;
    badges: BadgeView[] = [];
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

    /** My Progress > Notifications as stored (undefined when preferences cannot be read). */
    notifications?: NotificationsView;
    muteSaving = false;
    /** Read by screen readers after a mute is saved. */
    muteStatus = '';
    muteErrorMessage = '';

    private showHistoryValue = true;
    private showNextBadgesValue = true;
    private wiredProgress?: ApexWireResult<ProgressView>;
    private wiredHistory?: ApexWireResult<HistoryPage>;
    /** Bumped on every new page so a late GenerateUrl answer never overwrites a newer page. */
    private historyGeneration = 0;
    /** Paging replaces the list: the keyboard goes to the history's heading once the page is there. */
    private focusHistory = false;

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
            this.screen = progressScreen(result.data);
            this.badges = (result.data.badges ?? []).map(badgeView);
            const hide = result.data.hideFromBoards;
            this.hideFromBoards = typeof hide === 'boolean' ? hide : undefined;
            this.notifications = result.data.notifications ?? undefined;
            this.progressError = undefined;
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

    /** The toggle shows only once the choice is known (a user without access to preferences gets none). */
    get showHideToggle(): boolean {
        return this.hideFromBoards !== undefined;
    }

    override renderedCallback(): void {
        const root = this.refs?.root;
        const historySettled = !this.showHistorySection || !this.historyLoading;
        if (root && this.screen && historySettled && !root.hasAttribute('data-ready')) {
            root.setAttribute('data-ready', 'true');
        }
        if (this.focusHistory && !this.historyLoading) {
            const history = this.refs?.history as HistorySection | undefined;
            if (history) {
                history.focusHeading();
                this.focusHistory = false;
            }
        }
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

    /** Saves one mute; on failure the section shows the stored choices again, and why. */
    async handleMuteChange(event: CustomEvent<MuteChange>): Promise<void> {
        const { key, muted } = event.detail;
        const stored = this.notifications;
        this.muteSaving = true;
        this.muteStatus = '';
        this.muteErrorMessage = '';
        try {
            this.notifications = await setNotificationMute({ key, muted });
            this.muteStatus = NOTIFICATIONS_SAVED;
            if (this.wiredProgress) {
                await refreshApex(this.wiredProgress);
            }
        } catch (error) {
            // A new object, so the section rebuilds its boxes from the stored choices.
            this.notifications = stored ? { ...stored, mutes: stored.mutes.map((mute) => ({ ...mute })) } : undefined;
            this.muteErrorMessage = reduceErrors(error)[0] ?? NOTIFICATIONS_ERROR;
        } finally {
            this.muteSaving = false;
        }
    }

    handleRefresh(): void {
        this.refresh();
    }

    handlePrevious(): void {
        this.goToPage(this.shownPageNumber - 1);
    }

    handleNext(): void {
        this.goToPage(this.shownPageNumber + 1);
    }

    handleOpenRecord(event: CustomEvent<{ recordId: string }>): void {
        this[NavigationMixin.Navigate](recordPage(event.detail.recordId));
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
        this.focusHistory = true;
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
