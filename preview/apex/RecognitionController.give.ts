// RecognitionController.give in the preview: RecognitionService's rules (recognitionStore.ts).
import type { RecognitionGiven, RecognitionInput } from '@salesforce/apex/RecognitionController.give';
import { give as giveRecognition } from './recognitionStore';

export default function give(params?: { input?: RecognitionInput }): Promise<RecognitionGiven> {
    return giveRecognition(params?.input);
}
