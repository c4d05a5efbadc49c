/**
 * pulseTiles: the adoption pulse's summary tiles (active, logged in, points, forecast-ready, key
 * fields, attention): one label, one figure and an optional detail each, as c/adoptionPulse built
 * them. It shows what it is given and asks the server nothing.
 */
import { LightningElement, api } from 'lwc';

/** One summary figure (adoptionPulseScreen.ts builds it from the PulseView). */
export interface PulseTile {
    key: string;
    label: string;
    value: string;
    /** A line under the figure; '' for none. */
    detail: string;
}

export default class PulseTiles extends LightningElement {
    /** The tiles, in the order to show them. */
    @api tiles: PulseTile[] = [];
}
