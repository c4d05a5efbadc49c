/**
 * The custom labels of the leaderboard: the template's (LABELS) and those leaderboardScreen.ts
 * builds the rows and notices from.
 */
import TITLE from '@salesforce/label/c.Adoption_Board_Title';
import COLUMN_RECOGNISE from '@salesforce/label/c.Adoption_Board_Column_Recognise';
import RECOGNISE_BUTTON from '@salesforce/label/c.Recognition_Submit';
import RECOGNISE_CLOSE from '@salesforce/label/c.Adoption_Board_Recognise_Close';
export { default as RECOGNISE_ROW } from '@salesforce/label/c.Adoption_Board_Recognise';
export { default as RECOGNISE_HEADING } from '@salesforce/label/c.Adoption_Board_Recognise_Heading';
import REFRESH from '@salesforce/label/c.Adoption_Board_Refresh';
import LOADING from '@salesforce/label/c.Adoption_Loading';
import LOAD_ERROR from '@salesforce/label/c.Adoption_Error_Load';
import FILTER_PERIOD from '@salesforce/label/c.Adoption_Board_Filter_Period';
import FILTER_SCOPE from '@salesforce/label/c.Adoption_Board_Filter_Scope';
import FILTER_GROUP from '@salesforce/label/c.Adoption_Board_Filter_Group';
import FILTER_METRIC from '@salesforce/label/c.Adoption_Board_Filter_Metric';
import FILTER_MODE from '@salesforce/label/c.Adoption_Board_Filter_Mode';
import GROUP_PLACEHOLDER from '@salesforce/label/c.Adoption_Board_Group_Placeholder';
import GROUP_REQUIRED from '@salesforce/label/c.Adoption_Board_Error_Group_Required';
import SHOW_MORE from '@salesforce/label/c.Adoption_Board_Show_More';
import SHOWING from '@salesforce/label/c.Adoption_Board_Showing';
import CAPTION from '@salesforce/label/c.Adoption_Board_Caption';
import COLUMN_RANK from '@salesforce/label/c.Adoption_Board_Column_Rank';
import COLUMN_NAME from '@salesforce/label/c.Adoption_Board_Column_Name';
import COLUMN_IMPROVEMENT from '@salesforce/label/c.Adoption_Board_Column_Improvement';
import COLUMN_PERCENT_OF_BEST from '@salesforce/label/c.Adoption_Board_Column_Percent_Of_Best';
import COLUMN_TREND from '@salesforce/label/c.Adoption_Board_Column_Trend';
import COLUMN_BADGES from '@salesforce/label/c.Adoption_Board_Column_Badges';
import COLUMN_STREAK from '@salesforce/label/c.Adoption_Board_Column_Streak';
import YOU from '@salesforce/label/c.Adoption_Board_You';
import MANAGER from '@salesforce/label/c.Adoption_Board_Manager';
import TIED from '@salesforce/label/c.Adoption_Board_Tied';
import TREND_UP from '@salesforce/label/c.Adoption_Board_Trend_Up';
import TREND_DOWN from '@salesforce/label/c.Adoption_Board_Trend_Down';
import TREND_SAME from '@salesforce/label/c.Adoption_Board_Trend_Same';
import TREND_UP_BEST from '@salesforce/label/c.Adoption_Board_Trend_Up_Best';
import TREND_DOWN_BEST from '@salesforce/label/c.Adoption_Board_Trend_Down_Best';
import PERCENT from '@salesforce/label/c.Adoption_Board_Percent';
import BADGE_COUNT from '@salesforce/label/c.Adoption_Board_Badge_Count';
import BADGES_CAPPED from '@salesforce/label/c.Adoption_Board_Badges_Capped';
import NOT_SHOWN from '@salesforce/label/c.Adoption_Board_Not_Shown';
import NO_BEST from '@salesforce/label/c.Adoption_Board_No_Best';
import YOUR_PLACE from '@salesforce/label/c.Adoption_Board_Your_Place';
import EMPTY from '@salesforce/label/c.Adoption_Board_Empty';
import HIDDEN_NOTICE from '@salesforce/label/c.Adoption_Board_Hidden_Notice';
import BANDS_NOTICE from '@salesforce/label/c.Adoption_Board_Bands_Notice';
import MOST_IMPROVED_NOTICE from '@salesforce/label/c.Adoption_Board_Most_Improved_Notice';
import PERSONAL_BEST_NOTICE from '@salesforce/label/c.Adoption_Board_Personal_Best_Notice';
import RANK_EXACT from '@salesforce/label/c.Adoption_Rank_Exact';
import RANK_BAND_TOP from '@salesforce/label/c.Adoption_Rank_Band_Top';
import RANK_BAND_REST from '@salesforce/label/c.Adoption_Rank_Band_Rest';
import STREAK_DAYS from '@salesforce/label/c.Adoption_Streak_Days';
import CHALLENGE_POINTS from '@salesforce/label/c.Adoption_Challenges_Column_Points';
import CHALLENGE_PERCENT_OF_TARGET from '@salesforce/label/c.Adoption_Challenges_Column_Percent_Of_Target';
import CHALLENGE_POINTS_PER_MEMBER from '@salesforce/label/c.Adoption_Challenges_Column_Points_Per_Member';
import CHALLENGE_TEAM_PERCENT from '@salesforce/label/c.Adoption_Challenges_Column_Team_Percent';
import CHALLENGE_TEAM_POINTS from '@salesforce/label/c.Adoption_Challenges_Column_Team_Points';
import CHALLENGE_MEMBERS from '@salesforce/label/c.Adoption_Challenges_Members';
import CHALLENGE_MEMBERS_ONE from '@salesforce/label/c.Adoption_Challenges_Members_One';
import CHALLENGE_YOUR_TEAM from '@salesforce/label/c.Adoption_Challenges_Your_Team';
import WORKS_COUNCIL_NOTICE from '@salesforce/label/c.Adoption_Board_Works_Council_Notice';
import WITHHELD_NOTICE from '@salesforce/label/c.Adoption_Board_Withheld_Notice';
import YOUR_FIGURES from '@salesforce/label/c.Adoption_Board_Your_Figures';
import TEAMS_HEADING from '@salesforce/label/c.Adoption_Board_Teams_Heading';
import TEAMS_CAPTION from '@salesforce/label/c.Adoption_Board_Teams_Caption';
import COLUMN_TEAM from '@salesforce/label/c.Adoption_Board_Column_Team';
import COLUMN_AVERAGE from '@salesforce/label/c.Adoption_Board_Column_Average';
import COLUMN_MEMBERS from '@salesforce/label/c.Adoption_Board_Column_Members';
import NO_TEAMS from '@salesforce/label/c.Adoption_Board_No_Teams';
import BAND_NONE from '@salesforce/label/c.Adoption_Board_Band_None';

