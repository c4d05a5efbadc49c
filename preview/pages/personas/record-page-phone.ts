// The same opportunity as the Why This Matters page (its close date passed, no next step, no
// activity for weeks): that page's script sets the sample data up, and runs here too.
import '../components/why-this-matters';
