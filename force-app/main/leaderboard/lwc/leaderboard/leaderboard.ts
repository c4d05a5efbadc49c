/**
 * leaderboard: the adoption leaderboard for managers and teams on an app page or the Home page.
 * Filters for the period, the board (team, organization, everyone, a public group), the measure and
 * the ranking (total, most improved, personal best); a ranked list with rank or rank band, photo,
 * name, figure, trend, badges and streak; the signed-in user's row highlighted and pinned below the
 * list when it is not among the rows shown.
 *
 * Fast for 1,000+ people: no lightning-datatable (500 rows took 1.1 s there). The wire handler turns
 * the board into a view model once, when data arrives; the template renders `rowsShown` rows of it
 * (plain SLDS table markup, no base component per row) and "show more" adds the next page. Getters
 * return fields only. After a board is on screen, renderedCallback marks the root element and the
 * host `data-ready` and `data-board` (the board's period, scope, measure and ranking) for the
 * preview's browser test, which times the render from data arrival.
 *
 * What the user may see is decided on the server (LeaderboardController): the scopes offered, exact
 * ranks or bands, hidden reps. This component shows what it is given.
 *
 * A parent may hand it a board instead (`board`, e.g. c/challenges with a challenge's board): then it
 * renders that board with the same view model, shows no filters and never asks getBoard (its
 * parameters stay undefined). A challenge board (`challengeFormat` set) has its own columns: points
 * and % of target, or a team's fair figure and its points; no badges or streak.
 */
import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getBoard from '@salesforce/apex/LeaderboardController.getBoard';
import getBoardOptions from '@salesforce/apex/LeaderboardController.getBoardOptions';
import type { ApexWireResult } from 'c/adoptionTypes';
import { formatLabel, reduceErrors } from 'c/ldsUtils';
import type { Board, BoardOptions } from './leaderboardTypes';
import { LABELS, LOAD_ERROR, SHOWING, SHOW_MORE } from './leaderboardLabels';
import type { Recognising } from './leaderboardRecognise';
import { recognisingOf } from './leaderboardRecognise';
import type { BoardScreen, ComboOption, RowView } from './leaderboardScreen';
import { ALL_TIME, GROUP, TOTAL, boardScreen, comboOptions, wholeNumber } from './leaderboardScreen';

const DEFAULT_ROWS_SHOWN = 25;
const MAX_ROWS_SHOWN = 500;

export default class Leaderboard extends LightningElement {
    labels = LABELS;

    /** Period shown first (App Builder): ThisWeek, LastWeek, ThisMonth, ... AllTime. */
    @api defaultPeriod = 'ThisWeek';
    /** Board shown first (App Builder): Team, Org or Everyone; Team when not allowed. */
    @api defaultScope = 'Team';
    /** Measure shown first (App Builder): Points, ActiveDays, Category:<name> or Rule:<DeveloperName>. */
    @api defaultMetric = 'Points';

    // The wire's parameters: undefined until the options arrive (the platform does not call Apex
    // while a parameter is undefined); groupId is null except on a group board, undefined there
    // until a group is picked.
    period?: string;
    scope?: string;
    groupId?: string | null;
    metric?: string;
    mode?: string;

    periodOptions: ComboOption[] = [];
    scopeOptions: ComboOption[] = [];
    groupOptions: ComboOption[] = [];
    metricOptions: ComboOption[] = [];
    modeOptions: ComboOption[] = [];

    screen?: BoardScreen;
    shownRows: RowView[] = [];
    pinnedRow: RowView | null = null;
    hasMore = false;
    showMoreLabel = '';
    showingText = '';
    error: unknown;
    errorMessage = LOAD_ERROR;
    optionsLoaded = false;
    loading = false;
    /** The colleague the Recognise panel is open for; null when it is closed. */
    recognising: Recognising | null = null;

    private pageSize = DEFAULT_ROWS_SHOWN;
    private shownCount = DEFAULT_ROWS_SHOWN;
    private allModeOptions: ComboOption[] = [];
    private wiredOptions?: ApexWireResult<BoardOptions>;
    private wiredBoard?: ApexWireResult<Board>;
    private renderedKey = '';
    private focusIndex: number | null = null;
    /** A selector to focus once the template has rendered (the Recognise panel's heading, or the button back). */
    private focusAfterRender = '';
    private givenBoard: Board | null = null;

    /** The parent's board (c/challenges): no filters, and no getBoard call. */
    @api
    get board(): Board | null {
        return this.givenBoard;
    }
    set board(value: Board | null) {
        const wasGiven = this.givenBoard !== null;
        this.givenBoard = value ?? null;
        if (this.givenBoard) {
            this.showGivenBoard(this.givenBoard);
        } else if (wasGiven) {
            // Back to the wired board: start from the options, as on first load.
            this.screen = undefined;
            if (this.wiredOptions?.data) {
                this.applyOptions(this.wiredOptions.data);
            }
        }
    }

    /** Filters and refresh only for the board this component asks for itself. */
    get ownsBoard(): boolean {
        return !this.givenBoard;
    }

