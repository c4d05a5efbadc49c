trigger AdoptionCaseTrigger on Case(after insert, after update, after delete, after undelete) {
    CaptureService.handleTrigger();
}
