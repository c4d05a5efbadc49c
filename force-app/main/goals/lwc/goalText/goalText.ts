/**
 * goalText: the goal components' labels and the words of one goal line (what it counts, its period,
 * status, progress and pace in the reader's language and locale). Pure: the components show what
 * line() returns; the server decides every figure.
 */
import LOCALE from '@salesforce/i18n/locale';
import { formatLabel } from 'c/ldsUtils';
import type { GoalPickers, GoalView, PeriodOption } from 'c/goalPace';
import GOAL_TITLE from '@salesforce/label/c.Goal_Title';
import GOAL_EMPTY from '@salesforce/label/c.Goal_Empty';
import GOAL_NOMANAGER from '@salesforce/label/c.Goal_NoManager';
import GOAL_TEAM_TITLE from '@salesforce/label/c.Goal_Team_Title';
import GOAL_TEAM_EMPTY from '@salesforce/label/c.Goal_Team_Empty';
import GOAL_TEAM_WITHHELD from '@salesforce/label/c.Goal_Team_Withheld';
import GOAL_TEAM_REACHED from '@salesforce/label/c.Goal_Team_Reached';
import GOAL_TEAM_TRUNCATED from '@salesforce/label/c.Goal_Team_Truncated';
import GOAL_SUMMARY_TITLE from '@salesforce/label/c.Goal_Summary_Title';
import GOAL_SUMMARY_HEADING from '@salesforce/label/c.Goal_Summary_Heading';
import GOAL_SUMMARY_PRINT from '@salesforce/label/c.Goal_Summary_Print';
import GOAL_SUMMARY_PREVIOUS from '@salesforce/label/c.Goal_Summary_Previous';
import GOAL_SUMMARY_NEXT from '@salesforce/label/c.Goal_Summary_Next';
import GOAL_COL_REP from '@salesforce/label/c.Goal_Col_Rep';
import GOAL_COL_GOAL from '@salesforce/label/c.Goal_Col_Goal';
import GOAL_COL_PERIOD from '@salesforce/label/c.Goal_Col_Period';
import GOAL_COL_TARGET from '@salesforce/label/c.Goal_Col_Target';
import GOAL_COL_DONE from '@salesforce/label/c.Goal_Col_Done';
import GOAL_COL_STATUS from '@salesforce/label/c.Goal_Col_Status';
import GOAL_COL_PACE from '@salesforce/label/c.Goal_Col_Pace';
import GOAL_STATUS_PROPOSED from '@salesforce/label/c.Goal_Status_Proposed';
import GOAL_STATUS_AGREED from '@salesforce/label/c.Goal_Status_Agreed';
import GOAL_STATUS_DECLINED from '@salesforce/label/c.Goal_Status_Declined';
import GOAL_STATUS_WITHDRAWN from '@salesforce/label/c.Goal_Status_Withdrawn';
import GOAL_WITHDRAW from '@salesforce/label/c.Goal_Withdraw';
import GOAL_WITHDRAW_ARIA from '@salesforce/label/c.Goal_Withdraw_Aria';
import GOAL_WITHDRAWN from '@salesforce/label/c.Goal_Withdrawn';
import GOAL_WAITING_MANAGER from '@salesforce/label/c.Goal_Waiting_Manager';
import GOAL_WAITING_YOU from '@salesforce/label/c.Goal_Waiting_You';
import GOAL_WAITING_REP from '@salesforce/label/c.Goal_Waiting_Rep';
import GOAL_STATE_DONE from '@salesforce/label/c.Goal_State_Done';
import GOAL_STATE_ONTRACK from '@salesforce/label/c.Goal_State_OnTrack';
import GOAL_STATE_BEHIND from '@salesforce/label/c.Goal_State_Behind';
import GOAL_STATE_UPCOMING from '@salesforce/label/c.Goal_State_Upcoming';
import GOAL_STATE_MISSED from '@salesforce/label/c.Goal_State_Missed';
import GOAL_STATE_MET from '@salesforce/label/c.Goal_State_Met';
import GOAL_STATE_NOTMET from '@salesforce/label/c.Goal_State_NotMet';
import GOAL_STATE_UNKNOWN from '@salesforce/label/c.Goal_State_Unknown';
import GOAL_PACE_TEXT from '@salesforce/label/c.Goal_Pace_Text';
import GOAL_PROGRESS_TEXT from '@salesforce/label/c.Goal_Progress_Text';
import GOAL_PROGRESS_LABEL from '@salesforce/label/c.Goal_Progress_Label';
import GOAL_HYGIENE_TEXT from '@salesforce/label/c.Goal_Hygiene_Text';
import GOAL_PERIOD_WEEK from '@salesforce/label/c.Goal_Period_Week';
import GOAL_PERIOD_THISWEEK from '@salesforce/label/c.Goal_Period_ThisWeek';
import GOAL_PERIOD_NEXTWEEK from '@salesforce/label/c.Goal_Period_NextWeek';
import GOAL_PERIOD_THISMONTH from '@salesforce/label/c.Goal_Period_ThisMonth';
import GOAL_PERIOD_NEXTMONTH from '@salesforce/label/c.Goal_Period_NextMonth';
import GOAL_KIND_RULE from '@salesforce/label/c.Goal_Kind_Rule';
import GOAL_KIND_CATEGORY from '@salesforce/label/c.Goal_Kind_Category';
import GOAL_KIND_POINTS from '@salesforce/label/c.Goal_Kind_Points';
import GOAL_KIND_HYGIENE from '@salesforce/label/c.Goal_Kind_Hygiene';
import GOAL_MEASURE_POINTS from '@salesforce/label/c.Goal_Measure_Points';
import GOAL_MEASURE_NEXTSTEP from '@salesforce/label/c.Goal_Measure_NextStep';
import GOAL_MEASURE_CLOSEDATE from '@salesforce/label/c.Goal_Measure_CloseDate';
import GOAL_FIELD_REP from '@salesforce/label/c.Goal_Field_Rep';
import GOAL_FIELD_PERIOD from '@salesforce/label/c.Goal_Field_Period';
import GOAL_FIELD_KIND from '@salesforce/label/c.Goal_Field_Kind';
import GOAL_FIELD_MEASURE from '@salesforce/label/c.Goal_Field_Measure';
import GOAL_FIELD_TARGET from '@salesforce/label/c.Goal_Field_Target';
import GOAL_FIELD_TARGETPERCENT from '@salesforce/label/c.Goal_Field_TargetPercent';
import GOAL_FIELD_MESSAGE from '@salesforce/label/c.Goal_Field_Message';
import GOAL_FIELD_NEWTARGET from '@salesforce/label/c.Goal_Field_NewTarget';
import GOAL_PROPOSE from '@salesforce/label/c.Goal_Propose';
import GOAL_SUBMIT from '@salesforce/label/c.Goal_Submit';
import GOAL_CANCEL from '@salesforce/label/c.Goal_Cancel';
import GOAL_ACCEPT from '@salesforce/label/c.Goal_Accept';
import GOAL_DECLINE from '@salesforce/label/c.Goal_Decline';
import GOAL_SAVETARGET from '@salesforce/label/c.Goal_SaveTarget';
import GOAL_ACCEPT_ARIA from '@salesforce/label/c.Goal_Accept_Aria';
import GOAL_DECLINE_ARIA from '@salesforce/label/c.Goal_Decline_Aria';
import GOAL_SAVETARGET_ARIA from '@salesforce/label/c.Goal_SaveTarget_Aria';
import GOAL_SENT from '@salesforce/label/c.Goal_Sent';
import GOAL_SAVED from '@salesforce/label/c.Goal_Saved';
import GOAL_NOTE from '@salesforce/label/c.Goal_Note';
import GOAL_ERROR_LOAD from '@salesforce/label/c.Goal_Error_Load';
import GOAL_ERROR_SAVE from '@salesforce/label/c.Goal_Error_Save';
import GOAL_ERROR_TARGET from '@salesforce/label/c.Goal_Error_Target';
import GOAL_ERROR_TARGET_PERCENT from '@salesforce/label/c.Goal_Error_TargetPercent';

