// The rep's page with works council mode on (Works_Council_Mode__c), the settings' other values as
// shipped (groups of at least 5).
import { demoData } from '../../runtime/demo';

const data = await demoData();
data.settings.Works_Council_Mode__c = true;
