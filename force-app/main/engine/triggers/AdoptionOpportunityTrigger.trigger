trigger AdoptionOpportunityTrigger on Opportunity(after insert, after update, after delete, after undelete) {
    CaptureService.handleTrigger();
}
