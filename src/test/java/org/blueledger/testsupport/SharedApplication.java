package org.blueledger.testsupport;

import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

import java.io.File;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Micro with the application ({@link Deployments#application()}: the shipped WAR,
 * two-factor sign-in off) for every client-mode test class of the test JVM, instead of one
 * Payara start per class (Arquillian's managed container starts a server per deployment, about
 * a minute each). Started by the first class that needs it, after {@link TestDatabase} (list
 * that extension first), ready when its {@code /health} says the database is up and migrated;
 * stopped when the test JVM ends. The test's field annotated {@link AppUrl} gets its address.
 *
 * <p>The classes that share it already share the test database, so they use their own accounts
 * and cases. What differs from a server of one's own is the application's memory: the sign-in
 * throttle per client address is raised (every test signs in from 127.0.0.1), so a class that
 * tests that throttle, or needs other configuration or in-container tests, keeps its own
 * Arquillian deployment ({@code ReminderMailIT}, {@code TwoFactorUiIT}, {@code ContainerSecurityIT}).
 */
public class SharedApplication implements BeforeAllCallback, TestInstancePostProcessor {

    /** Marks the {@code URL} field that receives the shared application's address (ending in {@code /}). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface AppUrl {
    }

    /** Test-only settings on top of {@link Deployments#application()}'s. */
    static final String CONFIG = "blueledger.security.throttle.per-address=1000000\n";

    private static URL url;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        TestDatabase.ensureReady();
        start();
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws Exception {
        for (Class<?> c = testInstance.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(AppUrl.class)) {
                    f.setAccessible(true);
                    f.set(testInstance, start());
                }
            }
        }
    }

    /** The running application's address, starting it on first use. */
    public static synchronized URL start() throws Exception {
        if (url != null) {
            return url;
        }
        Path dir = Path.of(System.getProperty("blueledger.shared.dir", "target/shared-payara")).toAbsolutePath();
        // a root directory left by an earlier run would first bring back the WAR deployed then
        deleteRecursively(dir);
        Files.createDirectories(dir);
        File war = dir.resolve("blueledger-it.war").toFile();
        Deployments.applicationWithConfig(CONFIG).as(ZipExporter.class).exportTo(war, true);
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the client compiler only and the serial collector: fewer JIT and GC threads competing
                // with the tests' browsers for the two cores (as the Arquillian servers, arquillian.xml)
                "-Xmx1g", "-Xss512k", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.timezone=UTC",
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", war.getPath(), "--contextroot", "/",
                "--port", Integer.toString(port), "--interfaces", "127.0.0.1",
                "--nocluster", "--rootdir", dir.resolve("root").toString()));
        File log = dir.resolve("payara.log").toFile();
        Process process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log)).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "stop-shared-payara"));
        URL base = URI.create("http://127.0.0.1:" + port + "/").toURL();
        awaitHealthy(base, process, log);
        url = base;
        return url;
    }

    /**
     * Waits for {@code /health} to answer 200 with the application's own {@code database} check
     * (Payara answers 200 with no checks at all before the application is deployed), or for
     * Payara to die.
     */
    private static void awaitHealthy(URL base, Process process, File log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(base.toURI().resolve("health")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(Long.getLong("blueledger.shared.startup-seconds", 300)));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro ended while starting (exit " + process.exitValue()
                        + "); see " + log);
            }
            try {
                HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"database\"")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the port opens once Payara has started its listener
            }
            process.waitFor(500, TimeUnit.MILLISECONDS); // polls, returning early if Payara dies
        }
        stop(process);
        throw new IllegalStateException("Payara Micro was not healthy in time; see " + log);
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
