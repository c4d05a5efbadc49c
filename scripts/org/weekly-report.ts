// `npm run weekly-report`: the team's adoption week for the weekly status meeting, as Markdown (to
// read or paste) and CSV (to sort and chart). A team is a manager and their direct reports
// (User.ManagerId), active users only. The week is an ISO-style key in the org's week start
// (Adoption_Settings__mdt.Week_Start_Day__c); the default is last week.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Connection } from 'jsforce';
import { ranks } from 'c/adoptionCore';
import {
    checkDate,
    CliError,
    isSalesforceId,
    localDate,
    processIo,
    runCommand,
    stringOption,
    targetOrgOf,
    UsageError,
    type Command,
    type Io
} from './lib/cli.js';
import { connect, runningUser } from './lib/connection.js';
import { Progress } from './lib/progress.js';
import { num, queryAll, soqlIn, soqlString, text, type Row } from './lib/query.js';
import { readSettings } from './lib/settings.js';
import { csv, markdownTable, mdText, signed, slug, type Cell } from './lib/tables.js';
import { addDays, lastWeek, parseWeekKey, type Week } from './lib/weeks.js';

const HELP = `Usage: npm run weekly-report -- [--team <manager>] [--week <YYYY-Www>] [--out <dir>] [--target-org <alias>]

Writes the adoption report of one team and one week for the weekly status meeting:
  leaderboard   points, change against the week before, actions, active days, streak, level
                (reps who chose to hide from boards are left out and counted)
  pulse         who had no scored action that week; open opportunities past their close date or
                without a next step, per rep (as of today)
  badges        badges the team earned that week
  prompts       per "why this matters" prompt: times shown, records, acted, resolved, dismissed

Files (in --out): adoption-<week>-<team>.md, and -leaderboard.csv, -pulse.csv, -opportunities.csv,
-badges.csv, -prompts.csv beside it. Progress goes to stderr, the list of files to stdout.

Options:
  --team <manager>          the manager: a user Id (005...) or username; the team is the manager
                            and their direct reports (User.ManagerId). Default: you.
  --week <YYYY-Www>         the week, e.g. 2026-W47, in the org's week start (Adoption Settings).
                            Default: last week.
  --as-of <YYYY-MM-DD>      the day "last week" is counted from. Default: today.
  --out <dir>               where to write the files. Default: ./reports
  -o, --target-org <alias>  the org (alias or username); default: SF_TARGET_ORG, then the sf CLI's
                            default org. Without --target-org, SF_INSTANCE_URL + SF_ACCESS_TOKEN are
                            used when both are set.
  -h, --help                this text

Example: npm run weekly-report -- --team maria@acme.com --week 2026-W47 --out reports

Exit code: 0 written, 1 the org could not be read or the files not written, 2 bad arguments.`;

interface Args {
    targetOrg: string | undefined;
    team: string | undefined;
    week: string | undefined;
    asOf: string | undefined;
    out: string;
}

interface Member {
    id: string;
    name: string;
    username: string;
    isManager: boolean;
}

interface BoardRow {
    rank: number;
    member: Member;
    points: number;
    previous: number | null;
    actions: number;
    activeDays: number;
    streak: number;
    level: number | null;
}

const WEEK_KEY = /^\d{4}-W\d{2}$/;
const USERNAME = /^[^\s@]+@[^\s@]+$/;

