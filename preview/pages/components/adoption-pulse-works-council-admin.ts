// The admin's pulse of everyone, in works council mode.
import './adoption-pulse-works-council';
