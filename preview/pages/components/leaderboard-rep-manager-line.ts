// Show_Manager_Activity__c on: the team board shows the manager's own activity this week.
import { demoData } from '../../runtime/demo';

const data = await demoData();
data.settings.Show_Manager_Activity__c = true;
