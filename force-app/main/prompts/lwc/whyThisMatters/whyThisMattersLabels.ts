/**
 * The custom labels of the "why this matters" prompts: the template's, and those
 * whyThisMattersScreen.ts builds each prompt's texts from.
 */
import TITLE from '@salesforce/label/c.Adoption_Prompts_Title';
import SEVERITY_CRITICAL from '@salesforce/label/c.Adoption_Prompt_Severity_Critical';
import SEVERITY_WARNING from '@salesforce/label/c.Adoption_Prompt_Severity_Warning';
import SEVERITY_INFO from '@salesforce/label/c.Adoption_Prompt_Severity_Info';
import BUTTON_ARIA from '@salesforce/label/c.Adoption_Prompt_Button_Aria';
import DISMISS from '@salesforce/label/c.Adoption_Prompt_Dismiss';
import SNOOZE from '@salesforce/label/c.Adoption_Prompt_Snooze';
import SNOOZE_ONE from '@salesforce/label/c.Adoption_Prompt_Snooze_One';
import CLOSE from '@salesforce/label/c.Adoption_Prompt_Close';
import ACTION_EDIT from '@salesforce/label/c.Adoption_Prompt_Action_Edit';
import ACTION_URL from '@salesforce/label/c.Adoption_Prompt_Action_Url';
import ACTION_LOG_CALL from '@salesforce/label/c.Adoption_Prompt_Action_Log_Call';
import SAVE from '@salesforce/label/c.Adoption_Prompt_Save';
import CANCEL from '@salesforce/label/c.Adoption_Prompt_Cancel';
import THANKS from '@salesforce/label/c.Adoption_Prompt_Thanks';
import STATUS_RESOLVED from '@salesforce/label/c.Adoption_Prompt_Status_Resolved';
import STATUS_DISMISSED from '@salesforce/label/c.Adoption_Prompt_Status_Dismissed';
import STATUS_SNOOZED from '@salesforce/label/c.Adoption_Prompt_Status_Snoozed';
import COUNT_CAPPED from '@salesforce/label/c.Adoption_Prompt_Count_Capped';
import CALL_SUBJECT from '@salesforce/label/c.Adoption_Prompt_Call_Subject';
import LOAD_ERROR from '@salesforce/label/c.Adoption_Prompts_Load_Error';
import SAVE_ERROR from '@salesforce/label/c.Adoption_Prompt_Save_Error';

export {
    TITLE,
    SEVERITY_CRITICAL,
    SEVERITY_WARNING,
    SEVERITY_INFO,
    BUTTON_ARIA,
    DISMISS,
    SNOOZE,
    SNOOZE_ONE,
    CLOSE,
    ACTION_EDIT,
    ACTION_URL,
    ACTION_LOG_CALL,
    SAVE,
    CANCEL,
    THANKS,
    STATUS_RESOLVED,
    STATUS_DISMISSED,
    STATUS_SNOOZED,
    COUNT_CAPPED,
    CALL_SUBJECT,
    LOAD_ERROR,
    SAVE_ERROR
};
