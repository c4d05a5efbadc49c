/**
 * The custom labels of the admin page, its screen functions (adoptionAdminScreen.ts) and the
 * sections it hands them to (c-adoption-history-tools, c-adoption-schedule-card,
 * c-adoption-health-table take their texts as data).
 */
import TITLE from '@salesforce/label/c.Adoption_Admin_Title';
import REFRESH from '@salesforce/label/c.Adoption_Admin_Refresh';
import LOADING from '@salesforce/label/c.Adoption_Loading';
import LOAD_ERROR from '@salesforce/label/c.Adoption_Error_Load';
import STATUS_TITLE from '@salesforce/label/c.Adoption_Admin_Status_Title';
import STATUS_ON from '@salesforce/label/c.Adoption_Admin_On';
import STATUS_OFF from '@salesforce/label/c.Adoption_Admin_Off';
import ENABLED_TEXT from '@salesforce/label/c.Adoption_Admin_Enabled_Text';
import DISABLED_TEXT from '@salesforce/label/c.Adoption_Admin_Disabled_Text';
import SETTINGS_MISSING from '@salesforce/label/c.Adoption_Admin_Settings_Missing';
import SETTINGS_HELP from '@salesforce/label/c.Adoption_Admin_Settings_Help';
import SETTINGS_LINK from '@salesforce/label/c.Adoption_Admin_Settings_Link';
import PROBLEMS_SUMMARY from '@salesforce/label/c.Adoption_Admin_Problems_Summary';
import NO_PROBLEMS from '@salesforce/label/c.Adoption_Admin_No_Problems';
import OBJECTS_TITLE from '@salesforce/label/c.Adoption_Admin_Objects_Title';
import COL_OBJECT from '@salesforce/label/c.Adoption_Admin_Col_Object';
import COL_TRIGGER from '@salesforce/label/c.Adoption_Admin_Col_Trigger';
import COL_ACTIVE_RULES from '@salesforce/label/c.Adoption_Admin_Col_Active_Rules';
import COL_PROBLEMS from '@salesforce/label/c.Adoption_Admin_Col_Problems';
import TRIGGER_ACTIVE from '@salesforce/label/c.Adoption_Admin_Trigger_Active';
import TRIGGER_INACTIVE from '@salesforce/label/c.Adoption_Admin_Trigger_Inactive';
import TRIGGER_MISSING from '@salesforce/label/c.Adoption_Admin_Trigger_Missing';
import TRIGGER_UNKNOWN from '@salesforce/label/c.Adoption_Admin_Trigger_Unknown';
import RULES_TITLE from '@salesforce/label/c.Adoption_Admin_Rules_Title';
import BADGES_TITLE from '@salesforce/label/c.Adoption_Admin_Badges_Title';
import PROMPTS_TITLE from '@salesforce/label/c.Adoption_Admin_Prompts_Title';
import COL_NAME from '@salesforce/label/c.Adoption_Admin_Col_Name';
import COL_DETAIL from '@salesforce/label/c.Adoption_Admin_Col_Detail';
import COL_ACTIVE from '@salesforce/label/c.Adoption_Admin_Col_Active';
import COL_STATUS from '@salesforce/label/c.Adoption_Admin_Col_Status';
import STATUS_OK from '@salesforce/label/c.Adoption_Admin_Status_Ok';
import YES from '@salesforce/label/c.Adoption_Admin_Yes';
import NO from '@salesforce/label/c.Adoption_Admin_No';
import NONE from '@salesforce/label/c.Adoption_Admin_None';
import KEY_FIELDS_TITLE from '@salesforce/label/c.Adoption_Admin_Key_Fields_Title';
import ERRORS_TITLE from '@salesforce/label/c.Adoption_Admin_Errors_Title';
import ERRORS_NONE from '@salesforce/label/c.Adoption_Admin_Errors_None';
import COL_WHEN from '@salesforce/label/c.Adoption_Admin_Col_When';
import COL_SOURCE from '@salesforce/label/c.Adoption_Admin_Col_Source';
import COL_MESSAGE from '@salesforce/label/c.Adoption_Admin_Col_Message';
import COL_RULE from '@salesforce/label/c.Adoption_Admin_Col_Rule';
import COL_RECORD from '@salesforce/label/c.Adoption_Admin_Col_Record';
import SUBSCRIBER_TITLE from '@salesforce/label/c.Adoption_Admin_Subscriber_Title';
import SUBSCRIBER_UNKNOWN from '@salesforce/label/c.Adoption_Admin_Subscriber_Unknown';
import SUBSCRIBER_NOT_FOUND from '@salesforce/label/c.Adoption_Admin_Subscriber_Not_Found';
import SUBSCRIBER_STATUS from '@salesforce/label/c.Adoption_Admin_Subscriber_Status';
import SUBSCRIBER_POSITION from '@salesforce/label/c.Adoption_Admin_Subscriber_Position';
import SUBSCRIBER_TIP from '@salesforce/label/c.Adoption_Admin_Subscriber_Tip';
import SUBSCRIBER_BACKLOG from '@salesforce/label/c.Adoption_Admin_Subscriber_Backlog';
import SUBSCRIBER_RETRIES from '@salesforce/label/c.Adoption_Admin_Subscriber_Retries';
import SUBSCRIBER_LAST_ERROR from '@salesforce/label/c.Adoption_Admin_Subscriber_Last_Error';
import PERSONAS_TITLE from '@salesforce/label/c.Adoption_Admin_Personas_Title';
import COL_PERSONA from '@salesforce/label/c.Adoption_Admin_Col_Persona';
import COL_PERMISSION_SET from '@salesforce/label/c.Adoption_Admin_Col_Permission_Set';
import COL_ASSIGNED from '@salesforce/label/c.Adoption_Admin_Col_Assigned';
import PERSONA_REP from '@salesforce/label/c.Adoption_Admin_Persona_Rep';
import PERSONA_MANAGER from '@salesforce/label/c.Adoption_Admin_Persona_Manager';
import PERSONA_ADMIN from '@salesforce/label/c.Adoption_Admin_Persona_Admin';
import HISTORY_TITLE from '@salesforce/label/c.Adoption_Admin_History_Title';
import HISTORY_HELP from '@salesforce/label/c.Adoption_Admin_History_Help';
import DAYS from '@salesforce/label/c.Adoption_Admin_Days';
import DRY_RUN from '@salesforce/label/c.Adoption_Admin_Dry_Run';
import BACKFILL from '@salesforce/label/c.Adoption_Admin_Backfill';
import REBUILD from '@salesforce/label/c.Adoption_Admin_Rebuild';
import PURGE from '@salesforce/label/c.Adoption_Admin_Purge';
import CONFIRM_BACKFILL from '@salesforce/label/c.Adoption_Admin_Confirm_Backfill';
import CONFIRM_REBUILD from '@salesforce/label/c.Adoption_Admin_Confirm_Rebuild';
import CONFIRM_PURGE from '@salesforce/label/c.Adoption_Admin_Confirm_Purge';
import CONFIRM from '@salesforce/label/c.Adoption_Admin_Confirm';
import CANCEL from '@salesforce/label/c.Adoption_Admin_Cancel';
import START_FAILED from '@salesforce/label/c.Adoption_Admin_Start_Failed';
import DAYS_INVALID from '@salesforce/label/c.Adoption_Admin_Days_Invalid';
import REBUILD_BEYOND_RETENTION from '@salesforce/label/c.Adoption_Admin_Rebuild_Beyond_Retention';
import JOB_PROGRESS from '@salesforce/label/c.Adoption_Admin_Job_Progress';
import JOB_COUNTERS from '@salesforce/label/c.Adoption_Admin_Job_Counters';
import JOB_RULE_RESULTS from '@salesforce/label/c.Adoption_Admin_Job_Rule_Results';
import COL_ACTIONS from '@salesforce/label/c.Adoption_Admin_Col_Actions';
import COL_POINTS from '@salesforce/label/c.Adoption_Admin_Col_Points';
import COL_PEOPLE from '@salesforce/label/c.Adoption_Admin_Col_People';
import JOBS_TITLE from '@salesforce/label/c.Adoption_Admin_Jobs_Title';
import JOBS_NONE from '@salesforce/label/c.Adoption_Admin_Jobs_None';
import COL_TYPE from '@salesforce/label/c.Adoption_Admin_Col_Type';
import COL_STARTED from '@salesforce/label/c.Adoption_Admin_Col_Started';
import DIGEST_TITLE from '@salesforce/label/c.Adoption_Admin_Digest_Title';
import DIGEST_ON from '@salesforce/label/c.Adoption_Admin_Digest_On';
import DIGEST_OFF from '@salesforce/label/c.Adoption_Admin_Digest_Off';
import DIGEST_SCHEDULED from '@salesforce/label/c.Adoption_Admin_Digest_Scheduled';
import DIGEST_NOT_SCHEDULED from '@salesforce/label/c.Adoption_Admin_Digest_Not_Scheduled';
import DIGEST_UNKNOWN from '@salesforce/label/c.Adoption_Admin_Digest_Unknown';
import DIGEST_SCHEDULE from '@salesforce/label/c.Adoption_Admin_Digest_Schedule';
import DIGEST_UNSCHEDULE from '@salesforce/label/c.Adoption_Admin_Digest_Unschedule';
import DIGEST_NOTE from '@salesforce/label/c.Adoption_Admin_Digest_Note';
import DIGEST_EMAIL_OFF from '@salesforce/label/c.Adoption_Admin_Digest_Email_Off';
import CLOSING_TITLE from '@salesforce/label/c.Adoption_Admin_Challenge_Closing_Title';
import CLOSING_SCHEDULED from '@salesforce/label/c.Adoption_Admin_Challenge_Closing_Scheduled';
import CLOSING_NOT_SCHEDULED from '@salesforce/label/c.Adoption_Admin_Challenge_Closing_Not_Scheduled';
import CLOSING_UNKNOWN from '@salesforce/label/c.Adoption_Admin_Challenge_Closing_Unknown';
import CLOSING_SCHEDULE from '@salesforce/label/c.Adoption_Admin_Challenge_Closing_Schedule';
import CLOSING_UNSCHEDULE from '@salesforce/label/c.Adoption_Admin_Challenge_Closing_Unschedule';
import CLOSING_NOTE from '@salesforce/label/c.Adoption_Admin_Challenge_Closing_Note';
import CLOSING_FAILED from '@salesforce/label/c.Adoption_Admin_Challenge_Closing_Failed';
import SCHEDULE_FAILED from '@salesforce/label/c.Adoption_Admin_Schedule_Failed';
import UNCAPPED_SUMMARY from '@salesforce/label/c.Adoption_Admin_Uncapped_Summary';
import GRANTS_TITLE from '@salesforce/label/c.Adoption_Admin_Event_Grants_Title';
import GRANTS_HELP from '@salesforce/label/c.Adoption_Admin_Event_Grants_Help';
import GRANTS_NONE from '@salesforce/label/c.Adoption_Admin_Event_Grants_None';
import GRANTS_UNKNOWN from '@salesforce/label/c.Adoption_Admin_Event_Grants_Unknown';
import COL_GRANTED_BY from '@salesforce/label/c.Adoption_Admin_Col_Granted_By';
import COL_KIND from '@salesforce/label/c.Adoption_Admin_Col_Kind';
import COL_EVENT from '@salesforce/label/c.Adoption_Admin_Col_Event';
import KIND_PROFILE from '@salesforce/label/c.Adoption_Admin_Kind_Profile';
import KIND_PERMISSION_SET from '@salesforce/label/c.Adoption_Admin_Kind_Permission_Set';
import RETENTION_TITLE from '@salesforce/label/c.Adoption_Admin_Retention_Title';
import RETENTION_HELP from '@salesforce/label/c.Adoption_Admin_Retention_Help';
import RETENTION_SCHEDULED from '@salesforce/label/c.Adoption_Admin_Retention_Scheduled';
import RETENTION_NOT_SCHEDULED from '@salesforce/label/c.Adoption_Admin_Retention_Not_Scheduled';
import RETENTION_UNKNOWN from '@salesforce/label/c.Adoption_Admin_Retention_Unknown';
import RETENTION_LAST from '@salesforce/label/c.Adoption_Admin_Retention_Last';
import RETENTION_NEVER from '@salesforce/label/c.Adoption_Admin_Retention_Never';
import RETENTION_SCHEDULE from '@salesforce/label/c.Adoption_Admin_Retention_Schedule';
import RETENTION_UNSCHEDULE from '@salesforce/label/c.Adoption_Admin_Retention_Unschedule';
import SWEEP_TITLE from '@salesforce/label/c.Adoption_Admin_Sweep_Title';
import SWEEP_HELP from '@salesforce/label/c.Adoption_Admin_Sweep_Help';
import SWEEP_SCHEDULED from '@salesforce/label/c.Adoption_Admin_Sweep_Scheduled';
import SWEEP_NOT_SCHEDULED from '@salesforce/label/c.Adoption_Admin_Sweep_Not_Scheduled';
import ACCESS_TITLE from '@salesforce/label/c.Adoption_Admin_Access_Title';
import ACCESS_HELP from '@salesforce/label/c.Adoption_Admin_Access_Help';
import ACCESS_READABLE from '@salesforce/label/c.Adoption_Admin_Access_Readable';
import ACCESS_NOT_READABLE from '@salesforce/label/c.Adoption_Admin_Access_Not_Readable';
import ACCESS_NO_ROW from '@salesforce/label/c.Adoption_Admin_Access_No_Row';
import SWEEP_LAST from '@salesforce/label/c.Adoption_Admin_Sweep_Last';
import SWEEP_NEVER from '@salesforce/label/c.Adoption_Admin_Sweep_Never';
import SWEEP_SCHEDULE from '@salesforce/label/c.Adoption_Admin_Sweep_Schedule';
import SWEEP_UNSCHEDULE from '@salesforce/label/c.Adoption_Admin_Sweep_Unschedule';
import SWEEP_RUN from '@salesforce/label/c.Adoption_Admin_Sweep_Run';
import SWEEP_UNKNOWN from '@salesforce/label/c.Adoption_Admin_Sweep_Unknown';

