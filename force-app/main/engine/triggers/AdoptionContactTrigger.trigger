trigger AdoptionContactTrigger on Contact(after insert, after update, after delete, after undelete) {
    CaptureService.handleTrigger();
}
