package ch.partnerportal.system.console;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Env;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A product's page in German: its DNS records, a record added and one refused, and its usage chart. */
class ProductConsoleIT {

    @Test
    void aDomainsPageShowsItsRecordsTakesANewOneAndChartsItsUsageInGerman() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String domain = "konsole-" + UUID.randomUUID().toString().substring(0, 8) + ".ch";
        BillingSteps.buy(owner, organization, "domain-ch", domain, 1);
        String product = Portal.ok(Api.as(owner).get(Portal.organization(organization) + "/products"), 200)
                .path("items").get(0).path("id").asText();
        Portal.ok(Api.as(owner).post(Portal.organization(organization) + "/products/" + product + "/dns/records",
                Map.of("type", "A", "value", "192.0.2.10")), 201);

        try (Browser browser = Browser.open("de")) {
            try {
                browser.go(Env.PORTAL_URL + "/console/app/products.xhtml");
                browser.logInToKeycloak(owner.email(), Keycloak.PASSWORD);
                browser.waitForText(By.id("products"), domain);
                assertThat(browser.text(By.id("products"))).contains("Domain", "Aktiv");
                browser.click(By.linkText(domain));
                browser.waitForText(By.id("productName"), domain);
                assertThat(browser.text(By.id("tabs"))).contains("Einstellungen", "Statistiken", "Nameserver",
                        "ns1.partnerportal.ch", "192.0.2.10");

                browser.type(By.id("tabs:dns:recordName"), "www");
                browser.type(By.id("tabs:dns:recordValue"), "192.0.2.20");
                browser.click(By.id("tabs:dns:addRecord"));
                browser.waitForText(By.id("messages"), "Der Eintrag wurde hinzugefügt.");
                browser.waitForText(By.id("tabs:dns:records"), "192.0.2.20");

                browser.type(By.id("tabs:dns:recordName"), "api");
                browser.type(By.id("tabs:dns:recordValue"), "999.0.2.21");
                browser.click(By.id("tabs:dns:addRecord"));
                browser.waitForText(By.id("messages"), "«999.0.2.21» ist keine IPv4-Adresse");
                assertThat(browser.text(By.id("tabs:dns:records"))).doesNotContain("999.0.2.21");

                browser.click(By.linkText("Statistiken"));
                browser.waitFor(By.cssSelector("#tabs canvas"));
                Object labels = ((JavascriptExecutor) browser.driver).executeScript(
                        "var chart = Chart.getChart(document.querySelector('#tabs canvas'));"
                                + "return chart ? chart.data.labels.length : -1;");
                assertThat(((Number) labels).intValue()).as("Chart.js drew the days the domain existed")
                        .isBetween(1, 30);
                Object title = ((JavascriptExecutor) browser.driver).executeScript(
                        "return Chart.getChart(document.querySelector('#tabs canvas')).data.datasets[0].label;");
                assertThat(title).isEqualTo("DNS-Abfragen");
                assertThat(browser.text(By.id("tabs"))).contains("Die letzten 30 Tage.");
            } finally {
                browser.screenshot("product-page-de");
            }
        }
    }
}
