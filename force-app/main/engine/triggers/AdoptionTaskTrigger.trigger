trigger AdoptionTaskTrigger on Task(after insert, after update, after delete, after undelete) {
    CaptureService.handleTrigger();
}
