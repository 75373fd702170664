package ch.partnerportal.services.secrets.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;

/**
 * Passwords the portal makes for technical credentials (IDN-4): 24 characters from a secure random
 * source, letters of both cases, digits and signs, without the ones that read alike (0 O, 1 l I), so
 * a person can copy them from a screen. About 140 bits: no policy ever refuses one.
 */
@ApplicationScoped
public class RandomPasswords {

    static final int LENGTH = 24;
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String SIGNS = "-_.!@#%+=";
    private static final String ALL = LOWER + UPPER + DIGITS + SIGNS;

    private final SecureRandom random = new SecureRandom();

    public String next() {
        char[] password = new char[LENGTH];
        // one of each kind, the rest from all, then shuffled
        password[0] = pick(LOWER);
        password[1] = pick(UPPER);
        password[2] = pick(DIGITS);
        password[3] = pick(SIGNS);
        for (int i = 4; i < LENGTH; i++) {
            password[i] = pick(ALL);
        }
        for (int i = LENGTH - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char swap = password[i];
            password[i] = password[j];
            password[j] = swap;
        }
        return new String(password);
    }

    private char pick(String from) {
        return from.charAt(random.nextInt(from.length()));
    }
}
