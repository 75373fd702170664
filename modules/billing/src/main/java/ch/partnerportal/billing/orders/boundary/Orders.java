package ch.partnerportal.billing.orders.boundary;

import ch.partnerportal.billing.amounts.entity.Vat;
import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.CheckoutViews.InvoiceView;
import ch.partnerportal.billing.api.CheckoutViews.ItemRequest;
import ch.partnerportal.billing.api.CheckoutViews.OrderView;
import ch.partnerportal.billing.api.CheckoutViews.ProductView;
import ch.partnerportal.billing.api.CheckoutViews.RenewalRequest;
import ch.partnerportal.billing.api.CheckoutViews.RenewalView;
import ch.partnerportal.billing.catalog.entity.ProductType;
import ch.partnerportal.billing.invoices.entity.Invoice;
import ch.partnerportal.billing.orders.control.OrderViews;
import ch.partnerportal.billing.orders.control.Pricing;
import ch.partnerportal.billing.orders.entity.PurchaseOrder;
import ch.partnerportal.billing.products.entity.Product;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.kernel.Slugs;
import ch.partnerportal.tenancy.api.CallerRights;
import ch.partnerportal.tenancy.api.Page;
import ch.partnerportal.tenancy.api.ProductAccess;
import ch.partnerportal.tenancy.api.ProductAction;
import ch.partnerportal.tenancy.api.TenancyError;
import ch.partnerportal.tenancy.api.TenantAccess;
import ch.partnerportal.tenancy.api.TenantProfile;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders of new products and renewals of held ones, the invoices and products that result, and the
 * payments list (REN-7). Paying is {@link Checkout}'s.
 */
@Stateless
public class Orders {

    private static final ZoneId SWISS_TIME = ZoneId.of("Europe/Zurich");

    /** REN-7: the payments list shows this many months ahead unless "show all" is asked. */
    public static final int MONTHS_SHOWN = 2;

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Inject
    TenantAccess tenants;

    @Inject
    Pricing pricing;

    @Inject
    Clock clock;

    /** PAY-4 / PAY-8: a pending order, priced as it would be paid now. */
    public OrderView place(String organizationId, List<ItemRequest> items) throws Refusal {
        TenantProfile organization = tenants.require(organizationId, ProductAccess.BILLING);
        List<PurchaseOrder.Item> parsed = new ArrayList<>();
        for (ItemRequest item : items == null ? List.<ItemRequest>of() : items) {
            ProductType type = Slugs.parse(ProductType.class, item.type())
                    .orElseThrow(() -> new Refusal(BillingError.UNKNOWN_PRODUCT_TYPE, String.valueOf(item.type())));
            parsed.add(new PurchaseOrder.Item(type, item.label(), item.months()));
        }
        return persisted(PurchaseOrder.place(organizationId, parsed, clock.instant()), organization);
    }

    /**
     * PAY-3 / PAY-8: "pay my selection": the renewals of several held products, each for its own
     * period, as one order paid in one payment with one invoice.
     */
    public OrderView renew(String organizationId, List<RenewalRequest> selection) throws Refusal {
        TenantProfile organization = tenants.require(organizationId, ProductAccess.BILLING);
        List<PurchaseOrder.Item> parsed = new ArrayList<>();
        for (RenewalRequest renewal : selection == null ? List.<RenewalRequest>of() : selection) {
            Product product = renewal.productId() == null ? null : em.find(Product.class, renewal.productId());
            if (product == null || !product.organizationId().equals(organizationId)) {
                throw new Refusal(BillingError.PRODUCT_NOT_FOUND);
            }
            product.requireRenewable();
            parsed.add(new PurchaseOrder.Item(product.type(), product.label(), renewal.months(), product.id()));
        }
        return persisted(PurchaseOrder.place(organizationId, parsed, clock.instant()), organization);
    }

    /** The longest page of orders or invoices one request reads. */
    public static final int MAX_PAGE = 100;

    /** One page of the organization's orders, newest first, with how many there are. */
    public Page<OrderView> orders(String organizationId, int first, int size) throws Refusal {
        TenantProfile organization = tenants.require(organizationId, ProductAccess.BILLING);
        long total = em.createQuery("select count(o) from PurchaseOrder o where o.organizationId = :organization",
                Long.class).setParameter("organization", organizationId).getSingleResult();
        List<PurchaseOrder> placed = em.createQuery("select o from PurchaseOrder o where o.organizationId = :organization "
                        + "order by o.createdAt desc, o.id", PurchaseOrder.class).setParameter("organization", organizationId)
                .setFirstResult(Math.max(first, 0)).setMaxResults(pageSize(size)).getResultList();
        return new Page<>(views(organization, placed), total);
    }

    public OrderView order(String organizationId, String orderId) throws Refusal {
        TenantProfile organization = tenants.require(organizationId, ProductAccess.BILLING);
        PurchaseOrder order = orderId == null ? null : em.find(PurchaseOrder.class, orderId);
        if (order == null || !order.organizationId().equals(organizationId)) {
            throw new Refusal(BillingError.ORDER_NOT_FOUND);
        }
        return views(organization, List.of(order)).get(0);
    }

