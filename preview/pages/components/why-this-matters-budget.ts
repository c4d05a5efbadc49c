// The opportunity of the why-this-matters page, with a daily interruption budget of 2 prompts.
import './why-this-matters';
import { demoData } from '../../runtime/demo';

const data = await demoData();
data.settings.Daily_Interruption_Budget__c = 2;