function validate(values: Record<string, string | boolean | undefined>, io: Io): Args {
    const team = stringOption(values, 'team')?.trim();
    if (team !== undefined && !isSalesforceId(team) && !USERNAME.test(team)) {
        throw new UsageError(
            `--team must be a user Id (005..., 15 or 18 characters) or a username (name@example.com), got '${team}'.`
        );
    }
    if (team !== undefined && isSalesforceId(team) && !team.startsWith('005')) {
        throw new UsageError(`--team ${team} is not a user Id: user Ids start with 005.`);
    }
    const week = stringOption(values, 'week')?.trim();
    if (week !== undefined && !WEEK_KEY.test(week)) {
        throw new UsageError(`--week must be a week key like 2026-W47, got '${week}'.`);
    }
    const asOf = stringOption(values, 'as-of');
    if (asOf !== undefined) {
        checkDate(asOf, '--as-of');
    }
    const out = stringOption(values, 'out') ?? 'reports';
    if (!out.trim()) {
        throw new UsageError('--out needs a folder.');
    }
    return { targetOrg: targetOrgOf(values, io), team, week, asOf, out };
}

async function findManager(conn: Connection, team: string | undefined, fallbackId: string): Promise<Row> {
    const where = !team
        ? `Id = ${soqlString(fallbackId)}`
        : isSalesforceId(team)
          ? `Id = ${soqlString(team)}`
          : `Username = ${soqlString(team)}`;
    const rows = await queryAll(conn, `SELECT Id, Name, Username, IsActive FROM User WHERE ${where} LIMIT 1`);
    const manager = rows[0];
    if (!manager) {
        throw new CliError(`No user ${team ?? fallbackId} in this org: check the --team username or Id.`);
    }
    return manager;
}

/**
 * The rows a rep's own save wrote: owned by the user they describe (OwnerId = User__c). Preferences and
 * prompt interactions are written that way by the package; SOQL cannot compare two fields, so the
 * rule is applied to the rows read, as the Apex readers apply it.
 */
function trustedRows(rows: Row[]): Row[] {
    return rows.filter((row) => text(row, 'User__c') !== '' && text(row, 'OwnerId') === text(row, 'User__c'));
}

/** 2026-11-16 -> 'Mon 16 Nov 2026'. */
function longDate(date: string): string {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC'
    });
}

function trend(row: BoardRow): string {
    if (row.previous === null) {
        return 'new';
    }
    const change = row.points - row.previous;
    return change > 0 ? `▲ ${signed(change)}` : change < 0 ? `▼ ${signed(change)}` : '=';
}

interface Report {
    week: Week;
    asOf: string;
    orgLabel: string;
    manager: Row;
    members: Member[];
    board: BoardRow[];
    hiddenCount: number;
    actionsByUser: Map<string, number>;
    opportunities: Row[];
    awards: Row[];
    prompts: { name: string; shown: number; records: number; acted: number; resolved: number; dismissed: number }[];
}

