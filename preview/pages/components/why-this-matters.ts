// The page's opportunity (the rep's Globex deal, sample Opportunity 1) gets the gaps the starter
// prompts look for: its close date passed ten days ago and nothing was logged for three weeks. It
// already has no next step. Runs before the components mount, on this page's copy of the data.
import { demoData } from '../../runtime/demo';
import { addDays } from '../../apex/promptsStore';

const data = await demoData();
const deal = data.records.Opportunity[1];
deal.CloseDate = addDays(data.meta.today, -10);
deal.LastActivityDate = addDays(data.meta.today, -21);
deal.NextStep = null;
