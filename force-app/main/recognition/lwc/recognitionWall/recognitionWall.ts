/**
 * recognitionWall: the team's recognitions (Team Adoption page), newest first, as the server sends them
 * after the privacy rules (RecognitionWall: hidden reps, works council mode, record access). Each
 * entry says who recognised whom, on which record (a link, only when the reader can open it), the
 * message, the value and points; its giver or an admin can withdraw it (a button named after the
 * recipient for screen readers), after which the wall reloads and a polite live region says so.
 */
import { LightningElement } from 'lwc';
import getWall from '@salesforce/apex/RecognitionController.getWall';
import type { RecognitionWallEntry, RecognitionWallView } from '@salesforce/apex/RecognitionController.getWall';
import withdraw from '@salesforce/apex/RecognitionController.withdraw';
import locale from '@salesforce/i18n/locale';
import { formatLabel, reduceErrors } from 'c/ldsUtils';
import * as L from './recognitionWallLabels';

export interface WallItem {
    id: string;
    heading: string;
    recordText: string;
    recordUrl: string;
    hasRecord: boolean;
    message: string;
    details: string;
    canWithdraw: boolean;
    withdrawLabel: string;
}

/** One entry in words, from the labels: the reader's language, amounts in their locale. */
export function itemOf(entry: RecognitionWallEntry): WallItem {
    const details: string[] = [];
    if (typeof entry.value === 'number' && entry.value > 0) {
        details.push(formatLabel(L.VALUE, money(entry.value)));
    }
    if (typeof entry.points === 'number' && entry.points > 0) {
        details.push(formatLabel(L.POINTS, entry.points));
    }
    const hasRecord = !!entry.recordId && !!entry.recordName;
    return {
        id: entry.id,
        heading: formatLabel(L.LINE, entry.giverName ?? '', entry.recipientName ?? ''),
        recordText: hasRecord ? formatLabel(L.ON_RECORD, entry.recordName ?? '') : '',
        recordUrl: hasRecord ? `/lightning/r/${entry.recordId}/view` : '',
        hasRecord,
        message: entry.message ?? '',
        details: details.join(' · '),
        canWithdraw: entry.canWithdraw === true,
        withdrawLabel: formatLabel(L.WITHDRAW_ARIA, entry.recipientName ?? '')
    };
}

function money(value: number): string {
    try {
        // The org's currency is not known here (multi-currency orgs store the giver's): the amount alone.
        return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
    } catch {
        return String(value);
    }
}

export default class RecognitionWall extends LightningElement {
    labels = L;
    items: WallItem[] = [];
    worksCouncil = false;
    loaded = false;
    busy = false;
    status = '';
    errorMessage = '';

    override connectedCallback(): void {
        // load() catches its own errors into errorMessage.
        this.load().catch(() => undefined);
    }

    get isEmpty(): boolean {
        return this.loaded && this.items.length === 0 && !this.errorMessage;
    }

    private async load(): Promise<void> {
        try {
            const wall: RecognitionWallView = await getWall();
            this.items = (wall.entries ?? []).map(itemOf);
            this.worksCouncil = wall.worksCouncil === true;
        } catch (error) {
            this.errorMessage = reduceErrors(error)[0] ?? L.LOAD_FAILED;
        } finally {
            this.loaded = true;
        }
    }

    async handleWithdraw(event: Event): Promise<void> {
        const id = (event.currentTarget as HTMLElement | null)?.dataset?.id;
        if (!id || this.busy) {
            return;
        }
        this.busy = true;
        this.status = '';
        this.errorMessage = '';
        try {
            await withdraw({ recognitionId: id });
            this.status = L.WITHDRAWN;
            await this.load();
        } catch (error) {
            this.errorMessage = reduceErrors(error)[0] ?? L.FAILED;
        } finally {
            this.busy = false;
        }
    }
}
