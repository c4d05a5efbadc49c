/**
 * challenges: time-bound competitions (docs/challenges.md) for managers and reps, on an app page or
 * the Home page. The challenges the caller may see, newest first; the open one with its window, prize,
 * what counts, participants, time left, the caller's progress toward the target, the winners once it
 * is closed, and its board (c-leaderboard given the challenge's board). Managers (summary.canManage)
 * start a test run, launch, announce and end; anyone who may create (ChallengeList.canCreate) opens
 * the form for a new draft.
 *
 * Both wires are turned into view models once, when their data arrives (and again when the other
 * one changes what a view shows: the list's options name the rules of the open challenge). Time
 * left is measured then too, against the browser's clock. After an action the list and the open
 * challenge are asked again with refreshApex; the server decides who may see and do what.
 */
import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getChallenges from '@salesforce/apex/ChallengesController.getChallenges';
import getChallenge from '@salesforce/apex/ChallengesController.getChallenge';
import saveChallenge from '@salesforce/apex/ChallengesController.saveChallenge';
import launchChallenge from '@salesforce/apex/ChallengesController.launchChallenge';
import announceChallenge from '@salesforce/apex/ChallengesController.announceChallenge';
import closeChallenge from '@salesforce/apex/ChallengesController.closeChallenge';
import type { ApexWireResult } from 'c/adoptionTypes';
import type { Board, BoardOption } from 'c/leaderboard';
import { formatLabel, reduceErrors } from 'c/ldsUtils';
import type {
    ChallengeFormat,
    ChallengeInput,
    ChallengeList,
    ChallengeParticipants,
    ChallengeStatus,
    ChallengeSummary,
    ChallengeTeamBy,
    ChallengeTeamScoring,
    ChallengeView
} from './challengesTypes';
import TITLE from '@salesforce/label/c.Adoption_Challenges_Title';
import REFRESH from '@salesforce/label/c.Adoption_Challenges_Refresh';
import NEW from '@salesforce/label/c.Adoption_Challenges_New';
import LOADING from '@salesforce/label/c.Adoption_Loading';
import LOAD_ERROR from '@salesforce/label/c.Adoption_Error_Load';
import LIST_HEADING from '@salesforce/label/c.Adoption_Challenges_List_Heading';
import LIST_LABEL from '@salesforce/label/c.Adoption_Challenges_List_Label';
import EMPTY from '@salesforce/label/c.Adoption_Challenges_Empty';
import CHOOSE from '@salesforce/label/c.Adoption_Challenges_Choose';
import STATUS_DRAFT from '@salesforce/label/c.Adoption_Challenges_Status_Draft';
import STATUS_HIDDEN from '@salesforce/label/c.Adoption_Challenges_Status_Hidden';
import STATUS_LIVE from '@salesforce/label/c.Adoption_Challenges_Status_Live';
import STATUS_CLOSED from '@salesforce/label/c.Adoption_Challenges_Status_Closed';
import DATES from '@salesforce/label/c.Adoption_Challenges_Dates';
import TERM_STATUS from '@salesforce/label/c.Adoption_Challenges_Term_Status';
import TERM_DATES from '@salesforce/label/c.Adoption_Challenges_Term_Dates';
import TERM_TIME from '@salesforce/label/c.Adoption_Challenges_Term_Time';
import TERM_PRIZE from '@salesforce/label/c.Adoption_Challenges_Term_Prize';
import TERM_COUNTS from '@salesforce/label/c.Adoption_Challenges_Term_Counts';
import TERM_FORMAT from '@salesforce/label/c.Adoption_Challenges_Term_Format';
import TERM_TARGET from '@salesforce/label/c.Adoption_Challenges_Term_Target';
import TERM_PARTICIPANTS from '@salesforce/label/c.Adoption_Challenges_Term_Participants';
import TERM_OWNER from '@salesforce/label/c.Adoption_Challenges_Term_Owner';
import COUNTS_EVERYTHING from '@salesforce/label/c.Adoption_Challenges_Counts_Everything';
import FORMAT_INDIVIDUAL from '@salesforce/label/c.Adoption_Challenges_Format_Individual';
import FORMAT_TEAM from '@salesforce/label/c.Adoption_Challenges_Format_Team';
import TEAM_BY_MANAGER from '@salesforce/label/c.Adoption_Challenges_Team_By_Manager';
import TEAM_BY_ROLE from '@salesforce/label/c.Adoption_Challenges_Team_By_Role';
import SCORING_AVERAGE from '@salesforce/label/c.Adoption_Challenges_Scoring_Average';
import SCORING_PERCENT from '@salesforce/label/c.Adoption_Challenges_Scoring_Percent';
import TARGET_VALUE from '@salesforce/label/c.Adoption_Challenges_Target_Value';
import NO_TARGET from '@salesforce/label/c.Adoption_Challenges_No_Target';
import PARTICIPANTS_COUNT from '@salesforce/label/c.Adoption_Challenges_Participants_Count';
import PARTICIPANTS_NOT_FIXED from '@salesforce/label/c.Adoption_Challenges_Participants_Not_Fixed';
import TIME_LEFT from '@salesforce/label/c.Adoption_Challenges_Time_Left';
import STARTS_IN from '@salesforce/label/c.Adoption_Challenges_Starts_In';
import ENDED from '@salesforce/label/c.Adoption_Challenges_Ended';
import PROGRESS_LABEL from '@salesforce/label/c.Adoption_Challenges_Progress_Label';
import PROGRESS_TEXT from '@salesforce/label/c.Adoption_Challenges_Progress_Text';
import PROGRESS_HEADING from '@salesforce/label/c.Adoption_Challenges_Progress_Heading';
import WINNERS_HEADING from '@salesforce/label/c.Adoption_Challenges_Winners_Heading';
import WINNERS_NONE from '@salesforce/label/c.Adoption_Challenges_Winners_None';
import HIDDEN_NOTICE from '@salesforce/label/c.Adoption_Challenges_Hidden_Notice';
import DRAFT_NOTICE from '@salesforce/label/c.Adoption_Challenges_Draft_Notice';
import ACTIONS_LABEL from '@salesforce/label/c.Adoption_Challenges_Actions_Label';
import START_TEST from '@salesforce/label/c.Adoption_Challenges_Start_Test';
import LAUNCH from '@salesforce/label/c.Adoption_Challenges_Launch';
import ANNOUNCE from '@salesforce/label/c.Adoption_Challenges_Announce';
import END from '@salesforce/label/c.Adoption_Challenges_End';
import CONFIRM_END from '@salesforce/label/c.Adoption_Challenges_Confirm_End';
import CONFIRM_END_BUTTON from '@salesforce/label/c.Adoption_Challenges_Confirm_End_Button';
import CANCEL from '@salesforce/label/c.Adoption_Challenges_Cancel';
import DONE_TEST from '@salesforce/label/c.Adoption_Challenges_Done_Test';
import DONE_LAUNCH from '@salesforce/label/c.Adoption_Challenges_Done_Launch';
import DONE_ANNOUNCE from '@salesforce/label/c.Adoption_Challenges_Done_Announce';
import DONE_END from '@salesforce/label/c.Adoption_Challenges_Done_End';
import DONE_SAVE from '@salesforce/label/c.Adoption_Challenges_Done_Save';
import ACTION_FAILED from '@salesforce/label/c.Adoption_Challenges_Action_Failed';
import SAVE_FAILED from '@salesforce/label/c.Adoption_Challenges_Save_Failed';
import FORM_HEADING from '@salesforce/label/c.Adoption_Challenges_Form_Heading';
import FIELD_NAME from '@salesforce/label/c.Adoption_Challenges_Field_Name';
import FIELD_START from '@salesforce/label/c.Adoption_Challenges_Field_Start';
import FIELD_END from '@salesforce/label/c.Adoption_Challenges_Field_End';
import FIELD_FORMAT from '@salesforce/label/c.Adoption_Challenges_Field_Format';
import FIELD_TEAM_BY from '@salesforce/label/c.Adoption_Challenges_Field_Team_By';
import FIELD_SCORING from '@salesforce/label/c.Adoption_Challenges_Field_Scoring';
import FIELD_TARGET from '@salesforce/label/c.Adoption_Challenges_Field_Target';
import FIELD_PRIZE from '@salesforce/label/c.Adoption_Challenges_Field_Prize';
import FIELD_RULES from '@salesforce/label/c.Adoption_Challenges_Field_Rules';
import FIELD_CATEGORIES from '@salesforce/label/c.Adoption_Challenges_Field_Categories';
import COUNTS_HELP from '@salesforce/label/c.Adoption_Challenges_Counts_Help';
import FIELD_PARTICIPANTS from '@salesforce/label/c.Adoption_Challenges_Field_Participants';
import FIELD_GROUP from '@salesforce/label/c.Adoption_Challenges_Field_Group';
import FIELD_CHATTER from '@salesforce/label/c.Adoption_Challenges_Field_Chatter';
import AVAILABLE from '@salesforce/label/c.Adoption_Challenges_Available';
import CHOSEN from '@salesforce/label/c.Adoption_Challenges_Chosen';
import SAVE from '@salesforce/label/c.Adoption_Challenges_Save';
import ERROR_END_BEFORE_START from '@salesforce/label/c.Adoption_Challenges_Error_End_Before_Start';
import ERROR_TARGET_REQUIRED from '@salesforce/label/c.Adoption_Challenges_Error_Target_Required';
import VALUE_MISSING from '@salesforce/label/c.Adoption_Challenges_Error_Required';
import LOCALE from '@salesforce/i18n/locale';

