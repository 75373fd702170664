package ch.partnerportal.kernel;

import java.time.Duration;

/**
 * A system test moved the portal's clock ahead ({@link SystemClock#runAhead}): the work a timer would
 * have done by then is done at once, in the order the modules observe it, so a test sees what the
 * passing hours decided (an elevation ended, a request lapsed) without waiting for the next tick.
 */
public record ClockMoved(Duration ahead) {
}