function buildMarkdown(report: Report, files: string[]): string {
    const { week, board, members } = report;
    const managerName = text(report.manager, 'Name');
    const inactive = members.filter((member) => !report.actionsByUser.get(member.id));
    const teamPoints = board.reduce((sum, row) => sum + row.points, 0);
    const teamPrevious = board.reduce((sum, row) => sum + (row.previous ?? 0), 0);
    const improved = board
        .filter((row) => row.previous !== null && row.points > (row.previous ?? 0))
        .sort((a, b) => b.points - (b.previous ?? 0) - (a.points - (a.previous ?? 0)))[0];
    const overdue = report.opportunities.filter((row) => text(row, 'CloseDate') < report.asOf);
    const noNextStep = report.opportunities.filter((row) => !text(row, 'NextStep').trim());
    const out: string[] = [];
    out.push(`# Adoption weekly report: ${mdText(managerName)}'s team, ${week.key}`);
    out.push('');
    out.push(
        `${longDate(week.start)} to ${longDate(week.end)}. Generated ${report.asOf} from ${mdText(report.orgLabel)}. ` +
            `Team: ${mdText(managerName)} and ${members.length - 1} direct report${members.length === 2 ? '' : 's'} (active users).`
    );
    out.push('');
    out.push('## Summary');
    out.push('');
    out.push(`- Team points: **${teamPoints}** (${signed(teamPoints - teamPrevious)} against ${week.previousKey})`);
    out.push(
        `- Active: ${members.length - inactive.length} of ${members.length}` +
            (inactive.length ? `; no scored action: ${inactive.map((member) => mdText(member.name)).join(', ')}` : '')
    );
    out.push(
        `- Most improved: ${improved ? `${mdText(improved.member.name)} (${signed(improved.points - (improved.previous ?? 0))})` : 'nobody this week'}`
    );
    out.push(`- Badges earned: ${report.awards.length}`);
    out.push(
        `- Forecast data to fix (open opportunities, as of ${report.asOf}): ${overdue.length} past their close date, ${noNextStep.length} without a next step`
    );
    out.push('');
    out.push('## Leaderboard');
    out.push('');
    out.push(
        markdownTable(
            ['Rank', 'Name', 'Points', `vs ${week.previousKey}`, 'Actions', 'Active days', 'Streak', 'Level'],
            board.map((row) => [
                row.rank,
                `${row.member.name}${row.member.isManager ? ' (manager)' : ''}`,
                row.points,
                trend(row),
                row.actions,
                row.activeDays,
                row.streak,
                row.level
            ]),
            [0, 2, 4, 5, 6, 7]
        )
    );
    if (report.hiddenCount) {
        out.push(`${report.hiddenCount} team member(s) chose to hide from leaderboards and are not listed.`);
        out.push('');
    }
    out.push('## Adoption pulse');
    out.push('');
    out.push('### No scored action this week');
    out.push('');
    out.push(
        inactive.length
            ? inactive.map((member) => `- ${mdText(member.name)}`).join('\n')
            : 'Everyone on the team scored at least once.'
    );
    out.push('');
    out.push(`### Forecast data to fix (open opportunities, as of ${report.asOf})`);
    out.push('');
    if (report.opportunities.length) {
        out.push(
            markdownTable(
                ['Owner', 'Past close date', 'No next step'],
                members
                    .map((member): Cell[] => {
                        const own = report.opportunities.filter((row) => text(row, 'OwnerId') === member.id);
                        return [
                            member.name,
                            own.filter((row) => text(row, 'CloseDate') < report.asOf).length,
                            own.filter((row) => !text(row, 'NextStep').trim()).length
                        ];
                    })
                    .filter((row) => Number(row[1]) + Number(row[2]) > 0),
                [1, 2]
            )
        );
        const shown = report.opportunities.slice(0, 50);
        out.push(
            markdownTable(
                ['Owner', 'Opportunity', 'Stage', 'Amount', 'Close date', 'To fix'],
                shown.map((row) => [
                    text(row, 'Owner.Name'),
                    text(row, 'Name'),
                    text(row, 'StageName'),
                    row.Amount === null || row.Amount === undefined ? '' : num(row, 'Amount'),
                    text(row, 'CloseDate'),
                    [
                        text(row, 'CloseDate') < report.asOf ? 'close date passed' : '',
                        text(row, 'NextStep').trim() ? '' : 'no next step'
                    ]
                        .filter(Boolean)
                        .join(', ')
                ]),
                [3]
            )
        );
        if (report.opportunities.length > shown.length) {
            out.push(`... and ${report.opportunities.length - shown.length} more in the opportunities CSV.`);
            out.push('');
        }
    } else {
        out.push('Nothing to fix: every open opportunity has a next step and a close date ahead.');
        out.push('');
    }
    out.push('## Badges earned this week');
    out.push('');
    out.push(
        report.awards.length
            ? markdownTable(
                  ['Name', 'Badge', 'Tier', 'Awarded (UTC)'],
                  report.awards.map((row) => [
                      text(row, 'User__r.Name'),
                      text(row, 'Badge_Name__c').replace(/_/g, ' '),
                      text(row, 'Tier__c'),
                      text(row, 'Awarded_At__c').slice(0, 16).replace('T', ' ')
                  ])
              )
            : 'No badges this week.\n'
    );
    out.push('## "Why this matters" prompts this week');
    out.push('');
    out.push(
        report.prompts.length
            ? markdownTable(
                  ['Prompt', 'Times shown', 'Records', 'Acted', 'Resolved', 'Dismissed', 'Acted rate'],
                  report.prompts.map((row) => [
                      row.name.replace(/_/g, ' '),
                      row.shown,
                      row.records,
                      row.acted,
                      row.resolved,
                      row.dismissed,
                      row.records ? `${Math.round((100 * row.acted) / row.records)}%` : ''
                  ]),
                  [1, 2, 3, 4, 5, 6]
              )
            : 'No prompts were shown to the team this week.\n'
    );
    out.push('## Files');
    out.push('');
    out.push(files.map((file) => `- ${mdText(file)}`).join('\n'));
    out.push('');
    return out.join('\n');
}

