package org.blueledger.testsupport;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The application under test is the real WAR that {@code mvn package} built (system property
 * {@code blueledger.war}), so integration tests exercise exactly what ships.
 */
public final class Deployments {

    /**
     * The lock the Arquillian test classes hold ({@code @ResourceLock}): test classes run two at
     * a time (failsafe's JUnit configuration), but Arquillian's own state, its Payara Micro's
     * cluster port and the reminder test's SMTP port allow one such class at a time.
     */
    public static final String ARQUILLIAN = "arquillian";

    private Deployments() {
    }

    /** The shipped WAR with two-factor sign-in off (a higher-ordinal config source), for tests about other things. */
    public static WebArchive application() {
        JavaArchive config = ShrinkWrap.create(JavaArchive.class, "test-config.jar")
                .addAsManifestResource(new StringAsset("config_ordinal=500\n"
                        + "blueledger.security.two-factor.required=false\n"), "microprofile-config.properties");
        return shipped().addAsLibrary(config);
    }

    /** The WAR with two-factor sign-in off and further configuration (properties text) of the test's own. */
    public static WebArchive applicationWithConfig(String properties) {
        JavaArchive config = ShrinkWrap.create(JavaArchive.class, "test-config.jar")
                .addAsManifestResource(new StringAsset("config_ordinal=500\n"
                        + "blueledger.security.two-factor.required=false\n" + properties), "microprofile-config.properties");
        return shipped().addAsLibrary(config);
    }

    /** Exactly the shipped WAR, with its production defaults (two-factor sign-in required). */
    public static WebArchive shipped() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("blueledger.war")));
    }

    /**
     * The WAR plus test classes that run inside the container, and a test-only web fragment
     * that leaves Arquillian's servlet protocol endpoint outside the application's
     * "everything needs a signed-in user" constraint (the shipped web.xml is unchanged).
     */
    public static WebArchive applicationWith(Class<?>... classes) {
        JavaArchive fragment = ShrinkWrap.create(JavaArchive.class, "arquillian-access.jar")
                .addAsManifestResource(new StringAsset("""
                        <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                          <name>arquillian_access</name>
                          <security-constraint>
                            <web-resource-collection>
                              <web-resource-name>arquillian</web-resource-name>
                              <url-pattern>/ArquillianServletRunner</url-pattern>
                              <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                            </web-resource-collection>
                          </security-constraint>
                        </web-fragment>
                        """), "web-fragment.xml");
        return application().addClasses(classes).addAsLibrary(fragment);
    }
}
