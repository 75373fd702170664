package ch.partnerportal.partner.relationships.control;

import ch.partnerportal.partner.notices.PartnerMail;
import ch.partnerportal.partner.relationships.entity.Relationship;
import ch.partnerportal.partner.relationships.entity.Side;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Tells one side of a relationship what the other did: its legal representatives, who answer for it,
 * each in its language, with a link to the page of the console where they act on it.
 */
@Dependent
public class RelationshipMail {

    /** The partner's console, and the client's Partners page. */
    public static final String PARTNER_PAGE = "/app/partner.xhtml";
    public static final String CLIENT_PAGE = "/app/partners.xhtml";
    private static final ZoneId SWISS_TIME = ZoneId.of("Europe/Zurich");

    @Inject
    PartnerMail mail;

    /**
     * @param kind the notice (relationship-invited, ...), whose texts name the other side's
     *             organization, the note, the page and the date
     */
    public void tell(Relationship relationship, Side to, String kind, String note, Instant date) {
        String page = (to == Side.PARTNER ? PARTNER_PAGE : CLIENT_PAGE) + "?relationship=" + relationship.id();
        mail.tell(mail.legalRepresentatives(relationship.organizationOn(to)), relationship.organizationOn(to.other()),
                kind, note, page, date);
    }

    public void tell(Relationship relationship, Side to, String kind, String note, LocalDate day) {
        tell(relationship, to, kind, note, day == null ? null : day.atStartOfDay(SWISS_TIME).toInstant());
    }
}
