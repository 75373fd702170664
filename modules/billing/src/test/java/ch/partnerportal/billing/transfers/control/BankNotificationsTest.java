package ch.partnerportal.billing.transfers.control;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.billing.transfers.entity.ReportedCredit;
import ch.partnerportal.kernel.Refusal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BankNotificationsTest {

    /** A camt.054.001.08 as Swiss banks send it: one batched booking of two QR payments, and noise. */
    private static final String CAMT_054 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
              <BkToCstmrDbtCdtNtfctn>
                <GrpHdr><MsgId>MSG-2026-11-27-001</MsgId><CreDtTm>2026-11-27T18:00:00</CreDtTm></GrpHdr>
                <Ntfctn>
                  <Id>N1</Id>
                  <Acct><Id><IBAN>CH4431999123000889012</IBAN></Id></Acct>
                  <Ntry>
                    <Amt Ccy="CHF">650.35</Amt>
                    <CdtDbtInd>CRDT</CdtDbtInd>
                    <Sts><Cd>BOOK</Cd></Sts>
                    <BookgDt><Dt>2026-11-27</Dt></BookgDt>
                    <ValDt><Dt>2026-11-27</Dt></ValDt>
                    <AcctSvcrRef>ENTRY-1</AcctSvcrRef>
                    <NtryDtls>
                      <TxDtls>
                        <Refs><AcctSvcrRef>TX-1</AcctSvcrRef><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
                        <Amt Ccy="CHF">417.50</Amt>
                        <CdtDbtInd>CRDT</CdtDbtInd>
                        <RltdPties><Dbtr><Pty><Nm>Muster AG</Nm></Pty></Dbtr></RltdPties>
                        <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Prtry>QRR</Prtry></CdOrPrtry></Tp>
                          <Ref>21 00000 00003 13947 14300 09017</Ref></CdtrRefInf></Strd></RmtInf>
                      </TxDtls>
                      <TxDtls>
                        <Refs><AcctSvcrRef>TX-2</AcctSvcrRef></Refs>
                        <Amt Ccy="CHF">232.85</Amt>
                        <CdtDbtInd>CRDT</CdtDbtInd>
                        <RmtInf><Ustrd>Thanks</Ustrd></RmtInf>
                      </TxDtls>
                    </NtryDtls>
                  </Ntry>
                  <Ntry>
                    <Amt Ccy="CHF">12.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                    <AcctSvcrRef>FEES</AcctSvcrRef>
                  </Ntry>
                  <Ntry>
                    <Amt Ccy="CHF">99.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>PDNG</Cd></Sts>
                    <AcctSvcrRef>PENDING</AcctSvcrRef>
                  </Ntry>
                  <Ntry>
                    <Amt Ccy="CHF">50.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><RvslInd>true</RvslInd>
                    <Sts><Cd>BOOK</Cd></Sts><AcctSvcrRef>REVERSED</AcctSvcrRef>
                  </Ntry>
                </Ntfctn>
              </BkToCstmrDbtCdtNtfctn>
            </Document>
            """;

    /** A camt.053.001.04 statement: status as plain text, one unbatched credit with a creditor reference. */
    private static final String CAMT_053 = """
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04">
              <BkToCstmrStmt>
                <GrpHdr><MsgId>STMT-7</MsgId></GrpHdr>
                <Stmt>
                  <Acct><Id><IBAN>CH93 0076 2011 6238 5295 7</IBAN></Id></Acct>
                  <Ntry>
                    <Amt Ccy="EUR">205.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
                    <ValDt><Dt>2026-11-26</Dt></ValDt>
                    <NtryDtls><TxDtls>
                      <RltdPties><Dbtr><Nm>Beispiel GmbH</Nm></Dbtr></RltdPties>
                      <RmtInf><Strd><CdtrRefInf><Ref>rf18 5390 0754 7034</Ref></CdtrRefInf></Strd></RmtInf>
                    </TxDtls></NtryDtls>
                  </Ntry>
                </Stmt>
              </BkToCstmrStmt>
            </Document>
            """;

    private static List<ReportedCredit> read(String xml) throws Refusal {
        return BankNotifications.read(xml.strip().getBytes(StandardCharsets.UTF_8)).credits();
    }

    @Test
    void PAY_3_aCamt054YieldsEveryBookedCreditWithItsReferenceAndNothingElse() throws Refusal {
        List<ReportedCredit> credits = read(CAMT_054);
        assertThat(credits).hasSize(2);
        ReportedCredit qr = credits.get(0);
        assertThat(qr.bankReference()).isEqualTo("TX-1");
        assertThat(qr.amount()).isEqualTo(new BigDecimal("417.50"));
        assertThat(qr.currency()).isEqualTo("CHF");
        assertThat(qr.paymentReference()).contains("210000000003139471430009017");
        assertThat(qr.debtor()).contains("Muster AG");
        assertThat(qr.bookedOn()).contains(LocalDate.of(2026, 11, 27));
        ReportedCredit plain = credits.get(1);
        assertThat(plain.bankReference()).isEqualTo("TX-2");
        assertThat(plain.amount()).isEqualTo(new BigDecimal("232.85"));
        assertThat(plain.paymentReference()).isEmpty();
    }

    @Test
    void PAY_6_aCamt053IsReadTooAndACreditWithoutBankReferenceIsKnownByItsPositionInTheMessage()
            throws Refusal {
        List<ReportedCredit> credits = read(CAMT_053);
        assertThat(credits).singleElement().satisfies(credit -> {
            assertThat(credit.bankReference()).isEqualTo("STMT-7/1/1/1");
            assertThat(credit.paymentReference()).contains("RF18539007547034");
            assertThat(credit.debtor()).contains("Beispiel GmbH");
            assertThat(credit.bookedOn()).contains(LocalDate.of(2026, 11, 26));
            assertThat(credit.amount()).isEqualTo(new BigDecimal("205.00"));
        });
        assertThat(read(CAMT_053)).isEqualTo(credits);
    }

    @Test
    void PAY_3_aFileSaysWhichAccountsItIsAbout() throws Refusal {
        assertThat(BankNotifications.read(CAMT_054.strip().getBytes(StandardCharsets.UTF_8)).accounts())
                .containsExactly("CH4431999123000889012");
        assertThat(BankNotifications.read(CAMT_053.strip().getBytes(StandardCharsets.UTF_8)).accounts())
                .containsExactly("CH9300762011623852957");
    }

    @Test
    void PAY_3_aFileThatIsNotABankNotificationIsRefusedWhole() {
        for (String bad : List.of("", "not xml", "<Document><Other/></Document>",
                CAMT_054.replace("<MsgId>MSG-2026-11-27-001</MsgId>", ""),
                CAMT_054.replace("417.50", "-417.50"),
                CAMT_054.replace("417.50", "417.505"),
                CAMT_054.replace("417.50", "many"),
                CAMT_054.replace("<Acct><Id><IBAN>CH4431999123000889012</IBAN></Id></Acct>", ""))) {
            assertThatThrownBy(() -> read(bad)).as(bad).isInstanceOfSatisfying(Refusal.class,
                    r -> assertThat(r.errorCode()).isEqualTo(BillingError.BANK_STATEMENT_MALFORMED));
        }
    }

    @Test
    void PAY_3_entitiesAndDoctypesAreRefusedSoAFileCannotReadTheServersFiles() {
        String hostile = """
                <?xml version="1.0"?>
                <!DOCTYPE Document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <Document><BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>&secret;</MsgId></GrpHdr></BkToCstmrDbtCdtNtfctn></Document>
                """;
        assertThatThrownBy(() -> read(hostile)).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.errorCode()).isEqualTo(BillingError.BANK_STATEMENT_MALFORMED));
    }

    /** The README's demo file stays a file the import takes: two credits that name nothing. */
    @Test
    void PAY_6_theDemoSampleBringsTwoCreditsThatNameNothing() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("../../samples/camt054-unassigned.xml"));
        BankNotifications.Notification notification = BankNotifications.read(sample);
        assertThat(notification.accounts()).containsExactly("CH4431999123000889012");
        assertThat(notification.credits()).extracting(ReportedCredit::bankReference)
                .containsExactly("DEMO-CREDIT-ROSSI-1", "DEMO-CREDIT-UNKNOWN-1");
        assertThat(notification.credits()).allSatisfy(credit -> assertThat(credit.paymentReference()).isEmpty());
        assertThat(notification.credits().get(0).debtor()).contains("Anna Rossi");
    }
}
