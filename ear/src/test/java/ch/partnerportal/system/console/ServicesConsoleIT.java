package ch.partnerportal.system.console;

import ch.partnerportal.system.support.Env;
import ch.partnerportal.system.support.Keycloak;
import ch.partnerportal.system.support.Portal;
import ch.partnerportal.system.support.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product pages of a web hosting and a kChat, and the teams page, in French: a technical credential
 * whose password is shown once (IDN-4), a team made (ORG-8), a channel, a person and the team added to
 * the workspace.
 */
class ServicesConsoleIT {

    private static final String CONSOLE = Env.PORTAL_URL + "/console/app/";

    @Test
    void IDN_4_ORG_8_aCredentialsPasswordIsShownOnceATeamIsMadeAndAKChatGetsAChannelAPersonAndTheTeamInFrench() {
        TestUser owner = Keycloak.createUser();
        String organization = Portal.ownOrganization(owner);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> ids = Portal.buy(owner, organization, List.of(
                Map.of("type", "web-hosting", "label", "Site " + suffix, "years", 1),
                Map.of("type", "kchat", "label", "Chat " + suffix, "months", 1)));
        String name = "ftp" + suffix.replaceAll("[^a-z0-9]", "x");

        try (Browser browser = Browser.open("fr")) {
            try {
                browser.go(CONSOLE + "product.xhtml?id=" + ids.get("Site " + suffix));
                browser.logInToKeycloak(owner.email(), Keycloak.PASSWORD);
                browser.waitForText(By.id("productName"), "Site " + suffix);
                browser.click(By.linkText("Identifiants"));
                browser.type(By.id("tabs:credentials:credentialName"), name);
                browser.click(By.id("tabs:credentials:issue"));
                browser.waitFor(By.id("issuedPassword"));
                String password = browser.text(By.id("issuedPassword"));
                assertThat(password).hasSize(24);
                assertThat(browser.text(By.id("tabs:credentials"))).contains("ftp_" + name,
                        "Copiez ce mot de passe maintenant");

                browser.go(CONSOLE + "product.xhtml?id=" + ids.get("Site " + suffix));
                browser.waitForText(By.id("productName"), "Site " + suffix);
                browser.click(By.linkText("Identifiants"));
                browser.waitForText(By.id("tabs:credentials:credentialList"), "ftp_" + name);
                assertThat(browser.driver.getPageSource()).as("shown once").doesNotContain(password);

                browser.go(CONSOLE + "teams.xhtml");
                browser.waitForText(By.id("teams"), "Pas encore d’équipe.");
                browser.type(By.id("newTeam:newName"), "Ventes");
                browser.click(By.id("newTeam:create"));
                browser.waitForText(By.id("messages"), "L’équipe Ventes a été créée.");
                browser.waitFor(By.cssSelector("#teams input[value='Ventes']"));

                browser.go(CONSOLE + "product.xhtml?id=" + ids.get("Chat " + suffix));
                browser.waitForText(By.id("workspaceName"), "Chat " + suffix);
                assertThat(browser.text(By.id("tabs:channels:channelList"))).contains("#general", "Public");
                browser.type(By.id("tabs:channels:channelName"), "Ventes Suisse");
                BillingSteps.tick(browser, "tabs:channels:channelPrivate");
                browser.click(By.id("tabs:channels:createChannel"));
                browser.waitForText(By.id("messages"), "Le canal #ventes-suisse a été créé.");
                browser.waitForText(By.id("tabs:channels:channelList"), "Privé");

                browser.type(By.id("tabs:channels:channelName"), "-faux");
                browser.click(By.id("tabs:channels:createChannel"));
                browser.waitForText(By.id("messages"), "Le nom d’un canal a de 1 à 80 caractères");

                browser.click(By.xpath("//div[@id='tabs']//a[normalize-space()='Utilisateurs']"));
                BillingSteps.choose(browser, "tabs:chatPeople:chatRole", "Admin");
                browser.click(By.id("tabs:chatPeople:addChatMember"));
                browser.waitForText(By.id("tabs:chatPeople:people"), owner.email());
                assertThat(browser.text(By.id("tabs:chatPeople:people"))).contains("Admin", "En personne");
                browser.click(By.id("tabs:chatPeople:addChatTeam"));
                browser.waitForText(By.id("tabs:chatPeople:chatTeams"), "Ventes");
            } finally {
                browser.screenshot("services-pages-fr");
            }
        }
    }
}
