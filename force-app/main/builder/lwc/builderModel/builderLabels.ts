/**
 * The custom labels of the builder's components (c-adoption-builder, c-builder-condition,
 * c-builder-history) and of the plain-language preview. Part of c/builderModel.
 */
import PERMISSION_MISSING from '@salesforce/label/c.Adoption_Builder_Permission_Missing';
import SAVE_FAILED from '@salesforce/label/c.Adoption_Builder_Save_Failed';
import TITLE from '@salesforce/label/c.Adoption_Builder_Title';
import INTRO from '@salesforce/label/c.Adoption_Builder_Intro';
import KIND from '@salesforce/label/c.Adoption_Builder_Kind';
import RECORD from '@salesforce/label/c.Adoption_Builder_Record';
import NEW_RECORD from '@salesforce/label/c.Adoption_Builder_New_Record';
import RECORDS_TITLE from '@salesforce/label/c.Adoption_Builder_Records_Title';
import COL_NAME from '@salesforce/label/c.Adoption_Builder_Col_Name';
import COL_LABEL from '@salesforce/label/c.Adoption_Builder_Col_Label';
import EDIT from '@salesforce/label/c.Adoption_Builder_Edit';
import API_NAME from '@salesforce/label/c.Adoption_Builder_Api_Name';
import LABEL from '@salesforce/label/c.Adoption_Builder_Label';
import NONE from '@salesforce/label/c.Adoption_Builder_None';
import CHOOSE from '@salesforce/label/c.Adoption_Builder_Choose';
import CONDITION_FIELD from '@salesforce/label/c.Adoption_Builder_Condition_Field';
import CONDITION_OPERATOR from '@salesforce/label/c.Adoption_Builder_Condition_Operator';
import CONDITION_VALUE from '@salesforce/label/c.Adoption_Builder_Condition_Value';
import CONDITION_JOIN from '@salesforce/label/c.Adoption_Builder_Condition_Join';
import CONDITION_ADD from '@salesforce/label/c.Adoption_Builder_Condition_Add';
import CONDITION_TEXT from '@salesforce/label/c.Adoption_Builder_Condition_Text';
import CONDITION_OK from '@salesforce/label/c.Adoption_Builder_Condition_Ok';
import CONDITION_ERROR from '@salesforce/label/c.Adoption_Builder_Condition_Error';
import CONDITION_FIELD_MISSING from '@salesforce/label/c.Adoption_Builder_Condition_Field_Missing';
import CONDITION_TOO_LONG from '@salesforce/label/c.Adoption_Builder_Condition_Too_Long_Short';
import PREVIEW_TITLE from '@salesforce/label/c.Adoption_Builder_Preview_Title';
import RULE_SENTENCE from '@salesforce/label/c.Adoption_Builder_Rule_Sentence';
import VERB_CREATE from '@salesforce/label/c.Adoption_Builder_Verb_Create';
import VERB_UPDATE from '@salesforce/label/c.Adoption_Builder_Verb_Update';
import VERB_DELETE from '@salesforce/label/c.Adoption_Builder_Verb_Delete';
import VERB_UNDELETE from '@salesforce/label/c.Adoption_Builder_Verb_Undelete';
import WHERE_PART from '@salesforce/label/c.Adoption_Builder_Where_Part';
import CAP_PART from '@salesforce/label/c.Adoption_Builder_Cap_Part';
import ONCE_PART from '@salesforce/label/c.Adoption_Builder_Once_Part';
import PROMPT_SENTENCE from '@salesforce/label/c.Adoption_Builder_Prompt_Sentence';
import PROMPT_SENTENCE_ALWAYS from '@salesforce/label/c.Adoption_Builder_Prompt_Sentence_Always';
import WORDS_EQ from '@salesforce/label/c.Adoption_Builder_Words_Eq';
import WORDS_NE from '@salesforce/label/c.Adoption_Builder_Words_Ne';
import WORDS_LT from '@salesforce/label/c.Adoption_Builder_Words_Lt';
import WORDS_GT from '@salesforce/label/c.Adoption_Builder_Words_Gt';
import WORDS_LE from '@salesforce/label/c.Adoption_Builder_Words_Le';
import WORDS_GE from '@salesforce/label/c.Adoption_Builder_Words_Ge';
import WORDS_CONTAINS from '@salesforce/label/c.Adoption_Builder_Words_Contains';
import WORDS_CHANGED_TO from '@salesforce/label/c.Adoption_Builder_Words_Changed_To';
import WORDS_BLANK from '@salesforce/label/c.Adoption_Builder_Words_Blank';
import WORDS_FILLED from '@salesforce/label/c.Adoption_Builder_Words_Filled';
import WORDS_CHANGED from '@salesforce/label/c.Adoption_Builder_Words_Changed';
import WORDS_BECAME_FILLED from '@salesforce/label/c.Adoption_Builder_Words_Became_Filled';
import WORDS_INCREASED from '@salesforce/label/c.Adoption_Builder_Words_Increased';
import WORDS_DECREASED from '@salesforce/label/c.Adoption_Builder_Words_Decreased';
import WORDS_IS_NEW from '@salesforce/label/c.Adoption_Builder_Words_Is_New';
import WORDS_LENGTH from '@salesforce/label/c.Adoption_Builder_Words_Length';
import WORDS_AND from '@salesforce/label/c.Adoption_Builder_Words_And';
import WORDS_OR from '@salesforce/label/c.Adoption_Builder_Words_Or';
import WORDS_NOT from '@salesforce/label/c.Adoption_Builder_Words_Not';
import WORDS_TODAY from '@salesforce/label/c.Adoption_Builder_Words_Today';
import WORDS_DAYS_AGO from '@salesforce/label/c.Adoption_Builder_Words_Days_Ago';
import WORDS_DAYS_AHEAD from '@salesforce/label/c.Adoption_Builder_Words_Days_Ahead';
import WORDS_TRUE from '@salesforce/label/c.Adoption_Builder_Words_True';
import WORDS_FALSE from '@salesforce/label/c.Adoption_Builder_Words_False';
import DRY_RUN_TITLE from '@salesforce/label/c.Adoption_Builder_Dry_Run_Title';
import DRY_RUN_HELP from '@salesforce/label/c.Adoption_Builder_Dry_Run_Help';
import DRY_RUN_DAYS from '@salesforce/label/c.Adoption_Builder_Dry_Run_Days';
import DRY_RUN_START from '@salesforce/label/c.Adoption_Builder_Dry_Run_Start';
import DRY_RUN_RUNNING from '@salesforce/label/c.Adoption_Builder_Dry_Run_Running';
import DRY_RUN_NONE from '@salesforce/label/c.Adoption_Builder_Dry_Run_None';
import DRY_RUN_SUMMARY from '@salesforce/label/c.Adoption_Builder_Dry_Run_Summary';
import COL_PERSON from '@salesforce/label/c.Adoption_Builder_Col_Person';
import COL_ACTIONS from '@salesforce/label/c.Adoption_Builder_Col_Actions';
import COL_POINTS from '@salesforce/label/c.Adoption_Builder_Col_Points';
import FLAG_DOMINANT from '@salesforce/label/c.Adoption_Builder_Flag_Dominant';
import FLAG_DOMINANT_SHARE from '@salesforce/label/c.Adoption_Builder_Flag_Dominant_Share';
import DEPLOY_UNKNOWN from '@salesforce/label/c.Adoption_Builder_Deploy_Unknown';
import FLAG_REPEATS from '@salesforce/label/c.Adoption_Builder_Flag_Repeats';
import NOTE from '@salesforce/label/c.Adoption_Builder_Note';
import SAVE from '@salesforce/label/c.Adoption_Builder_Save';
import SAVING from '@salesforce/label/c.Adoption_Builder_Saving';
import STATUS_QUEUED from '@salesforce/label/c.Adoption_Builder_Status_Queued';
import STATUS_SUCCEEDED from '@salesforce/label/c.Adoption_Builder_Status_Succeeded';
import STATUS_FAILED from '@salesforce/label/c.Adoption_Builder_Status_Failed';
import HISTORY_TITLE from '@salesforce/label/c.Adoption_Builder_History_Title';
import HISTORY_NONE from '@salesforce/label/c.Adoption_Builder_History_None';
import COL_RECORD from '@salesforce/label/c.Adoption_Builder_Col_Record';
import COL_WHEN from '@salesforce/label/c.Adoption_Builder_Col_When';
import COL_WHO from '@salesforce/label/c.Adoption_Builder_Col_Who';
import COL_NOTE from '@salesforce/label/c.Adoption_Builder_Col_Note';
import COL_STATUS from '@salesforce/label/c.Adoption_Builder_Col_Status';
import COL_RESULT from '@salesforce/label/c.Adoption_Builder_Col_Result';
import WHAT_CHANGED from '@salesforce/label/c.Adoption_Builder_What_Changed';
import CHANGE_LINE from '@salesforce/label/c.Adoption_Builder_Change_Line';
import DOWNLOAD from '@salesforce/label/c.Adoption_Builder_Download';
import DOWNLOAD_HELP from '@salesforce/label/c.Adoption_Builder_Download_Help';
import LOAD_FAILED from '@salesforce/label/c.Adoption_Error_Load';
import START_FAILED from '@salesforce/label/c.Adoption_Admin_Start_Failed';

