/**
 * The custom labels of the adoption pulse and of its screen modules (adoptionPulseScreen.ts,
 * adoptionPulsePeople.ts). Its sections (c-pulse-tiles, c-pulse-trend, c-pulse-groups,
 * c-pulse-attention, c-pulse-onboarding, c-pulse-people) import their own headings and column names.
 */
import TITLE from '@salesforce/label/c.Adoption_Pulse_Title';
import REFRESH from '@salesforce/label/c.Adoption_Pulse_Refresh';
import LOAD_ERROR from '@salesforce/label/c.Adoption_Error_Load';
import MANAGERS_ONLY from '@salesforce/label/c.Adoption_Pulse_Managers_Only';
import EMPTY from '@salesforce/label/c.Adoption_Pulse_Empty';
import PERIOD_LABEL from '@salesforce/label/c.Adoption_Pulse_Period_Label';
import THIS_WEEK from '@salesforce/label/c.Adoption_This_Week';
import THIS_MONTH from '@salesforce/label/c.Adoption_This_Month';
import TILE_ACTIVE from '@salesforce/label/c.Adoption_Pulse_Tile_Active';
import TILE_LOGGED_IN from '@salesforce/label/c.Adoption_Pulse_Tile_Logged_In';
import TILE_POINTS from '@salesforce/label/c.Adoption_Pulse_Tile_Points';
import TILE_FORECAST from '@salesforce/label/c.Adoption_Pulse_Tile_Forecast';
import TILE_COMPLETENESS from '@salesforce/label/c.Adoption_Pulse_Tile_Completeness';
import TILE_ATTENTION from '@salesforce/label/c.Adoption_Pulse_Tile_Attention';
import OF from '@salesforce/label/c.Adoption_Pulse_Of';
import PERCENT from '@salesforce/label/c.Adoption_Pulse_Percent';
import FORECAST_DETAIL from '@salesforce/label/c.Adoption_Pulse_Forecast_Detail';
import NO_OPPORTUNITIES from '@salesforce/label/c.Adoption_Pulse_No_Opportunities';
import NOT_MEASURED from '@salesforce/label/c.Adoption_Pulse_Not_Measured';
import NOT_VISIBLE from '@salesforce/label/c.Adoption_Pulse_Not_Visible';
import NOT_VISIBLE_FORECAST from '@salesforce/label/c.Adoption_Pulse_Not_Visible_Forecast';
import NOT_VISIBLE_KEY_FIELDS from '@salesforce/label/c.Adoption_Pulse_Not_Visible_Key_Fields';
import TREND_BAR from '@salesforce/label/c.Adoption_Pulse_Trend_Bar';
import COL_POINTS from '@salesforce/label/c.Adoption_Pulse_Col_Points';
import COL_NAME from '@salesforce/label/c.Adoption_Pulse_Col_Name';
import COL_LAST_LOGIN from '@salesforce/label/c.Adoption_Pulse_Col_Last_Login';
import COL_LOGIN_DAYS from '@salesforce/label/c.Adoption_Pulse_Col_Login_Days';
import COL_ACTIVE_DAYS from '@salesforce/label/c.Adoption_Pulse_Col_Active_Days';
import COL_OPEN from '@salesforce/label/c.Adoption_Pulse_Col_Open';
import COL_PAST_CLOSE from '@salesforce/label/c.Adoption_Pulse_Col_Past_Close';
import COL_NO_NEXT_STEP from '@salesforce/label/c.Adoption_Pulse_Col_No_Next_Step';
import COL_STALE from '@salesforce/label/c.Adoption_Pulse_Col_Stale';
import COL_COMPLETENESS from '@salesforce/label/c.Adoption_Pulse_Col_Completeness';
import NEVER from '@salesforce/label/c.Adoption_Pulse_Never';
import YOU from '@salesforce/label/c.Adoption_Pulse_You';
import SORT_HINT from '@salesforce/label/c.Adoption_Pulse_Sort_Hint';
import STALE_DEFINITION from '@salesforce/label/c.Adoption_Pulse_Stale_Definition';
import LOGINS_CAPPED from '@salesforce/label/c.Adoption_Pulse_Logins_Capped';
import SAMPLED from '@salesforce/label/c.Adoption_Pulse_Sampled';
import SKIPPED_FIELDS from '@salesforce/label/c.Adoption_Pulse_Skipped_Fields';
import REASON_INACTIVE from '@salesforce/label/c.Adoption_Pulse_Reason_Inactive';
import REASON_NEVER_ACTIVE from '@salesforce/label/c.Adoption_Pulse_Reason_Never_Active';
import REASON_NO_LOGIN from '@salesforce/label/c.Adoption_Pulse_Reason_No_Login';
import REASON_NEVER_LOGGED_IN from '@salesforce/label/c.Adoption_Pulse_Reason_Never_Logged_In';
import REASON_PAST_CLOSE from '@salesforce/label/c.Adoption_Pulse_Reason_Past_Close';
import REASON_PAST_CLOSE_ONE from '@salesforce/label/c.Adoption_Pulse_Reason_Past_Close_One';
import REASON_NO_NEXT_STEP from '@salesforce/label/c.Adoption_Pulse_Reason_No_Next_Step';
import REASON_NO_NEXT_STEP_ONE from '@salesforce/label/c.Adoption_Pulse_Reason_No_Next_Step_One';
import REASON_STALE from '@salesforce/label/c.Adoption_Pulse_Reason_Stale';
import REASON_STALE_ONE from '@salesforce/label/c.Adoption_Pulse_Reason_Stale_One';
import REASON_LOW_COMPLETENESS from '@salesforce/label/c.Adoption_Pulse_Reason_Low_Completeness';
import REASON_QUEST_STUCK from '@salesforce/label/c.Adoption_Pulse_Reason_Quest_Stuck';
import REASON_PUSHED from '@salesforce/label/c.Adoption_Pulse_Reason_Pushed';
import REASON_PUSHED_ONE from '@salesforce/label/c.Adoption_Pulse_Reason_Pushed_One';
import COL_PUSHED from '@salesforce/label/c.Adoption_Pulse_Col_Pushed';
import FORECAST_SAMPLED from '@salesforce/label/c.Adoption_Pulse_Forecast_Sampled';
import WORKS_COUNCIL_NOTE from '@salesforce/label/c.Adoption_Pulse_Works_Council_Note';
import WORKS_COUNCIL_WITHHELD from '@salesforce/label/c.Adoption_Pulse_Works_Council_Withheld';
import WORKS_COUNCIL_TOTALS from '@salesforce/label/c.Adoption_Pulse_Works_Council_Totals';
import WORKS_COUNCIL_NONE from '@salesforce/label/c.Adoption_Pulse_Works_Council_None';
import GROUP_YOUR_TEAM from '@salesforce/label/c.Adoption_Pulse_Group_Your_Team';
import GROUP_TEAM_OF from '@salesforce/label/c.Adoption_Pulse_Group_Team_Of';
import GROUP_NO_LEAD from '@salesforce/label/c.Adoption_Pulse_Group_No_Lead';
import GROUP_MERGED from '@salesforce/label/c.Adoption_Pulse_Group_Merged';
import GROUP_MERGED_ONE from '@salesforce/label/c.Adoption_Pulse_Group_Merged_One';
import GROUP_WITHHELD from '@salesforce/label/c.Adoption_Pulse_Group_Withheld';
import FORECAST_WITHHELD from '@salesforce/label/c.Adoption_Pulse_Forecast_Withheld';
import QUEST_SUMMARY from '@salesforce/label/c.Adoption_Pulse_Quest_Summary';
import QUEST_SUMMARY_ONE from '@salesforce/label/c.Adoption_Pulse_Quest_Summary_One';
import QUEST_STEP from '@salesforce/label/c.Adoption_Pulse_Quest_Step';
import QUEST_STEPS_DONE from '@salesforce/label/c.Adoption_Pulse_Quest_Steps_Done';
import QUEST_STUCK from '@salesforce/label/c.Adoption_Pulse_Quest_Stuck';
import QUEST_ON_TRACK from '@salesforce/label/c.Adoption_Pulse_Quest_On_Track';
import QUEST_OVERDUE from '@salesforce/label/c.Adoption_Pulse_Quest_Overdue';
import QUEST_JOINED from '@salesforce/label/c.Adoption_Pulse_Quest_Joined';
import QUEST_JOINED_ONE from '@salesforce/label/c.Adoption_Pulse_Quest_Joined_One';
import QUEST_STALLED from '@salesforce/label/c.Adoption_Pulse_Quest_Stalled';
import QUEST_NEVER_ACTIVE from '@salesforce/label/c.Adoption_Pulse_Quest_Never_Active';
import QUEST_DEFINITION from '@salesforce/label/c.Adoption_Pulse_Quest_Definition';
import CATEGORY_ACTIVITY from '@salesforce/label/c.Adoption_Category_Activity';
import CATEGORY_PIPELINE from '@salesforce/label/c.Adoption_Category_Pipeline';
import CATEGORY_DATA_QUALITY from '@salesforce/label/c.Adoption_Category_Data_Quality';
import CATEGORY_FORECAST from '@salesforce/label/c.Adoption_Category_Forecast';
import CATEGORY_SERVICE from '@salesforce/label/c.Adoption_Category_Service';
import CATEGORY_COLLABORATION from '@salesforce/label/c.Adoption_Category_Collaboration';

