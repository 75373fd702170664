package ch.partnerportal.console.products;

import ch.partnerportal.console.Feedback;
import ch.partnerportal.console.PagedList;
import ch.partnerportal.console.session.ConsoleSession;
import ch.partnerportal.kernel.Refusal;
import ch.partnerportal.services.api.DnsRecordInput;
import ch.partnerportal.services.api.DnsRecordView;
import ch.partnerportal.services.api.DnsZoneView;
import ch.partnerportal.services.api.MailboxPageView;
import ch.partnerportal.services.api.MailboxView;
import ch.partnerportal.services.api.ServiceView;
import ch.partnerportal.services.api.UsageView;
import ch.partnerportal.services.dns.boundary.DnsZones;
import ch.partnerportal.services.mail.boundary.Mailboxes;
import ch.partnerportal.services.usage.boundary.UsageStatistics;
import ch.partnerportal.services.workspaces.boundary.OrganizationServices;
import ch.partnerportal.tenancy.api.Page;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One product's page: its settings (a domain's DNS records, a mail service's mailboxes) and its usage
 * charts. What the caller may not do is not offered, and the page says which permission it needs; the
 * facades refuse it anyway.
 */
@Named
@ViewScoped
public class ProductPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> COLOURS = List.of("#2f6fbf", "#d9822b", "#3c9d5d");

    @Inject
    ConsoleSession session;

    @Inject
    OrganizationServices services;

    @Inject
    DnsZones zones;

    @Inject
    Mailboxes mailboxes;

    @Inject
    UsageStatistics statistics;

    private String id;
    private ServiceView product;
    private DnsZoneView zone;
    private List<String> charts = List.of();
    private String statisticsRefused;
    private PagedList<MailboxView> mailboxList;
    private String search;

    private String recordName;
    private String recordType = "A";
    private String recordValue;
    private Integer recordTtl;
    private Integer recordPriority;
    private String mailboxAddress;
    private String mailboxPassword;

    public void open() {
        String organization = session.getCurrentOrganizationId();
        try {
            product = services.find(organization, id).orElse(null);
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
            return;
        }
        if (product == null) {
            Feedback.refusal(new Refusal(ch.partnerportal.services.api.ServicesError.PRODUCT_NOT_FOUND));
            return;
        }
        if (!product.manageable()) {
            return;
        }
        loadSettings();
        try {
            charts = charts(statistics.usage(organization, id, null, null));
        } catch (Refusal refusal) {
            statisticsRefused = refusal.message(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
    }

    private void loadSettings() {
        String organization = session.getCurrentOrganizationId();
        try {
            if ("domains".equals(product.kind())) {
                zone = zones.zone(organization, id);
            } else if ("mail".equals(product.kind())) {
                mailboxList = new PagedList<>((first, size) -> {
                    MailboxPageView page = mailboxes.list(organization, id, search, first, size);
                    return new Page<>(page.items(), page.total());
                }, MailboxView::id);
            }
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    /** Chart.js configurations, one per measure, as JSON PrimeFaces hands to the chart. */
    private List<String> charts(UsageView usage) {
        FacesContext context = FacesContext.getCurrentInstance();
        List<String> configurations = new ArrayList<>();
        int colour = 0;
        for (UsageView.Series series : usage.series()) {
            JsonArrayBuilder labels = Json.createArrayBuilder();
            JsonArrayBuilder values = Json.createArrayBuilder();
            series.points().forEach(point -> {
                labels.add(point.day().toString());
                values.add(point.value());
            });
            String title = Feedback.text(context, "measure." + series.measure());
            String unit = Feedback.text(context, "unit." + series.unit());
            configurations.add(Json.createObjectBuilder()
                    .add("type", "line")
                    .add("data", Json.createObjectBuilder().add("labels", labels)
                            .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                    .add("label", title).add("data", values)
                                    .add("borderColor", COLOURS.get(colour++ % COLOURS.size()))
                                    .add("fill", false).add("tension", 0.2))))
                    .add("options", Json.createObjectBuilder().add("responsive", true)
                            .add("maintainAspectRatio", false)
                            .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                    .add("beginAtZero", true).add("title", Json.createObjectBuilder()
                                            .add("display", true).add("text", unit)))))
                    .build().toString());
        }
        return configurations;
    }

    public void addRecord() {
        try {
            zones.add(session.getCurrentOrganizationId(), id, new DnsRecordInput(recordName, recordType, recordTtl,
                    recordValue, recordPriority, null, null, null, null));
            Feedback.info("product.recordAdded");
            recordName = null;
            recordValue = null;
            recordTtl = null;
            recordPriority = null;
            loadSettings();
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    public void removeRecord(String recordId) {
        try {
            zones.remove(session.getCurrentOrganizationId(), id, recordId);
            loadSettings();
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        }
    }

    public void createMailbox() {
        try {
            MailboxView made = mailboxes.create(session.getCurrentOrganizationId(), id, mailboxAddress,
                    mailboxPassword);
            Feedback.info("product.mailboxCreated", made.address());
            mailboxAddress = null;
        } catch (Refusal refusal) {
            Feedback.refusal(refusal);
        } finally {
            // a password is never shown again, not even in a form that failed
            mailboxPassword = null;
        }
    }

    public String joined(List<String> texts) {
        return texts == null ? "" : String.join(", ", texts);
    }

    public List<String> getRecordTypes() {
        return List.of("A", "AAAA", "CNAME", "MX", "TXT", "SRV", "CAA");
    }

    public List<DnsRecordView> getRecords() {
        return zone == null ? List.of() : zone.records();
    }


    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ServiceView getProduct() {
        return product;
    }

    public DnsZoneView getZone() {
        return zone;
    }

    public List<String> getCharts() {
        return charts;
    }

    public String getStatisticsRefused() {
        return statisticsRefused;
    }

    public PagedList<MailboxView> getMailboxList() {
        return mailboxList;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getRecordName() {
        return recordName;
    }

    public void setRecordName(String recordName) {
        this.recordName = recordName;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordValue() {
        return recordValue;
    }

    public void setRecordValue(String recordValue) {
        this.recordValue = recordValue;
    }

    public Integer getRecordTtl() {
        return recordTtl;
    }

    public void setRecordTtl(Integer recordTtl) {
        this.recordTtl = recordTtl;
    }

    public Integer getRecordPriority() {
        return recordPriority;
    }

    public void setRecordPriority(Integer recordPriority) {
        this.recordPriority = recordPriority;
    }

    public String getMailboxAddress() {
        return mailboxAddress;
    }

    public void setMailboxAddress(String mailboxAddress) {
        this.mailboxAddress = mailboxAddress;
    }

    public String getMailboxPassword() {
        return mailboxPassword;
    }

    public void setMailboxPassword(String mailboxPassword) {
        this.mailboxPassword = mailboxPassword;
    }
}
