package ch.partnerportal.system.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A camt.054.001.08 notification as a Swiss bank sends it, with the credits a test needs: what the
 * provider's accountants download from e-banking and import.
 */
public final class BankFile {

    /** One incoming payment; a null reference is a payment without structured reference. */
    public record Credit(String bankReference, String amount, String currency, String reference, String debtor) {

        public static Credit of(String amount, String currency, String reference) {
            return new Credit("IT-" + UUID.randomUUID(), amount, currency, reference, "Test Payer");
        }
    }

    private final List<Credit> credits = new ArrayList<>();
    private final String messageId = "MSG-" + UUID.randomUUID();
    private String account = "CH4431999123000889012";

    /** The provider's QR-IBAN (the demo default) unless told otherwise. */
    public BankFile forAccount(String iban) {
        this.account = iban;
        return this;
    }

    public BankFile with(Credit credit) {
        credits.add(credit);
        return this;
    }

    public String xml() {
        StringBuilder entries = new StringBuilder();
        for (Credit credit : credits) {
            String remittance = credit.reference() == null ? "<RmtInf><Ustrd>Payment</Ustrd></RmtInf>"
                    : "<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Prtry>" + (credit.reference().startsWith("RF") ? "SCOR" : "QRR")
                    + "</Prtry></CdOrPrtry></Tp><Ref>" + credit.reference() + "</Ref></CdtrRefInf></Strd></RmtInf>";
            entries.append("""
                    <Ntry>
                      <Amt Ccy="%2$s">%1$s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                      <BookgDt><Dt>2026-11-27</Dt></BookgDt><ValDt><Dt>2026-11-27</Dt></ValDt>
                      <NtryDtls><TxDtls>
                        <Refs><AcctSvcrRef>%3$s</AcctSvcrRef></Refs>
                        <Amt Ccy="%2$s">%1$s</Amt><CdtDbtInd>CRDT</CdtDbtInd>
                        <RltdPties><Dbtr><Pty><Nm>%4$s</Nm></Pty></Dbtr></RltdPties>
                        %5$s
                      </TxDtls></NtryDtls>
                    </Ntry>
                    """.formatted(credit.amount(), credit.currency(), credit.bankReference(), credit.debtor(),
                    remittance));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
                  <BkToCstmrDbtCdtNtfctn>
                    <GrpHdr><MsgId>%s</MsgId><CreDtTm>2026-11-27T18:00:00</CreDtTm></GrpHdr>
                    <Ntfctn><Id>1</Id><Acct><Id><IBAN>%s</IBAN></Id></Acct>
                %s    </Ntfctn>
                  </BkToCstmrDbtCdtNtfctn>
                </Document>
                """.formatted(messageId, account, entries);
    }
}