export {
    TITLE,
    REFRESH,
    LOAD_ERROR,
    MANAGERS_ONLY,
    EMPTY,
    PERIOD_LABEL,
    THIS_WEEK,
    THIS_MONTH,
    TILE_ACTIVE,
    TILE_LOGGED_IN,
    TILE_POINTS,
    TILE_FORECAST,
    TILE_COMPLETENESS,
    TILE_ATTENTION,
    OF,
    PERCENT,
    FORECAST_DETAIL,
    NO_OPPORTUNITIES,
    NOT_MEASURED,
    NOT_VISIBLE,
    NOT_VISIBLE_FORECAST,
    NOT_VISIBLE_KEY_FIELDS,
    TREND_BAR,
    COL_POINTS,
    COL_NAME,
    COL_LAST_LOGIN,
    COL_LOGIN_DAYS,
    COL_ACTIVE_DAYS,
    COL_OPEN,
    COL_PAST_CLOSE,
    COL_NO_NEXT_STEP,
    COL_STALE,
    COL_COMPLETENESS,
    NEVER,
    YOU,
    SORT_HINT,
    STALE_DEFINITION,
    LOGINS_CAPPED,
    SAMPLED,
    SKIPPED_FIELDS,
    REASON_INACTIVE,
    REASON_NEVER_ACTIVE,
    REASON_NO_LOGIN,
    REASON_NEVER_LOGGED_IN,
    REASON_PAST_CLOSE,
    REASON_PAST_CLOSE_ONE,
    REASON_NO_NEXT_STEP,
    REASON_NO_NEXT_STEP_ONE,
    REASON_STALE,
    REASON_STALE_ONE,
    REASON_LOW_COMPLETENESS,
    REASON_QUEST_STUCK,
    REASON_PUSHED,
    REASON_PUSHED_ONE,
    COL_PUSHED,
    FORECAST_SAMPLED,
    WORKS_COUNCIL_NOTE,
    WORKS_COUNCIL_WITHHELD,
    WORKS_COUNCIL_TOTALS,
    WORKS_COUNCIL_NONE,
    GROUP_YOUR_TEAM,
    GROUP_TEAM_OF,
    GROUP_NO_LEAD,
    GROUP_MERGED,
    GROUP_MERGED_ONE,
    GROUP_WITHHELD,
    FORECAST_WITHHELD,
    QUEST_SUMMARY,
    QUEST_SUMMARY_ONE,
    QUEST_STEP,
    QUEST_STEPS_DONE,
    QUEST_STUCK,
    QUEST_ON_TRACK,
    QUEST_OVERDUE,
    QUEST_JOINED,
    QUEST_JOINED_ONE,
    QUEST_STALLED,
    QUEST_NEVER_ACTIVE,
    QUEST_DEFINITION,
    CATEGORY_ACTIVITY,
    CATEGORY_PIPELINE,
    CATEGORY_DATA_QUALITY,
    CATEGORY_FORECAST,
    CATEGORY_SERVICE,
    CATEGORY_COLLABORATION
};
