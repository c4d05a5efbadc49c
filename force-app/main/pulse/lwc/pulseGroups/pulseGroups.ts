/**
 * pulseGroups: the adoption pulse in works council mode: one row per team (whole teams of at least
 * the minimum size; a withheld team with its size and why only), then what "stale" means and the
 * notes on what is left out. No person and no name of anyone but a team's lead is ever given to it.
 * It shows what it is given and asks the server nothing.
 */
import { LightningElement, api } from 'lwc';
import GROUPS_TITLE from '@salesforce/label/c.Adoption_Pulse_Groups_Title';
import COL_TEAM from '@salesforce/label/c.Adoption_Pulse_Col_Team';
import COL_PEOPLE from '@salesforce/label/c.Adoption_Pulse_Col_People';
import COL_ACTIVE from '@salesforce/label/c.Adoption_Pulse_Col_Active';
import COL_LOGGED_IN from '@salesforce/label/c.Adoption_Pulse_Col_Logged_In';
import COL_POINTS from '@salesforce/label/c.Adoption_Pulse_Col_Points';
import COL_ATTENTION from '@salesforce/label/c.Adoption_Pulse_Col_Attention';
import COL_STUCK from '@salesforce/label/c.Adoption_Pulse_Col_Stuck';
import COL_FORECAST_READY from '@salesforce/label/c.Adoption_Pulse_Col_Forecast_Ready';
import COL_PAST_CLOSE from '@salesforce/label/c.Adoption_Pulse_Col_Past_Close';
import COL_NO_NEXT_STEP from '@salesforce/label/c.Adoption_Pulse_Col_No_Next_Step';
import COL_STALE from '@salesforce/label/c.Adoption_Pulse_Col_Stale';
import COL_PUSHED from '@salesforce/label/c.Adoption_Pulse_Col_Pushed';
import COL_COMPLETENESS from '@salesforce/label/c.Adoption_Pulse_Col_Completeness';

/** A team as the table shows it: every figure as text, '—' where it is withheld. */
export interface PulseGroupView extends Record<'name', string> {
    key: string;
    /** Why a withheld team shows no figure; '' for a shown one. */
    note: string;
    rowClass: string;
    size: string;
    active: string;
    loggedIn: string;
    points: string;
    attention: string;
    stuck: string;
    forecastReady: string;
    pastCloseDate: string;
    noNextStep: string;
    stale: string;
    pushed: string;
    completeness: string;
}

/** A line under a table: what is left out or how a figure was measured. */
export interface PulseNote {
    key: string;
    text: string;
}

export default class PulseGroups extends LightningElement {
    labels = {
        title: GROUPS_TITLE,
        colTeam: COL_TEAM,
        colPeople: COL_PEOPLE,
        colActive: COL_ACTIVE,
        colLoggedIn: COL_LOGGED_IN,
        colPoints: COL_POINTS,
        colAttention: COL_ATTENTION,
        colStuck: COL_STUCK,
        colForecastReady: COL_FORECAST_READY,
        colPastClose: COL_PAST_CLOSE,
        colNoNextStep: COL_NO_NEXT_STEP,
        colStale: COL_STALE,
        colPushed: COL_PUSHED,
        colCompleteness: COL_COMPLETENESS
    };

    /** The teams, in the server's order. */
    @api groups: PulseGroupView[] = [];
    /** What "stale" means, with the org's number of days. */
    @api staleDefinition = '';
    /** What is left out and why. */
    @api notes: PulseNote[] = [];
}
