// The stand-up card's labels, one import each (the platform resolves each label import by name).
import TITLE_MINE from '@salesforce/label/c.Standup_Title_Mine';
import TITLE_TEAM from '@salesforce/label/c.Standup_Title_Team';
import SINCE from '@salesforce/label/c.Standup_Since';
import TODAY from '@salesforce/label/c.Standup_Today';
import PROMPTS from '@salesforce/label/c.Standup_Prompts';
import OBSTACLES from '@salesforce/label/c.Standup_Obstacles';
import NONE from '@salesforce/label/c.Standup_None';
import POINTS from '@salesforce/label/c.Standup_Points';
import MORE from '@salesforce/label/c.Standup_More';
import OVERDUE from '@salesforce/label/c.Standup_Overdue';
import REASON_PAST_CLOSE from '@salesforce/label/c.Standup_Reason_Past_Close';
import REASON_NO_NEXT_STEP from '@salesforce/label/c.Standup_Reason_No_Next_Step';
import REASON_STALE from '@salesforce/label/c.Standup_Reason_Stale';
import HIDDEN from '@salesforce/label/c.Standup_Hidden';
import MANAGERS_ONLY from '@salesforce/label/c.Standup_Managers_Only';
import TIME_BOX from '@salesforce/label/c.Standup_Time_Box';
import TOTAL from '@salesforce/label/c.Standup_Total';
import WORKS_COUNCIL from '@salesforce/label/c.Standup_Works_Council';
import WITHHELD from '@salesforce/label/c.Standup_Withheld';
import PEOPLE from '@salesforce/label/c.Standup_People';
import WEEKLY from '@salesforce/label/c.Standup_Weekly';
import LAST_WEEK from '@salesforce/label/c.Standup_Last_Week';
import KPI from '@salesforce/label/c.Standup_Kpi';
import KPI_SCORED_ACTIONS from '@salesforce/label/c.Standup_Kpi_Scored_Actions';
import KPI_POINTS from '@salesforce/label/c.Standup_Kpi_Points';
import KPI_ACTIVE_REPS from '@salesforce/label/c.Standup_Kpi_Active_Reps';
import KPI_LOGIN_DAYS from '@salesforce/label/c.Standup_Kpi_Login_Days';
import KPI_NEXT_STEP_SHARE from '@salesforce/label/c.Standup_Kpi_Next_Step_Share';
import KPI_PAST_CLOSE from '@salesforce/label/c.Standup_Kpi_Past_Close';
import PER_PERSON from '@salesforce/label/c.Standup_Per_Person';
import SNAPSHOT from '@salesforce/label/c.Standup_Snapshot';
import CAPPED from '@salesforce/label/c.Standup_Capped';
import OBSTACLES_UNAVAILABLE from '@salesforce/label/c.Standup_Obstacles_Unavailable';
import GROUP_OBSTACLES from '@salesforce/label/c.Standup_Group_Obstacles';
import GROUP_QUIET from '@salesforce/label/c.Standup_Group_Quiet';
import GROUP_REST from '@salesforce/label/c.Standup_Group_Rest';
import GROUP_SELF from '@salesforce/label/c.Standup_Group_Self';
import SHOW_WEEKLY from '@salesforce/label/c.Standup_Show_Weekly';
import HIDE_WEEKLY from '@salesforce/label/c.Standup_Hide_Weekly';
import LOADING from '@salesforce/label/c.Standup_Loading';

export const LABELS = {
    titleMine: TITLE_MINE,
    titleTeam: TITLE_TEAM,
    since: SINCE,
    today: TODAY,
    prompts: PROMPTS,
    obstacles: OBSTACLES,
    none: NONE,
    points: POINTS,
    more: MORE,
    overdue: OVERDUE,
    reasonPastClose: REASON_PAST_CLOSE,
    reasonNoNextStep: REASON_NO_NEXT_STEP,
    reasonStale: REASON_STALE,
    hidden: HIDDEN,
    managersOnly: MANAGERS_ONLY,
    timeBox: TIME_BOX,
    total: TOTAL,
    worksCouncil: WORKS_COUNCIL,
    withheld: WITHHELD,
    people: PEOPLE,
    weekly: WEEKLY,
    lastWeek: LAST_WEEK,
    kpi: KPI,
    kpiScoredActions: KPI_SCORED_ACTIONS,
    kpiPoints: KPI_POINTS,
    kpiActiveReps: KPI_ACTIVE_REPS,
    kpiLoginDays: KPI_LOGIN_DAYS,
    kpiNextStepShare: KPI_NEXT_STEP_SHARE,
    kpiPastClose: KPI_PAST_CLOSE,
    perPerson: PER_PERSON,
    snapshot: SNAPSHOT,
    capped: CAPPED,
    obstaclesUnavailable: OBSTACLES_UNAVAILABLE,
    groupObstacles: GROUP_OBSTACLES,
    groupQuiet: GROUP_QUIET,
    groupRest: GROUP_REST,
    groupSelf: GROUP_SELF,
    showWeekly: SHOW_WEEKLY,
    hideWeekly: HIDE_WEEKLY,
    loading: LOADING
};
