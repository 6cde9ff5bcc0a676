package org.blueledger.cluster;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of the fault drill (config/cluster/fault-drill, docs/operations.md "Fault drill"): a
 * bounded load through the balancer while the drill kills and restarts an instance and a Galera
 * node. Run with the JDK alone: {@code java src/test/java/org/blueledger/cluster/Drill.java
 * BASE_URL WORK_DIR}. It runs until {@code WORK_DIR/stop} exists, then checks and prints:
 * <ul>
 * <li>two intake clients (conduct.unmiss, HTTP Basic) filing cases; every {@code 201} is an
 * acknowledged write, its reference kept in {@code WORK_DIR/acknowledged.txt};</li>
 * <li>one client changing statuses of those cases (with their version);</li>
 * <li>two signed-in web sessions (the login form, cookies kept) reading the dashboard and the case
 * list; a page that answers with the sign-in form is a lost session;</li>
 * <li>afterwards: every acknowledged case is read back, the sessions still work without signing in
 * again, and the audit chain is verified ({@code GET /api/v1/audit/verification}).</li>
 * </ul>
 * Failed requests are retried as a client would, after 250 ms. The fault times come from
 * {@code WORK_DIR/events.txt} (epoch millis, a label), written by the drill script; the recovery
 * time of a fault is the time from the fault to the last failed request within 90 s after it.
 */
