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
import ch.partnerportal.kernel.KeptRefusal;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.tenancy.api.Page;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.TenantAccess;
import ch.partnerportal.tenancy.api.TenantProfile;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Balance, ledger and deposits of an organization's prepaid account (PAY-5, PAY-6, PAY-9). */
@Stateless
public class PrepaidAccounts {

    /** The movements the account's summary shows; the whole ledger is read page by page. */
    public static final int LEDGER_SHOWN = 20;
    public static final int MAX_PAGE = 100;

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

    /** The balance, the deposit limits and the {@link #LEDGER_SHOWN} newest movements, oldest of them first. */
    public PrepaidView view(String organizationId) throws Refusal {
        TenantProfile organization = tenants.require(organizationId, ProductAccess.BILLING);
        Currency currency = Currency.forBillingCountry(organization.country());
        Optional<PrepaidAccount> account = store.find(organization.organizationId(), currency);
        if (account.isEmpty()) {
            return view(PrepaidAccount.open(organization.organizationId(), currency, clock.instant()), List.of(), 0);
        }
        List<MovementView> newest = new ArrayList<>(movements(account.get(), 0, LEDGER_SHOWN));
        Collections.reverse(newest);
        return view(account.get(), newest, movementCount(account.get()));
    }

    /** One page of the ledger, newest movement first, with how many movements there are. */
    public Page<MovementView> ledger(String organizationId, int first, int size) throws Refusal {
        TenantProfile organization = tenants.require(organizationId, ProductAccess.BILLING);
        Optional<PrepaidAccount> account = store.find(organization.organizationId(),
                Currency.forBillingCountry(organization.country()));
        if (account.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        return new Page<>(movements(account.get(), Math.max(first, 0), Math.min(Math.max(size, 1), MAX_PAGE)),
                movementCount(account.get()));
    }

    private List<MovementView> movements(PrepaidAccount account, int first, int size) {
        return em.createQuery("select m from PrepaidMovement m where m.account = :account order by m.lineNumber desc",
                        PrepaidMovement.class).setParameter("account", account).setFirstResult(first)
                .setMaxResults(size).getResultStream().map(DepositSettlement::view).toList();
    }

    private long movementCount(PrepaidAccount account) {
        return em.createQuery("select count(m) from PrepaidMovement m where m.account = :account", Long.class)
                .setParameter("account", account).getSingleResult();
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
            if (!pending.get().isInDoubt()) {
                return settlement.settle(pending.get(), gateway.statusOrForgotten(
                        pending.get().transactionId().orElseThrow()), now);
            }
            Optional<DepositView> settled = settlement.settleInDoubt(pending.get(), now);
            if (settled.isPresent()) {
                return settled.get();
            }
            // the provider never received the first charge: its repeat sends it, under the same provider key
            PaymentGateway.Result charged = charge(pending.get().providerKey(), amount, method, request, organization);
            pending.get().providerAnswered(charged.transactionId());
            return settlement.settle(pending.get(), charged, now);
        }
        account.checkDeposit(amount, method);
        if (method != PaymentMethod.CARD && method != PaymentMethod.POSTFINANCE) {
            // a transfer is booked when the bank reports it: depositByTransfer hands out its instructions
            throw new Refusal(BillingError.DEPOSIT_METHOD_NOT_OFFERED);
        }
        String providerKey = DepositSettlement.providerKey(account, key);
        PaymentGateway.Result charged;
        try {
            charged = charge(providerKey, amount, method, request, organization);
        } catch (Refusal refusal) {
            if (refusal.errorCode() != BillingError.GATEWAY_TIMEOUT) {
                throw refusal;
            }
            // The provider may have charged: keep the deposit in doubt, so that its repeat or the poll
            // books it once the provider says it charged, and nothing is charged twice.
            em.persist(PendingDeposit.inDoubt(organizationId, amount, method, key, providerKey, now));
            throw new KeptRefusal(BillingError.GATEWAY_TIMEOUT);
        }
        if (charged.waiting()) {
            PendingDeposit waiting = new PendingDeposit(organizationId, amount, method, key, providerKey,
                    charged.transactionId(), now);
            em.persist(waiting);
            return settlement.settle(waiting, charged, now);
        }
        charged.requireApproved();
        PrepaidMovement movement = account.deposit(amount, method, key, DepositSettlement.reference(charged), now);
        return new DepositView(PaymentStatus.PAID, DepositSettlement.view(movement),
                new ProviderView(charged.transactionId(), charged.brand(), null));
    }

    private PaymentGateway.Result charge(String providerKey, Money amount, PaymentMethod method, DepositRequest request,
                                         TenantProfile organization) throws Refusal {
        return gateway.charge(new PaymentGateway.Charge(providerKey, amount, method, request.cardNumber(),
                "Prepaid account " + organization.name()));
    }

    /** The payer's second step of a waiting deposit (3-D Secure): {@code approve}, or anything else to give up. */
    public DepositView confirmDeposit(String organizationId, String idempotencyKey, String answer) throws Refusal {
        tenants.require(organizationId, ProductAccess.BILLING);
        PendingDeposit pending = pending(organizationId, IdempotencyKeys.require(idempotencyKey))
                .filter(waiting -> !waiting.isInDoubt())
                .orElseThrow(() -> new Refusal(BillingError.PAYMENT_NOT_AWAITING_CONFIRMATION));
        return settlement.settle(pending, gateway.completeOrForgotten(pending.transactionId().orElseThrow(),
                answer == null ? "" : answer), clock.instant());
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

    private static PrepaidView view(PrepaidAccount account, List<MovementView> newest, long movements) {
        return new PrepaidView(account.currency().code(), account.balance().amount().toPlainString(),
                account.smallestDeposit().amount().toPlainString(), account.largestDeposit().amount().toPlainString(),
                newest, movements);
    }
}
