package ch.partnerportal.billing.invoices.entity;

import ch.partnerportal.billing.amounts.entity.Vat;
import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The customer's billing details as they were when the document was drawn up. A document keeps
 * them for ever, whatever the organization changes later. The country sets the currency (PAY-9)
 * and the VAT treatment.
 */
@Embeddable
public class CustomerSnapshot {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Column(name = "customer_name", nullable = false, length = 100, updatable = false)
    private String name;

    @Column(name = "customer_street", length = 120, updatable = false)
    private String street;

    @Column(name = "customer_postal_code", length = 20, updatable = false)
    private String postalCode;

    @Column(name = "customer_city", length = 80, updatable = false)
    private String city;

    @Column(name = "customer_country", nullable = false, length = 2, updatable = false)
    private String country;

    @Column(name = "customer_vat_number", length = 30, updatable = false)
    private String vatNumber;

    protected CustomerSnapshot() {
    }

    /** The organization's details now; name and country are required. */
    public static CustomerSnapshot of(String name, String street, String postalCode, String city, String country,
                                      String vatNumber) throws Refusal {
        CustomerSnapshot snapshot = new CustomerSnapshot();
        snapshot.name = optional(name, 100, "name");
        if (snapshot.name == null || country == null || country.isBlank()) {
            throw new Refusal(BillingError.CUSTOMER_DETAILS_INCOMPLETE);
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new Refusal(BillingError.INVALID_COUNTRY, country);
        }
        snapshot.country = code;
        snapshot.street = optional(street, 120, "street");
        snapshot.postalCode = optional(postalCode, 20, "postalCode");
        snapshot.city = optional(city, 80, "city");
        snapshot.vatNumber = optional(vatNumber, 30, "vatNumber");
        return snapshot;
    }

    /** An equal copy, for another document (an embeddable belongs to one owner). */
    CustomerSnapshot copy() {
        CustomerSnapshot copy = new CustomerSnapshot();
        copy.name = name;
        copy.street = street;
        copy.postalCode = postalCode;
        copy.city = city;
        copy.country = country;
        copy.vatNumber = vatNumber;
        return copy;
    }

    /** PAY-9: the currency the customer is billed in. */
    public Currency currency() {
        return Currency.forBillingCountry(country);
    }

    public Vat vat() {
        return Vat.forCountry(country);
    }

    public String name() {
        return name;
    }

    public Optional<String> street() {
        return Optional.ofNullable(street);
    }

    public Optional<String> postalCode() {
        return Optional.ofNullable(postalCode);
    }

    public Optional<String> city() {
        return Optional.ofNullable(city);
    }

    public String country() {
        return country;
    }

    public Optional<String> vatNumber() {
        return Optional.ofNullable(vatNumber);
    }

    private static String optional(String text, int max, String field) throws Refusal {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new Refusal(BillingError.FIELD_TOO_LONG, field, max);
        }
        return stripped;
    }
}