    private List<OrderView> views(TenantProfile organization, List<PurchaseOrder> placed) throws Refusal {
        Currency currency = Currency.forBillingCountry(organization.country());
        long hostingsHeld = pricing.hostingsHeld(organization.organizationId());
        // the orders' invoices in one query, not one per order
        Map<String, Invoice> invoices = new HashMap<>();
        List<String> invoiceIds = placed.stream().flatMap(o -> o.invoiceId().stream()).toList();
        if (!invoiceIds.isEmpty()) {
            em.createQuery("select i from Invoice i where i.id in :ids", Invoice.class).setParameter("ids", invoiceIds)
                    .getResultStream().forEach(i -> invoices.put(i.id(), i));
        }
        List<OrderView> views = new ArrayList<>();
        for (PurchaseOrder order : placed) {
            Invoice invoice = order.invoiceId().map(invoices::get).orElse(null);
            views.add(invoice != null
                    // what was invoiced, not today's catalog
                    ? OrderViews.order(order, invoice.lines(), invoice.currency(), invoice.customer().vat())
                    : OrderViews.order(order, pricing.lines(order, currency, hostingsHeld), currency,
                    Vat.forCountry(organization.country())));
        }
        return views;
    }

    /** One page of the organization's invoices, pro-formas included, newest first, with how many there are. */
    public Page<InvoiceView> invoices(String organizationId, int first, int size) throws Refusal {
        tenants.require(organizationId, ProductAccess.BILLING);
        long total = em.createQuery("select count(i) from Invoice i where i.organizationId = :organization", Long.class)
                .setParameter("organization", organizationId).getSingleResult();
        return new Page<>(em.createQuery("select i from Invoice i where i.organizationId = :organization "
                        + "order by i.createdAt desc, i.id", Invoice.class)
                .setParameter("organization", organizationId).setFirstResult(Math.max(first, 0))
                .setMaxResults(pageSize(size)).getResultStream().map(OrderViews::invoice).toList(), total);
    }

    public InvoiceView invoice(String organizationId, String invoiceId) throws Refusal {
        tenants.require(organizationId, ProductAccess.BILLING);
        Invoice invoice = invoiceId == null ? null : em.find(Invoice.class, invoiceId);
        if (invoice == null || !invoice.organizationId().equals(organizationId)) {
            throw new Refusal(BillingError.INVOICE_NOT_FOUND);
        }
        return OrderViews.invoice(invoice);
    }

    static int pageSize(int size) {
        return Math.min(Math.max(size, 1), MAX_PAGE);
    }

    /**
     * Every product for a member who may see billing; otherwise those the caller may see: a member's
     * kinds, or what the client granted the caller's partner. A member holding no permission at all is
     * refused as before (TEN-124).
     */
    public List<ProductView> products(String organizationId) throws Refusal {
        CallerRights caller = tenants.rights(organizationId);
        boolean billing = caller.may(ProductAccess.BILLING, null, ProductAction.SEE);
        if (!billing && !caller.mayListProducts()) {
            throw new Refusal(TenancyError.PRODUCT_ACCESS_REQUIRED, ProductAccess.BILLING.slug());
        }
        return em.createQuery("select p from Product p where p.organizationId = :organization "
                        + "order by p.expiresOn, p.label", Product.class)
                .setParameter("organization", organizationId).setMaxResults(1000)
                .getResultStream()
                .filter(product -> billing || caller.may(product.type().kind(), product.id(), ProductAction.SEE))
                .map(OrderViews::product).toList();
    }

    /**
     * REN-7: the payments list: products to renew, soonest expiry first, those expiring within the
     * next {@value #MONTHS_SHOWN} months (and any already expired) unless {@code all}; each with its
     * renewal periods and prices (PAY-8). Terminated products are gone and not listed.
     */
    public List<RenewalView> payments(String organizationId, boolean all) throws Refusal {
        TenantProfile organization = tenants.require(organizationId, ProductAccess.BILLING);
        Currency currency = Currency.forBillingCountry(organization.country());
        LocalDate horizon = Product.paymentsHorizon(LocalDate.now(clock.withZone(SWISS_TIME)), MONTHS_SHOWN);
        long hostingsHeld = pricing.hostingsHeld(organizationId);
        List<RenewalView> views = new ArrayList<>();
        var query = em.createQuery("select p from Product p where p.organizationId = :organization "
                        + "and p.state <> :terminated and p.expiresOn <= :horizon "
                        + "order by p.expiresOn, p.label", Product.class)
                .setParameter("organization", organizationId)
                .setParameter("terminated", Product.State.TERMINATED)
                .setParameter("horizon", all ? LocalDate.of(9999, 12, 31) : horizon);
        for (Product product : query.setMaxResults(1000).getResultList()) {
            // the query narrows what is read; the rule is the product's
            if (!all && !product.isDueBy(horizon)) {
                continue;
            }
            views.add(new RenewalView(OrderViews.product(product), currency.code(),
                    pricing.renewalOptions(product, currency, hostingsHeld)));
        }
        return views;
    }

    private OrderView persisted(PurchaseOrder order, TenantProfile organization) throws Refusal {
        em.persist(order);
        Currency currency = Currency.forBillingCountry(organization.country());
        return OrderViews.order(order, pricing.lines(order, currency), currency, Vat.forCountry(organization.country()));
    }
}
