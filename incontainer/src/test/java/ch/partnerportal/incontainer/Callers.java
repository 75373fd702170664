package ch.partnerportal.incontainer;

/**
 * The callers of the in-container tests: fixed users of the server's basic registry, each taken on
 * by a run-as bean ({@link AsFounder}, ...), so the facades see that user as their caller, as they
 * see a signed-in person.
 */
final class Callers {

    static final String FOUNDER = "founder@incontainer.example.ch";
    static final String FIRST = "first@incontainer.example.ch";
    static final String SECOND = "second@incontainer.example.ch";
    static final String PAYER = "payer@incontainer.example.ch";

    /** Role and user of each caller, as bound in the deployment. */
    static final String[][] ALL = {
            {"as-founder", FOUNDER}, {"as-first", FIRST}, {"as-second", SECOND}, {"as-payer", PAYER}};

    private Callers() {
    }

    @FunctionalInterface
    interface Call<T> {
        T call() throws Exception;
    }
}
