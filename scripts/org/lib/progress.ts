// Progress on stderr, so stdout stays clean for what the script produces. On a terminal: one line
// rewritten in place with a spinner; elsewhere (CI logs, pipes, files): one plain line per step.
import type { Io } from './cli.js';

const FRAMES = ['-', '\\', '|', '/'];

export class Progress {
    private readonly stream: Io['stderr'];
    private readonly total: number;
    private readonly interactive: boolean;
    private step = 0;
    private message = '';
    private detailText = '';
    private frame = 0;
    private drawn = false;
    private timer: NodeJS.Timeout | undefined;

    constructor(io: Io, total: number) {
        this.stream = io.stderr;
        this.total = total;
        this.interactive = io.stderr.isTTY === true && io.env.TERM !== 'dumb' && !io.env.CI;
    }

    /** Starts the next step. */
    next(message: string): void {
        this.step++;
        this.message = message;
        this.detailText = '';
        if (this.interactive) {
            this.draw();
            if (!this.timer) {
                this.timer = setInterval(() => this.draw(), 120);
                this.timer.unref();
            }
        } else {
            this.stream.write(`[${this.step}/${this.total}] ${message}\n`);
        }
    }

    /** Updates the current step's detail (e.g. '400 of 1,200 rows'); plain mode prints nothing. */
    detail(detail: string): void {
        this.detailText = detail;
        if (this.interactive) {
            this.draw();
        }
    }

    /** Ends the progress display, leaving a final line. */
    finish(message: string): void {
        this.stop();
        this.stream.write(`${message}\n`);
    }

    /** Ends the progress display without a line (before an error message). */
    stop(): void {
        if (this.timer) {
            clearInterval(this.timer);
            this.timer = undefined;
        }
        if (this.drawn) {
            this.stream.write('\r\u001b[2K');
            this.drawn = false;
        }
    }

    private draw(): void {
        this.frame = (this.frame + 1) % FRAMES.length;
        this.drawn = true;
        const suffix = this.detailText ? ` (${this.detailText})` : '';
        this.stream.write(`\r\u001b[2K${FRAMES[this.frame]} [${this.step}/${this.total}] ${this.message}${suffix}`);
    }
}
