package ch.partnerportal.billing.orders.boundary;

import ch.partnerportal.billing.amounts.entity.Totals;
import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.CheckoutViews.Amounts;
import ch.partnerportal.billing.api.CheckoutViews.InvoiceView;
import ch.partnerportal.billing.api.CheckoutViews.ItemRequest;
import ch.partnerportal.billing.api.CheckoutViews.Line;
import ch.partnerportal.billing.api.CheckoutViews.OrderView;
import ch.partnerportal.billing.api.CheckoutViews.PaymentRequest;
import ch.partnerportal.billing.api.CheckoutViews.PaymentView;
import ch.partnerportal.billing.api.CheckoutViews.ProductView;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.billing.amounts.entity.Vat;
import ch.partnerportal.billing.catalog.entity.PartnerBenefit;
import ch.partnerportal.billing.catalog.entity.PartnerRate;
import ch.partnerportal.billing.catalog.entity.PriceQuote;
import ch.partnerportal.billing.catalog.entity.ProductType;
import ch.partnerportal.billing.invoices.control.Numbering;
import ch.partnerportal.billing.invoices.entity.CustomerSnapshot;
import ch.partnerportal.billing.invoices.entity.DocumentSeries;
import ch.partnerportal.billing.invoices.entity.Invoice;
import ch.partnerportal.billing.invoices.entity.InvoiceLine;
import ch.partnerportal.billing.orders.control.Delivery;
import ch.partnerportal.billing.orders.entity.OrderItem;
import ch.partnerportal.billing.orders.entity.PurchaseOrder;
import ch.partnerportal.billing.payments.control.IdempotencyKeys;
import ch.partnerportal.billing.payments.control.PaymentGateway;
import ch.partnerportal.billing.prepaid.control.PrepaidAccountStore;
import ch.partnerportal.billing.prepaid.entity.Coverage;
import ch.partnerportal.billing.prepaid.entity.PrepaidAccount;
import ch.partnerportal.billing.prepaid.entity.PrepaidMovement;
import ch.partnerportal.billing.products.entity.Product;
import ch.partnerportal.billing.transfers.control.TransferReferences;
import ch.partnerportal.billing.transfers.entity.TransferReference;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Money;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.kernel.Slugs;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.TenantAccess;
import ch.partnerportal.tenancy.api.TenantProfile;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Orders of new products, their payment in one checkout, the invoices and products that result. */
@Stateless
public class Orders {

    private static final ZoneId SWISS_TIME = ZoneId.of("Europe/Zurich");

    /** PAY-3: a transfer pro-forma for new products is due ten days after it is issued. */
    static final int TRANSFER_DAYS = 10;

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Inject
    TenantAccess tenants;

    @Inject
    PaymentGateway gateway;

    @Inject
    Numbering numbering;

    @Inject
    PrepaidAccountStore prepaid;

    @Inject
    Delivery delivery;

    @Inject
    TransferReferences references;

    @Inject
    Clock clock;

    /** PAY-4 / PAY-8: a pending order, priced as it would be paid now. */
    public OrderView place(String organizationId, List<ItemRequest> items) throws Refusal {
        TenantProfile organization = tenants.require(organizationId, ProductAccess.BILLING);
        List<PurchaseOrder.Item> parsed = new ArrayList<>();
        for (ItemRequest item : items == null ? List.<ItemRequest>of() : items) {
            ProductType type = Slugs.parse(ProductType.class, item.type())
                    .orElseThrow(() -> new Refusal(BillingError.UNKNOWN_PRODUCT_TYPE, String.valueOf(item.type())));
            parsed.add(new PurchaseOrder.Item(type, item.label(), item.years()));
        }
        PurchaseOrder order = PurchaseOrder.place(organizationId, parsed, clock.instant());
        em.persist(order);
        return view(order, lines(order, organization), Currency.forBillingCountry(organization.country()),
                Vat.forCountry(organization.country()));
    }

    public List<OrderView> orders(String organizationId) throws Refusal {
        TenantProfile organization = tenants.require(organizationId, ProductAccess.BILLING);
        List<OrderView> views = new ArrayList<>();
        long hostingsHeld = hostingsHeld(organization);
        for (PurchaseOrder order : em.createQuery("select o from PurchaseOrder o where o.organizationId = :organization "
                + "order by o.createdAt desc", PurchaseOrder.class).setParameter("organization", organizationId)
                .setMaxResults(200).getResultList()) {
            Invoice invoice = order.invoiceId().map(id -> em.find(Invoice.class, id)).orElse(null);
            views.add(invoice != null
                    // what was invoiced, not today's catalog
                    ? view(order, invoice.lines(), invoice.currency(), invoice.customer().vat())
                    : view(order, lines(order, organization, hostingsHeld),
                    Currency.forBillingCountry(organization.country()), Vat.forCountry(organization.country())));
        }
        return views;
    }