/** How often "time left" is read again. */
const CLOCK_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const DEFAULT_LENGTH_DAYS = 7;
const GROUP: ChallengeParticipants = 'Group';
const FIELD_CLASS = 'slds-form-element';
const FIELD_ERROR_CLASS = 'slds-form-element slds-has-error';
// The user's Salesforce locale; the browser's time zone, which the form's datetime-local fields use too.
const DATE_TIME_FORMAT = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short' });

type Action = 'test' | 'launch' | 'announce' | 'end';

const STATUS_TEXT: Readonly<Record<ChallengeStatus, string>> = {
    Draft: STATUS_DRAFT,
    Hidden: STATUS_HIDDEN,
    Live: STATUS_LIVE,
    Closed: STATUS_CLOSED
};
const STATUS_BADGE: Readonly<Record<ChallengeStatus, string>> = {
    Draft: 'status slds-badge',
    Hidden: 'status slds-badge slds-theme_warning',
    Live: 'status slds-badge slds-theme_success',
    Closed: 'status slds-badge slds-badge_inverse'
};
const DONE: Readonly<Record<Action, string>> = {
    test: DONE_TEST,
    launch: DONE_LAUNCH,
    announce: DONE_ANNOUNCE,
    end: DONE_END
};
const FORMAT_OPTIONS: ComboOption[] = [
    { label: FORMAT_INDIVIDUAL, value: 'Individual' },
    { label: FORMAT_TEAM, value: 'Team' }
];
const TEAM_BY_OPTIONS: ComboOption[] = [
    { label: TEAM_BY_MANAGER, value: 'Manager' },
    { label: TEAM_BY_ROLE, value: 'Role' }
];
const SCORING_OPTIONS: ComboOption[] = [
    { label: SCORING_AVERAGE, value: 'Average' },
    { label: SCORING_PERCENT, value: 'PercentOfTarget' }
];

