/**
 * The custom labels My Progress and its screen functions read (myProgressScreen.ts); each section
 * child (c-my-progress-quest, -badges, -next-badges, -history) imports the few its own markup shows.
 */
import TITLE from '@salesforce/label/c.Adoption_My_Progress_Title';
import REFRESH from '@salesforce/label/c.Adoption_My_Progress_Refresh';
import LOAD_ERROR from '@salesforce/label/c.Adoption_Error_Load';
import EMPTY from '@salesforce/label/c.Adoption_My_Progress_Empty';
import START_HERE from '@salesforce/label/c.Adoption_My_Progress_Start';
import THIS_WEEK from '@salesforce/label/c.Adoption_This_Week';
import THIS_MONTH from '@salesforce/label/c.Adoption_This_Month';
import STREAK_CURRENT from '@salesforce/label/c.Adoption_Streak_Current';
import STREAK_BEST from '@salesforce/label/c.Adoption_Streak_Best';
import STREAK_DAYS from '@salesforce/label/c.Adoption_Streak_Days';
import POINTS from '@salesforce/label/c.Adoption_Points';
import LEVEL from '@salesforce/label/c.Adoption_Level';
import LEVEL_NEXT from '@salesforce/label/c.Adoption_Level_Next';
import LEVEL_TOP from '@salesforce/label/c.Adoption_Level_Top';
import LEVEL_PROGRESS from '@salesforce/label/c.Adoption_Level_Progress_Label';
import ALL_TIME from '@salesforce/label/c.Adoption_Period_All_Time';
import BADGE_PROGRESS from '@salesforce/label/c.Adoption_Badge_Progress';
import BADGE_PROGRESS_LABEL from '@salesforce/label/c.Adoption_Badge_Progress_Label';
import VIEW_RECORD_ARIA from '@salesforce/label/c.Adoption_History_View_Record_Aria';
import ENTRY_REVERSAL from '@salesforce/label/c.Adoption_Entry_Reversal';
import ENTRY_RECREDIT from '@salesforce/label/c.Adoption_Entry_Recredit';
import ENTRY_BACKFILL from '@salesforce/label/c.Adoption_Entry_Backfill';
import TIER_BRONZE from '@salesforce/label/c.Adoption_Tier_Bronze';
import TIER_SILVER from '@salesforce/label/c.Adoption_Tier_Silver';
import TIER_GOLD from '@salesforce/label/c.Adoption_Tier_Gold';
import TIER_PLATINUM from '@salesforce/label/c.Adoption_Tier_Platinum';
import CATEGORY_ACTIVITY from '@salesforce/label/c.Adoption_Category_Activity';
import CATEGORY_PIPELINE from '@salesforce/label/c.Adoption_Category_Pipeline';
import CATEGORY_DATA_QUALITY from '@salesforce/label/c.Adoption_Category_Data_Quality';
import CATEGORY_FORECAST from '@salesforce/label/c.Adoption_Category_Forecast';
import CATEGORY_SERVICE from '@salesforce/label/c.Adoption_Category_Service';
import CATEGORY_COLLABORATION from '@salesforce/label/c.Adoption_Category_Collaboration';
import QUEST_PROGRESS from '@salesforce/label/c.Adoption_Quest_Progress';
import QUEST_PROGRESS_LABEL from '@salesforce/label/c.Adoption_Quest_Progress_Label';
import QUEST_STEP_DONE from '@salesforce/label/c.Adoption_Quest_Step_Done';
import QUEST_STEP_CURRENT from '@salesforce/label/c.Adoption_Quest_Step_Current';
import QUEST_STEP_TO_DO from '@salesforce/label/c.Adoption_Quest_Step_To_Do';
import QUEST_STEP_COUNT from '@salesforce/label/c.Adoption_Quest_Step_Count';
import QUEST_STEPS from '@salesforce/label/c.Adoption_Quest_Steps';
import QUEST_NEXT from '@salesforce/label/c.Adoption_Quest_Next';
import HIDE_LABEL from '@salesforce/label/c.Adoption_Progress_Hide_Label';
import HIDE_HELP from '@salesforce/label/c.Adoption_Progress_Hide_Help';
import HIDDEN_NOW from '@salesforce/label/c.Adoption_Progress_Hidden_Now';
import NOTIFICATIONS_SAVED from '@salesforce/label/c.Adoption_Notifications_Saved';
import NOTIFICATIONS_ERROR from '@salesforce/label/c.Adoption_Notifications_Error';
import SHOWN_NOW from '@salesforce/label/c.Adoption_Progress_Shown_Now';
import HIDE_ERROR from '@salesforce/label/c.Adoption_Progress_Hide_Error';

export {
    TITLE,
    REFRESH,
    LOAD_ERROR,
    EMPTY,
    START_HERE,
    THIS_WEEK,
    THIS_MONTH,
    STREAK_CURRENT,
    STREAK_BEST,
    STREAK_DAYS,
    POINTS,
    LEVEL,
    LEVEL_NEXT,
    LEVEL_TOP,
    LEVEL_PROGRESS,
    ALL_TIME,
    BADGE_PROGRESS,
    BADGE_PROGRESS_LABEL,
    VIEW_RECORD_ARIA,
    ENTRY_REVERSAL,
    ENTRY_RECREDIT,
    ENTRY_BACKFILL,
    TIER_BRONZE,
    TIER_SILVER,
    TIER_GOLD,
    TIER_PLATINUM,
    CATEGORY_ACTIVITY,
    CATEGORY_PIPELINE,
    CATEGORY_DATA_QUALITY,
    CATEGORY_FORECAST,
    CATEGORY_SERVICE,
    CATEGORY_COLLABORATION,
    QUEST_PROGRESS,
    QUEST_PROGRESS_LABEL,
    QUEST_STEP_DONE,
    QUEST_STEP_CURRENT,
    QUEST_STEP_TO_DO,
    QUEST_STEP_COUNT,
    QUEST_STEPS,
    QUEST_NEXT,
    HIDE_LABEL,
    HIDE_HELP,
    HIDDEN_NOW,
    NOTIFICATIONS_SAVED,
    NOTIFICATIONS_ERROR,
    SHOWN_NOW,
    HIDE_ERROR
};