export {
    TITLE,
    REFRESH,
    LOADING,
    LOAD_ERROR,
    FILTER_PERIOD,
    FILTER_SCOPE,
    FILTER_GROUP,
    FILTER_METRIC,
    FILTER_MODE,
    GROUP_PLACEHOLDER,
    GROUP_REQUIRED,
    SHOW_MORE,
    SHOWING,
    CAPTION,
    COLUMN_RANK,
    COLUMN_NAME,
    COLUMN_IMPROVEMENT,
    COLUMN_PERCENT_OF_BEST,
    COLUMN_TREND,
    COLUMN_BADGES,
    COLUMN_STREAK,
    YOU,
    MANAGER,
    TIED,
    TREND_UP,
    TREND_DOWN,
    TREND_SAME,
    TREND_UP_BEST,
    TREND_DOWN_BEST,
    PERCENT,
    BADGE_COUNT,
    BADGES_CAPPED,
    NOT_SHOWN,
    NO_BEST,
    YOUR_PLACE,
    EMPTY,
    HIDDEN_NOTICE,
    BANDS_NOTICE,
    MOST_IMPROVED_NOTICE,
    PERSONAL_BEST_NOTICE,
    RANK_EXACT,
    RANK_BAND_TOP,
    RANK_BAND_REST,
    STREAK_DAYS,
    CHALLENGE_POINTS,
    CHALLENGE_PERCENT_OF_TARGET,
    CHALLENGE_POINTS_PER_MEMBER,
    CHALLENGE_TEAM_PERCENT,
    CHALLENGE_TEAM_POINTS,
    CHALLENGE_MEMBERS,
    CHALLENGE_MEMBERS_ONE,
    CHALLENGE_YOUR_TEAM,
    WORKS_COUNCIL_NOTICE,
    WITHHELD_NOTICE,
    YOUR_FIGURES,
    TEAMS_HEADING,
    TEAMS_CAPTION,
    COLUMN_TEAM,
    COLUMN_AVERAGE,
    COLUMN_MEMBERS,
    NO_TEAMS,
    BAND_NONE
};

/** What the template reads as {labels.x}. */
export const LABELS = {
    title: TITLE,
    refresh: REFRESH,
    loading: LOADING,
    period: FILTER_PERIOD,
    scope: FILTER_SCOPE,
    group: FILTER_GROUP,
    metric: FILTER_METRIC,
    mode: FILTER_MODE,
    groupPlaceholder: GROUP_PLACEHOLDER,
    groupRequired: GROUP_REQUIRED,
    caption: CAPTION,
    rank: COLUMN_RANK,
    name: COLUMN_NAME,
    badges: COLUMN_BADGES,
    streak: COLUMN_STREAK,
    manager: MANAGER,
    yourPlace: YOUR_PLACE,
    empty: EMPTY,
    yourFigures: YOUR_FIGURES,
    teamsHeading: TEAMS_HEADING,
    teamsCaption: TEAMS_CAPTION,
    team: COLUMN_TEAM,
    members: COLUMN_MEMBERS,
    noTeams: NO_TEAMS,
    yourTeam: CHALLENGE_YOUR_TEAM,
    recogniseColumn: COLUMN_RECOGNISE,
    recognise: RECOGNISE_BUTTON,
    recogniseClose: RECOGNISE_CLOSE
};
