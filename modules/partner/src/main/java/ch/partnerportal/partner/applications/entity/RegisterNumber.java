package ch.partnerportal.partner.applications.entity;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.partner.api.PartnerError;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company's number in its country's register (PAR-1): a Swiss UID ({@code CHE-123.456.788}, its ninth
 * digit a modulo-11 check over the first eight), a French SIRET (14 digits under the Luhn check), or
 * another country's register number with its country, checked only for its form.
 *
 * @param country ISO 3166 alpha-2, upper case
 * @param number  the number as registers write it: {@code CHE-123.456.788}, {@code 73282932000074}
 */
public record RegisterNumber(String country, String number) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** Spaces removed first: {@code CHE 123 456 788 MWST} is the same number. */
    private static final Pattern UID = Pattern.compile("CHE-?(\\d{3})\\.?(\\d{3})\\.?(\\d{3})(?:MWST|TVA|IVA|HR|RC|RI)?");
    private static final int[] UID_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4};
    private static final Pattern OTHER = Pattern.compile("[A-Z0-9][A-Z0-9 ./-]{1,39}");
    /**
     * La Poste's establishments share one SIREN; their SIRETs do not pass Luhn (only the head office's,
     * 356 000 000 00048, does) and INSEE checks that their digits add up to a multiple of 5.
     */
    private static final String LA_POSTE = "356000000";

    public static RegisterNumber parse(String country, String text) throws Refusal {
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new Refusal(PartnerError.REGISTER_COUNTRY_UNKNOWN, code);
        }
        String given = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (code) {
            case "CH" -> new RegisterNumber(code, uid(given));
            case "FR" -> new RegisterNumber(code, siret(given));
            default -> {
                if (!OTHER.matcher(given).matches()) {
                    throw new Refusal(PartnerError.REGISTER_NUMBER_MALFORMED);
                }
                yield new RegisterNumber(code, given);
            }
        };
    }

    private static String uid(String given) throws Refusal {
        Matcher uid = UID.matcher(given.replace(" ", ""));
        if (!uid.matches()) {
            throw new Refusal(PartnerError.UID_MALFORMED);
        }
        String digits = uid.group(1) + uid.group(2) + uid.group(3);
        int sum = 0;
        for (int i = 0; i < UID_WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * UID_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        // 11 stands for 0; 10 is never issued, so no number ends with it
        if (check == 10 || (check == 11 ? 0 : check) != digits.charAt(8) - '0') {
            throw new Refusal(PartnerError.UID_CHECK_DIGIT);
        }
        return "CHE-" + uid.group(1) + "." + uid.group(2) + "." + uid.group(3);
    }

    private static String siret(String given) throws Refusal {
        String digits = given.replace(" ", "");
        if (!digits.matches("\\d{14}")) {
            throw new Refusal(PartnerError.SIRET_MALFORMED);
        }
        boolean valid = LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid(digits)
                || digits.startsWith(LA_POSTE) && digits.chars().map(c -> c - '0').sum() % 5 == 0;
        if (!valid) {
            throw new Refusal(PartnerError.SIRET_CHECK_DIGIT);
        }
        return digits;
    }
}
