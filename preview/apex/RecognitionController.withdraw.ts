// RecognitionController.withdraw in the preview: its giver or an admin (recognitionStore.ts).
import { withdraw as withdrawRecognition } from './recognitionStore';

export default function withdraw(params?: { recognitionId?: string }): Promise<number> {
    return withdrawRecognition(params?.recognitionId);
}
