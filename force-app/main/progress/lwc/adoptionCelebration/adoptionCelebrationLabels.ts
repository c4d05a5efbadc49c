/**
 * The custom labels of the celebration card and of adoptionCelebrationScreen.ts, which words each
 * celebration from them (the rep's language).
 */
import CLOSE from '@salesforce/label/c.Adoption_Celebration_Close';
import IDLE from '@salesforce/label/c.Adoption_Celebration_Idle';
import UNAVAILABLE from '@salesforce/label/c.Adoption_Celebration_Unavailable';
import BADGE_EARNED from '@salesforce/label/c.Adoption_Celebration_Badge_Earned';
import LEVEL_UP_TITLE from '@salesforce/label/c.Adoption_Celebration_Level_Up_Title';
import LEVEL_UP from '@salesforce/label/c.Adoption_Celebration_Level_Up';
import MORE from '@salesforce/label/c.Adoption_Celebration_More';
import BUNDLE from '@salesforce/label/c.Adoption_Celebration_Bundle';
import CHALLENGE_WON from '@salesforce/label/c.Adoption_Celebration_Challenge_Won';
import CHALLENGE_NEW from '@salesforce/label/c.Adoption_Celebration_Challenge_New';
import BADGE_REVOKED_TITLE from '@salesforce/label/c.Adoption_Celebration_Badge_Revoked_Title';
import BADGE_REVOKED from '@salesforce/label/c.Adoption_Celebration_Badge_Revoked';
import RECOGNITION from '@salesforce/label/c.Recognition_Celebration_Title';
import TIER_BRONZE from '@salesforce/label/c.Adoption_Tier_Bronze';
import TIER_SILVER from '@salesforce/label/c.Adoption_Tier_Silver';
import TIER_GOLD from '@salesforce/label/c.Adoption_Tier_Gold';
import TIER_PLATINUM from '@salesforce/label/c.Adoption_Tier_Platinum';

export {
    CLOSE,
    IDLE,
    UNAVAILABLE,
    BADGE_EARNED,
    LEVEL_UP_TITLE,
    LEVEL_UP,
    MORE,
    BUNDLE,
    CHALLENGE_WON,
    CHALLENGE_NEW,
    BADGE_REVOKED_TITLE,
    BADGE_REVOKED,
    RECOGNITION,
    TIER_BRONZE,
    TIER_SILVER,
    TIER_GOLD,
    TIER_PLATINUM
};