    /** The card's refresh button: none on a parent's board (the parent refreshes it). */
    get refreshLabel(): string {
        return this.givenBoard ? '' : this.labels.refresh;
    }

    get showFilters(): boolean {
        return this.optionsLoaded && !this.givenBoard;
    }

    /** Rows shown before "show more" (App Builder; 1 to 500, default 25). */
    @api
    get rowsShown(): number {
        return this.pageSize;
    }
    set rowsShown(value: number) {
        this.pageSize = Math.min(MAX_ROWS_SHOWN, wholeNumber(value, DEFAULT_ROWS_SHOWN));
        this.shownCount = this.pageSize;
        this.updateShown();
    }

    /** Asks the server again for the options and the board on screen. */
    @api
    async refresh(): Promise<void> {
        // A given board is the parent's to refresh.
        const wired = this.givenBoard ? [] : [this.wiredOptions, this.wiredBoard];
        const answered = wired.filter((result) => result && (result.data !== undefined || result.error !== undefined));
        await Promise.all(answered.map((result) => refreshApex(result)));
    }

    @wire(getBoardOptions)
    wireOptions(result: ApexWireResult<BoardOptions>): void {
        this.wiredOptions = result;
        if (this.givenBoard) {
            // Applying the options would set getBoard's parameters; only the metric labels are used.
            // A challenge board's headers do not name a measure: rebuilding it would only reset "show more".
            if (result.data && !this.givenBoard.challengeFormat) {
                this.metricOptions = comboOptions(result.data.metrics);
                this.showGivenBoard(this.givenBoard);
            }
        } else if (result.data) {
            this.applyOptions(result.data);
        } else if (result.error) {
            this.showError(result.error);
        }
    }

    @wire(getBoard, { period: '$period', scope: '$scope', groupId: '$groupId', metric: '$metric', mode: '$mode' })
    wireBoard(result: ApexWireResult<Board>): void {
        this.wiredBoard = result;
        if (this.givenBoard) {
            return;
        }
        if (result.data) {
            // The view model is built here, once per answer; renders only read it.
            this.screen = boardScreen(result.data, this.metricOptions);
            this.error = undefined;
            this.loading = false;
            this.shownCount = this.pageSize;
            this.updateShown();
        } else if (result.error) {
            this.showError(result.error);
        }
    }

    get initialLoading(): boolean {
        return !this.screen && !this.error && !this.needsGroup;
    }

    get isGroupScope(): boolean {
        return this.scope === GROUP;
    }

    /** A group board waits for a group. */
    get needsGroup(): boolean {
        return this.isGroupScope && !this.groupId;
    }

    /** "Choose a group" (a failed load shows in the card instead). */
    get showGroupRequired(): boolean {
        return !this.error && this.needsGroup;
    }

    get showBoard(): boolean {
        return !this.error && !this.needsGroup && this.screen !== undefined;
    }

    get busy(): string {
        return String(this.loading);
    }

    override renderedCallback(): void {
        const root = this.refs?.root;
        if (root && this.screen && !this.loading && this.renderedKey !== this.screen.key) {
            this.renderedKey = this.screen.key;
            root.setAttribute('data-board', this.screen.key);
            root.setAttribute('data-ready', 'true');
            // Mirrored on the host: a MutationObserver on the page (the preview's render timer) does
            // not see inside a synthetic shadow tree.
            this.setAttribute('data-board', this.screen.key);
            this.setAttribute('data-ready', 'true');
        }
        if (this.focusIndex !== null) {
            const target = this.template?.querySelector<HTMLElement>(`tr[data-index="${this.focusIndex}"]`);
            if (target) {
                target.focus();
                this.focusIndex = null;
            }
        }
        if (this.focusAfterRender !== '') {
            const target = this.template?.querySelector<HTMLElement>(this.focusAfterRender);
            this.focusAfterRender = '';
            target?.focus();
        }
    }

    handleRefresh(): void {
        this.refresh();
    }

    handlePeriodChange(event: CustomEvent<{ value: string }>): void {
        const period = event.detail.value;
        if (period === this.period) {
            return;
        }
        this.loading = true;
        this.period = period;
        this.modeOptions = this.modesFor(period);
        if (!this.modeOptions.some((option) => option.value === this.mode)) {
            this.mode = TOTAL;
        }
    }

    handleScopeChange(event: CustomEvent<{ value: string }>): void {
        const scope = event.detail.value;
        if (scope === this.scope) {
            return;
        }
        this.scope = scope;
        this.groupId = scope === GROUP ? undefined : null;
        this.loading = scope !== GROUP;
    }

    handleGroupChange(event: CustomEvent<{ value: string }>): void {
        const groupId = event.detail.value;
        if (groupId && groupId !== this.groupId) {
            this.loading = true;
            this.groupId = groupId;
        }
    }

    handleMetricChange(event: CustomEvent<{ value: string }>): void {
        const metric = event.detail.value;
        if (metric !== this.metric) {
            this.loading = true;
            this.metric = metric;
        }
    }

