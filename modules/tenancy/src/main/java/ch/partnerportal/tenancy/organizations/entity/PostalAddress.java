package ch.partnerportal.tenancy.organizations.entity;

import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.TenancyError;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Locale;
import java.util.Set;

/**
 * The organization's billing address. Its country sets the billing currency later (PAY-9: CHF for
 * Switzerland, EUR otherwise), so the country is required and must be an ISO 3166 code.
 */
@Embeddable
public class PostalAddress {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Column(length = 120)
    private String street;

    @Column(name = "postal_code", length = 20)
    private String postalCode;

    @Column(length = 80)
    private String city;

    @Column(nullable = false, length = 2)
    private String country;

    protected PostalAddress() {
    }

    public PostalAddress(String street, String postalCode, String city, String country) throws Refusal {
        this.street = Organization.optional(street, 120, "street");
        this.postalCode = Organization.optional(postalCode, 20, "postalCode");
        this.city = Organization.optional(city, 80, "city");
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new Refusal(TenancyError.INVALID_COUNTRY, country == null ? "" : country);
        }
        this.country = code;
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    public String country() {
        return country;
    }
}
