/**
 * pulsePeople: the adoption pulse's people table: one row per person (last login, days logged in,
 * days active, points, forecast readiness, key fields, points by category), sortable by a header
 * click, the first rows of the sort order with everyone on request, then what "stale" means and the
 * notes. A header click sends `sort` (detail: { key }) and the show-all button `showall` to
 * c/adoptionPulse, which owns the order and the rows; this section shows what it is given.
 *
 * Built for a 500-person team: the rows arrive as prepared text, the template is plain SLDS table
 * markup with a fixed layout (no base component per cell). What cannot be seen at first waits: the
 * first time rows arrive, FIRST_ROWS of them (more than the box shows without scrolling it) are
 * rendered with the rest of the page and the others in the frame after its first paint; and a long
 * table's box is laid out and painted only once it nears the viewport (CSS content-visibility: auto,
 * its height kept). On a large team the table starts below the first screen, which is ready sooner.
 *
 * The table is wider than a Home page column: the name column stays in place while the rest scrolls
 * sideways, and while the table overflows its box the section is marked `data-overflows` (the CSS
 * shows a hint in words and a shadow on the right edge). The table's width is its CSS min-width (the
 * columns' widths, table-layout: fixed; --people-table-width on the box), so a ResizeObserver on the
 * box compares the box's width with it: no row is styled or laid out to know. Where there is no ResizeObserver (jsdom), it is measured after each
 * render and on window resize.
 */
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/ldsUtils';
import PEOPLE_TITLE from '@salesforce/label/c.Adoption_Pulse_People_Title';
import COL_CATEGORIES from '@salesforce/label/c.Adoption_Pulse_Col_Categories';
import TABLE_SCROLL_HINT from '@salesforce/label/c.Adoption_Pulse_Table_Scroll_Hint';
import SHOWING from '@salesforce/label/c.Adoption_Pulse_Showing';
import SHOW_ALL from '@salesforce/label/c.Adoption_Pulse_Show_All';

/** A person as a row shows them: every cell's text, prepared once. */
export interface PulsePersonView extends Record<'name', string> {
    key: string;
    title: string;
    /** '(you)' on the viewer's own row, '' on the others. */
    you: string;
    rowClass: string;
    lastLogin: string;
    loginDays: string;
    activeDays: string;
    points: string;
    openOpportunities: string;
    pastCloseDate: string;
    noNextStep: string;
    stale: string;
    pushed: string;
    completeness: string;
    categories: string;
}

/** A sortable column's header: its label, its sort state for aria-sort and the arrow shown. */
export interface PulseColumn {
    key: string;
    label: string;
    ariaSort: string;
    sortHint: string;
    headerClass: string;
    arrow: string;
}

/** From this many rows on, the box is as tall as its max-height: its rendering can wait (content-visibility). */
const DEFERRED_ROWS = 15;
/** Rows rendered with the page the first time: more than the box (36rem) shows before it is scrolled. */
export const FIRST_ROWS = 25;

/** A line under the table: what is left out or how a figure was measured. */
export interface PulsePeopleNote {
    key: string;
    text: string;
}

interface Refs {
    section?: HTMLElement;
    box?: HTMLElement;
}

/** A CSS length in rem or px as pixels; null for none or another unit. */
function lengthInPixels(value: string): number | null {
    const match = /^\s*([\d.]+)(rem|px)\s*$/.exec(value);
    if (!match) {
        return null;
    }
    const amount = Number(match[1]);
    const pixels =
        match[2] === 'px' ? amount : amount * Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
    return Number.isFinite(pixels) ? pixels : null;
}

export default class PulsePeople extends LightningElement {
    labels = { title: PEOPLE_TITLE, colCategories: COL_CATEGORIES, scrollHint: TABLE_SCROLL_HINT };

