// Works council mode for the stand-up page (the pulse's works council page script).
import './adoption-pulse-works-council';
