package ch.partnerportal.system.console;

import ch.partnerportal.system.support.Api;
import ch.partnerportal.system.support.Env;
import ch.partnerportal.system.support.Http;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Steps of the billing pages' browser tests: PrimeFaces widgets, downloads, and orders made through the API. */
final class BillingSteps {

    static final String CONSOLE = Env.PORTAL_URL + "/console/app/";
    static final String APPROVED = "4242 4242 4242 4242";

    private BillingSteps() {
    }

    /** Logs in on the users page (where every login lands), then opens a console page. */
    static void logIn(Browser browser, TestUser user, String page) {
        browser.go(CONSOLE + "users.xhtml");
        browser.logInToKeycloak(user.email(), Keycloak.PASSWORD);
        browser.waitForText(By.id("users:table"), user.email());
        browser.go(CONSOLE + page);
    }

    /** Picks an item of a PrimeFaces select menu once its panel finished opening. */
    static void choose(Browser browser, String menuId, String itemLabel) {
        browser.click(By.id(menuId));
        browser.waitForAttribute(By.id(menuId + "_label"), "aria-expanded", "true");
        browser.click(By.cssSelector(css(menuId + "_panel") + " li[data-label='" + itemLabel + "']"));
        browser.waitForText(By.id(menuId + "_label"), itemLabel);
    }

    /** Ticks a PrimeFaces check box (it reacts to its box, not to the hidden input). */
    static void tick(Browser browser, String checkboxId) {
        By box = By.cssSelector(css(checkboxId) + " .ui-chkbox-box");
        browser.click(box);
        browser.waitForClass(box, "ui-state-active");
    }

    /** Chooses a radio button by its label, as a person does. */
    static void pick(Browser browser, String label) {
        browser.click(By.xpath("//label[@for and normalize-space()='" + label + "']"));
    }

    /** A link's target fetched with the browser's session cookies. */
    static Http.Download download(Browser browser, By link) {
        String url = browser.attribute(link, "href");
        String cookies = browser.driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        return Http.download(url, Map.of("Cookie", cookies));
    }

    static String pdfText(Http.Download download) {
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(new String(download.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(download.body())) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new AssertionError("not a readable PDF", e);
        }
    }

    /** A pending order of one product, placed over the API; answers its id. */
    static String order(TestUser owner, String organization, String type, String label, int years) {
        return Portal.ok(Api.as(owner).post(Portal.organization(organization) + "/orders", Map.of("items",
                List.of(Map.of("type", type, "label", label, "years", years)))), 201).path("id").asText();
    }

    /** An order paid by card over the API: the products exist, with their expiry. */
    static void buy(TestUser owner, String organization, String type, String label, int years) {
        String order = order(owner, organization, type, label, years);
        Portal.ok(Api.as(owner).withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post(Portal.organization(organization) + "/orders/" + order + "/payment",
                        Map.of("method", "card", "instrument", APPROVED)), 200);
    }

    static void deposit(TestUser owner, String organization, String amount) {
        Portal.ok(Api.as(owner).withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post(Portal.organization(organization) + "/prepaid-account/deposits",
                        Map.of("amount", amount, "method", "card", "cardNumber", APPROVED)), 200);
    }

    static String balance(TestUser owner, String organization) {
        return Portal.ok(Api.as(owner).get(Portal.organization(organization) + "/prepaid-account"), 200)
                .path("balance").asText();
    }

    static JsonNode invoices(TestUser owner, String organization) {
        return Portal.ok(Api.as(owner).get(Portal.organization(organization) + "/invoices"), 200).path("items");
    }

    static JsonNode products(TestUser owner, String organization) {
        return Portal.ok(Api.as(owner).get(Portal.organization(organization) + "/products"), 200).path("items");
    }

    /** A CSS id selector for a JSF client id (its colons escaped). */
    static String css(String clientId) {
        return "#" + clientId.replace(":", "\\:");
    }
}
