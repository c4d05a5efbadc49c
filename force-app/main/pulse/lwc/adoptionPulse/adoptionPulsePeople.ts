/**
 * The adoption pulse's people (pure functions, unit-tested directly): each person's sort keys, their
 * row's text, the order the manager chose and the column headers that say it.
 *
 * Built for a 500-person team. On arrival each person gets only their sort keys (no text), the list
 * is sorted with one collator, and the text of a row is written the first time the row is shown and
 * kept with the person: the first ROWS_SHOWN rows cost their formatting, everyone only once the
 * manager asks for all. Blank values (never logged in, not measured, not visible) sort last whichever
 * the direction; ties go by name.
 */
import type { PulseRow } from '@salesforce/apex/PulseController.getPulse';
import type { PulseColumn, PulsePersonView } from 'c/pulsePeople';
import { formatLabel } from 'c/ldsUtils';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import * as L from './adoptionPulseLabels';
import { countText, numberText, percentText } from './adoptionPulseScreen';

/** Rows on screen until the manager asks for all: the top of the current sort order. */
export const ROWS_SHOWN = 100;

/** The sortable columns, in table order. */
export type SortKey =
    | 'name'
    | 'lastLogin'
    | 'loginDays'
    | 'activeDays'
    | 'points'
    | 'openOpportunities'
    | 'pastCloseDate'
    | 'noNextStep'
    | 'stale'
    | 'pushed'
    | 'completeness';
export type SortDirection = 'ascending' | 'descending';

/** A sort order: the column and its direction. */
export interface PeopleSort {
    key: SortKey;
    direction: SortDirection;
}

/** A person: the row as the server sent it, what each column sorts by (null sorts last), and their text once shown. */
export interface PersonEntry {
    key: string;
    row: PulseRow;
    /** The name as the Name column sorts it; also breaks ties in every other column. */
    nameKey: string;
    sort: Record<SortKey, number | string | null>;
    view?: PulsePersonView;
}

/** Numeric columns sort most first on the first click, the name A to Z. */
export const COLUMNS: readonly { key: SortKey; label: string; numeric: boolean }[] = [
    { key: 'name', label: L.COL_NAME, numeric: false },
    { key: 'lastLogin', label: L.COL_LAST_LOGIN, numeric: true },
    { key: 'loginDays', label: L.COL_LOGIN_DAYS, numeric: true },
    { key: 'activeDays', label: L.COL_ACTIVE_DAYS, numeric: true },
    { key: 'points', label: L.COL_POINTS, numeric: true },
    { key: 'openOpportunities', label: L.COL_OPEN, numeric: true },
    { key: 'pastCloseDate', label: L.COL_PAST_CLOSE, numeric: true },
    { key: 'noNextStep', label: L.COL_NO_NEXT_STEP, numeric: true },
    { key: 'stale', label: L.COL_STALE, numeric: true },
    { key: 'pushed', label: L.COL_PUSHED, numeric: true },
    { key: 'completeness', label: L.COL_COMPLETENESS, numeric: true }
];

export const DEFAULT_SORT: PeopleSort = { key: 'name', direction: 'ascending' };

const CATEGORY_LABELS: Readonly<Record<string, string>> = {
    Activity: L.CATEGORY_ACTIVITY,
    Pipeline: L.CATEGORY_PIPELINE,
    'Data Quality': L.CATEGORY_DATA_QUALITY,
    Forecast: L.CATEGORY_FORECAST,
    Service: L.CATEGORY_SERVICE,
    Collaboration: L.CATEGORY_COLLABORATION
};

// The user's Salesforce locale and time zone, not the browser's; one collator for every comparison.
const DATE_FORMAT = new Intl.DateTimeFormat(LOCALE, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: TIME_ZONE
});
const COLLATOR = new Intl.Collator(LOCALE);

/** Points by category, most first, zeros left out: "Activity 10 · Pipeline 5". */
export function categoriesText(points: Record<string, number> | null | undefined): string {
    return Object.entries(points ?? {})
        .filter(([, value]) => value !== 0)
        .sort((a, b) => b[1] - a[1])
        .map(([category, value]) => `${CATEGORY_LABELS[category] ?? category} ${numberText(value)}`)
        .join(' · ');
}

