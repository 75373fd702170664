import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark of the running portal (./portal run): fills one organization with members through the
 * real API (Keycloak users, invitations, acceptances), then times the API's read and write paths
 * sequentially and with parallel clients, and reads the Liberty server's resident memory.
 * Run with: java bench/ApiBench.java [members] (default 200). Loopback only; bounded in count.
 * With {@code services [mailboxes] [members] [teams]} (default 10000, 500, 50) it fills one mail
 * service with mailboxes and the organization with members in teams, and times the mailbox list (paged
 * and searched) in the API and in the console, with the authorization decision point's share of each
 * call read from the answers' Server-Timing header.
 */
public class ApiBench {

    static final String PORTAL = System.getProperty("portal", "http://localhost:9080");
    static final String KEYCLOAK = System.getProperty("keycloak", "http://localhost:18080");
    static final String PASSWORD = "Bench-Portal-2026!";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[0].equals("services-again")) {
            ServicesBench.again(args[1]);
            return;
        }
        if (args.length > 0 && args[0].equals("services")) {
            ServicesBench.run(args.length > 1 ? Integer.parseInt(args[1]) : 10_000,
                    args.length > 2 ? Integer.parseInt(args[2]) : 500, args.length > 3 ? Integer.parseInt(args[3]) : 50);
            return;
        }
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String run = UUID.randomUUID().toString().substring(0, 6);
        String ownerEmail = "bench-owner-" + run + "@example.ch";
        createUser(ownerEmail);
        String owner = token(ownerEmail);
        String organization = field(call("GET", "/api/1/organizations", owner, null).body(), "id");

        long fillStart = System.nanoTime();
        fillMembers(ownerEmail, organization, run, members, "[\"mail\"]");
        double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
        System.out.printf("Filled %d members (Keycloak user, invitation, acceptance each) in %.1f s%n", members, fillSeconds);

        String users = "/api/1/organizations/" + organization + "/users?size=50&search=bench";
        readPathsSideBySide(owner, organization);
        measure("GET users page (50 of " + (members + 1) + "), 1 client", owner, users, 300, 1);
        measure("GET users page (50 of " + (members + 1) + "), 4 clients", owner, users, 600, 4);
        measure("GET organizations, 1 client", owner, "/api/1/organizations", 300, 1);
        measureWrites(owner, organization, 100);
        measureCheckout(owner, organization, 100);
        System.out.println("Liberty resident memory: " + libertyRss());
    }

    /** Members who each have a Keycloak user, were invited with the permissions given and accepted. */
    static List<String> fillMembers(String ownerEmail, String organization, String run, int members,
                                    String permissions) throws Exception {
        List<String> emails = new ArrayList<>();
        // in batches: the outbox sends every two seconds, so a batch waits for its e-mails once
        for (int batch = 0; batch < members; batch += 50) {
            String owner = token(ownerEmail);
            List<String> invited = new ArrayList<>();
            for (int i = batch; i < Math.min(members, batch + 50); i++) {
                String email = "bench-" + run + "-" + i + "@example.ch";
                createUser(email);
                call("POST", "/api/1/organizations/" + organization + "/invitations", owner,
                        "{\"email\":\"" + email + "\",\"role\":\"collaborator\",\"permissions\":" + permissions + "}");
                invited.add(email);
            }
            for (String email : invited) {
                String secret = invitationSecret(owner, organization, email);
                call("POST", "/api/1/invitations/" + secret + "/acceptance", token(email), null);
            }
            emails.addAll(invited);
        }
        return emails;
    }

    /** Demo data has no invitation secrets in the API: read it from the demo mailbox page instead. */
    static String invitationSecret(String owner, String organization, String email) throws Exception {
        Pattern link = Pattern.compile("To: " + Pattern.quote(email) + ".*?token=([A-Za-z0-9_-]+)", Pattern.DOTALL);
        for (int attempt = 0; attempt < 100; attempt++) {
            String page = HTTP.send(HttpRequest.newBuilder(URI.create(System.getProperty("mailbox", "http://localhost:8025/"))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher matcher = link.matcher(page);
            if (matcher.find()) {
                return matcher.group(1);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no invitation e-mail for " + email);
    }

    static void measure(String name, String token, String path, int requests, int clients) throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        long took = run(path, token, requests, clients, nanos);
        report(name, nanos, took);
    }

    /**
     * The read paths measured side by side in one run, 64 parallel clients each, after a warm-up of
     * all: Liberty's /health/live (no login), the smallest authenticated endpoint (/api/1/me), then the
     * main read endpoints, in three rounds over all paths; each one's median throughput as a ratio of
     * the smallest authenticated one, and p50/p99 over all its requests.
     */
    static void readPathsSideBySide(String owner, String organization) throws Exception {
        String base = "/api/1/organizations/" + organization;
        String[][] paths = {{"/health/live", null}, {"/api/1/me", owner}, {"/api/1/organizations", owner},
                {base + "/users?size=50", owner}, {base + "/invoices?size=50", owner}, {base + "/products", owner}};
        int clients = Integer.getInteger("clients", 64);
        int requests = Integer.getInteger("requests", 2048);
        int rounds = 3;
        boolean ab = withAb();
        for (String[] path : paths) {
            if (ab) {
                ab(path[0], path[1], requests * 4, clients);
            } else {
                run(path[0], path[1], requests, clients);
            }
        }
        // rounds over all paths, so that a slow moment of the machine does not fall on one path only
        List<List<Long>> latencies = new ArrayList<>();
        List<List<Double>> rates = new ArrayList<>();
        for (String[] path : paths) {
            latencies.add(Collections.synchronizedList(new ArrayList<>()));
            rates.add(new ArrayList<>());
        }
        List<List<double[]>> abRounds = new ArrayList<>();
        for (String[] path : paths) {
            abRounds.add(new ArrayList<>());
        }
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < paths.length; i++) {
                if (ab) {
                    // ApacheBench, as the issue measured: one light C process instead of 64 Java threads
                    double[] result = ab(paths[i][0], paths[i][1], requests * 4, clients);
                    rates.get(i).add(result[0]);
                    abRounds.get(i).add(result);
                    continue;
                }
                List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
                long took = run(paths[i][0], paths[i][1], requests, clients, nanos);
                rates.get(i).add(nanos.size() / (took / 1e9));
                latencies.get(i).addAll(nanos);
            }
        }
        double[] throughput = new double[paths.length];
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < paths.length; i++) {
            List<Double> sortedRates = new ArrayList<>(rates.get(i));
            Collections.sort(sortedRates);
            throughput[i] = sortedRates.get(rounds / 2);
            if (ab) {
                // the round of the median throughput, with its own percentiles
                double median = throughput[i];
                double[] round = abRounds.get(i).stream().filter(r -> r[0] == median).findFirst().orElseThrow();
                rows.add(String.format("| `GET %s` | %.0f | %.1f | %.1f |", paths[i][0].replace(organization, "{org}"),
                        throughput[i], round[1], round[2]));
                continue;
            }
            List<Long> sorted = new ArrayList<>(latencies.get(i));
            Collections.sort(sorted);
            rows.add(String.format("| `GET %s` | %.0f | %.1f | %.1f |", paths[i][0].replace(organization, "{org}"),
                    throughput[i], sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6));
        }
        requests = requests * rounds * (ab ? 4 : 1);
        System.out.printf("%nRead paths side by side, %d clients (%s), %d requests each%s:%n", clients,
                ab ? "ab -k" : "Java threads", requests, ab ? ", p50/p99 of the median round" : "");
        System.out.println("| path | req/s | p50 ms | p99 ms | ratio to /api/1/me |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (int i = 0; i < paths.length; i++) {
            System.out.println(rows.get(i) + String.format(" %.2f |", throughput[i] / throughput[1]));
        }
        System.out.println("Liberty resident memory after the read paths: " + libertyRss());
        System.out.println();
    }

    static boolean withAb() throws Exception {
        try {
            return new ProcessBuilder("ab", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (java.io.IOException notInstalled) {
            return false;
        }
    }

    /** ApacheBench with keep-alive: requests per second, p50 and p99 in ms. */
    static double[] ab(String path, String token, int requests, int clients) throws Exception {
        List<String> command = new ArrayList<>(List.of("ab", "-q", "-k", "-n", String.valueOf(requests), "-c",
                String.valueOf(clients)));
        if (token != null) {
            command.addAll(List.of("-H", "Authorization: Bearer " + token));
        }
        command.add(PORTAL.replace("localhost", "127.0.0.1") + path);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher failed = Pattern.compile("Non-2xx responses:\\s+(\\d+)").matcher(out);
        if (failed.find()) {
            throw new IllegalStateException(path + ": " + failed.group(1) + " answers were not 2xx");
        }
        return new double[]{number(out, "Requests per second:\\s+([0-9.]+)"), number(out, "\\s50%\\s+(\\d+)"),
                number(out, "\\s99%\\s+(\\d+)")};
    }

    static double number(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("ab printed no " + pattern + ":\n" + text);
        }
        return Double.parseDouble(matcher.group(1));
    }

    static long run(String path, String token, int requests, int clients) throws Exception {
        return run(path, token, requests, clients, Collections.synchronizedList(new ArrayList<>()));
    }

    static long run(String path, String token, int requests, int clients, List<Long> nanos) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i = 0; i < requests / clients; i++) {
                    long t = System.nanoTime();
                    if (token == null) {
                        get(path);
                    } else {
                        call("GET", path, token, null);
                    }
                    nanos.add(System.nanoTime() - t);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        return System.nanoTime() - start;
    }

    static void get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(PORTAL + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("GET " + path + " -> " + response.statusCode());
        }
    }

    static void measureWrites(String owner, String organization, int count) throws Exception {
        String me = field(call("GET", "/api/1/me", owner, null).body(), "id");
        List<Long> nanos = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            call("PATCH", "/api/1/organizations/" + organization + "/users/" + me, owner,
                    "{\"contacts\":[\"" + (i % 2 == 0 ? "billing" : "technical") + "\"]}");
            nanos.add(System.nanoTime() - t);
        }
        report("PATCH own contact preferences (locks the organization), 1 client", nanos, System.nanoTime() - start);
    }

    /** Orders placed and paid by card one after the other, then their invoices and a QR-bill pro-forma as PDF. */
    static void measureCheckout(String owner, String organization, int count) throws Exception {
        String orders = "/api/1/organizations/" + organization + "/orders";
        List<Long> placing = new ArrayList<>();
        List<Long> paying = new ArrayList<>();
        List<String> invoices = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            String order = field(call("POST", orders, owner, "{\"items\":[{\"type\":\"domain-ch\",\"label\":\"bench-"
                    + i + ".ch\",\"years\":2},{\"type\":\"web-hosting\",\"label\":\"www.bench-" + i
                    + ".ch\",\"years\":1}]}").body(), "id");
            placing.add(System.nanoTime() - t);
            t = System.nanoTime();
            String paid = call("POST", orders + "/" + order + "/payment", owner,
                    "{\"method\":\"card\",\"instrument\":\"4242424242424242\"}",
                    "Idempotency-Key", UUID.randomUUID().toString()).body();
            paying.add(System.nanoTime() - t);
            invoices.add(field(paid.substring(paid.indexOf("\"invoice\"")), "id"));
        }
        long total = System.nanoTime() - start;
        report("POST an order of two products, 1 client", placing, total);
        report("POST its payment by card (final invoice, gapless number), 1 client", paying, total);
        List<Long> pdfs = new ArrayList<>();
        start = System.nanoTime();
        for (String invoice : invoices) {
            long t = System.nanoTime();
            call("GET", "/api/1/organizations/" + organization + "/invoices/" + invoice + "/pdf", owner, null,
                    "Accept", "application/pdf");
            pdfs.add(System.nanoTime() - t);
        }
        report("GET an invoice PDF, 1 client", pdfs, System.nanoTime() - start);
        String order = field(call("POST", orders, owner,
                "{\"items\":[{\"type\":\"domain-ch\",\"label\":\"bench-transfer.ch\",\"years\":1}]}").body(), "id");
        String proForma = call("POST", orders + "/" + order + "/payment", owner, "{\"method\":\"iban-transfer\"}",
                "Idempotency-Key", UUID.randomUUID().toString()).body();
        String proFormaId = field(proForma.substring(proForma.indexOf("\"invoice\"")), "id");
        List<Long> qrBills = new ArrayList<>();
        start = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            long t = System.nanoTime();
            call("GET", "/api/1/organizations/" + organization + "/invoices/" + proFormaId + "/pdf", owner, null,
                    "Accept", "application/pdf");
            qrBills.add(System.nanoTime() - t);
        }
        report("GET a transfer pro-forma PDF with its QR-bill, 1 client", qrBills, System.nanoTime() - start);
    }

    static void report(String name, List<Long> nanos, long totalNanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%-70s n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms, %.0f req/s%n", name, sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6,
                sorted.get((int) (sorted.size() * 0.99)) / 1e6, sorted.size() / (totalNanos / 1e9));
    }

    static HttpResponse<String> call(String method, String path, String token, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PORTAL + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    static String adminToken() throws Exception {
        return field(form(KEYCLOAK + "/realms/master/protocol/openid-connect/token",
                "grant_type=password&client_id=admin-cli&username=admin&password=admin"), "access_token");
    }

    static String token(String email) throws Exception {
        return field(form(KEYCLOAK + "/realms/partnerportal/protocol/openid-connect/token",
                "grant_type=password&client_id=portal-cli&username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)), "access_token");
    }

    /** The master realm's admin tokens live a minute: take a fresh one per user. */
    static void createUser(String email) throws Exception {
        String admin = adminToken();
        String body = "{\"username\":\"" + email + "\",\"email\":\"" + email + "\",\"firstName\":\"Bench\",\"lastName\":\""
                + email.substring(0, email.indexOf('@')) + "\",\"enabled\":true,\"emailVerified\":true,"
                + "\"credentials\":[{\"type\":\"password\",\"value\":\"" + PASSWORD + "\",\"temporary\":false}]}";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/admin/realms/partnerportal/users"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("user " + email + ": " + response.statusCode() + " " + response.body());
        }
    }

    static String form(String url, String form) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }

    static String libertyRss() throws Exception {
        Process ps = new ProcessBuilder("bash", "-c",
                "for p in $(pgrep -f 'ws-server.jar portal( |$)'); do grep VmRSS /proc/$p/status; done").start();
        String out = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return out.isEmpty() ? "unknown (server process not found)" : out.replaceAll("\\s+", " ");
    }
}

