// RecognitionController.getWall in the preview: the team wall with the privacy rules (recognitionStore.ts).
import type { RecognitionWallView } from '@salesforce/apex/RecognitionController.getWall';
import { wall } from './recognitionStore';

export default function getWall(): Promise<RecognitionWallView> {
    return wall();
}
