package ch.partnerportal.api.boundary;

import ch.partnerportal.api.problems.ApiError;
import ch.partnerportal.api.problems.Problems;
import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.api.CheckoutViews.ProviderView;
import ch.partnerportal.billing.invoices.boundary.InvoiceDocuments;
import ch.partnerportal.billing.api.PaymentMethod;
import ch.partnerportal.billing.api.SpokenPeriod;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.kernel.Slugs;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** What the billing resources share: documents to download, declined payments, methods and periods as requests name them. */
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

    /** A body's {@code method}, spelled as a slug ({@code card}, {@code postfinance}, ...). */
    static PaymentMethod paymentMethod(String text) throws Refusal {
        return Slugs.parse(PaymentMethod.class, text)
                .orElseThrow(() -> new Refusal(BillingError.UNKNOWN_PAYMENT_METHOD, String.valueOf(text)));
    }

    /** PAY-8: the period a request asks for, in months: {@code "months"} or {@code "years"}, one year when neither. */
    static int months(Integer years, Integer months) throws Refusal {
        if (months != null && years != null) {
            throw new Refusal(ApiError.MALFORMED_BODY);
        }
        if (months != null) {
            return months;
        }
        if (years == null) {
            return 12;
        }
        if (years < 1 || years > 100) {
            // no product is sold for that long; refused before counting it in months overflows
            throw new Refusal(BillingError.PERIOD_NOT_ALLOWED, SpokenPeriod.years(years));
        }
        return years * 12;
    }
}
