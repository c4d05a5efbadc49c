/**
 * The custom labels of c-challenges and its screen functions (challengesScreen.ts); the form, list
 * and detail children import the ones their own markup shows.
 */
import TITLE from '@salesforce/label/c.Adoption_Challenges_Title';
import REFRESH from '@salesforce/label/c.Adoption_Challenges_Refresh';
import NEW from '@salesforce/label/c.Adoption_Challenges_New';
import LOADING from '@salesforce/label/c.Adoption_Loading';
import LOAD_ERROR from '@salesforce/label/c.Adoption_Error_Load';
import CHOOSE from '@salesforce/label/c.Adoption_Challenges_Choose';
import STATUS_DRAFT from '@salesforce/label/c.Adoption_Challenges_Status_Draft';
import STATUS_HIDDEN from '@salesforce/label/c.Adoption_Challenges_Status_Hidden';
import STATUS_LIVE from '@salesforce/label/c.Adoption_Challenges_Status_Live';
import STATUS_CLOSED from '@salesforce/label/c.Adoption_Challenges_Status_Closed';
import DATES from '@salesforce/label/c.Adoption_Challenges_Dates';
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
import START_TEST from '@salesforce/label/c.Adoption_Challenges_Start_Test';
import LAUNCH from '@salesforce/label/c.Adoption_Challenges_Launch';
import ANNOUNCE from '@salesforce/label/c.Adoption_Challenges_Announce';
import END from '@salesforce/label/c.Adoption_Challenges_End';
import CONFIRM_END from '@salesforce/label/c.Adoption_Challenges_Confirm_End';
import DONE_TEST from '@salesforce/label/c.Adoption_Challenges_Done_Test';
import DONE_LAUNCH from '@salesforce/label/c.Adoption_Challenges_Done_Launch';
import DONE_ANNOUNCE from '@salesforce/label/c.Adoption_Challenges_Done_Announce';
import DONE_END from '@salesforce/label/c.Adoption_Challenges_Done_End';
import DONE_SAVE from '@salesforce/label/c.Adoption_Challenges_Done_Save';
import ACTION_FAILED from '@salesforce/label/c.Adoption_Challenges_Action_Failed';
import SAVE_FAILED from '@salesforce/label/c.Adoption_Challenges_Save_Failed';

export {
    TITLE,
    REFRESH,
    NEW,
    LOADING,
    LOAD_ERROR,
    CHOOSE,
    STATUS_DRAFT,
    STATUS_HIDDEN,
    STATUS_LIVE,
    STATUS_CLOSED,
    DATES,
    TERM_DATES,
    TERM_TIME,
    TERM_PRIZE,
    TERM_COUNTS,
    TERM_FORMAT,
    TERM_TARGET,
    TERM_PARTICIPANTS,
    TERM_OWNER,
    COUNTS_EVERYTHING,
    FORMAT_INDIVIDUAL,
    FORMAT_TEAM,
    TEAM_BY_MANAGER,
    TEAM_BY_ROLE,
    SCORING_AVERAGE,
    SCORING_PERCENT,
    TARGET_VALUE,
    NO_TARGET,
    PARTICIPANTS_COUNT,
    PARTICIPANTS_NOT_FIXED,
    TIME_LEFT,
    STARTS_IN,
    ENDED,
    PROGRESS_LABEL,
    PROGRESS_TEXT,
    START_TEST,
    LAUNCH,
    ANNOUNCE,
    END,
    CONFIRM_END,
    DONE_TEST,
    DONE_LAUNCH,
    DONE_ANNOUNCE,
    DONE_END,
    DONE_SAVE,
    ACTION_FAILED,
    SAVE_FAILED
};
