package ch.partnerportal.billing.transfers.control;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.transfers.entity.ReportedCredit;
import ch.partnerportal.billing.transfers.entity.TransferReference;
import ch.partnerportal.kernel.Refusal;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the incoming payments of an ISO 20022 bank-to-customer notification (camt.054) or statement
 * (camt.053), in any of the versions Swiss banks deliver (001.04 to 001.08): elements are found by
 * their local names, so the namespace's version does not matter.
 *
 * <p>Only booked credits count: debits, pending entries and reversals are skipped. An entry that
 * batches several payments is read per transaction. A credit's identity is the bank's own reference
 * (the transaction's {@code AcctSvcrRef}, else the entry's with the transaction's position); without
 * one, the message id with the positions, which makes re-importing the same file harmless.
 *
 * <p>The parser refuses DOCTYPEs and external entities: the file comes from outside.
 */
public final class BankNotifications {

    private BankNotifications() {
    }

    /** What a file reported: the accounts (IBAN, compact) it is about, and their booked credits. */
    public record Notification(Set<String> accounts, List<ReportedCredit> credits) {
    }

    public static Notification read(byte[] xml) throws Refusal {
        Element root = parse(xml).getDocumentElement();
        Element message = firstChild(root, "BkToCstmrDbtCdtNtfctn")
                .or(() -> firstChild(root, "BkToCstmrStmt"))
                .orElseThrow(() -> new Refusal(BillingError.BANK_STATEMENT_MALFORMED,
                        "no BkToCstmrDbtCdtNtfctn or BkToCstmrStmt"));
        String messageId = firstChild(message, "GrpHdr").flatMap(h -> text(h, "MsgId"))
                .orElseThrow(() -> new Refusal(BillingError.BANK_STATEMENT_MALFORMED, "no GrpHdr/MsgId"));
        List<ReportedCredit> credits = new ArrayList<>();
        Set<String> accounts = new LinkedHashSet<>();
        int reportNumber = 0;
        for (Element report : children(message)) {
            if (!report.getLocalName().equals("Ntfctn") && !report.getLocalName().equals("Stmt")) {
                continue;
            }
            reportNumber++;
            accounts.add(firstChild(report, "Acct").flatMap(a -> firstChild(a, "Id")).flatMap(i -> text(i, "IBAN"))
                    .map(iban -> iban.replace(" ", "").toUpperCase(java.util.Locale.ROOT))
                    .orElseThrow(() -> new Refusal(BillingError.BANK_STATEMENT_MALFORMED, "a report without its account")));
            int entryNumber = 0;
            for (Element entry : children(report, "Ntry")) {
                entryNumber++;
                if (booked(entry) && isCredit(entry) && !reversal(entry)) {
                    read(entry, messageId + "/" + reportNumber + "/" + entryNumber, credits);
                }
            }
        }
        return new Notification(accounts, credits);
    }

    private static void read(Element entry, String position, List<ReportedCredit> credits) throws Refusal {
        List<Element> transactions = new ArrayList<>();
        for (Element details : children(entry, "NtryDtls")) {
            transactions.addAll(children(details, "TxDtls"));
        }
        Optional<String> entryReference = text(entry, "AcctSvcrRef");
        Optional<LocalDate> booked = firstChild(entry, "BookgDt").flatMap(BankNotifications::date)
                .or(() -> firstChild(entry, "ValDt").flatMap(BankNotifications::date));
        if (transactions.isEmpty()) {
            Amount amount = amount(entry);
            credits.add(new ReportedCredit(entryReference.orElse(position), amount.value(), amount.currency(),
                    Optional.empty(), Optional.empty(), booked));
            return;
        }
        int number = 0;
        for (Element transaction : transactions) {
            number++;
            if (firstChild(transaction, "CdtDbtInd").isPresent() && !isCredit(transaction)) {
                continue;
            }
            Amount amount = firstChild(transaction, "Amt").isPresent() ? amount(transaction)
                    : transactions.size() == 1 ? amount(entry) : null;
            if (amount == null) {
                throw new Refusal(BillingError.BANK_STATEMENT_MALFORMED, "a batched transaction has no amount");
            }
            int n = number;
            String bankReference = firstChild(transaction, "Refs").flatMap(r -> text(r, "AcctSvcrRef"))
                    .or(() -> entryReference.map(r -> transactions.size() == 1 ? r : r + "#" + n))
                    .orElse(position + "/" + n);
            Optional<String> reference = firstChild(transaction, "RmtInf")
                    .flatMap(r -> firstChild(r, "Strd"))
                    .flatMap(s -> firstChild(s, "CdtrRefInf"))
                    .flatMap(c -> text(c, "Ref"))
                    .map(TransferReference::normalize)
                    .filter(r -> !r.isEmpty());
            Optional<String> debtor = firstChild(transaction, "RltdPties").flatMap(p -> firstChild(p, "Dbtr"))
                    .flatMap(d -> text(d, "Nm").or(() -> firstChild(d, "Pty").flatMap(p -> text(p, "Nm"))))
                    .map(name -> name.length() > 140 ? name.substring(0, 140) : name);
            credits.add(new ReportedCredit(bankReference, amount.value(), amount.currency(), reference, debtor,
                    booked));
        }
    }

    private record Amount(BigDecimal value, String currency) {
    }

    private static Amount amount(Element owner) throws Refusal {
        Element amount = firstChild(owner, "Amt")
                .orElseThrow(() -> new Refusal(BillingError.BANK_STATEMENT_MALFORMED, "an entry has no amount"));
        String currency = amount.getAttribute("Ccy");
        BigDecimal value;
        try {
            value = new BigDecimal(amount.getTextContent().strip());
        } catch (NumberFormatException e) {
            throw new Refusal(BillingError.BANK_STATEMENT_MALFORMED, "amount " + amount.getTextContent().strip());
        }
        if (value.signum() <= 0 || value.scale() > 2 || !currency.matches("[A-Z]{3}")) {
            throw new Refusal(BillingError.BANK_STATEMENT_MALFORMED, "amount " + value + " " + currency);
        }
        return new Amount(value.setScale(2), currency);
    }

    private static boolean booked(Element entry) {
        // camt.054.001.04 writes <Sts>BOOK</Sts>, later versions <Sts><Cd>BOOK</Cd></Sts>
        return firstChild(entry, "Sts").map(s -> s.getTextContent().strip()).map("BOOK"::equals).orElse(true);
    }

    private static boolean isCredit(Element owner) {
        return text(owner, "CdtDbtInd").map("CRDT"::equals).orElse(false);
    }

    private static boolean reversal(Element entry) {
        return text(entry, "RvslInd").map("true"::equalsIgnoreCase).orElse(false);
    }

    private static Optional<LocalDate> date(Element dateAndTime) {
        Optional<String> value = text(dateAndTime, "Dt").or(() -> text(dateAndTime, "DtTm"));
        try {
            return value.map(v -> LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Document parse(byte[] xml) throws Refusal {
        if (xml == null || xml.length == 0) {
            throw new Refusal(BillingError.BANK_STATEMENT_MALFORMED, "empty file");
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new Refusal(BillingError.BANK_STATEMENT_MALFORMED, "not well-formed XML");
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException("The XML parser could not be set up", e);
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<Element> children(Element parent, String localName) {
        return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).toList();
    }

    private static Optional<Element> firstChild(Element parent, String localName) {
        return children(parent, localName).stream().findFirst();
    }

    private static Optional<String> text(Element parent, String localName) {
        return firstChild(parent, localName).map(e -> e.getTextContent().strip()).filter(t -> !t.isEmpty());
    }
}