interface ComboOption {
    label: string;
    value: string;
}

/** One challenge in the list, as the template renders it. */
interface ListItem {
    id: string;
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    statusText: string;
    badgeClass: string;
    datesText: string;
    itemClass: string;
    /** 'page' on the open challenge; null leaves the attribute off. */
    ariaCurrent: string | null;
}

interface Detail {
    key: string;
    className: string;
    term: string;
    text: string;
}

interface ActionButton {
    key: Action;
    className: string;
    label: string;
    variant: string;
}

/** The open challenge, as the template renders it. */
interface ChallengeScreen {
    id: string;
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    statusText: string;
    badgeClass: string;
    details: Detail[];
    isHidden: boolean;
    isDraft: boolean;
    hasProgress: boolean;
    progress: number;
    progressLabel: string;
    progressText: string;
    isClosed: boolean;
    winners: { key: string; text: string }[];
    hasWinners: boolean;
    board: Board | null;
    actions: ActionButton[];
    hasActions: boolean;
    confirmText: string;
}

/** The form's values, as saveChallenge takes them (strings where inputs give strings). */
interface FormValues {
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    startsAt: string;
    endsAt: string;
    format: ChallengeFormat;
    teamBy: ChallengeTeamBy;
    teamScoring: ChallengeTeamScoring;
    target: string;
    prize: string;
    rules: string[];
    categories: string[];
    participants: ChallengeParticipants;
    groupId: string;
    postToChatter: boolean;
}

