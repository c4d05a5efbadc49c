/**
 * The leaders view's answer turned into what the page shows, once per answer and per sort: one row per
 * manager with each cell's text, the flags, and the notes under the table. No figure is computed
 * here: LeadersService computes them (medians, shares, flags) and the page only words and orders them.
 * A figure the server left out is "Not visible" (the viewer cannot see all of someone's deals) or
 * "Not shown" (works council mode withholds it), never 0; a team figure that leaves people out says how many.
 */
import type { LeaderRow, LeadersView } from '@salesforce/apex/LeadersController.getLeaders';
import LOCALE from '@salesforce/i18n/locale';
import { formatLabel } from 'c/ldsUtils';
import {
    COL_MANAGER,
    COL_TEAM,
    COL_TEAM_AVERAGE,
    COL_TEAM_MEDIAN,
    FLAG_EXAMPLE,
    FLAG_NOT_SEEN,
    FORECAST_SAMPLED,
    GAPS,
    LOGINS,
    LOGINS_CAPPED,
    NO_GAPS,
    NO_OPPORTUNITIES,
    NOT_MEASURED,
    NOT_SHOWN,
    NOT_VISIBLE,
    POINTS,
    SORT_NAME,
    SORT_OWN,
    SORT_TEAM,
    SUBTITLE,
    TEAM_NOT_MEASURED,
    TEAM_NOT_VISIBLE,
    TEAM_OF,
    TEAM_SIZE,
    WITHHELD,
    WORKS_COUNCIL
} from './adoptionLeadersLabels';

// Percents and points in the user's Salesforce locale: "60 %" and "10,5" in German and French.
const PERCENT_FORMAT = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });
const POINTS_FORMAT = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/** How the rows are ordered. */
export type LeadersSort = 'own' | 'team' | 'name';

/** One flag on a row. */
export interface LeaderFlag {
    key: string;
    className: string;
    text: string;
}

/** One manager as the table shows them. */
export interface LeaderRowView {
    key: string;
    // eslint-disable-next-line no-restricted-globals -- a property, not the window global the rule guards
    name: string;
    title: string;
    logins: string;
    thisWeek: string;
    lastWeek: string;
    hygiene: string;
    teamSize: string;
    /** Title and team size, one line under the name. */
    subtitle: string;
    teamActive: string;
    teamPoints: string;
    teamHygiene: string;
    flags: LeaderFlag[];
    hasFlags: boolean;
    rowClass: string;
    /** Sort keys. */
    actions: number;
    active: number;
}

/** A note under the table. */
export interface LeadersNote {
    key: string;
    text: string;
}

/** A choice of the sort menu. */
export interface SortOption {
    value: LeadersSort;
    label: string;
}

/** The page. */
export interface LeadersScreen {
    worksCouncil: boolean;
    empty: boolean;
    rows: LeaderRowView[];
    notes: LeadersNote[];
    sortOptions: SortOption[];
    teamPointsHeading: string;
    /** "Manager", or "Team" in works council mode, where each row is a team. */
    firstHeading: string;
}

/**
 * The page of one answer.
 * @param view the server's answer
 * @param sort the order
 * @returns the screen
 */
export function leadersScreen(view: LeadersView, sort: LeadersSort): LeadersScreen {
    const worksCouncil = view.worksCouncil === true;
    const rows = sortRows(
        (view.leaders ?? []).map((row) => rowView(row, view, worksCouncil)),
        worksCouncil && sort === 'own' ? 'team' : sort
    );
    const notes: LeadersNote[] = [];
    if (worksCouncil) {
        notes.push({ key: 'works-council', text: formatLabel(WORKS_COUNCIL, view.minimumGroupSize ?? 5) });
        if (view.withheldTeams > 0) {
            notes.push({ key: 'withheld', text: formatLabel(WITHHELD, view.withheldTeams) });
        }
    }
    if (view.loginsCapped) {
        notes.push({ key: 'logins-capped', text: LOGINS_CAPPED });
    }
    if (view.forecastSampled) {
        notes.push({ key: 'forecast-sampled', text: FORECAST_SAMPLED });
    }
    const sortOptions: SortOption[] = worksCouncil
        ? [
              { value: 'team', label: SORT_TEAM },
              { value: 'name', label: SORT_NAME }
          ]
        : [
              { value: 'own', label: SORT_OWN },
              { value: 'team', label: SORT_TEAM },
              { value: 'name', label: SORT_NAME }
          ];
    return {
        worksCouncil,
        empty: rows.length === 0,
        rows,
        notes,
        sortOptions,
        teamPointsHeading: worksCouncil ? COL_TEAM_AVERAGE : COL_TEAM_MEDIAN,
        firstHeading: worksCouncil ? COL_TEAM : COL_MANAGER
    };
}

