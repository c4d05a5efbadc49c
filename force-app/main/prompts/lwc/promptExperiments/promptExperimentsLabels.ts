// The custom labels of c-prompt-experiments (prefix Experiment_), in one module so the component
// stays small.
import TITLE from '@salesforce/label/c.Experiment_Title';
import INTRO from '@salesforce/label/c.Experiment_Intro';
import DEFINE from '@salesforce/label/c.Experiment_Define';
import PROMPT from '@salesforce/label/c.Experiment_Prompt';
import SHARE from '@salesforce/label/c.Experiment_Share';
import SHARE_HELP from '@salesforce/label/c.Experiment_Share_Help';
import START from '@salesforce/label/c.Experiment_Start';
import NONE_STARTABLE from '@salesforce/label/c.Experiment_None_Startable';
import EMPTY from '@salesforce/label/c.Experiment_Empty';
import RUNNING from '@salesforce/label/c.Experiment_Running';
import ENDED_KEEP from '@salesforce/label/c.Experiment_Ended_Keep';
import ENDED_RETIRE from '@salesforce/label/c.Experiment_Ended_Retire';
import HOLDOUT_BADGE from '@salesforce/label/c.Experiment_Holdout_Badge';
import SINCE from '@salesforce/label/c.Experiment_Since';
import COL_GROUP from '@salesforce/label/c.Experiment_Col_Group';
import COL_RECORDS from '@salesforce/label/c.Experiment_Col_Records';
import COL_FIXED from '@salesforce/label/c.Experiment_Col_Fixed';
import COL_RATE from '@salesforce/label/c.Experiment_Col_Rate';
import COL_MEDIAN from '@salesforce/label/c.Experiment_Col_Median';
import WITH from '@salesforce/label/c.Experiment_With';
import WITHOUT from '@salesforce/label/c.Experiment_Without';
import RATE from '@salesforce/label/c.Experiment_Rate';
import DIFFERENCE from '@salesforce/label/c.Experiment_Difference';
import NOT_ENOUGH from '@salesforce/label/c.Experiment_Not_Enough';
import BETTER from '@salesforce/label/c.Experiment_Better';
import WORSE from '@salesforce/label/c.Experiment_Worse';
import UNCLEAR from '@salesforce/label/c.Experiment_Unclear';
import LEFT_OUT from '@salesforce/label/c.Experiment_Left_Out';
import WITHHELD from '@salesforce/label/c.Experiment_Withheld';
import KEEP from '@salesforce/label/c.Experiment_Keep';
import KEEP_ARIA from '@salesforce/label/c.Experiment_Keep_Aria';
import RETIRE from '@salesforce/label/c.Experiment_Retire';
import RETIRE_ARIA from '@salesforce/label/c.Experiment_Retire_Aria';
import RETIRE_NOTE from '@salesforce/label/c.Experiment_Retire_Note';
import RETIRE_CONFIRM from '@salesforce/label/c.Experiment_Retire_Confirm';
import RETIRE_YES from '@salesforce/label/c.Experiment_Retire_Yes';
import CANCEL from '@salesforce/label/c.Experiment_Cancel';
import RETIRED_TITLE from '@salesforce/label/c.Experiment_Retired_Title';
import BRING_BACK from '@salesforce/label/c.Experiment_Bring_Back';
import BRING_BACK_ARIA from '@salesforce/label/c.Experiment_Bring_Back_Aria';
import NO_DATA from '@salesforce/label/c.Adoption_Effectiveness_No_Data';
import SAMPLED from '@salesforce/label/c.Adoption_Effectiveness_Sampled';

export {
    TITLE,
    INTRO,
    DEFINE,
    PROMPT,
    SHARE,
    SHARE_HELP,
    START,
    NONE_STARTABLE,
    EMPTY,
    RUNNING,
    ENDED_KEEP,
    ENDED_RETIRE,
    HOLDOUT_BADGE,
    SINCE,
    COL_GROUP,
    COL_RECORDS,
    COL_FIXED,
    COL_RATE,
    COL_MEDIAN,
    WITH,
    WITHOUT,
    RATE,
    DIFFERENCE,
    NOT_ENOUGH,
    BETTER,
    WORSE,
    UNCLEAR,
    LEFT_OUT,
    WITHHELD,
    KEEP,
    KEEP_ARIA,
    RETIRE,
    RETIRE_ARIA,
    RETIRE_NOTE,
    RETIRE_CONFIRM,
    RETIRE_YES,
    CANCEL,
    RETIRED_TITLE,
    BRING_BACK,
    BRING_BACK_ARIA,
    NO_DATA,
    SAMPLED
};
