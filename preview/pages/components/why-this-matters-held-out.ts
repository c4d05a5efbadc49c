// An admin runs the Next Step prompt as an experiment, and this rep's bucket is in the holdout: the
// experiment's salt is found with c/promptExperimentMath (the twin of the Apex assignment), as the org
// would have drawn it. The record (the rep's Commit deal without a Next Step) meets only that prompt.
import { currentUserId, demoData } from '../../runtime/demo';
import { holdOut } from '../../apex/experimentsStore';

holdOut(await demoData(), 'Opportunity_Missing_Next_Step', currentUserId());