interface FormOptions {
    rules: ComboOption[];
    categories: ComboOption[];
    scopes: ComboOption[];
    groups: ComboOption[];
}

/** The validity API that lightning-input, -combobox and the like share. */
interface Validatable extends HTMLElement {
    reportValidity(): boolean;
}

function comboOptions(options: BoardOption[] | undefined): ComboOption[] {
    return (options ?? []).map((option) => ({ label: option.label, value: option.value }));
}

function dateTimeText(value: string | null | undefined): string {
    const time = value ? Date.parse(value) : NaN;
    return Number.isNaN(time) ? '' : DATE_TIME_FORMAT.format(time);
}

function datesText(challenge: ChallengeSummary): string {
    return formatLabel(DATES, dateTimeText(challenge.startsAt), dateTimeText(challenge.endsAt));
}

/** Days and whole hours, rounded up to the hour so "0 d 0 h" is never shown while time is left. */
function daysAndHours(ms: number): [number, number] {
    const hours = Math.ceil(ms / HOUR_MS);
    return [Math.floor(hours / 24), hours % 24];
}

/** Time left against `now`: starts in, left, or ended. */
function timeText(challenge: ChallengeSummary, now: number): string {
    const start = Date.parse(challenge.startsAt);
    const end = Date.parse(challenge.endsAt);
    if (challenge.status === 'Closed' || !(end > now)) {
        return ENDED;
    }
    if (start > now) {
        return formatLabel(STARTS_IN, ...daysAndHours(start - now));
    }
    return formatLabel(TIME_LEFT, ...daysAndHours(end - now));
}

function labelsOf(values: string[] | undefined, options: ComboOption[]): string[] {
    return (values ?? []).map((value) => options.find((option) => option.value === value)?.label ?? value);
}

function formatText(challenge: ChallengeSummary): string {
    if (challenge.format !== 'Team') {
        return FORMAT_INDIVIDUAL;
    }
    const teamBy = TEAM_BY_OPTIONS.find((option) => option.value === challenge.teamBy)?.label;
    const scoring = SCORING_OPTIONS.find((option) => option.value === challenge.teamScoring)?.label;
    return [FORMAT_TEAM, teamBy, scoring].filter(Boolean).join(' · ');
}

function listItem(challenge: ChallengeSummary, openId: string | undefined): ListItem {
    const open = challenge.id === openId;
    return {
        id: challenge.id,
        name: challenge.name,
        statusText: STATUS_TEXT[challenge.status] ?? challenge.status,
        badgeClass: STATUS_BADGE[challenge.status] ?? 'status slds-badge',
        datesText: datesText(challenge),
        itemClass: open ? 'challenge-item challenge-item_open' : 'challenge-item',
        ariaCurrent: open ? 'page' : null
    };
}

function actionsFor(challenge: ChallengeSummary): ActionButton[] {
    if (!challenge.canManage) {
        return [];
    }
    switch (challenge.status) {
        case 'Draft':
            return [
                { key: 'test', className: 'action action-test', label: START_TEST, variant: 'neutral' },
                { key: 'launch', className: 'action action-launch', label: LAUNCH, variant: 'brand' }
            ];
        case 'Hidden':
            return [
                { key: 'announce', className: 'action action-announce', label: ANNOUNCE, variant: 'brand' },
                { key: 'end', className: 'action action-end', label: END, variant: 'destructive-text' }
            ];
        case 'Live':
            return [{ key: 'end', className: 'action action-end', label: END, variant: 'destructive-text' }];
        default:
            return [];
    }
}

