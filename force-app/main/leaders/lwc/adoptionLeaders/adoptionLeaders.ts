/**
 * adoptionLeaders: the leaders view for directors and VPs (the Adoption Leaders tab). One row per
 * manager below the viewer: their own use of the system (days logged in over the last 4 weeks,
 * their own actions and points this week and last, their own forecast gaps) beside their team's
 * adoption (share active this week, median points, share with a forecast in shape), flagged "Leads
 * by example" or "Not seen in the system this week". The server (LeadersService) decides who is in
 * it, from the caller: a rep is refused with a message that says why, shown in the card.
 *
 * Works council mode (view.worksCouncil): the server sends no manager's own figure, only whole teams
 * of at least view.minimumGroupSize people ("Team of ..."), with average rather than median points;
 * the page says so under the table.
 *
 * Keyboard and screen readers: a plain SLDS table with a caption and column headers, the manager's
 * name as the row header; the sort is a group of toggle buttons (aria-pressed); flags are text, not
 * colour only.
 */
import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getLeaders from '@salesforce/apex/LeadersController.getLeaders';
import type { LeadersView } from '@salesforce/apex/LeadersController.getLeaders';
import type { ApexWireResult } from 'c/adoptionTypes';
import { reduceErrors } from 'c/ldsUtils';
import {
    COL_HYGIENE,
    COL_LAST_WEEK,
    COL_LOGINS,
    COL_TEAM_ACTIVE,
    COL_TEAM_HYGIENE,
    COL_THIS_WEEK,
    EMPTY,
    INTRO,
    LOAD_ERROR,
    REFRESH,
    SORT,
    TITLE
} from './adoptionLeadersLabels';
import type { LeadersScreen, LeadersSort } from './adoptionLeadersScreen';
import { leadersScreen } from './adoptionLeadersScreen';

interface Refs {
    root?: HTMLElement;
}

/** A sort button as the template shows it. */
interface SortButton {
    value: LeadersSort;
    label: string;
    pressed: string;
    className: string;
}

export default class AdoptionLeaders extends LightningElement {
    labels = {
        title: TITLE,
        intro: INTRO,
        refresh: REFRESH,
        sort: SORT,
        empty: EMPTY,
        logins: COL_LOGINS,
        thisWeek: COL_THIS_WEEK,
        lastWeek: COL_LAST_WEEK,
        hygiene: COL_HYGIENE,
        teamActive: COL_TEAM_ACTIVE,
        teamHygiene: COL_TEAM_HYGIENE
    };

    screen?: LeadersScreen;
    sortButtons: SortButton[] = [];
    error: unknown;
    errorMessage = LOAD_ERROR;
    refreshing = false;

    private view?: LeadersView;
    private sort: LeadersSort = 'own';
    private wired?: ApexWireResult<LeadersView>;

    @wire(getLeaders, {})
    wireLeaders(result: ApexWireResult<LeadersView>): void {
        this.wired = result;
        if (result.data) {
            this.error = undefined;
            this.view = result.data;
            this.show();
        } else if (result.error) {
            this.error = result.error;
            // The server's message is a label meant for the user (a rep is told why they are refused).
            this.errorMessage = reduceErrors(result.error)[0] ?? LOAD_ERROR;
            this.view = undefined;
            this.screen = undefined;
        }
    }

    get loading(): boolean {
        return !this.screen && !this.error;
    }

    get showTable(): boolean {
        return this.screen !== undefined && !this.screen.empty;
    }

    get showEmpty(): boolean {
        return this.screen?.empty === true;
    }

    get showOwnColumns(): boolean {
        return this.screen !== undefined && !this.screen.worksCouncil;
    }

    override renderedCallback(): void {
        const root = (this.refs as Refs | undefined)?.root;
        if (root && (this.screen || this.error) && !root.hasAttribute('data-ready')) {
            root.setAttribute('data-ready', 'true');
        }
    }

    handleSort(event: Event): void {
        const value = (event.currentTarget as HTMLElement).dataset.sort as LeadersSort | undefined;
        if (value && value !== this.sort) {
            this.sort = value;
            this.show();
        }
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

    private show(): void {
        if (!this.view) {
            return;
        }
        this.screen = leadersScreen(this.view, this.sort);
        const options = this.screen.sortOptions;
        const current = options.some((option) => option.value === this.sort) ? this.sort : options[0].value;
        this.sortButtons = options.map((option) => ({
            value: option.value,
            label: option.label,
            pressed: String(option.value === current),
            className:
                option.value === current
                    ? `sort-${option.value} slds-button slds-button_brand`
                    : `sort-${option.value} slds-button slds-button_neutral`
        }));
    }
}
