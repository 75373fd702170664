package ch.partnerportal.billing.orders.control;

import ch.partnerportal.billing.api.CheckoutViews.RenewalOption;
import ch.partnerportal.billing.catalog.entity.PartnerBenefit;
import ch.partnerportal.billing.catalog.entity.PartnerRate;
import ch.partnerportal.billing.catalog.entity.PriceQuote;
import ch.partnerportal.billing.catalog.entity.ProductType;
import ch.partnerportal.billing.invoices.entity.InvoiceLine;
import ch.partnerportal.billing.orders.entity.OrderItem;
import ch.partnerportal.billing.orders.entity.PurchaseOrder;
import ch.partnerportal.billing.products.entity.Product;
import ch.partnerportal.kernel.Currency;
import ch.partnerportal.kernel.Refusal;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;

/**
 * What an order costs today: public prices per period (PAY-8), web hosting priced by the tier of the
 * number the organization will hold (new hostings count, renewed ones are already held).
 */
@Dependent
public class Pricing {

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    public long hostingsHeld(String organizationId) {
        return em.createQuery("select count(p) from Product p where p.organizationId = :organization "
                        + "and p.type = :type and p.state = :state", Long.class)
                .setParameter("organization", organizationId)
                .setParameter("type", ProductType.WEB_HOSTING)
                .setParameter("state", Product.State.ACTIVE)
                .getSingleResult();
    }

    public List<InvoiceLine> lines(PurchaseOrder order, Currency currency) throws Refusal {
        return lines(order, currency, hostingsHeld(order.organizationId()));
    }

    public List<InvoiceLine> lines(PurchaseOrder order, Currency currency, long hostingsHeld) throws Refusal {
        long hostingsOrdered = order.items().stream()
                .filter(i -> i.type() == ProductType.WEB_HOSTING && i.renews().isEmpty()).count();
        List<InvoiceLine> lines = new ArrayList<>();
        for (OrderItem item : order.items()) {
            PriceQuote quote = PriceQuote.calculate(item.type(), currency, item.months(),
                    (int) (hostingsHeld + hostingsOrdered), PartnerRate.NONE);
            lines.add(InvoiceLine.quoted(null, item.label(), quote, PartnerBenefit.CASHBACK));
        }
        return lines;
    }

    /** PAY-8: every period the product's type allows, with its price before VAT. */
    public List<RenewalOption> renewalOptions(Product product, Currency currency, long hostingsHeld)
            throws Refusal {
        return periods(product.type(), currency, (int) Math.max(1, hostingsHeld));
    }

    /** PAY-8: every period a type allows, with its public price before VAT at that web hosting count. */
    public List<RenewalOption> periods(ProductType type, Currency currency, int hostings) throws Refusal {
        List<RenewalOption> options = new ArrayList<>();
        for (int months : type.allowedPeriods()) {
            PriceQuote quote = PriceQuote.calculate(type, currency, months, hostings, PartnerRate.NONE);
            options.add(new RenewalOption(months, quote.publicPrice().amount().toPlainString()));
        }
        return options;
    }
}
