trigger AdoptionEventTrigger on Event(after insert, after update, after delete, after undelete) {
    CaptureService.handleTrigger();
}