export const LABELS = {
    title: GOAL_TITLE,
    empty: GOAL_EMPTY,
    noManager: GOAL_NOMANAGER,
    teamTitle: GOAL_TEAM_TITLE,
    teamEmpty: GOAL_TEAM_EMPTY,
    teamWithheld: GOAL_TEAM_WITHHELD,
    teamReached: GOAL_TEAM_REACHED,
    teamTruncated: GOAL_TEAM_TRUNCATED,
    summaryTitle: GOAL_SUMMARY_TITLE,
    summaryHeading: GOAL_SUMMARY_HEADING,
    summaryPrint: GOAL_SUMMARY_PRINT,
    summaryPrevious: GOAL_SUMMARY_PREVIOUS,
    summaryNext: GOAL_SUMMARY_NEXT,
    colRep: GOAL_COL_REP,
    colGoal: GOAL_COL_GOAL,
    colPeriod: GOAL_COL_PERIOD,
    colTarget: GOAL_COL_TARGET,
    colDone: GOAL_COL_DONE,
    colStatus: GOAL_COL_STATUS,
    colPace: GOAL_COL_PACE,
    statusProposed: GOAL_STATUS_PROPOSED,
    statusAgreed: GOAL_STATUS_AGREED,
    statusDeclined: GOAL_STATUS_DECLINED,
    statusWithdrawn: GOAL_STATUS_WITHDRAWN,
    withdraw: GOAL_WITHDRAW,
    withdrawAria: GOAL_WITHDRAW_ARIA,
    withdrawn: GOAL_WITHDRAWN,
    waitingManager: GOAL_WAITING_MANAGER,
    waitingYou: GOAL_WAITING_YOU,
    waitingRep: GOAL_WAITING_REP,
    stateDone: GOAL_STATE_DONE,
    stateOnTrack: GOAL_STATE_ONTRACK,
    stateBehind: GOAL_STATE_BEHIND,
    stateUpcoming: GOAL_STATE_UPCOMING,
    stateMissed: GOAL_STATE_MISSED,
    stateMet: GOAL_STATE_MET,
    stateNotMet: GOAL_STATE_NOTMET,
    stateUnknown: GOAL_STATE_UNKNOWN,
    paceText: GOAL_PACE_TEXT,
    progressText: GOAL_PROGRESS_TEXT,
    progressLabel: GOAL_PROGRESS_LABEL,
    hygieneText: GOAL_HYGIENE_TEXT,
    periodWeek: GOAL_PERIOD_WEEK,
    periodThisWeek: GOAL_PERIOD_THISWEEK,
    periodNextWeek: GOAL_PERIOD_NEXTWEEK,
    periodThisMonth: GOAL_PERIOD_THISMONTH,
    periodNextMonth: GOAL_PERIOD_NEXTMONTH,
    kindRule: GOAL_KIND_RULE,
    kindCategory: GOAL_KIND_CATEGORY,
    kindPoints: GOAL_KIND_POINTS,
    kindHygiene: GOAL_KIND_HYGIENE,
    measurePoints: GOAL_MEASURE_POINTS,
    measureNextStep: GOAL_MEASURE_NEXTSTEP,
    measureCloseDate: GOAL_MEASURE_CLOSEDATE,
    fieldRep: GOAL_FIELD_REP,
    fieldPeriod: GOAL_FIELD_PERIOD,
    fieldKind: GOAL_FIELD_KIND,
    fieldMeasure: GOAL_FIELD_MEASURE,
    fieldTarget: GOAL_FIELD_TARGET,
    fieldTargetPercent: GOAL_FIELD_TARGETPERCENT,
    fieldMessage: GOAL_FIELD_MESSAGE,
    fieldNewTarget: GOAL_FIELD_NEWTARGET,
    propose: GOAL_PROPOSE,
    submit: GOAL_SUBMIT,
    cancel: GOAL_CANCEL,
    accept: GOAL_ACCEPT,
    decline: GOAL_DECLINE,
    saveTarget: GOAL_SAVETARGET,
    acceptAria: GOAL_ACCEPT_ARIA,
    declineAria: GOAL_DECLINE_ARIA,
    saveTargetAria: GOAL_SAVETARGET_ARIA,
    sent: GOAL_SENT,
    saved: GOAL_SAVED,
    note: GOAL_NOTE,
    errorLoad: GOAL_ERROR_LOAD,
    errorSave: GOAL_ERROR_SAVE,
    errorTarget: GOAL_ERROR_TARGET,
    errorTargetPercent: GOAL_ERROR_TARGET_PERCENT
};

