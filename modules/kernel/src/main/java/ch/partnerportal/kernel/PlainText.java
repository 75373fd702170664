package ch.partnerportal.kernel;

import java.text.Normalizer;

/**
 * Text as a person types it, checked once where it enters (the API's bodies and parameters, the
 * console's fields): normalized to NFC (so "é" typed two ways is one name) and trimmed. Refused:
 * control characters (NUL, ESC, and CR/LF in a one-line field), the invisible direction overrides and
 * isolates that make a name read differently than it is stored, lone surrogates (broken UTF-16) and
 * non-characters. Tab and line breaks are allowed only in multi-line fields.
 */
public final class PlainText {

    private PlainText() {
    }

    /** A one-line field (a name, an address line, a label); {@code null} stays {@code null}. */
    public static String line(String field, String value) throws Refusal {
        return checked(field, value, false);
    }

    /** A field that may span lines (a note, a reason). */
    public static String lines(String field, String value) throws Refusal {
        return checked(field, value, true);
    }

    /** Whether the text has nothing {@link #line} would refuse. */
    public static boolean isTypable(String value, boolean multiline) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                int codePoint = value.codePointAt(i);
                if (isNonCharacter(codePoint)) {
                    return false;
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c) || isNonCharacter(c) || isDirectionControl(c)) {
                return false;
            }
            if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Refused text as a message may quote it back: every character {@link #line} would refuse shown as
     * "?", and at most {@code max} characters.
     */
    public static String shown(String value, int max) {
        StringBuilder shown = new StringBuilder();
        value.codePoints().forEach(c -> {
            String character = new String(Character.toChars(c));
            shown.append(isTypable(character, false) ? character : "?");
        });
        return shown.length() <= max ? shown.toString() : shown.substring(0, max) + "…";
    }

    private static String checked(String field, String value, boolean multiline) throws Refusal {
        if (value == null) {
            return null;
        }
        if (!isTypable(value, multiline)) {
            throw new Refusal(TextError.UNTYPABLE_CHARACTERS, field);
        }
        return Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    }

    /** U+202A..U+202E embeddings and overrides, U+2066..U+2069 isolates, U+200E/U+200F/U+061C marks. */
    private static boolean isDirectionControl(char c) {
        return c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069'
                || c == '\u200e' || c == '\u200f' || c == '\u061c';
    }

    private static boolean isNonCharacter(int codePoint) {
        return codePoint >= 0xfdd0 && codePoint <= 0xfdef || (codePoint & 0xfffe) == 0xfffe;
    }
}