function challengeScreen(view: ChallengeView, options: FormOptions, now: number): ChallengeScreen {
    const challenge = view.challenge;
    const counts = [...labelsOf(challenge.rules, options.rules), ...labelsOf(challenge.categories, options.categories)];
    const target = challenge.target;
    const entries: [string, string, string | null | undefined][] = [
        ['dates', TERM_DATES, datesText(challenge)],
        ['prize', TERM_PRIZE, challenge.prize],
        ['time', TERM_TIME, timeText(challenge, now)],
        ['format', TERM_FORMAT, formatText(challenge)],
        ['counts', TERM_COUNTS, counts.length > 0 ? counts.join(', ') : COUNTS_EVERYTHING],
        ['target', TERM_TARGET, typeof target === 'number' ? formatLabel(TARGET_VALUE, target) : NO_TARGET],
        [
            'participants',
            TERM_PARTICIPANTS,
            challenge.status === 'Draft'
                ? PARTICIPANTS_NOT_FIXED
                : formatLabel(PARTICIPANTS_COUNT, challenge.participantCount)
        ],
        ['owner', TERM_OWNER, challenge.ownerName]
    ];
    // No prize or owner: no line for it.
    const details: Detail[] = entries
        .filter((entry): entry is [string, string, string] => Boolean(entry[2]))
        .map(([key, term, text]) => ({ key, className: `detail detail-${key}`, term, text }));
    const progress = challenge.myProgress;
    const hasProgress = typeof progress === 'number' && Number.isFinite(progress);
    const shown = hasProgress ? Math.min(100, Math.max(0, Math.round(progress))) : 0;
    const actions = actionsFor(challenge);
    return {
        id: challenge.id,
        name: challenge.name,
        statusText: STATUS_TEXT[challenge.status] ?? challenge.status,
        badgeClass: STATUS_BADGE[challenge.status] ?? 'status slds-badge',
        details,
        isHidden: challenge.status === 'Hidden',
        isDraft: challenge.status === 'Draft',
        hasProgress,
        progress: shown,
        progressLabel: formatLabel(PROGRESS_LABEL, shown),
        progressText: formatLabel(PROGRESS_TEXT, shown),
        isClosed: challenge.status === 'Closed',
        winners: (challenge.winners ?? []).map((winner, index) => ({ key: String(index), text: winner })),
        hasWinners: (challenge.winners ?? []).length > 0,
        board: view.board ?? null,
        actions,
        hasActions: actions.length > 0,
        confirmText: formatLabel(CONFIRM_END, challenge.name)
    };
}

/** An ISO datetime string to the minute, as the form sends it. */
function isoMinute(time: number): string {
    return new Date(Math.floor(time / 60_000) * 60_000).toISOString().replace('.000Z', 'Z');
}

function twoDigits(value: number): string {
    return String(value).padStart(2, '0');
}

/** An ISO datetime as a datetime-local input shows it: the browser's wall-clock time. */
function localInputValue(iso: string): string {
    const time = Date.parse(iso);
    if (Number.isNaN(time)) {
        return '';
    }
    const date = new Date(time);
    return (
        `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}` +
        `T${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`
    );
}

/** A datetime-local input's value (wall-clock time, no zone: read as local) as ISO; '' when empty. */
function isoFromLocal(value: string): string {
    // A string of date and time without an offset is local time (ECMAScript Date.parse).
    const time = value ? Date.parse(value) : NaN;
    return Number.isNaN(time) ? '' : isoMinute(time);
}

function emptyForm(scopes: ComboOption[], teamsOnly = false): FormValues {
    const start = Date.now();
    return {
        name: '',
        startsAt: isoMinute(start),
        endsAt: isoMinute(start + DEFAULT_LENGTH_DAYS * DAY_MS),
        format: teamsOnly ? 'Team' : 'Individual',
        teamBy: 'Manager',
        teamScoring: 'Average',
        target: '',
        prize: '',
        rules: [],
        categories: [],
        participants: (scopes[0]?.value as ChallengeParticipants | undefined) ?? 'Team',
        groupId: '',
        postToChatter: false
    };
}

function inputOf(form: FormValues): ChallengeInput {
    const target = form.target === '' ? null : Number(form.target);
    const isTeam = form.format === 'Team';
    return {
        id: null,
        name: form.name.trim(),
        startsAt: form.startsAt,
        endsAt: form.endsAt,
        format: form.format,
        teamBy: isTeam ? form.teamBy : null,
        teamScoring: isTeam ? form.teamScoring : null,
        target: target !== null && Number.isFinite(target) ? target : null,
        prize: form.prize.trim() || null,
        rules: form.rules,
        categories: form.categories,
        participants: form.participants,
        groupId: form.participants === GROUP ? form.groupId || null : null,
        postToChatter: form.postToChatter
    };
}

