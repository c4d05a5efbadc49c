// RecognitionController.getRecentRecords in the preview: a colleague's recent records for the
// leaderboard's Recognise action (recognitionStore.ts).
import type { RecognitionRecordOption } from '@salesforce/apex/RecognitionController.getRecentRecords';
import { recentRecords } from './recognitionStore';

export default function getRecentRecords(params?: { recipientId?: string }): Promise<RecognitionRecordOption[]> {
    return recentRecords(params?.recipientId);
}
