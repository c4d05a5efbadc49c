/**
 * standupCard: the daily stand-up. view "mine" (Home page and phone): the rep's own card, with what
 * they did since their last working day, today's due and overdue tasks, the records a prompt flags and
 * the deals the pulse flags, each linking to its record. view "team": the team the manager leads, in
 * stand-up order with a time box per person (the server orders it: StandupService), or the team's
 * totals in works council mode. "Show this week" loads the weekly status (KPIs beside last week's) on
 * request only, so the Home page pays for the stand-up alone.
 */
import { LightningElement, api } from 'lwc';
import getMyStandup from '@salesforce/apex/StandupController.getMyStandup';
import getTeamStandup from '@salesforce/apex/StandupController.getTeamStandup';
import getWeeklyStatus from '@salesforce/apex/StandupController.getWeeklyStatus';
import type { StandupCard as Card, StandupItem, StandupView } from '@salesforce/apex/StandupController.getMyStandup';
import type { WeeklyStatus } from '@salesforce/apex/StandupController.getWeeklyStatus';
import LOCALE from '@salesforce/i18n/locale';
import { formatLabel, reduceErrors } from 'c/ldsUtils';
import { LABELS } from './standupCardLabels';

const REASONS: Record<string, string> = {
    Past_Close: LABELS.reasonPastClose,
    No_Next_Step: LABELS.reasonNoNextStep,
    Stale: LABELS.reasonStale
};
const GROUPS: Record<string, string> = {
    Obstacles: LABELS.groupObstacles,
    Quiet: LABELS.groupQuiet,
    Rest: LABELS.groupRest,
    Self: LABELS.groupSelf
};
const KPIS: Record<string, string> = {
    Scored_Actions: LABELS.kpiScoredActions,
    Points: LABELS.kpiPoints,
    Active_Reps: LABELS.kpiActiveReps,
    Login_Days: LABELS.kpiLoginDays,
    Next_Step_Share: LABELS.kpiNextStepShare,
    Past_Close: LABELS.kpiPastClose
};

export interface ItemView {
    key: string;
    text: string;
    detail: string;
    url: string;
    hasLink: boolean;
}

export interface SectionView {
    key: string;
    heading: string;
    items: ItemView[];
    empty: boolean;
    moreText: string;
}

export interface PersonView {
    key: string;
    personName: string;
    groupText: string;
    timeBoxText: string;
    pointsText: string;
    hiddenText: string;
    sections: SectionView[];
}

export interface KpiView {
    key: string;
    label: string;
    thisWeek: string;
    lastWeek: string;
}

/** A day ('YYYY-MM-DD') in the user's locale: 'Thu, Nov 19'. */
export function dayText(day: string | null | undefined): string {
    if (!day) {
        return '';
    }
    const [year, month, date] = day.split('-').map(Number);
    return new Intl.DateTimeFormat(LOCALE, {
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC'
    }).format(new Date(Date.UTC(year, month - 1, date)));
}

function recordUrl(recordId: string | null | undefined): string {
    return recordId ? `/lightning/r/${recordId}/view` : '';
}

export function itemView(item: StandupItem, index: number, kind: string): ItemView {
    const text = item.title || item.detail || item.objectName;
    const parts: string[] = [];
    if (item.title && item.detail) {
        parts.push(item.detail);
    }
    if (item.points != null) {
        parts.push(formatLabel(LABELS.points, item.points));
    }
    if (item.overdue) {
        parts.push(`${LABELS.overdue} ${dayText(item.dueDate)}`.trim());
    }
    for (const reason of item.reasons ?? []) {
        parts.push(REASONS[reason] ?? reason);
    }
    const url = recordUrl(item.recordId);
    return {
        key: `${kind}-${index}-${item.recordId ?? ''}`,
        text,
        detail: parts.join(' · '),
        url,
        hasLink: url !== ''
    };
}

function section(key: string, heading: string, items: StandupItem[], count: number): SectionView {
    const views = items.map((item, index) => itemView(item, index, key));
    return {
        key,
        heading,
        items: views,
        empty: views.length === 0,
        moreText: count > views.length ? formatLabel(LABELS.more, count - views.length) : ''
    };
}

export function personView(card: Card): PersonView {
    const sections: SectionView[] = [];
    if (!card.figuresHidden) {
        sections.push(
            section('scored', formatLabel(LABELS.since, dayText(card.lookBackFrom)), card.scored, card.scoredCount)
        );
    }
    sections.push(section('tasks', LABELS.today, card.tasks, card.taskCount));
    sections.push(section('prompts', LABELS.prompts, card.prompts, card.promptCount));
    sections.push(section('obstacles', LABELS.obstacles, card.obstacles, card.obstacleCount));
    return {
        key: card.userId,
        personName: card.name,
        groupText: card.standupGroup ? (GROUPS[card.standupGroup] ?? card.standupGroup) : '',
        timeBoxText: card.timeBoxSeconds > 0 ? formatLabel(LABELS.timeBox, card.timeBoxSeconds) : '',
        pointsText: card.points == null ? '' : formatLabel(LABELS.points, card.points),
        hiddenText: card.figuresHidden ? LABELS.hidden : '',
        sections
    };
}