async function run(args: Args, io: Io): Promise<number> {
    const progress = new Progress(io, 9);
    try {
        progress.next('Connecting');
        const org = await connect(io, args.targetOrg);
        const me = await runningUser(org.conn);
        const conn = org.conn;

        progress.next('Reading the adoption settings');
        const settings = await readSettings(conn);
        const asOf = args.asOf ?? localDate(io.now());
        const week = args.week ? parseWeekKey(args.week, settings.weekStartDay) : lastWeek(asOf, settings.weekStartDay);

        progress.next('Reading the team');
        const manager = await findManager(conn, args.team, me.id);
        const managerId = text(manager, 'Id');
        const users = await queryAll(
            conn,
            `SELECT Id, Name, Username FROM User WHERE (Id = ${soqlString(managerId)} OR ManagerId = ${soqlString(managerId)}) AND IsActive = true ORDER BY Name`
        );
        const members: Member[] = users.map((row) => ({
            id: text(row, 'Id'),
            name: text(row, 'Name'),
            username: text(row, 'Username'),
            isManager: text(row, 'Id') === managerId
        }));
        if (!members.length) {
            throw new CliError(
                `${text(manager, 'Name')} is not active and has no active direct reports: there is no team to report on.`
            );
        }
        const ids = members.map((member) => member.id);
        const inTeam = soqlIn(ids);

        progress.next(`Reading the leaderboard for ${week.key} and ${week.previousKey}`);
        const scores = await queryAll(
            conn,
            `SELECT User__c, Period_Key__c, Points__c, Actions__c, Active_Days__c, Current_Streak__c, Level__c FROM Adoption_Period_Score__c WHERE Period_Type__c = 'Week' AND Period_Key__c IN ${soqlIn([week.key, week.previousKey])} AND User__c IN ${inTeam}`
        );
        // A preference counts only when its owner is the user it describes (PreferencesSelector.trustedHiders):
        // a row someone wrote about someone else hides nobody.
        const hidden = new Set(
            trustedRows(
                await queryAll(
                    conn,
                    `SELECT User__c, OwnerId FROM Adoption_Preference__c WHERE Hide_From_Boards__c = true AND User__c IN ${inTeam}`
                )
            ).map((row) => text(row, 'User__c'))
        );
        const scoreOf = (userId: string, key: string): Row | undefined =>
            scores.find((row) => text(row, 'User__c') === userId && text(row, 'Period_Key__c') === key);
        const visible = members.filter((member) => !hidden.has(member.id));
        const points = visible.map((member) => num(scoreOf(member.id, week.key) ?? {}, 'Points__c'));
        const rankOf = ranks(points);
        const board: BoardRow[] = visible
            .map((member, index) => {
                const current = scoreOf(member.id, week.key);
                const previous = scoreOf(member.id, week.previousKey);
                return {
                    rank: rankOf[index] ?? 0,
                    member,
                    points: points[index] ?? 0,
                    previous: previous ? num(previous, 'Points__c') : null,
                    actions: current ? num(current, 'Actions__c') : 0,
                    activeDays: current ? num(current, 'Active_Days__c') : 0,
                    streak: current ? num(current, 'Current_Streak__c') : 0,
                    level:
                        current && current.Level__c !== null && current.Level__c !== undefined
                            ? num(current, 'Level__c')
                            : null
                };
            })
            .sort((a, b) => a.rank - b.rank || a.member.name.localeCompare(b.member.name));

        progress.next('Reading who scored this week (ledger)');
        const actions = await queryAll(
            conn,
            `SELECT User__c, COUNT(Id) scored FROM Adoption_Ledger_Entry__c WHERE User__c IN ${inTeam} AND Scored_On__c >= ${week.start} AND Scored_On__c <= ${week.end} GROUP BY User__c`
        );
        const actionsByUser = new Map(actions.map((row) => [text(row, 'User__c'), num(row, 'scored')]));

        progress.next('Reading open opportunities past their close date or without a next step');
        const opportunities = await queryAll(
            conn,
            `SELECT Id, Name, OwnerId, Owner.Name, StageName, Amount, CloseDate, NextStep FROM Opportunity WHERE IsClosed = false AND OwnerId IN ${inTeam} AND (CloseDate < TODAY OR NextStep = null) ORDER BY Owner.Name, CloseDate`
        );

        progress.next('Reading badge awards');
        const awards = await queryAll(
            conn,
            `SELECT User__c, User__r.Name, Badge_Name__c, Tier__c, Period_Key__c, Awarded_At__c FROM Adoption_Badge_Award__c WHERE User__c IN ${inTeam} AND Awarded_At__c >= ${week.start}T00:00:00Z AND Awarded_At__c < ${addDays(week.end, 1)}T00:00:00Z ORDER BY Awarded_At__c`
        );

        progress.next('Reading prompt interactions');
        // An interaction counts only when its owner is the user it describes, as the Apex readers
        // apply it (PromptInteractionsSelector): a row someone wrote about someone else is ignored.
        const interactions = trustedRows(
            await queryAll(
                conn,
                `SELECT User__c, OwnerId, Prompt_Name__c, Shown_Count__c, Acted__c, Resolved__c, Dismissed__c FROM Adoption_Prompt_Interaction__c WHERE User__c IN ${inTeam} AND Day__c >= ${week.start} AND Day__c <= ${week.end}`
            )
        );
        const prompts = new Map<string, Report['prompts'][number]>();
        for (const row of interactions) {
            const name = text(row, 'Prompt_Name__c') || '(unnamed)';
            const entry = prompts.get(name) ?? { name, shown: 0, records: 0, acted: 0, resolved: 0, dismissed: 0 };
            entry.shown += num(row, 'Shown_Count__c');
            entry.records++;
            entry.acted += row.Acted__c === true ? 1 : 0;
            entry.resolved += row.Resolved__c === true ? 1 : 0;
            entry.dismissed += row.Dismissed__c === true ? 1 : 0;
            prompts.set(name, entry);
        }

        progress.next('Writing the report');
        const report: Report = {
            week,
            asOf,
            orgLabel: org.label,
            manager,
            members,
            board,
            hiddenCount: members.length - visible.length,
            actionsByUser,
            opportunities,
            awards,
            prompts: [...prompts.values()].sort((a, b) => b.shown - a.shown || a.name.localeCompare(b.name))
        };
        const written = writeReport(report, args.out, io);
        progress.finish(`Weekly report for ${text(manager, 'Name')}'s team, ${week.key}: ${members.length} people.`);
        for (const file of written) {
            io.stdout.write(`${file}\n`);
        }
        return 0;
    } finally {
        progress.stop();
    }
}

