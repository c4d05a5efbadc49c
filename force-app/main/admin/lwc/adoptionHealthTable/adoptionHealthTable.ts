/**
 * adoptionHealthTable: one table of the admin page (tracked objects, rules, badges, prompts,
 * personas, event grants, errors, recent jobs, a job's results by rule): the column headers, and
 * per row an optional row header and its cells, every text and class computed by the parent
 * (adoptionAdminScreen.ts). Shows what it is given; asks the server nothing.
 */
import { LightningElement, api } from 'lwc';

/** A column header. */
export interface HealthColumn {
    key: string;
    label: string;
    className?: string;
}

/** A data cell. */
export interface HealthCell {
    key: string;
    text: string;
    className?: string;
}

/** A row: its header cell (th scope="row"), if any, then its cells. */
export interface HealthRow {
    key: string;
    className: string;
    /** data-name of the row (the item's API name), for tests and styles; none when undefined. */
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name?: string;
    header?: string;
    headerClass?: string;
    cells: HealthCell[];
}

/** A whole table as the admin page hands it over. */
export interface HealthTable {
    tableClass: string;
    /** A visible caption above the table; none when blank. */
    caption?: string;
    columns: HealthColumn[];
    rows: HealthRow[];
}

export default class AdoptionHealthTable extends LightningElement {
    shown?: HealthTable;
    /** The rows, each marked with whether it has a header cell: computed once per table. */
    rows: (HealthRow & { hasHeader: boolean })[] = [];

    /** The table to show. */
    @api
    get table(): HealthTable | undefined {
        return this.shown;
    }
    set table(value: HealthTable | undefined) {
        this.shown = value;
        this.rows = (value?.rows ?? []).map((row) => ({ ...row, hasHeader: row.header !== undefined }));
    }
}
