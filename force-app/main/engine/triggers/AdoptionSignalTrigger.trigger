trigger AdoptionSignalTrigger on Adoption_Signal__e(after insert) {
    SignalsTriggerHandler.handleTrigger();
}
