package ch.partnerportal.billing;

import ch.partnerportal.billing.api.BankImportView;
import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.transfers.entity.BankCredit;
import ch.partnerportal.billing.transfers.entity.ReportedCredit;
import ch.partnerportal.kernel.Refusal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static ch.partnerportal.billing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** Credits the bank reported that named nothing known, resolved by the provider's accountants (PAY-6). */
class BankCreditRulesTest {

    private static final Instant IMPORTED = Instant.parse("2026-11-27T08:00:00Z");
    private static final Instant LATER = IMPORTED.plusSeconds(3600);

    private static BankCredit credit(BankCredit.Outcome outcome) {
        return BankCredit.settled(new ReportedCredit("BANK-1", new BigDecimal("42.35"), "CHF", Optional.empty(),
                Optional.of("Muster AG"), Optional.of(LocalDate.of(2026, 11, 27))), outcome, null, null, IMPORTED);
    }

    @Test
    void PAY_6_anUnassignedCreditIsAssignedOnceAndKeepsWhoDidItWhenAndWhy() throws Refusal {
        BankCredit credit = credit(BankCredit.Outcome.UNASSIGNED);
        credit.assignedTo("org-1", "accountant@example.ch", "  payer's e-mail  ", LATER);
        assertThat(credit.outcome()).isEqualTo(BankCredit.Outcome.ASSIGNED_TO_PREPAID);
        assertThat(credit.organizationId()).contains("org-1");
        assertThat(credit.resolvedBy()).contains("accountant@example.ch");
        assertThat(credit.resolvedAt()).contains(LATER);
        assertThat(credit.resolutionNote()).contains("payer's e-mail");

        refused(BillingError.BANK_CREDIT_ALREADY_RESOLVED,
                () -> credit.assignedTo("org-2", "other@example.ch", null, LATER));
        refused(BillingError.BANK_CREDIT_ALREADY_RESOLVED, () -> credit.returnedToPayer("other@example.ch", null, LATER));
        assertThat(credit.organizationId()).as("the first assignment stands").contains("org-1");
        assertThat(credit.resolvedBy()).contains("accountant@example.ch");
    }

    @Test
    void PAY_6_aCreditThatAlreadyMovedMoneyCannotBeResolvedByHand() {
        for (BankCredit.Outcome settled : new BankCredit.Outcome[]{BankCredit.Outcome.INVOICE_PAID,
                BankCredit.Outcome.DEPOSITED, BankCredit.Outcome.CREDITED_TO_PREPAID}) {
            BankCredit credit = credit(settled);
            refused(BillingError.BANK_CREDIT_ALREADY_RESOLVED,
                    () -> credit.assignedTo("org-1", "accountant@example.ch", null, LATER));
            refused(BillingError.BANK_CREDIT_ALREADY_RESOLVED,
                    () -> credit.returnedToPayer("accountant@example.ch", null, LATER));
            assertThat(credit.outcome()).isEqualTo(settled);
        }
    }

    @Test
    void PAY_6_aReturnedCreditNamesNoOrganizationAndAnOverlongNoteChangesNothing() throws Refusal {
        BankCredit credit = credit(BankCredit.Outcome.UNASSIGNED);
        refused(BillingError.FIELD_TOO_LONG,
                () -> credit.returnedToPayer("accountant@example.ch", "x".repeat(BankCredit.NOTE_LENGTH + 1), LATER));
        assertThat(credit.outcome()).isEqualTo(BankCredit.Outcome.UNASSIGNED);
        assertThat(credit.resolvedBy()).isEmpty();

        credit.returnedToPayer("accountant@example.ch", " ", LATER);
        assertThat(credit.outcome()).isEqualTo(BankCredit.Outcome.RETURNED);
        assertThat(credit.organizationId()).isEmpty();
        assertThat(credit.resolutionNote()).as("a blank note is no note").isEmpty();
    }

    @Test
    void PAY_3_aQrReferenceIsShownInGroupsOfFiveAsOnTheQrBill() {
        var qr = new BankImportView.Credit("c", "b", "10.00", "CHF",
                "210000000003139471430009017", null, null, "unassigned", null, null, null, null, null, null);
        assertThat(qr.shownReference()).isEqualTo("21 00000 00003 13947 14300 09017");
        var creditor = new BankImportView.Credit("c", "b", "10.00", "EUR",
                "RF18539007547034", null, null, "unassigned", null, null, null, null, null, null);
        assertThat(creditor.shownReference()).isEqualTo("RF18 5390 0754 7034");
        var text = new BankImportView.Credit("c", "b", "10.00", "CHF",
                "Rechnung 42", null, null, "unassigned", null, null, null, null, null, null);
        assertThat(text.shownReference()).isEqualTo("Rechnung 42");
    }
}
