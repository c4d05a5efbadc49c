// Works council mode with a minimum group size of 12: the manager's 11 reports are too few, so the
// pulse shows no figure at all.
import './adoption-pulse-works-council';
import { demoData } from '../../runtime/demo';

const data = await demoData();
data.settings.Minimum_Group_Size__c = 12;
