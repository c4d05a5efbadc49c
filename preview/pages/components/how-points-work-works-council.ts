// How points work with works council mode on.
import './adoption-pulse-works-council';
