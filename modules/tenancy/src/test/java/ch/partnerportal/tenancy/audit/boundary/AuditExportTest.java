package ch.partnerportal.tenancy.audit.boundary;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditExportTest {

    @Test
    void cellsThatASpreadsheetWouldReadAsAFormulaStayText() {
        assertThat(AuditTrail.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(AuditTrail.cell("+41 44 000 00 00")).isEqualTo("'+41 44 000 00 00");
        assertThat(AuditTrail.cell("-1")).isEqualTo("'-1");
        assertThat(AuditTrail.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditTrail.cell("anna@reseller.ch (Reseller AG)")).isEqualTo("anna@reseller.ch (Reseller AG)");
        assertThat(AuditTrail.cell("")).isEmpty();
        assertThat(AuditTrail.cell(null)).as("an entry that keeps no before or after").isEmpty();
    }
}
