trigger AdoptionChallengeTrigger on Adoption_Challenge__c(before update) {
    ChallengesTriggerHandler.handleTrigger();
}
