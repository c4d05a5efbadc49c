// The admin page in works council mode; the sample org keeps Grant Access Using Hierarchies on.
import './adoption-pulse-works-council';
