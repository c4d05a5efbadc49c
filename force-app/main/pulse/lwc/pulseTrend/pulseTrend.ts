/**
 * pulseTrend: the adoption pulse's last 8 weeks: the team's points as a bar chart (hidden from screen
 * readers, its figures in its title) and the same weeks as a table, always in the page for screen
 * readers and shown on request. Whether the table is shown is this section's own state; it asks the
 * server nothing.
 */
import { LightningElement, api } from 'lwc';
import TREND_TITLE from '@salesforce/label/c.Adoption_Pulse_Trend_Title';
import TREND_SHOW_TABLE from '@salesforce/label/c.Adoption_Pulse_Trend_Show_Table';
import TREND_HIDE_TABLE from '@salesforce/label/c.Adoption_Pulse_Trend_Hide_Table';
import COL_WEEK from '@salesforce/label/c.Adoption_Pulse_Col_Week';
import COL_WEEK_START from '@salesforce/label/c.Adoption_Pulse_Col_Week_Start';
import COL_POINTS from '@salesforce/label/c.Adoption_Pulse_Col_Points';
import COL_ACTIVE_PEOPLE from '@salesforce/label/c.Adoption_Pulse_Col_Active_People';

/** One week's bar: its height as a style, its short label and its points. */
export interface PulseBar {
    key: string;
    label: string;
    style: string;
    pointsText: string;
}

/** One week as a table row. */
export interface PulseTrendRow {
    key: string;
    week: string;
    start: string;
    points: string;
    active: string;
}

/** The weeks, oldest first (adoptionPulseScreen.ts builds them), and the chart's figures in words. */
export interface PulseTrend {
    bars: PulseBar[];
    rows: PulseTrendRow[];
    summary: string;
}

const EMPTY: PulseTrend = { bars: [], rows: [], summary: '' };

export default class PulseTrendSection extends LightningElement {
    labels = {
        title: TREND_TITLE,
        colWeek: COL_WEEK,
        colWeekStart: COL_WEEK_START,
        colPoints: COL_POINTS,
        colActivePeople: COL_ACTIVE_PEOPLE
    };

    /** The weeks to draw. */
    @api trend: PulseTrend = EMPTY;

    showTable = false;

    get toggleLabel(): string {
        return this.showTable ? TREND_HIDE_TABLE : TREND_SHOW_TABLE;
    }

    get tableExpanded(): string {
        return String(this.showTable);
    }

    get tableClass(): string {
        // Always in the page for screen readers (the chart itself is hidden from them); shown on demand.
        return this.showTable
            ? 'trend-table slds-table slds-table_bordered slds-m-top_x-small'
            : 'trend-table assistive';
    }

    handleToggle(): void {
        this.showTable = !this.showTable;
    }
}
