// RecognitionController.getContext in the preview: the caller's team and points left (recognitionStore.ts).
import type { RecognitionContext } from '@salesforce/apex/RecognitionController.getContext';
import { context } from './recognitionStore';

export default function getContext(): Promise<RecognitionContext> {
    return context();
}
