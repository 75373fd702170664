package ch.partnerportal.api.bodies;

/** Limits of the closed vocabularies a request names (roles, permissions, contact topics). */
final class Vocabulary {

    /** More slugs than any vocabulary has words: a longer list is refused before its words are looked up. */
    static final int LARGEST = 20;

    private Vocabulary() {
    }
}