/**
 * Issue 9's benchmark: one organization with a mail service of many mailboxes and many members in
 * teams. Each timed call also reports, in its Server-Timing header, how long the decision point took
 * in it: the call's time with and without the check, measured on the same calls.
 */
class ServicesBench {

    static final Pattern ACCESS = Pattern.compile("access;dur=([0-9.]+)");

    static void run(int mailboxes, int members, int teams) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        System.out.println("Run " + run + " (./portal bench services-again " + run + " measures it again)");
        String ownerEmail = "bench-owner-" + run + "@example.ch";
        ApiBench.createUser(ownerEmail);
        String owner = ApiBench.token(ownerEmail);
        String organization = ApiBench.field(ApiBench.call("GET", "/api/1/organizations", owner, null).body(), "id");
        String base = "/api/1/organizations/" + organization;
        String domain = "bench-" + run + ".ch";
        String order = ApiBench.field(ApiBench.call("POST", base + "/orders", owner, "{\"items\":[{\"type\":\"domain-ch\","
                + "\"label\":\"" + domain + "\",\"years\":1},{\"type\":\"mail-service\",\"label\":\"Mail " + domain
                + "\",\"months\":1}]}").body(), "id");
        ApiBench.call("POST", base + "/orders/" + order + "/payment", owner,
                "{\"method\":\"card\",\"cardNumber\":\"4242424242424242\"}", "Idempotency-Key", UUID.randomUUID().toString());
        String mailService = mailService(owner, base);
        String list = base + "/products/" + mailService + "/mailboxes";

