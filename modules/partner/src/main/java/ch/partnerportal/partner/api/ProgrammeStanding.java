package ch.partnerportal.partner.api;

import ch.partnerportal.billing.api.YearlyValue;
import ch.partnerportal.kernel.Money;

import java.util.Optional;

/**
 * Where an organization stands in the partner programme (PAR-1): the yearly value of the products it
 * holds and manages with its computation, held against the threshold, the reseller conditions it
 * would accept, and its latest application.
 */
public record ProgrammeStanding(YearlyValue managedValue, Money threshold, boolean thresholdMet,
                                String conditionsVersion, Optional<ApplicationView> application,
                                boolean mayApply) {
}