/** Every label, by the name the components use. */
export const LABELS = {
    permissionMissing: PERMISSION_MISSING,
    saveFailed: SAVE_FAILED,
    title: TITLE,
    intro: INTRO,
    kind: KIND,
    record: RECORD,
    newRecord: NEW_RECORD,
    recordsTitle: RECORDS_TITLE,
    colName: COL_NAME,
    colLabel: COL_LABEL,
    edit: EDIT,
    apiName: API_NAME,
    label: LABEL,
    none: NONE,
    choose: CHOOSE,
    conditionField: CONDITION_FIELD,
    conditionOperator: CONDITION_OPERATOR,
    conditionValue: CONDITION_VALUE,
    conditionJoin: CONDITION_JOIN,
    conditionAdd: CONDITION_ADD,
    conditionText: CONDITION_TEXT,
    conditionOk: CONDITION_OK,
    conditionError: CONDITION_ERROR,
    conditionFieldMissing: CONDITION_FIELD_MISSING,
    conditionTooLong: CONDITION_TOO_LONG,
    previewTitle: PREVIEW_TITLE,
    ruleSentence: RULE_SENTENCE,
    verbCreate: VERB_CREATE,
    verbUpdate: VERB_UPDATE,
    verbDelete: VERB_DELETE,
    verbUndelete: VERB_UNDELETE,
    wherePart: WHERE_PART,
    capPart: CAP_PART,
    oncePart: ONCE_PART,
    promptSentence: PROMPT_SENTENCE,
    promptSentenceAlways: PROMPT_SENTENCE_ALWAYS,
    wordsEq: WORDS_EQ,
    wordsNe: WORDS_NE,
    wordsLt: WORDS_LT,
    wordsGt: WORDS_GT,
    wordsLe: WORDS_LE,
    wordsGe: WORDS_GE,
    wordsContains: WORDS_CONTAINS,
    wordsChangedTo: WORDS_CHANGED_TO,
    wordsBlank: WORDS_BLANK,
    wordsFilled: WORDS_FILLED,
    wordsChanged: WORDS_CHANGED,
    wordsBecameFilled: WORDS_BECAME_FILLED,
    wordsIncreased: WORDS_INCREASED,
    wordsDecreased: WORDS_DECREASED,
    wordsIsNew: WORDS_IS_NEW,
    wordsLength: WORDS_LENGTH,
    wordsAnd: WORDS_AND,
    wordsOr: WORDS_OR,
    wordsNot: WORDS_NOT,
    wordsToday: WORDS_TODAY,
    wordsDaysAgo: WORDS_DAYS_AGO,
    wordsDaysAhead: WORDS_DAYS_AHEAD,
    wordsTrue: WORDS_TRUE,
    wordsFalse: WORDS_FALSE,
    dryRunTitle: DRY_RUN_TITLE,
    dryRunHelp: DRY_RUN_HELP,
    dryRunDays: DRY_RUN_DAYS,
    dryRunStart: DRY_RUN_START,
    dryRunRunning: DRY_RUN_RUNNING,
    dryRunNone: DRY_RUN_NONE,
    dryRunSummary: DRY_RUN_SUMMARY,
    colPerson: COL_PERSON,
    colActions: COL_ACTIONS,
    colPoints: COL_POINTS,
    flagDominant: FLAG_DOMINANT,
    flagDominantShare: FLAG_DOMINANT_SHARE,
    deployUnknown: DEPLOY_UNKNOWN,
    flagRepeats: FLAG_REPEATS,
    note: NOTE,
    save: SAVE,
    saving: SAVING,
    statusQueued: STATUS_QUEUED,
    statusSucceeded: STATUS_SUCCEEDED,
    statusFailed: STATUS_FAILED,
    historyTitle: HISTORY_TITLE,
    historyNone: HISTORY_NONE,
    colRecord: COL_RECORD,
    colWhen: COL_WHEN,
    colWho: COL_WHO,
    colNote: COL_NOTE,
    colStatus: COL_STATUS,
    colResult: COL_RESULT,
    whatChanged: WHAT_CHANGED,
    changeLine: CHANGE_LINE,
    download: DOWNLOAD,
    downloadHelp: DOWNLOAD_HELP,
    loadFailed: LOAD_FAILED,
    startFailed: START_FAILED
} as const;
