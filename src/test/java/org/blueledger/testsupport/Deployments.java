package org.blueledger.testsupport;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The application under test is the real WAR that {@code mvn package} built (system property
 * {@code blueledger.war}), so integration tests exercise exactly what ships.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("blueledger.war")));
    }

    /** The WAR plus test classes that run inside the container. */
    public static WebArchive applicationWith(Class<?>... classes) {
        return application().addClasses(classes);
    }
}