/**
 * The refusal of a target that is not a whole number (1.5), in the words the server uses: Apex takes
 * an Integer, so a fraction would fail in the parameter conversion with no label (review goals-final
 * m2). Empty and out-of-range targets are the server's to refuse.
 * @returns '' when the target may be sent
 */
export function targetError(kind: string, target: number | null): string {
    if (target == null || Number.isInteger(target)) {
        return '';
    }
    return kind === 'Hygiene' ? LABELS.errorTargetPercent : LABELS.errorTarget;
}

/** One goal as the components show it. */
export interface GoalLine {
    key: string;
    id: string;
    repName: string;
    title: string;
    periodText: string;
    statusText: string;
    statusClass: string;
    waitingText: string;
    targetText: string;
    doneText: string;
    progressText: string;
    progressLabel: string;
    /** 0 ... 100 for the bar; null when no figure. */
    progressValue: number | null;
    paceText: string;
    paceClass: string;
    noteText: string;
    waitingForMe: boolean;
    canEditTarget: boolean;
    canWithdraw: boolean;
    target: number;
    isHygiene: boolean;
    acceptAria: string;
    declineAria: string;
    saveTargetAria: string;
    withdrawAria: string;
}

const STATE_LABELS: Record<string, string> = {
    done: LABELS.stateDone,
    onTrack: LABELS.stateOnTrack,
    behind: LABELS.stateBehind,
    upcoming: LABELS.stateUpcoming,
    missed: LABELS.stateMissed,
    met: LABELS.stateMet,
    notMet: LABELS.stateNotMet
};

