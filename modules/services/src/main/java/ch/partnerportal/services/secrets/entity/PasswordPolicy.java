package ch.partnerportal.services.secrets.entity;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.ServicesError;

import java.util.Locale;

/**
 * What a password of a mailbox or a technical credential must be (IDN-2, IDN-4), in the spirit of NIST
 * SP 800-63B: long rather than complicated. At least 12 characters and three of the four kinds (lower
 * case, upper case, digits, others), or a passphrase of 20 characters or more; at most 128; not made of
 * the mailbox's or the credential's own name; not one character repeated.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int PASSPHRASE_LENGTH = 20;
    public static final int MAX_LENGTH = 128;
    private static final int NAME_PART = 4;

    private PasswordPolicy() {
    }

    /**
     * @param names what the password may not contain: the mailbox's local part, the user name of a
     *              credential (parts shorter than four characters are ignored)
     */
    public static void require(String password, String... names) throws Refusal {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new Refusal(ServicesError.PASSWORD_TOO_SHORT, MIN_LENGTH);
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            throw new Refusal(ServicesError.PASSWORD_TOO_LONG, MAX_LENGTH);
        }
        if (password.codePoints().distinct().count() < NAME_PART) {
            throw new Refusal(ServicesError.PASSWORD_TOO_SIMPLE, MIN_LENGTH, PASSPHRASE_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        for (String name : names) {
            if (name != null && name.length() >= NAME_PART && lower.contains(name.toLowerCase(Locale.ROOT))) {
                throw new Refusal(ServicesError.PASSWORD_CONTAINS_NAME);
            }
        }
        if (password.length() < PASSPHRASE_LENGTH && kinds(password) < 3) {
            throw new Refusal(ServicesError.PASSWORD_TOO_SIMPLE, MIN_LENGTH, PASSPHRASE_LENGTH);
        }
    }

    private static int kinds(String password) {
        boolean lower = password.chars().anyMatch(Character::isLowerCase);
        boolean upper = password.chars().anyMatch(Character::isUpperCase);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        boolean other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
