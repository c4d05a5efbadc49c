/**
 * leadersManagerLine: one line on the team board (c-leaderboard) about the caller's manager's OWN
 * activity this week ("Your manager Maria Lopez this week: 12 actions on 3 days"), or, for a manager,
 * what their team sees of them. Shown only when the server says so (LeadersManagerLine: the setting
 * Show_Manager_Activity__c on, not works council mode, the manager not hidden from boards); otherwise
 * it renders nothing, and a failed load renders nothing too: the board must never break over it.
 * A polite status region, so a screen reader reads it with the board.
 */
import { LightningElement, wire } from 'lwc';
import getManagerLine from '@salesforce/apex/LeadersController.getManagerLine';
import type { ManagerLine } from '@salesforce/apex/LeadersController.getManagerLine';
import type { ApexWireResult } from 'c/adoptionTypes';
import { formatLabel } from 'c/ldsUtils';
import LINE_MANAGER from '@salesforce/label/c.Leaders_Line_Manager';
import LINE_SELF from '@salesforce/label/c.Leaders_Line_Self';

/**
 * The line's text, or '' when nothing is shown.
 * @param line the server's answer
 * @returns the text
 */
export function managerLineText(line: ManagerLine | undefined): string {
    if (!line || line.shown !== true) {
        return '';
    }
    return line.isSelf
        ? formatLabel(LINE_SELF, line.actions, line.activeDays)
        : formatLabel(LINE_MANAGER, line.managerName ?? '', line.actions, line.activeDays);
}

export default class LeadersManagerLine extends LightningElement {
    text = '';

    @wire(getManagerLine, {})
    wireLine(result: ApexWireResult<ManagerLine>): void {
        // An error shows nothing: the line is a nicety, the board around it must stay.
        this.text = result.data ? managerLineText(result.data) : '';
    }

    get shown(): boolean {
        return this.text !== '';
    }
}