/**
 * Rows in an order: own actions (most first), team active share (highest first) or name; ties by name.
 * @param rows the rows
 * @param sort the order
 * @returns a new, sorted list
 */
export function sortRows(rows: LeaderRowView[], sort: LeadersSort): LeaderRowView[] {
    const byName = (left: LeaderRowView, right: LeaderRowView): number => left.name.localeCompare(right.name);
    const sorted = [...rows];
    if (sort === 'own') {
        sorted.sort((left, right) => right.actions - left.actions || byName(left, right));
    } else if (sort === 'team') {
        sorted.sort((left, right) => right.active - left.active || byName(left, right));
    } else {
        sorted.sort(byName);
    }
    return sorted;
}

function rowView(row: LeaderRow, view: LeadersView, worksCouncil: boolean): LeaderRowView {
    const flags: LeaderFlag[] = [];
    if (!worksCouncil && row.leadsByExample) {
        flags.push({
            key: 'example',
            className: 'flag flag-example slds-badge slds-theme_success',
            text: FLAG_EXAMPLE
        });
    }
    if (!worksCouncil && row.notSeenThisWeek) {
        flags.push({
            key: 'not-seen',
            className: 'flag flag-not-seen slds-badge slds-theme_warning',
            text: FLAG_NOT_SEEN
        });
    }
    const title = worksCouncil ? '' : (row.title ?? '');
    const teamSize = formatLabel(TEAM_SIZE, row.teamSize);
    return {
        key: row.userId,
        name: worksCouncil ? formatLabel(TEAM_OF, row.name) : row.name,
        title,
        logins: worksCouncil ? NOT_SHOWN : formatLabel(LOGINS, row.loginDays ?? 0, view.loginWindowDays ?? 28),
        thisWeek: worksCouncil ? NOT_SHOWN : formatLabel(POINTS, row.actionsThisWeek ?? 0, row.pointsThisWeek ?? 0),
        lastWeek: worksCouncil ? NOT_SHOWN : formatLabel(POINTS, row.actionsLastWeek ?? 0, row.pointsLastWeek ?? 0),
        hygiene: worksCouncil ? NOT_SHOWN : hygieneText(row),
        teamSize,
        subtitle: title ? formatLabel(SUBTITLE, title, teamSize) : teamSize,
        teamActive: row.teamActivePercent == null ? NOT_SHOWN : percentText(row.teamActivePercent),
        teamPoints: row.teamPoints == null ? NOT_SHOWN : POINTS_FORMAT.format(row.teamPoints),
        teamHygiene: teamHygieneText(row),
        flags,
        hasFlags: flags.length > 0,
        rowClass: row.notSeenThisWeek && !worksCouncil ? 'leader-row leader-not-seen' : 'leader-row',
        actions: row.actionsThisWeek ?? 0,
        active: row.teamActivePercent ?? -1
    };
}

// A whole percent as the server sent it (0-100), written the locale's way.
function percentText(value: number): string {
    return PERCENT_FORMAT.format(value / 100);
}

// The team's forecast share names how many of the team it leaves out (deals the viewer cannot all see,
// or a figure nobody measured), as every team figure of the pulse does: "100%" over 1 of 8 people would
// read as the whole team.
function teamHygieneText(row: LeaderRow): string {
    const notVisible = row.teamHygieneNotVisible ?? 0;
    if (notVisible > 0 && notVisible >= row.teamSize) {
        return NOT_VISIBLE;
    }
    const notMeasured = row.teamHygieneNotMeasured ?? 0;
    let text = row.teamHygienePercent == null ? NOT_SHOWN : percentText(row.teamHygienePercent);
    if (notVisible > 0) {
        text = formatLabel(TEAM_NOT_VISIBLE, text, notVisible);
    }
    return notMeasured > 0 ? formatLabel(TEAM_NOT_MEASURED, text, notMeasured) : text;
}

// A figure the server could not measure (null: no access to the field, activities not readable, the
// details read capped) is "not measured", never 0, and "No gaps" needs all three measured and 0.
function hygieneText(row: LeaderRow): string {
    if (row.hygieneNotVisible || row.openOpportunities == null) {
        return NOT_VISIBLE;
    }
    if (row.openOpportunities === 0) {
        return NO_OPPORTUNITIES;
    }
    const figures = [row.noNextStep, row.pastCloseDate, row.stale];
    if (figures.every((figure) => figure === 0)) {
        return NO_GAPS;
    }
    return formatLabel(GAPS, ...figures.map((figure) => (figure == null ? NOT_MEASURED : figure)));
}