    /**
     * PAY-3 / PAY-4 / PAY-5: pays the whole order in one payment and issues its one final invoice,
     * all or nothing. A repeated request (same key) answers the invoice it produced.
     */
    public PaymentView pay(String organizationId, String orderId, PaymentRequest request) throws Refusal {
        TenantProfile organization = tenants.require(organizationId, ProductAccess.BILLING);
        String key = IdempotencyKeys.require(request.idempotencyKey());
        PurchaseOrder order = orderId == null ? null : em.find(PurchaseOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || !order.organizationId().equals(organizationId)) {
            throw new Refusal(BillingError.ORDER_NOT_FOUND);
        }
        Currency currency = Currency.forBillingCountry(organization.country());
        if (order.isRepeatOf(key)) {
            Invoice invoice = em.find(Invoice.class, order.invoiceId().orElseThrow());
            if (order.isAwaitingTransfer()) {
                return transferView(invoice);
            }
            Money fromBalance = prepaid.find(organizationId, currency)
                    .flatMap(a -> a.movementWithKey(balanceKey(key))).map(m -> m.amount().negate())
                    .orElse(Money.zero(currency));
            return new PaymentView(view(invoice), text(fromBalance), text(invoice.payable().minus(fromBalance)), null);
        }
        PaymentMethod method = request.method();
        if (method != PaymentMethod.CARD && method != PaymentMethod.POSTFINANCE
                && method != PaymentMethod.IBAN_TRANSFER) {
            throw new Refusal(BillingError.ORDER_METHOD_NOT_OFFERED);
        }
        if (!method.availableIn(currency)) {
            throw new Refusal(BillingError.METHOD_NOT_AVAILABLE_IN_CURRENCY, method.name(), currency.code());
        }
        CustomerSnapshot customer = CustomerSnapshot.of(organization.name(), organization.street(),
                organization.postalCode(), organization.city(), organization.country(), organization.vatNumber());
        List<InvoiceLine> lines = lines(order, organization);
        if (method.startsWithProForma()) {
            return payByTransfer(order, customer, lines, request);
        }
        Totals totals = Totals.of(currency, Vat.forCountry(organization.country()),
                lines.stream().map(InvoiceLine::net).toList());
        Money payable = totals.payable();

        Money fromBalance = Money.zero(currency);
        PrepaidAccount account = null;
        if (request.usePrepaidBalance()) {
            account = prepaid.locked(organizationId, currency);
            Coverage coverage = account.coverage(payable);
            fromBalance = coverage.fromBalance();
        }
        Money byCard = payable.minus(fromBalance);
        if (byCard.isPositive()) {
            gateway.charge(new PaymentGateway.Charge(key, byCard, method, request.cardNumber(),
                    "Order " + order.id())).requireApproved();
        }
        var now = clock.instant();
        Invoice invoice = Invoice.issuePaid(organizationId, customer, lines,
                numbering.next(DocumentSeries.INVOICE, currency, now), now);
        em.persist(invoice);
        if (fromBalance.isPositive()) {
            account.pay(fromBalance, balanceKey(key), "Invoice " + invoice.number().orElseThrow(), now);
        }
        if (order.isAwaitingTransfer()) {
            // paid another way after all: the pro-forma is withdrawn; a transfer that still arrives
            // for it goes to the prepaid account
            em.find(Invoice.class, order.invoiceId().orElseThrow(), LockModeType.PESSIMISTIC_WRITE).cancel(now);
        }
        delivery.deliver(order, byCard.isPositive() && method.supportsAutomaticRenewal(), now);
        order.paid(invoice.id(), key, now);
        return new PaymentView(view(invoice), text(fromBalance), text(byCard), null);
    }

    /**
     * PAY-3: the pro-forma with its transfer reference; the final invoice comes when the bank reports
     * the money. Asking again while it is out answers the same pro-forma.
     */
    private PaymentView payByTransfer(PurchaseOrder order, CustomerSnapshot customer, List<InvoiceLine> lines,
                                      PaymentRequest request) throws Refusal {
        if (request.usePrepaidBalance()) {
            throw new Refusal(BillingError.BALANCE_NOT_WITH_TRANSFER);
        }
        if (order.isAwaitingTransfer()) {
            return transferView(em.find(Invoice.class, order.invoiceId().orElseThrow()));
        }
        var now = clock.instant();
        Invoice proForma = Invoice.proForma(order.organizationId(), customer, lines,
                LocalDate.ofInstant(now, SWISS_TIME).plusDays(TRANSFER_DAYS), now);
        em.persist(proForma);
        TransferReference reference = references.forInvoice(proForma, now);
        order.awaitTransfer(proForma.id(), request.idempotencyKey().strip());
        return new PaymentView(view(proForma), "0.00", "0.00",
                references.instructions(reference, proForma.payable()));
    }