export default class Challenges extends LightningElement {
    labels = {
        title: TITLE,
        refresh: REFRESH,
        newChallenge: NEW,
        loading: LOADING,
        listHeading: LIST_HEADING,
        listLabel: LIST_LABEL,
        empty: EMPTY,
        choose: CHOOSE,
        termStatus: TERM_STATUS,
        progressHeading: PROGRESS_HEADING,
        winnersHeading: WINNERS_HEADING,
        winnersNone: WINNERS_NONE,
        hiddenNotice: HIDDEN_NOTICE,
        draftNotice: DRAFT_NOTICE,
        actionsLabel: ACTIONS_LABEL,
        confirmEnd: CONFIRM_END_BUTTON,
        cancel: CANCEL,
        formHeading: FORM_HEADING,
        fieldName: FIELD_NAME,
        fieldStart: FIELD_START,
        fieldEnd: FIELD_END,
        fieldFormat: FIELD_FORMAT,
        fieldTeamBy: FIELD_TEAM_BY,
        fieldScoring: FIELD_SCORING,
        fieldTarget: FIELD_TARGET,
        fieldPrize: FIELD_PRIZE,
        fieldRules: FIELD_RULES,
        fieldCategories: FIELD_CATEGORIES,
        countsHelp: COUNTS_HELP,
        fieldParticipants: FIELD_PARTICIPANTS,
        fieldGroup: FIELD_GROUP,
        fieldChatter: FIELD_CHATTER,
        available: AVAILABLE,
        chosen: CHOSEN,
        save: SAVE,
        targetRequired: ERROR_TARGET_REQUIRED
    };

    formatOptions = FORMAT_OPTIONS;
    /** Works council mode: the form offers Team only. */
    teamsOnly = false;
    teamByOptions = TEAM_BY_OPTIONS;
    scoringOptions = SCORING_OPTIONS;

    items: ListItem[] = [];
    hasItems = false;
    canCreate = false;
    listLoaded = false;
    listError: unknown;
    listErrorMessage = LOAD_ERROR;

    /** The open challenge's Id: getChallenge's parameter, undefined until one is open. */
    selectedId?: string;
    view?: ChallengeScreen;
    viewError: unknown;
    viewErrorMessage = LOAD_ERROR;

    busy = false;
    confirming = false;
    actionError: unknown;
    actionErrorMessage = '';
    /** Read by screen readers: what the last action did. */
    announcement = '';

    formOpen = false;
    form: FormValues = emptyForm([]);
    formIsTeam = false;
    formIsGroup = false;
    targetRequired = false;
    formOptions: FormOptions = { rules: [], categories: [], scopes: [], groups: [] };
    startsLocal = '';
    endsLocal = '';
    startError = '';
    endError = '';
    startClass = FIELD_CLASS;
    endClass = FIELD_CLASS;
    startInvalid: string | null = null;
    endInvalid: string | null = null;
    saveError: unknown;
    saveErrorMessage = '';

    private wiredList?: ApexWireResult<ChallengeList>;
    private wiredView?: ApexWireResult<ChallengeView>;
    private focusAfterRender?: string;
    private clock?: ReturnType<typeof setInterval>;

    @wire(getChallenges)
    wireList(result: ApexWireResult<ChallengeList>): void {
        this.wiredList = result;
        if (result.data) {
            const list = result.data;
            this.formOptions = {
                rules: comboOptions(list.rules),
                categories: comboOptions(list.categories),
                scopes: comboOptions(list.scopes),
                groups: comboOptions(list.groups)
            };
            this.canCreate = list.canCreate === true;
            // Works council mode: challenges are between teams only, teams by manager (the server
            // refuses the rest).
            this.teamsOnly = list.worksCouncil === true;
            this.formatOptions = this.teamsOnly
                ? FORMAT_OPTIONS.filter((option) => option.value === 'Team')
                : FORMAT_OPTIONS;
            this.teamByOptions = this.teamsOnly
                ? TEAM_BY_OPTIONS.filter((option) => option.value === 'Manager')
                : TEAM_BY_OPTIONS;
            this.listError = undefined;
            this.listLoaded = true;
            const challenges = list.challenges ?? [];
            // Open the newest one first; the user's own pick stays open across refreshes.
            if (this.selectedId === undefined && challenges.length > 0) {
                this.selectedId = challenges[0].id;
            }
            this.buildItems();
            // The rules' and categories' labels of the open challenge come from the list.
            if (this.wiredView?.data) {
                this.view = challengeScreen(this.wiredView.data, this.formOptions, Date.now());
            }
        } else if (result.error) {
            this.listError = result.error;
            this.listErrorMessage = reduceErrors(result.error)[0] ?? LOAD_ERROR;
        }
    }

