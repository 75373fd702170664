package ch.partnerportal.api.boundary;

import ch.partnerportal.api.problems.ApiError;
import ch.partnerportal.api.problems.Problems;
import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.CheckoutViews.ProviderView;
import ch.partnerportal.billing.invoices.boundary.InvoiceDocuments;
import ch.partnerportal.billing.api.CheckoutViews.Amounts;
import ch.partnerportal.billing.api.CheckoutViews.InvoiceView;
import ch.partnerportal.billing.api.CheckoutViews.Line;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.billing.api.SpokenPeriod;
import ch.partnerportal.billing.api.TransferView;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.kernel.Slugs;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** JSON shapes of billing documents in version 1; amounts are decimal strings. */
final class BillingJson {

    private BillingJson() {
    }

    /** A document to download, named as its number. */
    static Response pdf(InvoiceDocuments.Pdf pdf) {
        return Response.ok(pdf.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
                .build();
    }

    /** A payment or deposit the provider declined: recorded (nothing taken), so answered, not rolled back. */
    static Response declined(ProviderView provider, HttpHeaders headers, UriInfo uri) {
        return Problems.of(new Refusal(provider.declined(), provider.brand()), headers, uri.getPath());
    }

    /** The body's {@code method}, spelled as a slug ({@code card}, {@code postfinance}, ...). */
    static PaymentMethod paymentMethod(JsonObject body) throws Refusal {
        String text = Representations.text(body, "method");
        return Slugs.parse(PaymentMethod.class, text)
                .orElseThrow(() -> new Refusal(BillingError.UNKNOWN_PAYMENT_METHOD, String.valueOf(text)));
    }

    static JsonObject invoice(InvoiceView invoice) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", invoice.id())
                .add("status", invoice.status())
                .add("customer", invoice.customer())
                .add("lines", lines(invoice.lines()))
                .add("amounts", amounts(invoice.amounts()));
        Representations.addOptional(json, "number", invoice.number());
        Representations.addOptional(json, "issuedOn", invoice.issuedOn() == null ? null : invoice.issuedOn().toString());
        return json.build();
    }

    /** PAY-3: whom to pay, the account, the reference to quote and the amount. */
    static JsonObject transfer(TransferView transfer) {
        return Json.createObjectBuilder().add("payee", transfer.payee()).add("iban", transfer.account())
                .add("reference", transfer.reference()).add("amount", transfer.amount())
                .add("currency", transfer.currency()).build();
    }

    static JsonArrayBuilder lines(List<Line> lines) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        lines.forEach(l -> array.add(period(Json.createObjectBuilder().add("number", l.number()).add("type", l.type())
                .add("label", l.label()), l.months()).add("listPrice", l.listPrice()).add("net", l.net())));
        return array;
    }

    /**
     * PAY-8: a period as {@code months}, and as {@code years} too when it is whole years (null
     * otherwise), so that clients which only know years keep reading what they know.
     */
    static JsonObjectBuilder period(JsonObjectBuilder json, int months) {
        SpokenPeriod period = SpokenPeriod.of(months);
        json.add("months", months);
        return period.inYears() ? json.add("years", period.count()) : json.addNull("years");
    }

    /** PAY-8: the period a request asks for, in months: {@code "months"} or {@code "years"}, one year when neither. */
    static int months(JsonObject item) throws Refusal {
        if (item.containsKey("months") && item.containsKey("years")) {
            throw new Refusal(ApiError.MALFORMED_BODY);
        }
        int months = Representations.integer(item, "months", 0);
        if (months != 0 || item.containsKey("months")) {
            return months;
        }
        int years = Representations.integer(item, "years", 1);
        if (years < 1 || years > 100) {
            // no product is sold for that long; refused before counting it in months overflows
            throw new Refusal(BillingError.PERIOD_NOT_ALLOWED, SpokenPeriod.years(years));
        }
        return years * 12;
    }

    static JsonObject amounts(Amounts amounts) {
        return Json.createObjectBuilder().add("currency", amounts.currency()).add("net", amounts.net())
                .add("vatRate", amounts.vatRate()).add("vat", amounts.vat()).add("gross", amounts.gross())
                .add("rounding", amounts.rounding()).add("payable", amounts.payable()).build();
    }
}
