package ch.partnerportal.billing.prepaid.boundary;

import ch.partnerportal.billing.amounts.entity.AmountInput;
import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.DepositRequest;
import ch.partnerportal.billing.api.MovementView;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.billing.api.PrepaidView;
import ch.partnerportal.billing.api.TransferView;
import ch.partnerportal.billing.invoices.entity.CustomerSnapshot;
import ch.partnerportal.billing.transfers.control.QrBills;
import ch.partnerportal.billing.transfers.control.TransferReferences;
import ch.partnerportal.billing.transfers.entity.TransferReference;
import net.codecrete.qrbill.generator.Bill;
import ch.partnerportal.billing.payments.control.PaymentGateway;
import ch.partnerportal.billing.payments.control.IdempotencyKeys;
import ch.partnerportal.billing.prepaid.control.PrepaidAccountStore;
import ch.partnerportal.billing.prepaid.entity.PrepaidAccount;
import ch.partnerportal.billing.prepaid.entity.PrepaidMovement;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.TenantAccess;
import ch.partnerportal.tenancy.api.TenantProfile;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Balance, ledger and deposits of an organization's prepaid account (PAY-5, PAY-6, PAY-9). */
@Stateless
public class PrepaidAccounts {

    private static final int LEDGER_SHOWN = 200;

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Inject
    TenantAccess tenants;

    @Inject
    PaymentGateway gateway;

    @Inject
    PrepaidAccountStore store;

    @Inject
    TransferReferences references;

    @Inject
    Clock clock;

    public PrepaidView view(String organizationId) throws Refusal {
        TenantProfile organization = tenants.require(organizationId, ProductAccess.BILLING);
        Currency currency = Currency.forBillingCountry(organization.country());
        return store.find(organization.organizationId(), currency).map(PrepaidAccounts::view)
                .orElseGet(() -> view(PrepaidAccount.open(organization.organizationId(), currency, clock.instant())));
    }

    /**
     * PAY-6: charges the card through the gateway and books the deposit, once per idempotency key.
     * A refused or declined deposit books nothing.
     */
    public MovementView deposit(String organizationId, DepositRequest request) throws Refusal {
        TenantProfile organization = tenants.require(organizationId, ProductAccess.BILLING);
        String key = IdempotencyKeys.require(request.idempotencyKey());
        PrepaidAccount account = store.locked(organization.organizationId(),
                Currency.forBillingCountry(organization.country()));
        Money amount = AmountInput.parse(request.amount(), account.currency());
        PaymentMethod method = request.method();
        if (method == null) {
            throw new Refusal(BillingError.UNKNOWN_PAYMENT_METHOD, "");
        }
        if (account.movementWithKey(key).isPresent()) {
            // A repeat: the first deposit again, or BIL-312 if the key came with another request; no charge.
            return view(account.deposit(amount, method, key, null, clock.instant()));
        }
        account.checkDeposit(amount, method);
        if (method != PaymentMethod.CARD && method != PaymentMethod.POSTFINANCE) {
            // a transfer is booked when the bank reports it: depositByTransfer hands out its instructions
            throw new Refusal(BillingError.DEPOSIT_METHOD_NOT_OFFERED);
        }
        PaymentGateway.Result charged = gateway.charge(new PaymentGateway.Charge(key, amount, method,
                request.cardNumber(), "Prepaid account " + organization.name())).requireApproved();
        PrepaidMovement movement = account.deposit(amount, method, key,
                charged.brand() + " •••• " + charged.lastDigits() + " " + charged.transactionId(), clock.instant());
        return view(movement);
    }

    /**
     * PAY-6: a deposit by IBAN transfer: the instructions with the account's standing reference. The
     * deposit is booked when the bank reports the money (see the bank transfer import).
     */
    public TransferView depositByTransfer(String organizationId, String amountText) throws Refusal {
        TenantProfile organization = tenants.require(organizationId, ProductAccess.BILLING);
        PrepaidAccount account = store.locked(organization.organizationId(),
                Currency.forBillingCountry(organization.country()));
        Money amount = AmountInput.parse(amountText, account.currency());
        account.checkDeposit(amount, PaymentMethod.IBAN_TRANSFER);
        TransferReference reference = references.forDeposits(account.organizationId(), account.currency(),
                clock.instant());
        return references.instructions(reference, amount);
    }

    /** The same deposit as a Swiss QR-bill to print or scan with a banking app. */
    public byte[] depositSlip(String organizationId, String amountText, Locale language) throws Refusal {
        TenantProfile organization = tenants.require(organizationId, ProductAccess.BILLING);
        TransferView transfer = depositByTransfer(organizationId, amountText);
        Currency currency = Currency.forBillingCountry(organization.country());
        Bill bill = QrBills.bill(references.payee(), Money.of(transfer.amount(), currency),
                TransferReference.normalize(transfer.reference()),
                Optional.of(CustomerSnapshot.of(organization.name(), organization.street(), organization.postalCode(),
                        organization.city(), organization.country(), organization.vatNumber())),
                "Prepaid account", language);
        return QrBills.paymentSlip(bill);
    }

    private static PrepaidView view(PrepaidAccount account) {
        List<PrepaidMovement> ledger = account.ledger();
        List<MovementView> shown = ledger.subList(Math.max(0, ledger.size() - LEDGER_SHOWN), ledger.size()).stream()
                .map(PrepaidAccounts::view).toList();
        return new PrepaidView(account.currency().code(), account.balance().amount().toPlainString(),
                account.smallestDeposit().amount().toPlainString(), account.largestDeposit().amount().toPlainString(),
                shown);
    }

    private static MovementView view(PrepaidMovement movement) {
        return new MovementView(movement.id(), movement.lineNumber(), movement.kind().name().toLowerCase(),
                movement.amount().amount().toPlainString(), movement.balanceAfter().amount().toPlainString(),
                movement.method().map(m -> m.name().toLowerCase().replace('_', '-')).orElse(null),
                movement.reference().orElse(null), movement.idempotencyKey(), movement.bookedAt());
    }
}