export {
    TITLE,
    REFRESH,
    LOADING,
    LOAD_ERROR,
    STATUS_TITLE,
    STATUS_ON,
    STATUS_OFF,
    ENABLED_TEXT,
    DISABLED_TEXT,
    SETTINGS_MISSING,
    SETTINGS_HELP,
    SETTINGS_LINK,
    PROBLEMS_SUMMARY,
    NO_PROBLEMS,
    OBJECTS_TITLE,
    COL_OBJECT,
    COL_TRIGGER,
    COL_ACTIVE_RULES,
    COL_PROBLEMS,
    TRIGGER_ACTIVE,
    TRIGGER_INACTIVE,
    TRIGGER_MISSING,
    TRIGGER_UNKNOWN,
    RULES_TITLE,
    BADGES_TITLE,
    PROMPTS_TITLE,
    COL_NAME,
    COL_DETAIL,
    COL_ACTIVE,
    COL_STATUS,
    STATUS_OK,
    YES,
    NO,
    NONE,
    KEY_FIELDS_TITLE,
    ERRORS_TITLE,
    ERRORS_NONE,
    COL_WHEN,
    COL_SOURCE,
    COL_MESSAGE,
    COL_RULE,
    COL_RECORD,
    SUBSCRIBER_TITLE,
    SUBSCRIBER_UNKNOWN,
    SUBSCRIBER_NOT_FOUND,
    SUBSCRIBER_STATUS,
    SUBSCRIBER_POSITION,
    SUBSCRIBER_TIP,
    SUBSCRIBER_BACKLOG,
    SUBSCRIBER_RETRIES,
    SUBSCRIBER_LAST_ERROR,
    PERSONAS_TITLE,
    COL_PERSONA,
    COL_PERMISSION_SET,
    COL_ASSIGNED,
    PERSONA_REP,
    PERSONA_MANAGER,
    PERSONA_ADMIN,
    HISTORY_TITLE,
    HISTORY_HELP,
    DAYS,
    DRY_RUN,
    BACKFILL,
    REBUILD,
    PURGE,
    CONFIRM_BACKFILL,
    CONFIRM_REBUILD,
    CONFIRM_PURGE,
    CONFIRM,
    CANCEL,
    START_FAILED,
    DAYS_INVALID,
    REBUILD_BEYOND_RETENTION,
    JOB_PROGRESS,
    JOB_COUNTERS,
    JOB_RULE_RESULTS,
    COL_ACTIONS,
    COL_POINTS,
    COL_PEOPLE,
    JOBS_TITLE,
    JOBS_NONE,
    COL_TYPE,
    COL_STARTED,
    DIGEST_TITLE,
    DIGEST_ON,
    DIGEST_OFF,
    DIGEST_SCHEDULED,
    DIGEST_NOT_SCHEDULED,
    DIGEST_UNKNOWN,
    DIGEST_SCHEDULE,
    DIGEST_UNSCHEDULE,
    DIGEST_NOTE,
    DIGEST_EMAIL_OFF,
    CLOSING_TITLE,
    CLOSING_SCHEDULED,
    CLOSING_NOT_SCHEDULED,
    CLOSING_UNKNOWN,
    CLOSING_SCHEDULE,
    CLOSING_UNSCHEDULE,
    CLOSING_NOTE,
    CLOSING_FAILED,
    SCHEDULE_FAILED,
    UNCAPPED_SUMMARY,
    GRANTS_TITLE,
    GRANTS_HELP,
    GRANTS_NONE,
    GRANTS_UNKNOWN,
    COL_GRANTED_BY,
    COL_KIND,
    COL_EVENT,
    KIND_PROFILE,
    KIND_PERMISSION_SET,
    RETENTION_TITLE,
    RETENTION_HELP,
    RETENTION_SCHEDULED,
    RETENTION_NOT_SCHEDULED,
    RETENTION_UNKNOWN,
    RETENTION_LAST,
    RETENTION_NEVER,
    RETENTION_SCHEDULE,
    RETENTION_UNSCHEDULE,
    SWEEP_TITLE,
    SWEEP_HELP,
    SWEEP_SCHEDULED,
    SWEEP_NOT_SCHEDULED,
    SWEEP_LAST,
    SWEEP_NEVER,
    SWEEP_SCHEDULE,
    SWEEP_UNSCHEDULE,
    SWEEP_RUN,
    SWEEP_UNKNOWN,
    ACCESS_TITLE,
    ACCESS_HELP,
    ACCESS_READABLE,
    ACCESS_NOT_READABLE,
    ACCESS_NO_ROW
};