/** A person's sort keys; their text waits until their row is shown (personView). */
export function personEntry(row: PulseRow): PersonEntry {
    const loginTime = row.lastLogin ? Date.parse(row.lastLogin) : NaN;
    const nameKey = (row.name ?? '').toLocaleLowerCase();
    return {
        key: row.userId,
        row,
        nameKey,
        sort: {
            name: nameKey,
            lastLogin: Number.isNaN(loginTime) ? null : loginTime,
            loginDays: row.loginDays,
            activeDays: row.activeDays,
            points: row.points,
            openOpportunities: row.openOpportunities ?? null,
            pastCloseDate: row.pastCloseDate ?? null,
            noNextStep: row.noNextStep ?? null,
            stale: row.stale ?? null,
            pushed: row.pushed ?? null,
            completeness: row.completeness ?? null
        }
    };
}

/** A person's row as the table shows it, written once and kept with the person. */
export function personView(entry: PersonEntry): PulsePersonView {
    if (entry.view) {
        return entry.view;
    }
    const row = entry.row;
    const login = entry.sort.lastLogin;
    const hidden = row.opportunitiesNotVisible === true;
    entry.view = {
        key: row.userId,
        name: row.name,
        title: row.title ?? '',
        you: row.isSelf ? L.YOU : '',
        rowClass: (row.reasons ?? []).length > 0 ? 'person needs-attention' : 'person',
        lastLogin: typeof login === 'number' ? DATE_FORMAT.format(login) : L.NEVER,
        loginDays: numberText(row.loginDays),
        activeDays: numberText(row.activeDays),
        points: numberText(row.points),
        openOpportunities: countText(row.openOpportunities, hidden),
        pastCloseDate: countText(row.pastCloseDate, hidden),
        noNextStep: countText(row.noNextStep, hidden),
        stale: countText(row.stale, hidden),
        pushed: countText(row.pushed, hidden),
        completeness: percentText(row.completeness, row.keyFieldsNotVisible === true),
        categories: categoriesText(row.categoryPoints)
    };
    return entry.view;
}

function compare(a: PersonEntry, b: PersonEntry, order: PeopleSort): number {
    const left = a.sort[order.key];
    const right = b.sort[order.key];
    if (left === null || left === undefined) {
        return right === null || right === undefined ? COLLATOR.compare(a.nameKey, b.nameKey) : 1;
    }
    if (right === null || right === undefined) {
        return -1;
    }
    const difference =
        typeof left === 'string' || typeof right === 'string'
            ? COLLATOR.compare(String(left), String(right))
            : left - right;
    if (difference !== 0) {
        return order.direction === 'ascending' ? difference : -difference;
    }
    return COLLATOR.compare(a.nameKey, b.nameKey);
}

/** The people in the given order (a new array). */
export function sortPeople(people: readonly PersonEntry[], order: PeopleSort): PersonEntry[] {
    return [...people].sort((a, b) => compare(a, b, order));
}

/** The order after a click on `key`: the same column reverses, another starts most first (A to Z for the name). */
export function nextSort(current: PeopleSort, key: string): PeopleSort | undefined {
    const column = COLUMNS.find((candidate) => candidate.key === key);
    if (!column) {
        return undefined;
    }
    if (column.key === current.key) {
        return { key: column.key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
    }
    return { key: column.key, direction: column.numeric ? 'descending' : 'ascending' };
}

/** The rows on screen: the first ROWS_SHOWN of the order, or everyone once asked. */
export function shownRows(people: readonly PersonEntry[], showAll: boolean): PulsePersonView[] {
    const shown = showAll || people.length <= ROWS_SHOWN ? people : people.slice(0, ROWS_SHOWN);
    return shown.map(personView);
}

/** The headers: which one sorts and which way (aria-sort and an arrow), and what a click does. */
export function columnViews(order: PeopleSort): PulseColumn[] {
    return COLUMNS.map((column) => {
        const active = column.key === order.key;
        return {
            key: column.key,
            label: column.label,
            ariaSort: active ? order.direction : 'none',
            sortHint: formatLabel(L.SORT_HINT, column.label),
            headerClass: column.numeric
                ? 'sortable slds-is-sortable slds-text-align_right'
                : 'sortable slds-is-sortable',
            arrow: active ? (order.direction === 'ascending' ? '▲' : '▼') : ''
        };
    });
}
