package ch.partnerportal.api.boundary;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditExportTest {

    @Test
    void cellsThatASpreadsheetWouldReadAsAFormulaStayText() {
        assertThat(AuditTrailResource.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(AuditTrailResource.cell("+41 44 000 00 00")).isEqualTo("'+41 44 000 00 00");
        assertThat(AuditTrailResource.cell("-1")).isEqualTo("'-1");
        assertThat(AuditTrailResource.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditTrailResource.cell("anna@reseller.ch (Reseller AG)")).isEqualTo("anna@reseller.ch (Reseller AG)");
        assertThat(AuditTrailResource.cell("")).isEmpty();
    }
}