        long start = System.nanoTime();
        List<String> emails = ApiBench.fillMembers(ownerEmail, organization, run, members, "[]");
        owner = ApiBench.token(ownerEmail);
        List<String> accounts = new ArrayList<>();
        for (int first = 0; first < members + 1; first += 100) {
            Matcher ids = Pattern.compile("\"accountId\"\\s*:\\s*\"([^\"]+)\"[^}]*?\"email\"\\s*:\\s*\"bench-" + run + "-")
                    .matcher(ApiBench.call("GET", base + "/users?size=100&first=" + first, owner, null).body());
            while (ids.find()) {
                accounts.add(ids.group(1));
            }
        }
        for (int t = 0; t < teams; t++) {
            String team = ApiBench.field(ApiBench.call("POST", base + "/teams", owner,
                    "{\"name\":\"Team " + t + "\",\"permissions\":[\"mail\"]}").body(), "id");
            for (int m = t; m < accounts.size(); m += teams) {
                ApiBench.call("POST", base + "/teams/" + team + "/members", owner, "{\"accountId\":\"" + accounts.get(m) + "\"}");
            }
        }
        System.out.printf("Filled %d members (%d account ids read back) in %d teams with the mail permission in %.1f s%n",
                members, accounts.size(), teams, (System.nanoTime() - start) / 1e9);