const STATUS_LABELS: Record<string, string> = {
    Proposed: LABELS.statusProposed,
    Agreed: LABELS.statusAgreed,
    Declined: LABELS.statusDeclined,
    Withdrawn: LABELS.statusWithdrawn
};

function utc(day: string): Date {
    const [year, month, date] = day.split('-').map(Number);
    return new Date(Date.UTC(year, month - 1, date));
}

/** A count as the reader's locale writes it ('100,000' / '100.000'). */
function count(value: number): string {
    return new Intl.NumberFormat(LOCALE).format(value);
}

/** A percent as the reader's locale writes it ('80%' / '80 %'). */
function percent(value: number): string {
    return new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
}

/** A day as the reader writes it ('Nov 16' / '16. Nov.'). */
export function shortDay(day: string): string {
    return new Intl.DateTimeFormat(LOCALE, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(utc(day));
}

/** A month and year ('November 2026'). */
export function monthName(day: string): string {
    return new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(day));
}

/** The weekday of a day ('Wednesday'). */
export function weekdayName(day: string): string {
    return new Intl.DateTimeFormat(LOCALE, { weekday: 'long', timeZone: 'UTC' }).format(utc(day));
}

/** A goal's period in words: 'Week of Nov 16' or 'November 2026'. */
export function periodText(periodType: string, periodStart: string): string {
    return periodType === 'Week' ? formatLabel(LABELS.periodWeek, shortDay(periodStart)) : monthName(periodStart);
}