    @wire(getChallenge, { challengeId: '$selectedId' })
    wireView(result: ApexWireResult<ChallengeView>): void {
        this.wiredView = result;
        if (result.data) {
            this.view = challengeScreen(result.data, this.formOptions, Date.now());
            this.viewError = undefined;
        } else if (result.error) {
            this.view = undefined;
            this.viewError = result.error;
            this.viewErrorMessage = reduceErrors(result.error)[0] ?? LOAD_ERROR;
        }
    }

    get listLoading(): boolean {
        return !this.listLoaded && !this.listError;
    }

    get viewLoading(): boolean {
        return this.selectedId !== undefined && !this.view && !this.viewError;
    }

    get showNewButton(): boolean {
        return this.canCreate && !this.formOpen;
    }

    override connectedCallback(): void {
        // "Time left" must move while the page stays open (a Home page can stay open all day).
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- a clock, cleared in disconnectedCallback
        this.clock = setInterval(() => this.tick(), CLOCK_MS);
    }

    override disconnectedCallback(): void {
        if (this.clock !== undefined) {
            clearInterval(this.clock);
            this.clock = undefined;
        }
    }

    /** Rebuilds the open challenge's view against the clock: only "time left" changes. */
    private tick(): void {
        if (this.wiredView?.data) {
            this.view = challengeScreen(this.wiredView.data, this.formOptions, Date.now());
        }
    }

    override renderedCallback(): void {
        if (this.focusAfterRender) {
            const target = this.template?.querySelector<HTMLElement>(this.focusAfterRender);
            if (target) {
                target.focus();
                this.focusAfterRender = undefined;
            }
        }
    }

    handleOpen(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.id;
        if (!id || id === this.selectedId) {
            return;
        }
        this.selectedId = id;
        this.view = undefined;
        this.viewError = undefined;
        this.confirming = false;
        this.actionError = undefined;
        this.buildItems();
    }

    async handleRefresh(): Promise<void> {
        await this.refreshAll();
    }

    handleAction(event: Event): void {
        const action = (event.currentTarget as HTMLElement).dataset.action as Action | undefined;
        if (action === 'end') {
            // Ending is final: ask first, in place, and put the keyboard on the question.
            this.confirming = true;
            this.focusAfterRender = '.confirm-end';
            return;
        }
        if (action) {
            this.run(action);
        }
    }

    handleConfirmEnd(): void {
        this.confirming = false;
        this.run('end');
    }

    handleCancelEnd(): void {
        this.confirming = false;
        this.focusAfterRender = '.action-end';
    }

    handleNew(): void {
        this.form = emptyForm(this.formOptions.scopes, this.teamsOnly);
        this.formIsTeam = this.teamsOnly;
        this.formIsGroup = this.form.participants === GROUP;
        this.targetRequired = false;
        this.startsLocal = localInputValue(this.form.startsAt);
        this.endsLocal = localInputValue(this.form.endsAt);
        this.showDateErrors('', '');
        this.saveError = undefined;
        this.formOpen = true;
        this.focusAfterRender = '.field-name';
    }

    handleCancelForm(): void {
        this.formOpen = false;
        this.focusAfterRender = '.new-button';
    }

    handleFieldChange(event: CustomEvent<{ value?: unknown; checked?: boolean }>): void {
        const target = event.target as HTMLElement & { checked?: boolean };
        const field = target.dataset.field as keyof FormValues | undefined;
        if (!field) {
            return;
        }
        const value =
            field === 'postToChatter' ? (event.detail.checked ?? target.checked) === true : event.detail.value;
        this.form = { ...this.form, [field]: value } as FormValues;
        this.formIsTeam = this.form.format === 'Team';
        this.formIsGroup = this.form.participants === GROUP;
        this.targetRequired = this.formIsTeam && this.form.teamScoring === 'PercentOfTarget';
    }

