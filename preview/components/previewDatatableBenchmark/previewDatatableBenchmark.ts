/**
 * previewDatatableBenchmark: preview only (it never deploys). On the 1,000-user leaderboard benchmark
 * page it renders the same board c-leaderboard shows first (LeaderboardController.getBoard with the
 * same parameters: every one of its 1,000 rows) in lightning-datatable, in its default mode, the way
 * a board built on the base table would show it. The browser test times both from their data's
 * arrival in the same run and prints the ratio: DESIGN.md's reason for the plain SLDS table.
 *
 * Rendered on request (its button), so the leaderboard's own measure runs alone first. The host is
 * marked data-ready, with data-rows the number of rows in the datatable's DOM, once all of them are
 * there: lightning-datatable may render in more than one pass.
 */
import { LightningElement, api } from 'lwc';
import getBoard from '@salesforce/apex/LeaderboardController.getBoard';
import type { BoardRow } from 'c/leaderboard';

interface DatatableRow {
    userId: string;
    rank: number | null;
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    value: number | null;
    trend: number | null;
    badgeCount: number | null;
    streak: number | null;
}

const COLUMNS = [
    { label: 'Rank', fieldName: 'rank', type: 'number', initialWidth: 80 },
    { label: 'Name', fieldName: 'name', type: 'text' },
    { label: 'Points', fieldName: 'value', type: 'number' },
    { label: 'Trend', fieldName: 'trend', type: 'number' },
    { label: 'Badges', fieldName: 'badgeCount', type: 'number' },
    { label: 'Streak', fieldName: 'streak', type: 'number' }
];

function rowOf(row: BoardRow): DatatableRow {
    return {
        userId: row.userId,
        rank: row.rank ?? null,
        name: row.name ?? '',
        value: row.value ?? null,
        trend: row.trend ?? null,
        badgeCount: row.badgeCount ?? null,
        streak: row.streak ?? null
    };
}

export default class PreviewDatatableBenchmark extends LightningElement {
    /** The board's parameters: c-leaderboard's first board on the benchmark page. */
    @api period = 'ThisWeek';
    @api scope = 'Everyone';
    @api metric = 'Points';
    @api mode = 'Total';

    columns = COLUMNS;
    rows: DatatableRow[] = [];
    busy = false;
    message = '';
    private expected = 0;

    get hasRows(): boolean {
        return this.rows.length > 0;
    }

    async handleRender(): Promise<void> {
        this.busy = true;
        this.removeAttribute('data-ready');
        try {
            const board = await getBoard({
                period: this.period,
                scope: this.scope,
                groupId: null,
                metric: this.metric,
                mode: this.mode
            });
            this.expected = board.rows.length;
            this.rows = board.rows.map(rowOf);
        } catch (error) {
            this.message = String((error as { body?: { message?: string } })?.body?.message ?? error);
        } finally {
            this.busy = false;
        }
    }

    override renderedCallback(): void {
        this.markWhenRendered();
    }

    /** Marks the host once every row is in the datatable's DOM; checks again next frame until then. */
    private markWhenRendered(): void {
        if (this.expected === 0 || this.hasAttribute('data-ready')) {
            return;
        }
        const table = this.template?.querySelector('lightning-datatable');
        const count = table?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0;
        if (count >= this.expected) {
            this.setAttribute('data-rows', String(count));
            this.setAttribute('data-ready', 'true');
        } else {
            // The datatable's own later passes: no event says when its rows are in.
            // eslint-disable-next-line @lwc/lwc/no-async-operation
            requestAnimationFrame(() => this.markWhenRendered());
        }
    }
}
