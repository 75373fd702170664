package ch.partnerportal.billing.prepaid.boundary;

import ch.partnerportal.billing.amounts.entity.AmountInput;
import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.CheckoutViews.PaymentStatus;
import ch.partnerportal.billing.api.CheckoutViews.ProviderView;
import ch.partnerportal.billing.api.DepositRequest;
import ch.partnerportal.billing.api.DepositView;
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
import ch.partnerportal.billing.payments.control.RequestKeys;
import ch.partnerportal.billing.prepaid.control.DepositSettlement;
import ch.partnerportal.billing.prepaid.control.PrepaidAccountStore;
import ch.partnerportal.billing.prepaid.entity.PendingDeposit;
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
import java.time.Instant;
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
    DepositSettlement settlement;

    @Inject
    RequestKeys requestKeys;

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
     * A refused or declined deposit books nothing. A charge the payer must confirm (3-D Secure) or the
     * provider confirms later waits, booked once approved; repeating the request with the same key
     * answers where it stands.
     */
    public DepositView deposit(String organizationId, DepositRequest request) throws Refusal {
        TenantProfile organization = tenants.require(organizationId, ProductAccess.BILLING);
        String key = IdempotencyKeys.require(request.idempotencyKey());
        PrepaidAccount account = store.locked(organization.organizationId(),
                Currency.forBillingCountry(organization.country()));
        Money amount = AmountInput.parse(request.amount(), account.currency());
        PaymentMethod method = request.method();
        if (method == null) {
            throw new Refusal(BillingError.UNKNOWN_PAYMENT_METHOD, "");
        }
        requestKeys.claim(organization.organizationId(), key, "deposit", account.currency().code(),
                RequestKeys.fingerprint(amount.amount().toPlainString(), method, request.cardNumber()));
        Instant now = clock.instant();
        if (account.movementWithKey(key).isPresent()) {
            // A repeat: the first deposit again, or BIL-312 if the key came with another request; no charge.
            return new DepositView(PaymentStatus.PAID, DepositSettlement.view(account.deposit(amount, method, key,
                    null, now)), null);
        }
        Optional<PendingDeposit> pending = pending(organizationId, key);
        if (pending.isPresent()) {
            if (!pending.get().amount().equals(amount) || pending.get().method() != method) {
                throw new Refusal(BillingError.IDEMPOTENCY_KEY_REUSED);
            }
            return settlement.settle(pending.get(), gateway.statusOrForgotten(pending.get().transactionId()), now);
        }
        account.checkDeposit(amount, method);
        if (method != PaymentMethod.CARD && method != PaymentMethod.POSTFINANCE) {
            // a transfer is booked when the bank reports it: depositByTransfer hands out its instructions
            throw new Refusal(BillingError.DEPOSIT_METHOD_NOT_OFFERED);
        }
        PaymentGateway.Result charged = gateway.charge(new PaymentGateway.Charge(
                "deposit:" + account.id() + ":" + key, amount, method,
                request.cardNumber(), "Prepaid account " + organization.name()));
        if (charged.waiting()) {
            PendingDeposit waiting = new PendingDeposit(organizationId, amount, method, key, charged.transactionId(), now);
            em.persist(waiting);
            return settlement.settle(waiting, charged, now);
        }
        charged.requireApproved();
        PrepaidMovement movement = account.deposit(amount, method, key, DepositSettlement.reference(charged), now);
        return new DepositView(PaymentStatus.PAID, DepositSettlement.view(movement),
                new ProviderView(charged.transactionId(), charged.brand(), null));
    }

    /** The payer's second step of a waiting deposit (3-D Secure): {@code approve}, or anything else to give up. */
    public DepositView confirmDeposit(String organizationId, String idempotencyKey, String answer) throws Refusal {
        tenants.require(organizationId, ProductAccess.BILLING);
        PendingDeposit pending = pending(organizationId, IdempotencyKeys.require(idempotencyKey))
                .orElseThrow(() -> new Refusal(BillingError.PAYMENT_NOT_AWAITING_CONFIRMATION));
        return settlement.settle(pending, gateway.completeOrForgotten(pending.transactionId(), answer == null ? "" : answer),
                clock.instant());
    }

    private Optional<PendingDeposit> pending(String organizationId, String key) {
        return em.createQuery("select d from PendingDeposit d where d.organizationId = :organization "
                        + "and d.idempotencyKey = :key", PendingDeposit.class)
                .setParameter("organization", organizationId).setParameter("key", key)
                .getResultStream().findFirst();
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
                .map(DepositSettlement::view).toList();
        return new PrepaidView(account.currency().code(), account.balance().amount().toPlainString(),
                account.smallestDeposit().amount().toPlainString(), account.largestDeposit().amount().toPlainString(),
                shown);
    }
}
