package ch.partnerportal.kernel;

/**
 * The time the current request spent in the authorization decision point, so that its cost can be
 * measured on the running portal (the API answers it in a {@code Server-Timing} header) instead of
 * guessed. One thread serves one request from its start to its answer, so a thread's tally is its
 * request's; the API resets it when a request begins.
 */
public final class DecisionTimes {

    private static final ThreadLocal<long[]> SPENT = ThreadLocal.withInitial(() -> new long[2]);

    private DecisionTimes() {
    }

    public static void reset() {
        long[] spent = SPENT.get();
        spent[0] = 0;
        spent[1] = 0;
    }

    /** @param startNanos {@link System#nanoTime()} when the decision began */
    public static void since(long startNanos) {
        long[] spent = SPENT.get();
        spent[0] += System.nanoTime() - startNanos;
        spent[1]++;
    }

    public static long nanos() {
        return SPENT.get()[0];
    }

    public static long decisions() {
        return SPENT.get()[1];
    }
}
