// The rep's stand-up while she is held out of the Next Step prompt's experiment (the record page's
// held-out script): the card offers the prompts the record page would, so none of that prompt.
import './why-this-matters-held-out';
