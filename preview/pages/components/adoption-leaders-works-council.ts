// The director's leaders view in works council mode.
import './adoption-pulse-works-council';