/** The period options of a proposal (this and next week, this and next month), in words. */
export function periodOptions(pickers: GoalPickers): { label: string; value: string }[] {
    const labels = [LABELS.periodThisWeek, LABELS.periodNextWeek, LABELS.periodThisMonth, LABELS.periodNextMonth];
    const weeks = pickers.periods.filter((p: PeriodOption) => p.periodType === 'Week');
    const months = pickers.periods.filter((p: PeriodOption) => p.periodType === 'Month');
    return [...weeks, ...months].map((period, index) => ({
        label: formatLabel(
            labels[index] ?? '{0}',
            period.periodType === 'Week' ? shortDay(period.periodStart) : monthName(period.periodStart)
        ),
        value: `${period.periodType}|${period.periodStart}`
    }));
}

function waitingText(goal: GoalView, repView: boolean): string {
    if (goal.status !== 'Proposed') {
        return '';
    }
    if (goal.waitingForMe) {
        return LABELS.waitingYou;
    }
    if (repView) {
        return goal.proposedByRep ? LABELS.waitingManager : '';
    }
    return goal.proposedByRep ? '' : formatLabel(LABELS.waitingRep, goal.repName ?? '');
}

/**
 * The words of one goal.
 * @param goal the goal as the server sent it
 * @param repView true in the rep's own list (My Progress), false in a manager's view
 */
export function line(goal: GoalView, repView: boolean): GoalLine {
    const isHygiene = goal.kind === 'Hygiene';
    const title = goal.measureLabel ?? goal.measure ?? '';
    const done = goal.done;
    const hasFigure = done != null && goal.status !== 'Declined' && goal.status !== 'Withdrawn';
    let progressText = LABELS.stateUnknown;
    if (hasFigure) {
        progressText = isHygiene
            ? formatLabel(LABELS.hygieneText, done, goal.target)
            : formatLabel(LABELS.progressText, done, goal.target);
    }
    const state = goal.state ?? '';
    let paceText = '';
    if (hasFigure && (state === 'onTrack' || state === 'behind') && goal.expected != null) {
        paceText = formatLabel(
            LABELS.paceText,
            STATE_LABELS[state],
            goal.expected,
            goal.target,
            weekdayName(goal.today)
        );
    } else if (hasFigure && state) {
        paceText = STATE_LABELS[state] ?? '';
    }
    const good = state === 'done' || state === 'onTrack' || state === 'met';
    return {
        key: goal.id,
        id: goal.id,
        repName: goal.repName ?? '',
        title,
        periodText: periodText(goal.periodType, goal.periodStart),
        statusText: STATUS_LABELS[goal.status] ?? goal.status,
        statusClass: `goal-status slds-badge${goal.status === 'Agreed' ? ' slds-theme_success' : ''}`,
        waitingText: waitingText(goal, repView),
        targetText: isHygiene ? percent(goal.target) : count(goal.target),
        doneText: hasFigure && done != null ? (isHygiene ? percent(done) : count(done)) : '',
        progressText,
        progressLabel: formatLabel(LABELS.progressLabel, title),
        progressValue: hasFigure ? Math.min(100, Math.floor(((done ?? 0) * 100) / Math.max(1, goal.target))) : null,
        paceText,
        paceClass: `goal-pace slds-text-body_small ${good ? 'goal-pace_good' : 'goal-pace_attention'}`,
        noteText: goal.message ? formatLabel(LABELS.note, goal.message) : '',
        waitingForMe: goal.waitingForMe,
        canEditTarget: goal.canEditTarget,
        canWithdraw: goal.canWithdraw === true,
        target: goal.target,
        isHygiene,
        acceptAria: formatLabel(LABELS.acceptAria, title),
        declineAria: formatLabel(LABELS.declineAria, title),
        saveTargetAria: formatLabel(LABELS.saveTargetAria, title),
        withdrawAria: formatLabel(LABELS.withdrawAria, title)
    };
}