    /** The rows to show, in the current sort order. */
    @api
    get rows(): PulsePersonView[] {
        return this.given;
    }
    set rows(value: PulsePersonView[]) {
        this.given = value ?? [];
        // Only the first rows wait: later ones (a sort, everyone on request) are asked for and shown at once.
        this.renderedRows = this.waiting ? this.given.slice(0, FIRST_ROWS) : this.given;
    }
    /** How many people there are in all (the rows may be the first of them). */
    @api total = 0;
    /** The sortable columns, in table order. */
    @api columns: PulseColumn[] = [];
    /** What "stale" means, with the org's number of days. */
    @api staleDefinition = '';
    /** What is left out and why. */
    @api notes: PulsePeopleNote[] = [];

    /** The rows in the page: all of `rows`, or their first FIRST_ROWS until the frame after the first paint. */
    renderedRows: PulsePersonView[] = [];

    private given: PulsePersonView[] = [];
    /** True until the first rows have all been rendered. */
    private waiting = true;
    private frame?: number;
    private observer?: ResizeObserver;
    private observed?: HTMLElement;
    private readonly onResize = (): void => this.measure();

    get boxClass(): string {
        return this.given.length >= DEFERRED_ROWS ? 'table-scroll deferred' : 'table-scroll';
    }

    get hasMore(): boolean {
        return this.given.length < this.total;
    }

    get showingText(): string {
        return formatLabel(SHOWING, this.given.length, this.total);
    }

    get showAllLabel(): string {
        return formatLabel(SHOW_ALL, this.total);
    }

    override connectedCallback(): void {
        if (typeof ResizeObserver === 'function') {
            this.observer = new ResizeObserver(() => this.measure());
        } else {
            window.addEventListener('resize', this.onResize);
        }
    }

    override disconnectedCallback(): void {
        if (this.frame !== undefined) {
            cancelAnimationFrame(this.frame);
            this.frame = undefined;
        }
        this.observer?.disconnect();
        this.observed = undefined;
        window.removeEventListener('resize', this.onResize);
    }

    override renderedCallback(): void {
        if (this.waiting && this.given.length > 0) {
            this.renderRestAfterPaint();
        }
        const box = (this.refs as Refs | undefined)?.box;
        if (!this.observer) {
            this.measure();
        } else if (box && box !== this.observed) {
            // The box's width follows the card's; the table's is fixed by its columns: one observed size
            // tells when the two compare differently.
            this.observer.disconnect();
            this.observer.observe(box);
            this.observed = box;
        }
    }

    handleSort(event: Event): void {
        const key = event.currentTarget instanceof HTMLElement ? event.currentTarget.dataset.key : undefined;
        if (key) {
            this.dispatchEvent(new CustomEvent('sort', { detail: { key } }));
        }
    }

    handleShowAll(): void {
        this.dispatchEvent(new CustomEvent('showall'));
    }

    /**
     * The rows held back, in the frame after the one that paints the first rows: a callback of the next
     * animation frame runs before that frame's paint, so it asks for the one after.
     */
    private renderRestAfterPaint(): void {
        this.waiting = false;
        if (this.renderedRows.length === this.given.length) {
            return;
        }
        // Frames, not timers: the rest follows the first paint as soon as the browser can take it.
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.frame = requestAnimationFrame(() => {
            // eslint-disable-next-line @lwc/lwc/no-async-operation
            this.frame = requestAnimationFrame(() => {
                this.frame = undefined;
                this.renderedRows = this.given;
            });
        });
    }

    // An attribute, not component state: a 500-row table is not rendered again for one line of text.
    private measure(): void {
        const refs = this.refs as Refs | undefined;
        const section = refs?.section;
        const box = refs?.box;
        if (!section || !box) {
            return;
        }
        // The table is as wide as --people-table-width whenever that is more than the box (its min-width,
        // table-layout: fixed, the columns' widths add up to no more): read on the box, so no row is laid
        // out or even styled to know. Without the CSS (jsdom), the box's scroll width says it.
        const tableWidth = lengthInPixels(getComputedStyle(box).getPropertyValue('--people-table-width'));
        const overflows =
            tableWidth === null ? box.scrollWidth > box.clientWidth + 1 : box.clientWidth + 1 < tableWidth;
        if (overflows !== section.hasAttribute('data-overflows')) {
            section.toggleAttribute('data-overflows', overflows);
        }
    }
}
