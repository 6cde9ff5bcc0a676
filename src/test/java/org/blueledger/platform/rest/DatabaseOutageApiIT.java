package org.blueledger.platform.rest;

import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.ClientTest;
import org.blueledger.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import java.util.List;

import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A database outage over HTTP: while the database is down every request gets a 503 problem
 * with {@code Retry-After} within five seconds, and once it is back the application serves
 * again without a restart. It stops the tests' database, so it runs alone ({@link Isolated}:
 * no other test class runs meanwhile) and waits until the shared application serves again.
 */
@Isolated("stops the database every other test class uses")
class DatabaseOutageApiIT extends ClientTest {

    @Test
    void whileTheDatabaseIsDownRequestsGet503WithinFiveSecondsAndServiceRecoversWithoutARestart() throws Exception {
        assumeTrue(TestDatabase.embedded(), "needs the tests' own embedded MariaDB, which it may stop");
        String officer = api.newAccount("outage-co", "CONDUCT_OFFICER", "UNMISS", null);
        Api.Response filed = api.post(CASES, HardeningApiIT.body("2020-03-02", "NPL"), officer, PASSWORD);
        assertEquals(201, filed.status(), filed.body());
        String ref = filed.json().getString("reference");
        TestDatabase.stopServer();
        try {
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                Api.Response write = api.post(CASES, HardeningApiIT.body("2020-03-02", "NPL"), officer, PASSWORD);
                long writeMs = (System.nanoTime() - t0) / 1_000_000;
                t0 = System.nanoTime();
                Api.Response read = api.get(CASES + "/" + ref, officer, PASSWORD);
                long readMs = (System.nanoTime() - t0) / 1_000_000;
                for (Api.Response r : List.of(write, read)) {
                    assertEquals(503, r.status(), r.body());
                    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
                    assertEquals(503, r.json().getInt("status"));
                    assertNotNull(r.header("Retry-After"));
                }
                assertTrue(writeMs < 5000 && readMs < 5000, "answers took " + writeMs + " ms and " + readMs + " ms");
            }
        } finally {
            TestDatabase.startServer();
        }
        // recovery without a restart: wait for the service itself, bounded
        long deadline = System.nanoTime() + 60_000_000_000L;
        Api.Response r;
        while ((r = api.get(CASES + "/" + ref, officer, PASSWORD)).status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(250); // between polls of the condition itself
        }
        assertEquals(200, r.status(), r.body());
        assertEquals(201, api.post(CASES, HardeningApiIT.body("2020-03-02", "NPL"), officer, PASSWORD).status());
    }
}
