// The manager's Home in works council mode.
import '../components/adoption-pulse-works-council';