function writeReport(report: Report, out: string, io: Io): string[] {
    const base = path.resolve(io.env.INIT_CWD ?? io.cwd, out);
    const prefix = `adoption-${report.week.key}-${slug(text(report.manager, 'Name'))}`;
    const file = (suffix: string): string => path.join(base, `${prefix}${suffix}`);
    const { week, board, members, asOf } = report;
    const csvFiles: [string, string][] = [
        [
            file('-leaderboard.csv'),
            csv(
                [
                    'week',
                    'rank',
                    'name',
                    'user_id',
                    'points',
                    'previous_week_points',
                    'change',
                    'actions',
                    'active_days',
                    'current_streak',
                    'level'
                ],
                board.map((row) => [
                    week.key,
                    row.rank,
                    row.member.name,
                    row.member.id,
                    row.points,
                    row.previous,
                    row.previous === null ? null : row.points - row.previous,
                    row.actions,
                    row.activeDays,
                    row.streak,
                    row.level
                ])
            )
        ],
        [
            file('-pulse.csv'),
            csv(
                [
                    'week',
                    'name',
                    'user_id',
                    'scored_actions',
                    'inactive',
                    'open_opportunities_past_close_date',
                    'open_opportunities_without_next_step'
                ],
                members.map((member) => {
                    const own = report.opportunities.filter((row) => text(row, 'OwnerId') === member.id);
                    const count = report.actionsByUser.get(member.id) ?? 0;
                    return [
                        week.key,
                        member.name,
                        member.id,
                        count,
                        count === 0,
                        own.filter((row) => text(row, 'CloseDate') < asOf).length,
                        own.filter((row) => !text(row, 'NextStep').trim()).length
                    ];
                })
            )
        ],
        [
            file('-opportunities.csv'),
            csv(
                [
                    'owner',
                    'owner_id',
                    'opportunity',
                    'opportunity_id',
                    'stage',
                    'amount',
                    'close_date',
                    'next_step',
                    'close_date_passed',
                    'no_next_step'
                ],
                report.opportunities.map((row) => [
                    text(row, 'Owner.Name'),
                    text(row, 'OwnerId'),
                    text(row, 'Name'),
                    text(row, 'Id'),
                    text(row, 'StageName'),
                    row.Amount === null || row.Amount === undefined ? null : num(row, 'Amount'),
                    text(row, 'CloseDate'),
                    text(row, 'NextStep'),
                    text(row, 'CloseDate') < asOf,
                    !text(row, 'NextStep').trim()
                ])
            )
        ],
        [
            file('-badges.csv'),
            csv(
                ['week', 'name', 'user_id', 'badge', 'tier', 'period_key', 'awarded_at'],
                report.awards.map((row) => [
                    week.key,
                    text(row, 'User__r.Name'),
                    text(row, 'User__c'),
                    text(row, 'Badge_Name__c'),
                    text(row, 'Tier__c'),
                    text(row, 'Period_Key__c'),
                    text(row, 'Awarded_At__c')
                ])
            )
        ],
        [
            file('-prompts.csv'),
            csv(
                ['week', 'prompt', 'times_shown', 'records', 'acted', 'resolved', 'dismissed'],
                report.prompts.map((row) => [
                    week.key,
                    row.name,
                    row.shown,
                    row.records,
                    row.acted,
                    row.resolved,
                    row.dismissed
                ])
            )
        ]
    ];
    const markdownFile = file('.md');
    try {
        mkdirSync(base, { recursive: true });
        for (const [name, content] of csvFiles) {
            writeFileSync(name, content);
        }
        writeFileSync(
            markdownFile,
            buildMarkdown(
                report,
                csvFiles.map(([name]) => path.basename(name))
            )
        );
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new CliError(`Could not write the report to ${base}: ${reason}`);
    }
    return [markdownFile, ...csvFiles.map(([name]) => name)];
}

export const command: Command<Args> = {
    name: 'weekly-report',
    help: HELP,
    options: {
        'target-org': { type: 'string', short: 'o' },
        team: { type: 'string' },
        week: { type: 'string' },
        'as-of': { type: 'string' },
        out: { type: 'string' }
    },
    validate,
    run
};

export function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
    return runCommand(command, argv, io);
}
