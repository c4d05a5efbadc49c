trigger AdoptionAccountTrigger on Account(after insert, after update, after delete, after undelete) {
    CaptureService.handleTrigger();
}
