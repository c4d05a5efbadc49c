/**
 * adoptionPulse: the adoption pulse for managers on an app page or the Home page. For the caller's
 * scope (Team by default; the server decides who is in it) and the week or month: summary tiles, the
 * team's points and active people over the last 8 weeks (a chart with a table alternative), who needs
 * attention and why, "Getting started" (whoever has not finished the onboarding quest, stuck ones
 * first with their current step; PulseService and QuestsService decide who is stuck), and one row
 * per person (last login, days logged in, days active, points by category, forecast readiness, key
 * field completeness) sortable by any column.
 *
 * The parent reads (the one wire, refresh) and owns the period, the sort order and whether every row
 * is shown; the sections are children that show what they are given and send events up
 * (c-pulse-tiles, c-pulse-trend, c-pulse-attention, c-pulse-onboarding, c-pulse-people, and
 * c-pulse-groups in works council mode), inside c-adoption-card. Each answer is turned into view
 * models once (adoptionPulseScreen.ts, adoptionPulsePeople.ts).
 *
 * Built for a 500-person team: on arrival each person gets only their sort keys, the first ROWS_SHOWN
 * rows of the order get their text and are rendered (everyone on request), and the long lists (who
 * needs attention, who is getting started) show their first entries; renderedCallback then marks the
 * root `data-ready` for the preview's browser test, which times the render from data arrival.
 *
 * Works council mode (view.worksCouncil): the server sends no person, no name and no onboarding
 * entry, only teams of at least view.minimumGroupSize people (withheld ones with their size only);
 * the page then shows the tiles, the trend and one row per team, and says what is left out and why.
 * A person whose records the manager cannot all see shows "Not visible" in those columns (the server
 * never sends partial figures or 0 for them), and the notes say how many such people there are.
 */
import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getPulse from '@salesforce/apex/PulseController.getPulse';
import type { PulsePeriodType, PulseView } from '@salesforce/apex/PulseController.getPulse';
import type { ApexWireResult } from 'c/adoptionTypes';
import type { PulseColumn, PulsePersonView } from 'c/pulsePeople';
import { reduceErrors } from 'c/ldsUtils';
import {
    EMPTY,
    LOAD_ERROR,
    MANAGERS_ONLY,
    PERIOD_LABEL,
    REFRESH,
    THIS_MONTH,
    THIS_WEEK,
    TITLE
} from './adoptionPulseLabels';
import type { PulseScreen } from './adoptionPulseScreen';
import { pulseScreen } from './adoptionPulseScreen';
import type { PeopleSort, PersonEntry } from './adoptionPulsePeople';
import { DEFAULT_SORT, columnViews, nextSort, personEntry, shownRows, sortPeople } from './adoptionPulsePeople';

/** The scopes an admin may pick in App Builder; the server decides what each holds for the caller. */
const SCOPES = ['Team', 'Org', 'Everyone'];
const DEFAULT_SCOPE = 'Team';

interface Refs {
    root?: HTMLElement;
}

export default class AdoptionPulse extends LightningElement {
    labels = {
        title: TITLE,
        refresh: REFRESH,
        managersOnly: MANAGERS_ONLY,
        empty: EMPTY,
        period: PERIOD_LABEL,
        thisWeek: THIS_WEEK,
        thisMonth: THIS_MONTH
    };

    /** Team (default), Org or Everyone; App Builder design attribute. The server decides who is in it. */
    @api
    get scope(): string {
        return this.scopeValue;
    }
    set scope(value: string) {
        this.scopeValue =
            SCOPES.find((scope) => scope.toLowerCase() === String(value ?? '').toLowerCase()) ?? DEFAULT_SCOPE;
    }

    periodType: PulsePeriodType = 'Week';
    screen?: PulseScreen;
    /** The rows on screen: the first rows of the order, or everyone once asked. */
    rows: PulsePersonView[] = [];
    /** Everyone in the scope. */
    total = 0;
    columns: PulseColumn[] = columnViews(DEFAULT_SORT);
    managersOnly = false;
    error: unknown;
    errorMessage = LOAD_ERROR;
    refreshing = false;

    private scopeValue = DEFAULT_SCOPE;
    /** Everyone, in the current order. */
    private people: PersonEntry[] = [];
    private order: PeopleSort = DEFAULT_SORT;
    private showAll = false;
    private wired?: ApexWireResult<PulseView>;

    @wire(getPulse, { scope: '$scopeValue', periodType: '$periodType' })
    wirePulse(result: ApexWireResult<PulseView>): void {
        this.wired = result;
        if (result.data) {
            const view = result.data;
            this.error = undefined;
            this.managersOnly = view.managersOnly === true;
            this.screen = this.managersOnly ? undefined : pulseScreen(view);
            this.people = this.managersOnly ? [] : sortPeople((view.people ?? []).map(personEntry), this.order);
            this.showRows();
        } else if (result.error) {
            this.error = result.error;
            // The server's message is a label meant for the user (e.g. a scope they may not have).
            this.errorMessage = reduceErrors(result.error)[0] ?? LOAD_ERROR;
            this.screen = undefined;
            this.people = [];
            this.showRows();
        }
    }

    get loading(): boolean {
        return !this.screen && !this.error && !this.managersOnly;
    }

    get weekPressed(): string {
        return String(this.periodType === 'Week');
    }

    get monthPressed(): string {
        return String(this.periodType === 'Month');
    }

    get weekClass(): string {
        return this.periodType === 'Week'
            ? 'period-week slds-button slds-button_brand'
            : 'period-week slds-button slds-button_neutral';
    }

    get monthClass(): string {
        return this.periodType === 'Month'
            ? 'period-month slds-button slds-button_brand'
            : 'period-month slds-button slds-button_neutral';
    }

    override renderedCallback(): void {
        const root = (this.refs as Refs | undefined)?.root;
        if (root && (this.screen || this.managersOnly || this.error) && !root.hasAttribute('data-ready')) {
            root.setAttribute('data-ready', 'true');
        }
    }

    handleWeek(): void {
        this.periodType = 'Week';
    }

    handleMonth(): void {
        this.periodType = 'Month';
    }

    async handleRefresh(): Promise<void> {
        if (!this.wired || (this.wired.data === undefined && this.wired.error === undefined)) {
            return;
        }
        this.refreshing = true;
        try {
            await refreshApex(this.wired);
        } finally {
            this.refreshing = false;
        }
    }

    /** A header click in c-pulse-people: that column, or the other way round. */
    handleSort(event: CustomEvent<{ key: string }>): void {
        const order = nextSort(this.order, event.detail.key);
        if (order) {
            this.order = order;
            this.people = sortPeople(this.people, order);
            this.showRows();
        }
    }

    handleShowAll(): void {
        this.showAll = true;
        this.showRows();
    }

    private showRows(): void {
        this.rows = shownRows(this.people, this.showAll);
        this.total = this.people.length;
        this.columns = columnViews(this.order);
    }
}
