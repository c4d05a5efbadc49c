// The admin's team page in works council mode.
import '../components/adoption-pulse-works-council';