        start = System.nanoTime();
        fillMailboxes(ownerEmail, list, domain, mailboxes);
        System.out.printf("Filled %d mailboxes (each password hashed with Argon2id), 4 clients, in %.1f s%n",
                mailboxes, (System.nanoTime() - start) / 1e9);

        measure(ownerEmail, emails.get(emails.size() / 2), emails.get(0), list, mailboxes, mailService);
    }

    /** The measurements of an organization an earlier run filled, found by its run's id. */
    static void again(String run) throws Exception {
        String ownerEmail = "bench-owner-" + run + "@example.ch";
        String owner = ApiBench.token(ownerEmail);
        String organization = ApiBench.field(ApiBench.call("GET", "/api/1/organizations", owner, null).body(), "id");
        String base = "/api/1/organizations/" + organization;
        String mailService = mailService(owner, base);
        String list = base + "/products/" + mailService + "/mailboxes";
        int mailboxes = total(ApiBench.call("GET", list + "?size=1", owner, null).body());
        int count = Math.max(1, total(ApiBench.call("GET", base + "/users?size=1", owner, null).body()) - 1);
        System.out.printf("Run %s again: %d mailboxes, %d members%n", run, mailboxes, count);
        measure(ownerEmail, "bench-" + run + "-" + (count / 2) + "@example.ch", "bench-" + run + "-0@example.ch", list,
                mailboxes, mailService);
    }

    /** The id of the organization's mail service, the product the bench labelled "Mail ...". */
    static String mailService(String owner, String base) throws Exception {
        String products = ApiBench.call("GET", base + "/products", owner, null).body();
        Matcher mail = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"[^}]*?\"label\"\\s*:\\s*\"Mail ").matcher(products);
        if (!mail.find()) {
            throw new IllegalStateException("no mail service in " + products);
        }
        return mail.group(1);
    }

    /** A page's total count. */
    static int total(String page) {
        Matcher total = Pattern.compile("\"total\"\\s*:\\s*([0-9]+)").matcher(page);
        return total.find() ? Integer.parseInt(total.group(1)) : 0;
    }

    static void measure(String ownerEmail, String memberEmail, String consoleEmail, String list, int mailboxes,
                        String product) throws Exception {
        String owner = ApiBench.token(ownerEmail);
        String member = ApiBench.token(memberEmail);
        timed("GET mailboxes, first page of 50, legal representative", owner, list + "?size=50", 300);
        timed("GET mailboxes, first page of 50, member with mail through a team", member, list + "?size=50", 300);
        timed("GET mailboxes, page of 50 at " + Math.max(0, mailboxes - 50) + ", legal representative", owner,
                list + "?size=50&first=" + Math.max(0, mailboxes - 50), 300);
        timed("GET mailboxes searched (\"box-0421\"), legal representative", owner, list + "?size=50&search=box-0421", 300);
        timed("GET mailboxes searched (\"box-04\"), member via team", member, list + "?size=50&search=box-04", 300);
        consolePage(consoleEmail, "/console/app/product.xhtml?id=" + product);
    }

    static void fillMailboxes(String ownerEmail, String list, String domain, int count) throws Exception {
        // one token for the four clients, renewed before its five minutes end: password grants for one
        // account in parallel trip Keycloak's brute-force detection
        java.util.concurrent.atomic.AtomicReference<String> token = new java.util.concurrent.atomic.AtomicReference<>(
                ApiBench.token(ownerEmail));
        java.util.concurrent.atomic.AtomicLong renewed = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                for (int i = client; i < count; i += 4) {
                    synchronized (token) {
                        if (System.nanoTime() - renewed.get() > 200e9) {
                            token.set(ApiBench.token(ownerEmail));
                            renewed.set(System.nanoTime());
                        }
                    }
                    ApiBench.call("POST", list, token.get(), String.format("{\"address\":\"box-%05d@%s\",\"password\":"
                            + "\"Quiet-River-%d-Lamp\"}", i, domain, i));
                }
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> f : running) {
            f.get();
        }
    }

    /** One client after another call: p50/p95 of the whole call and of the decision point's share in it. */
    static void timed(String name, String token, String path, int requests) throws Exception {
        List<Long> calls = new ArrayList<>();
        List<Long> checks = new ArrayList<>();
        List<Long> without = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ApiBench.call("GET", path, token, null);
        }
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = ApiBench.call("GET", path, token, null);
            long took = System.nanoTime() - t;
            Matcher access = ACCESS.matcher(response.headers().firstValue("Server-Timing").orElse(""));
            long check = access.find() ? (long) (Double.parseDouble(access.group(1)) * 1e6) : 0;
            calls.add(took);
            checks.add(check);
            without.add(took - check);
        }
        long total = System.nanoTime() - start;
        ApiBench.report(name, calls, total);
        ApiBench.report("  of which the decision point", checks, total);
        ApiBench.report("  the same calls without it", without, total);
    }

    /**
     * The console's product page of the mail service, with its first 25 mailboxes: signed in once through
     * Keycloak's login form, as a browser would, then timed.
     */
    static void consolePage(String email, String page) throws Exception {
        // java.net.CookieManager files cookies of "localhost" under "localhost.local" and never sends them
        // back; a browser on one machine keeps them per host name, which is all this needs
        java.util.Map<String, String> jar = new java.util.concurrent.ConcurrentHashMap<>();
        java.net.CookieHandler cookies = new java.net.CookieHandler() {
            @Override
            public java.util.Map<String, List<String>> get(URI uri, java.util.Map<String, List<String>> headers) {
                return jar.isEmpty() ? java.util.Map.of() : java.util.Map.of("Cookie", List.of(String.join("; ", jar.values())));
            }

            @Override
            public void put(URI uri, java.util.Map<String, List<String>> headers) {
                headers.forEach((name, values) -> {
                    if ("Set-Cookie".equalsIgnoreCase(name)) {
                        for (String value : values) {
                            String pair = value.split(";", 2)[0];
                            jar.put(pair.substring(0, Math.max(0, pair.indexOf('='))), pair);
                        }
                    }
                });
            }
        };
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.ALWAYS)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(ApiBench.PORTAL + page)).build(),
                HttpResponse.BodyHandlers.ofString());
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(ApiBench.PASSWORD, StandardCharsets.UTF_8) + "&credentialId=";
        // the realm asks for the login ID, then for the password, each on a form of its own
        for (int step = 0; step < 3; step++) {
            Matcher action = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(signedIn.body());
            if (!action.find()) {
                break;
            }
            signedIn = browser.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
        if (!signedIn.body().contains("box-0")) {
            Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(signedIn.body());
            System.out.println("Console page not measured: the page signed in to shows no mailbox (status "
                    + signedIn.statusCode() + ", " + signedIn.uri() + ", " + (title.find() ? title.group(1) : "no title") + ")");
            return;
        }
        List<Long> nanos = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            long t = System.nanoTime();
            HttpResponse<String> shown = browser.send(HttpRequest.newBuilder(URI.create(ApiBench.PORTAL + page)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (shown.statusCode() != 200 || !shown.body().contains("box-0")) {
                throw new IllegalStateException("console page " + shown.statusCode());
            }
            nanos.add(System.nanoTime() - t);
        }
        ApiBench.report("Console product page of the mail service (25 mailboxes, charts), member via team", nanos,
                System.nanoTime() - start);
    }
}