    private PaymentView transferView(Invoice proForma) {
        TransferReference reference = references.ofInvoice(proForma.id()).orElseThrow();
        return new PaymentView(view(proForma), "0.00", "0.00", references.instructions(reference, proForma.payable()));
    }

    public List<InvoiceView> invoices(String organizationId) throws Refusal {
        tenants.require(organizationId, ProductAccess.BILLING);
        return em.createQuery("select i from Invoice i where i.organizationId = :organization "
                        + "order by i.createdAt desc", Invoice.class)
                .setParameter("organization", organizationId).setMaxResults(500)
                .getResultStream().map(Orders::view).toList();
    }

    /** Products are seen by every member who may see billing; product permissions come with products. */
    public List<ProductView> products(String organizationId) throws Refusal {
        tenants.require(organizationId, ProductAccess.BILLING);
        return em.createQuery("select p from Product p where p.organizationId = :organization "
                        + "order by p.expiresOn, p.label", Product.class)
                .setParameter("organization", organizationId).setMaxResults(1000)
                .getResultStream()
                .map(p -> new ProductView(p.id(), p.type().slug(), p.label(), p.state().name().toLowerCase(),
                        p.expiresOn(), p.autoRenew()))
                .toList();
    }

    private List<InvoiceLine> lines(PurchaseOrder order, TenantProfile organization) throws Refusal {
        return lines(order, organization, hostingsHeld(organization));
    }

    private long hostingsHeld(TenantProfile organization) {
        return em.createQuery("select count(p) from Product p where p.organizationId = :organization "
                        + "and p.type = :type and p.state = :state", Long.class)
                .setParameter("organization", organization.organizationId())
                .setParameter("type", ProductType.WEB_HOSTING)
                .setParameter("state", Product.State.ACTIVE)
                .getSingleResult();
    }

    private List<InvoiceLine> lines(PurchaseOrder order, TenantProfile organization, long hostingsHeld)
            throws Refusal {
        Currency currency = Currency.forBillingCountry(organization.country());
        long hostingsOrdered = order.items().stream().filter(i -> i.type() == ProductType.WEB_HOSTING).count();
        List<InvoiceLine> lines = new ArrayList<>();
        for (OrderItem item : order.items()) {
            PriceQuote quote = PriceQuote.calculate(item.type(), currency, item.years(),
                    (int) (hostingsHeld + hostingsOrdered), PartnerRate.NONE);
            lines.add(InvoiceLine.quoted(null, item.label(), quote, PartnerBenefit.CASHBACK));
        }
        return lines;
    }

    private static String balanceKey(String key) {
        return key + ":balance";
    }

    private static OrderView view(PurchaseOrder order, List<InvoiceLine> lines, Currency currency, Vat vat) {
        Totals totals = Totals.of(currency, vat, lines.stream().map(InvoiceLine::net).toList());
        List<Line> shown = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            shown.add(line(i + 1, lines.get(i)));
        }
        return new OrderView(order.id(), order.status().name().toLowerCase(), order.createdAt(), shown,
                amounts(totals), order.invoiceId().orElse(null));
    }

    private static InvoiceView view(Invoice invoice) {
        List<Line> lines = invoice.lines().stream().map(l -> line(l.lineNumber(), l)).toList();
        return new InvoiceView(invoice.id(), invoice.number().orElse(null), invoice.status().name().toLowerCase(),
                invoice.issuedOn().orElse(null), invoice.customer().name(), lines, amounts(invoice.totals()));
    }

    private static Line line(int number, InvoiceLine line) {
        return new Line(number, line.productType().slug(), line.description(), line.years(),
                text(line.listPrice()), text(line.net()));
    }

    private static Amounts amounts(Totals totals) {
        return new Amounts(totals.currency().code(), text(totals.net()), totals.vatRate().toPlainString(),
                text(totals.vatAmount()), text(totals.gross()), text(totals.rounding()), text(totals.payable()));
    }

    private static String text(Money money) {
        return money.amount().toPlainString();
    }
}