    handleModeChange(event: CustomEvent<{ value: string }>): void {
        const mode = event.detail.value;
        if (mode !== this.mode) {
            this.loading = true;
            this.mode = mode;
        }
    }

    /**
     * A row's Recognise button: the panel above the board opens for that colleague (c-recognise picks
     * one of their records), and takes the focus; Close or Escape gives it back to the button.
     */
    handleRecognise(event: Event): void {
        this.recognising = recognisingOf(this.screen?.rows, (event.currentTarget as HTMLElement).dataset.userId ?? '');
        this.focusAfterRender = this.recognising ? '.recognise-heading' : '';
    }

    /** Close, or Escape inside the panel while nothing typed is unsent (Close discards it). */
    handleRecogniseClose(event: Event): void {
        const form = this.template?.querySelector<HTMLElement & { hasDraft: boolean }>('c-recognise');
        if (event instanceof KeyboardEvent && (event.key !== 'Escape' || form?.hasDraft)) {
            return;
        }
        event.stopPropagation();
        this.focusAfterRender = `.recognise-button[data-user-id="${this.recognising?.userId ?? ''}"]`;
        this.recognising = null;
    }

    handleShowMore(): void {
        if (!this.screen || !this.hasMore) {
            return;
        }
        // Keyboard and screen reader users continue at the first row added.
        this.focusIndex = this.shownCount;
        this.shownCount += this.pageSize;
        this.updateShown();
    }

    private applyOptions(options: BoardOptions): void {
        this.periodOptions = comboOptions(options.periods);
        this.scopeOptions = comboOptions(options.scopes);
        this.groupOptions = comboOptions(options.groups);
        this.metricOptions = comboOptions(options.metrics);
        this.allModeOptions = comboOptions(options.modes);
        const has = (list: ComboOption[], value: string | undefined): value is string =>
            value !== undefined && list.some((option) => option.value === value);
        // Keep what the user picked when the options are refreshed and it is still offered.
        const period = has(this.periodOptions, this.period)
            ? this.period
            : has(this.periodOptions, this.defaultPeriod)
              ? this.defaultPeriod
              : this.periodOptions[0]?.value;
        const scopeDefault = this.defaultScope === GROUP ? 'Team' : this.defaultScope;
        const scope = has(this.scopeOptions, this.scope)
            ? this.scope
            : has(this.scopeOptions, scopeDefault)
              ? scopeDefault
              : this.scopeOptions[0]?.value;
        const metric = has(this.metricOptions, this.metric)
            ? this.metric
            : has(this.metricOptions, this.defaultMetric)
              ? this.defaultMetric
              : this.metricOptions[0]?.value;
        this.modeOptions = this.modesFor(period);
        const mode = has(this.modeOptions, this.mode) ? this.mode : TOTAL;
        if (scope === GROUP) {
            this.groupId = has(this.groupOptions, this.groupId ?? undefined) ? this.groupId : undefined;
        } else {
            this.groupId = null;
        }
        this.loading = this.period !== period || this.scope !== scope || this.metric !== metric || this.mode !== mode;
        this.period = period;
        this.scope = scope;
        this.metric = metric;
        this.mode = mode;
        this.optionsLoaded = true;
        if (this.screen && this.wiredBoard?.data) {
            // Labels in the header come from the options.
            this.screen = boardScreen(this.wiredBoard.data, this.metricOptions);
            this.updateShown();
        }
    }

    /** All time has no previous period: it ranks by total only. */
    private modesFor(period: string | undefined): ComboOption[] {
        return period === ALL_TIME
            ? this.allModeOptions.filter((option) => option.value === TOTAL)
            : this.allModeOptions;
    }

    private showGivenBoard(board: Board): void {
        this.screen = boardScreen(board, this.metricOptions);
        this.error = undefined;
        this.loading = false;
        this.shownCount = this.pageSize;
        this.updateShown();
    }

    private showError(error: unknown): void {
        this.error = error;
        this.loading = false;
        // The server's messages are labels written for users ("Unknown period: ..."): show the first.
        this.errorMessage = reduceErrors(error)[0] ?? LOAD_ERROR;
    }

    private updateShown(): void {
        const screen = this.screen;
        if (!screen) {
            return;
        }
        const count = Math.min(this.shownCount, screen.rows.length);
        this.shownRows = screen.rows.slice(0, count);
        this.pinnedRow = screen.meIndex >= count ? screen.rows[screen.meIndex] : null;
        const remaining = screen.rows.length - count;
        this.hasMore = remaining > 0;
        this.showMoreLabel = formatLabel(SHOW_MORE, Math.min(this.pageSize, remaining));
        this.showingText = formatLabel(SHOWING, count, screen.rows.length);
    }
}

export type {
    Board,
    GroupRow,
    BoardMode,
    BoardOption,
    BoardOptions,
    BoardParams,
    BoardRow,
    ChallengeBoardFormat,
    ChallengeBoardScoring
} from './leaderboardTypes';