public final class Drill {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([A-Z]+-\\d{4}-\\d+)\"");

    private final String base;
    private final Path work;
    private final Map<String, AtomicLong> byStatus = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Long> failures = new ConcurrentLinkedQueue<>();
    private final List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong sessionsLost = new AtomicLong();
    private volatile boolean stop;

    private Drill(String base, Path work) {
        this.base = base;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Drill d = new Drill(args.length > 0 ? args[0] : "http://127.0.0.1:8090", Path.of(args.length > 1 ? args[1] : "."));
        System.exit(d.run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        Instant started = Instant.now();
        List<Session> sessions = List.of(Session.signIn(base, "chief.unmiss", "Demo-Chief-Passphrase-1"),
                Session.signIn(base, "conduct.minusca", "Demo-Conduct-Passphrase-2"));
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            threads.add(start("intake-" + i, this::intakes));
        }
        threads.add(start("status", this::statusChanges));
        for (Session s : sessions) {
            threads.add(start("pages-" + s.user, () -> pageViews(s)));
        }
        Path stopFile = work.resolve("stop");
        while (!Files.exists(stopFile)) {
            Thread.sleep(200);
        }
        stop = true;
        for (Thread t : threads) {
            t.join(30_000);
        }
        Duration ran = Duration.between(started, Instant.now());
        Files.write(work.resolve("acknowledged.txt"), acknowledged);

        // checks after the faults
        HttpClient http = HttpClient.newHttpClient();
        int missing = 0;
        for (String ref : List.copyOf(acknowledged)) {
            HttpResponse<String> r = send(http, api("/api/v1/allegations/" + ref, "conduct.unmiss", "Demo-Conduct-Passphrase-1").GET(), false);
            if (r == null || r.statusCode() != 200) {
                missing++;
                System.out.println("MISSING acknowledged case " + ref + ": " + (r == null ? "no answer" : r.statusCode()));
            }
        }
        int sessionsOk = 0;
        for (Session s : sessions) {
            HttpResponse<String> r = s.get("/dashboard.xhtml");
            if (r != null && r.statusCode() == 200 && s.signedIn(r.body())) {
                sessionsOk++;
            } else {
                System.out.println("LOST session of " + s.user + " after the drill");
            }
        }
        HttpResponse<String> audit = send(http, api("/api/v1/audit/verification", "auditor", "Demo-Auditor-Passphrase-1").GET(), false);
        boolean intact = audit != null && audit.statusCode() == 200 && audit.body().contains("\"intact\":true");

        System.out.println("=== fault drill: figures ===");
        System.out.printf("load ran %d s through %s%n", ran.toSeconds(), base);
        System.out.printf("requests: %d%n", requests.get());
        System.out.printf("answers by status: %s%n", new TreeMap<>(byStatus));
        System.out.printf("failed requests (retried by the client): %d%n", failures.size());
        System.out.printf("intakes acknowledged (201): %d; missing afterwards: %d%n", acknowledged.size(), missing);
        System.out.printf("web sessions: %d of %d still signed in after the drill; pages that showed the sign-in form: %d%n",
                sessionsOk, sessions.size(), sessionsLost.get());
        System.out.printf("audit chain: %s%n", audit == null ? "no answer" : audit.body());
        Path events = work.resolve("events.txt");
        if (Files.exists(events)) {
            for (String line : Files.readAllLines(events)) {
                String[] parts = line.split(" ", 2);
                long at = Long.parseLong(parts[0]);
                long last = failures.stream().filter(f -> f >= at && f <= at + 90_000).mapToLong(Long::longValue).max().orElse(at);
                long count = failures.stream().filter(f -> f >= at && f <= at + 90_000).count();
                System.out.printf("fault \"%s\": %d failed requests, recovered after %.1f s%n", parts[1], count, (last - at) / 1000.0);
            }
        }
        boolean ok = missing == 0 && sessionsOk == sessions.size() && sessionsLost.get() == 0 && intact;
        System.out.println(ok ? "RESULT: PASS" : "RESULT: FAIL");
        return ok;
    }

    private static Thread start(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.start();
        return t;
    }

    private void intakes() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        LocalDate today = LocalDate.now();
        while (!stop) {
            String body = """
                    {"mission":"UNMISS","receivedOn":"%s","incidentDate":"%s","kind":"SEA","seaType":"SEXUAL_EXPLOITATION",
                     "seriousness":"SERIOUS","source":"HOTLINE","summary":"Fault drill intake.","location":"Juba",
                     "subjects":[{"personnelCategory":"MILITARY_CONTINGENT","nationality":"NPL","sex":"MALE","name":"Drill Subject"}],
                     "victims":[{"sex":"FEMALE","ageGroup":"ADULT","name":"Drill Victim"}]}
                    """.formatted(today, today.minusDays(3));
            HttpResponse<String> r = send(http, api("/api/v1/allegations", "conduct.unmiss", "Demo-Conduct-Passphrase-1")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), true);
            if (r != null && r.statusCode() == 201) {
                Matcher m = REFERENCE.matcher(r.body());
                if (m.find()) {
                    acknowledged.add(m.group(1));
                }
            }
            pause(r, 150);
        }
    }

    private void statusChanges() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        while (!stop) {
            if (acknowledged.isEmpty()) {
                pause(null, 500);
                continue;
            }
            String ref = acknowledged.get(ThreadLocalRandom.current().nextInt(acknowledged.size()));
            HttpResponse<String> c = send(http, api("/api/v1/allegations/" + ref, "chief.unmiss", "Demo-Chief-Passphrase-1").GET(), true);
            if (c == null || c.statusCode() != 200) {
                pause(c, 250);
                continue;
            }
            Matcher v = VERSION.matcher(c.body());
            Matcher s = STATUS.matcher(c.body());
            if (!v.find() || !s.find()) {
                continue;
            }
            String next = s.group(1).equals("PRELIMINARY_ASSESSMENT") ? "UNDER_REVIEW_LIMITED_INFORMATION" : "PRELIMINARY_ASSESSMENT";
            String body = "{\"status\":\"" + next + "\",\"reason\":\"Fault drill.\",\"version\":" + v.group(1) + "}";
            HttpResponse<String> r = send(http, api("/api/v1/allegations/" + ref + "/status", "chief.unmiss", "Demo-Chief-Passphrase-1")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), true);
            pause(r, 200);
        }
    }

    private void pageViews(Session s) {
        String[] pages = {"/dashboard.xhtml", "/allegation/list.xhtml", "/allegation/list.xhtml?page=2"};
        int i = 0;
        while (!stop) {
            long t = System.currentTimeMillis();
            HttpResponse<String> r = s.get(pages[i++ % pages.length]);
            requests.incrementAndGet();
            String key = r == null ? "no answer" : Integer.toString(r.statusCode());
            byStatus.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
            if (r == null || r.statusCode() >= 500) {
                failures.add(t);
            } else if (!s.signedIn(r.body())) {
                sessionsLost.incrementAndGet();
                System.out.println("session of " + s.user + " answered with the sign-in form at " + Instant.ofEpochMilli(t));
            }
            pause(r, 300);
        }
    }

    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    /**
     * A request with a bearer token of {@code user} (issued once through {@code POST /api/v1/auth/tokens}, so that
     * the load does not spend the machine's CPU on a password hash per request); HTTP Basic until a token is had.
     */
    private HttpRequest.Builder api(String path, String user, String password) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        String token = tokens.computeIfAbsent(user, u -> {
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/tokens"))
                        .header("Authorization", basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
                return r.statusCode() == 201 && m.find() ? m.group(1) : null;
            } catch (IOException | InterruptedException e) {
                return null;
            }
        });
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15))
                .header("Accept", "application/json")
                .header("Authorization", token == null ? basic : "Bearer " + token);
    }

    private HttpResponse<String> send(HttpClient http, HttpRequest.Builder request, boolean count) {
        long t = System.currentTimeMillis();
        HttpResponse<String> r;
        try {
            r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            r = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (count) {
            requests.incrementAndGet();
            String key = r == null ? "no answer" : Integer.toString(r.statusCode());
            byStatus.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
            if (r == null || r.statusCode() >= 500 || r.statusCode() == 409) {
                failures.add(t);
            }
        }
        return r;
    }

    private static void pause(HttpResponse<String> r, long millis) {
        try {
            Thread.sleep(r == null || r.statusCode() >= 409 ? 250 : millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A browser's session: cookies (the session and the balancer's) kept, signed in once through the form. */
    private static final class Session {
        final String user;
        final String base;
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(3)).build();

        Session(String base, String user) {
            this.base = base;
            this.user = user;
        }

        static Session signIn(String base, String user, String password) {
            Session s = new Session(base, user);
            HttpResponse<String> login = s.get("/login.xhtml");
            Matcher m = login == null ? null : VIEW_STATE.matcher(login.body());
            if (m == null || !m.find()) {
                throw new IllegalStateException("no login form at " + base);
            }
            String form = "loginForm=loginForm&loginForm%3Ausername=" + enc(user) + "&loginForm%3Apassword=" + enc(password)
                    + "&loginForm%3AsignIn=&jakarta.faces.ViewState=" + enc(m.group(1));
            HttpResponse<String> after = s.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
            if (after == null || !s.signedIn(after.body())) {
                throw new IllegalStateException("sign-in of " + user + " failed");
            }
            return s;
        }

        boolean signedIn(String body) {
            return !body.contains("loginForm:password");
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
