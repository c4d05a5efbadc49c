// Works council mode for the page: the sample's settings with Works_Council_Mode__c on and the
// shipped minimum group size (5). Other works council pages import this script first.
import { demoData } from '../../runtime/demo';

const data = await demoData();
data.settings.Works_Council_Mode__c = true;
data.settings.Minimum_Group_Size__c = 5;