function figure(value: number | null | undefined, fallback: string): string {
    return value == null ? fallback : String(value);
}

export function kpiViews(status: WeeklyStatus): KpiView[] {
    return status.kpis.map((kpi) => ({
        key: kpi.code,
        label: `${KPIS[kpi.code] ?? kpi.code}${kpi.perPerson ? ` ${LABELS.perPerson}` : ''}`,
        thisWeek: figure(kpi.thisWeek, '–'),
        lastWeek: figure(kpi.lastWeek, LABELS.snapshot)
    }));
}

export default class StandupCard extends LightningElement {
    /** mine (the rep's own card) or team (the team the caller leads). */
    @api view: 'mine' | 'team' = 'mine';

    labels = LABELS;
    loading = true;
    errors: string[] = [];
    standup?: StandupView;
    people: PersonView[] = [];
    weeklyOpen = false;
    weeklyLoading = false;
    kpis: KpiView[] = [];
    weeklyNotice = '';

    override connectedCallback(): void {
        this.load().catch(() => undefined);
    }

    get isTeam(): boolean {
        return this.view === 'team';
    }

    get cardTitle(): string {
        return this.isTeam ? LABELS.titleTeam : LABELS.titleMine;
    }

    get hasErrors(): boolean {
        return this.errors.length > 0;
    }

    get notice(): string {
        const standup = this.standup;
        if (!standup) {
            return '';
        }
        if (standup.managersOnly) {
            return LABELS.managersOnly;
        }
        if (standup.withheld) {
            return formatLabel(LABELS.withheld, standup.minimumGroupSize ?? 5);
        }
        return standup.worksCouncil ? LABELS.worksCouncil : '';
    }

    get totalText(): string {
        const standup = this.standup;
        if (!this.isTeam || !standup || standup.people.length === 0) {
            return '';
        }
        return formatLabel(LABELS.total, Math.round(standup.totalSeconds / 60), standup.people.length);
    }

    get totals(): SectionView[] {
        const totals = this.standup?.totals;
        if (totals == null) {
            return [];
        }
        // A figure too few people contribute to is withheld (null): a dash, never 0.
        const row = (key: string, heading: string, count?: number | null): SectionView => ({
            key,
            heading,
            items: [],
            empty: false,
            moreText: figure(count, '–')
        });
        const perPerson = (heading: string) => `${heading} ${LABELS.perPerson}`;
        return [
            {
                key: 'people',
                heading: formatLabel(LABELS.people, totals.people),
                items: [],
                empty: false,
                moreText: ''
            },
            row('scored', perPerson(LABELS.kpiScoredActions), totals.scoredActions),
            row('tasks', perPerson(LABELS.today), totals.tasks),
            row('prompts', perPerson(LABELS.prompts), totals.prompts),
            row('obstacles', perPerson(LABELS.obstacles), totals.obstacles)
        ];
    }

    get cappedText(): string {
        return this.standup?.capped ? LABELS.capped : '';
    }

    get unavailableText(): string {
        return this.standup?.obstaclesUnavailable ? LABELS.obstaclesUnavailable : '';
    }

    get weeklyButtonLabel(): string {
        return this.weeklyOpen ? LABELS.hideWeekly : LABELS.showWeekly;
    }

    get weeklyExpanded(): string {
        return String(this.weeklyOpen);
    }

    async handleWeekly(): Promise<void> {
        this.weeklyOpen = !this.weeklyOpen;
        if (!this.weeklyOpen || this.kpis.length > 0) {
            return;
        }
        this.weeklyLoading = true;
        try {
            const status = await getWeeklyStatus({ scope: this.isTeam ? 'Team' : 'Mine' });
            this.kpis = kpiViews(status);
            this.weeklyNotice = status.managersOnly
                ? LABELS.managersOnly
                : status.withheld
                  ? formatLabel(LABELS.withheld, this.standup?.minimumGroupSize ?? 5)
                  : status.loginsCapped
                    ? LABELS.capped
                    : '';
        } catch (error) {
            this.errors = reduceErrors(error);
        } finally {
            this.weeklyLoading = false;
        }
    }

    private async load(): Promise<void> {
        this.loading = true;
        try {
            const standup = this.isTeam ? await getTeamStandup() : await getMyStandup();
            this.standup = standup;
            this.people = standup.people.map(personView);
            this.errors = [];
        } catch (error) {
            this.errors = reduceErrors(error);
        } finally {
            this.loading = false;
        }
    }
}
