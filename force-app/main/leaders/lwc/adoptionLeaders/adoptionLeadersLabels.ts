/**
 * The custom labels of the leaders view (adoptionLeaders) and its screen module (adoptionLeadersScreen.ts).
 */
import TITLE from '@salesforce/label/c.Leaders_Title';
import INTRO from '@salesforce/label/c.Leaders_Intro';
import REFRESH from '@salesforce/label/c.Adoption_Pulse_Refresh';
import LOAD_ERROR from '@salesforce/label/c.Adoption_Error_Load';
import SORT from '@salesforce/label/c.Leaders_Sort';
import SORT_OWN from '@salesforce/label/c.Leaders_Sort_Own';
import SORT_TEAM from '@salesforce/label/c.Leaders_Sort_Team';
import SORT_NAME from '@salesforce/label/c.Leaders_Sort_Name';
import COL_MANAGER from '@salesforce/label/c.Leaders_Col_Manager';
import COL_TEAM from '@salesforce/label/c.Leaders_Col_Team';
import COL_LOGINS from '@salesforce/label/c.Leaders_Col_Logins';
import COL_THIS_WEEK from '@salesforce/label/c.Leaders_Col_This_Week';
import COL_LAST_WEEK from '@salesforce/label/c.Leaders_Col_Last_Week';
import COL_HYGIENE from '@salesforce/label/c.Leaders_Col_Hygiene';
import COL_TEAM_ACTIVE from '@salesforce/label/c.Leaders_Col_Team_Active';
import COL_TEAM_MEDIAN from '@salesforce/label/c.Leaders_Col_Team_Median';
import COL_TEAM_AVERAGE from '@salesforce/label/c.Leaders_Col_Team_Average';
import COL_TEAM_HYGIENE from '@salesforce/label/c.Leaders_Col_Team_Hygiene';
import POINTS from '@salesforce/label/c.Leaders_Points';
import LOGINS from '@salesforce/label/c.Leaders_Logins';
import GAPS from '@salesforce/label/c.Leaders_Gaps';
import NO_GAPS from '@salesforce/label/c.Leaders_No_Gaps';
import NO_OPPORTUNITIES from '@salesforce/label/c.Leaders_No_Opportunities';
import NOT_VISIBLE from '@salesforce/label/c.Leaders_Not_Visible';
import NOT_SHOWN from '@salesforce/label/c.Leaders_Not_Shown';
import TEAM_SIZE from '@salesforce/label/c.Leaders_Team_Size';
import TEAM_OF from '@salesforce/label/c.Adoption_Challenge_Team_Of';
import FLAG_EXAMPLE from '@salesforce/label/c.Leaders_Flag_Example';
import FLAG_NOT_SEEN from '@salesforce/label/c.Leaders_Flag_Not_Seen';
import EMPTY from '@salesforce/label/c.Leaders_Empty';
import WORKS_COUNCIL from '@salesforce/label/c.Leaders_Works_Council';
import WITHHELD from '@salesforce/label/c.Leaders_Withheld';
import LOGINS_CAPPED from '@salesforce/label/c.Leaders_Logins_Capped';
import FORECAST_SAMPLED from '@salesforce/label/c.Leaders_Forecast_Sampled';
import TEAM_NOT_VISIBLE from '@salesforce/label/c.Leaders_Team_Not_Visible';
import SUBTITLE from '@salesforce/label/c.Leaders_Subtitle';
import NOT_MEASURED from '@salesforce/label/c.Leaders_Digest_Not_Measured';
import TEAM_NOT_MEASURED from '@salesforce/label/c.Leaders_Team_Not_Measured';

export {
    TITLE,
    INTRO,
    REFRESH,
    LOAD_ERROR,
    SORT,
    SORT_OWN,
    SORT_TEAM,
    SORT_NAME,
    COL_MANAGER,
    COL_TEAM,
    COL_LOGINS,
    COL_THIS_WEEK,
    COL_LAST_WEEK,
    COL_HYGIENE,
    COL_TEAM_ACTIVE,
    COL_TEAM_MEDIAN,
    COL_TEAM_AVERAGE,
    COL_TEAM_HYGIENE,
    POINTS,
    LOGINS,
    GAPS,
    NO_GAPS,
    NO_OPPORTUNITIES,
    NOT_VISIBLE,
    NOT_SHOWN,
    TEAM_SIZE,
    TEAM_OF,
    FLAG_EXAMPLE,
    FLAG_NOT_SEEN,
    EMPTY,
    WORKS_COUNCIL,
    WITHHELD,
    LOGINS_CAPPED,
    FORECAST_SAMPLED,
    TEAM_NOT_VISIBLE,
    SUBTITLE,
    NOT_MEASURED,
    TEAM_NOT_MEASURED
};