    handleDateChange(event: Event): void {
        const input = event.target as HTMLInputElement;
        const field = input.dataset.field === 'endsAt' ? 'endsAt' : 'startsAt';
        this.form = { ...this.form, [field]: isoFromLocal(input.value) };
        if (field === 'startsAt') {
            this.startsLocal = input.value;
        } else {
            this.endsLocal = input.value;
        }
    }

    async handleSave(): Promise<void> {
        if (!this.validate()) {
            return;
        }
        this.busy = true;
        this.saveError = undefined;
        try {
            const saved = await saveChallenge({ input: inputOf(this.form) });
            this.formOpen = false;
            this.selectedId = saved.id;
            this.view = undefined;
            this.done(formatLabel(DONE_SAVE, saved.name));
            await this.refreshAll();
            this.buildItems();
        } catch (error) {
            this.saveError = error;
            this.saveErrorMessage = reduceErrors(error)[0] ?? SAVE_FAILED;
        } finally {
            this.busy = false;
        }
    }

    /** Every field reports its own problem; the end must follow the start. */
    private validate(): boolean {
        const { startsAt, endsAt } = this.form;
        const startError = startsAt ? '' : VALUE_MISSING;
        let endError = endsAt ? '' : VALUE_MISSING;
        if (startsAt && endsAt && !(Date.parse(endsAt) > Date.parse(startsAt))) {
            endError = ERROR_END_BEFORE_START;
        }
        this.showDateErrors(startError, endError);
        const fields = Array.from(this.template?.querySelectorAll<Validatable>('.form-field') ?? []);
        // Every field, not the first failing one: all problems show at once.
        const valid = fields.reduce((ok, field) => field.reportValidity() && ok, true);
        return valid && !startError && !endError;
    }

    private showDateErrors(startError: string, endError: string): void {
        this.startError = startError;
        this.endError = endError;
        this.startClass = startError ? FIELD_ERROR_CLASS : FIELD_CLASS;
        this.endClass = endError ? FIELD_ERROR_CLASS : FIELD_CLASS;
        this.startInvalid = startError ? 'true' : null;
        this.endInvalid = endError ? 'true' : null;
    }

    private async run(action: Action): Promise<void> {
        const challengeId = this.selectedId;
        if (!challengeId) {
            return;
        }
        this.busy = true;
        this.actionError = undefined;
        try {
            let summary: ChallengeSummary;
            if (action === 'test' || action === 'launch') {
                summary = await launchChallenge({ challengeId, hidden: action === 'test' });
            } else if (action === 'announce') {
                summary = await announceChallenge({ challengeId });
            } else {
                summary = await closeChallenge({ challengeId });
            }
            this.done(formatLabel(DONE[action], summary.name));
            await this.refreshAll();
        } catch (error) {
            this.actionError = error;
            // The server's message is a label meant for the user ("Only a draft can be launched.").
            this.actionErrorMessage = reduceErrors(error)[0] ?? ACTION_FAILED;
        } finally {
            this.busy = false;
        }
    }

    private done(message: string): void {
        this.announcement = message;
        // The button pressed may be gone (an announced run has no Announce): keep the keyboard on the challenge.
        this.focusAfterRender = '.challenge-name';
        this.dispatchEvent(new ShowToastEvent({ title: message, variant: 'success' }));
    }

    private async refreshAll(): Promise<void> {
        const answered = [this.wiredList, this.wiredView].filter(
            (result) => result && (result.data !== undefined || result.error !== undefined)
        );
        await Promise.all(answered.map((result) => refreshApex(result)));
    }

    private buildItems(): void {
        const challenges = this.wiredList?.data?.challenges ?? [];
        this.items = challenges.map((challenge) => listItem(challenge, this.selectedId));
        this.hasItems = this.items.length > 0;
    }
}

export type {
    ChallengeFormat,
    ChallengeInput,
    ChallengeList,
    ChallengeParticipants,
    ChallengeStatus,
    ChallengeSummary,
    ChallengeTeamBy,
    ChallengeTeamScoring,
    ChallengeView
} from './challengesTypes';
