// How points work with works council mode on, in an org that unticked Grant Access Using Hierarchies
// for the package's objects: no manager above the rep can open the rep's rows.
import { demoData } from '../../runtime/demo';
import './adoption-pulse-works-council';

const data = await demoData();
data.grantAccessUsingHierarchies = false;
