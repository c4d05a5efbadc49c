trigger AdoptionLeadTrigger on Lead(after insert, after update, after delete, after undelete) {
    CaptureService.handleTrigger();
}
