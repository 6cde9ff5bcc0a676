package org.blueledger.security.matrix;

import org.blueledger.security.domain.Role;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.ClientTest;
import org.blueledger.testsupport.WebSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The authorization matrix of docs/security.md, cell by cell, against the running application:
 * every role against every operation, through the API and through the pages, allowed and
 * denied alike. Each cell uses fresh accounts and a fresh UNMISS case naming a Nepalese
 * military contingent member, so cells never depend on each other.
 */
class AuthorizationMatrixIT extends ClientTest {

    /** What an operation does, given the API client, the caller, a case of UNMISS and its filer. */
    interface Operation extends BiFunction<Cell, String, Integer> {
    }

    record Cell(Api api, String user, String reference, String base, long version) {
    }

    static final String CASE = """
            {"mission":"UNMISS","receivedOn":"2020-02-02","kind":"SEA","seaType":"SEXUAL_EXPLOITATION","source":"HOTLINE",
             "summary":"matrix","subjects":[{"personnelCategory":"MILITARY_CONTINGENT","nationality":"NPL","sex":"MALE"}],
             "victims":[{"sex":"FEMALE","ageGroup":"ADULT","name":"V"}]}""";

    static final Map<String, Operation> OPERATIONS = new java.util.LinkedHashMap<>();

    static {
        OPERATIONS.put("API list accounts", (c, u) -> c.api().get("/api/v1/admin/users", c.user(), PASSWORD).status());
        OPERATIONS.put("API create account", (c, u) -> c.api().post("/api/v1/admin/users", """
                {"username":"m-%s","password":"Matrix-Passphrase-77","roles":["AUDITOR"]}""".formatted(
                java.util.UUID.randomUUID().toString().substring(0, 8)), c.user(), PASSWORD).status());
        OPERATIONS.put("API rotate keys", (c, u) -> c.api().post("/api/v1/admin/crypto/rotation?batchSize=1", "", c.user(), PASSWORD).status());
        OPERATIONS.put("API list cases", (c, u) -> c.api().get("/api/v1/allegations", c.user(), PASSWORD).status());
        OPERATIONS.put("API file a case (UNMISS)", (c, u) -> c.api().post("/api/v1/allegations", CASE, c.user(), PASSWORD).status());
        OPERATIONS.put("API read a case", (c, u) -> c.api().get("/api/v1/allegations/" + c.reference(), c.user(), PASSWORD).status());
        OPERATIONS.put("API who viewed a case", (c, u) -> c.api().get("/api/v1/allegations/" + c.reference() + "/viewers",
                c.user(), PASSWORD).status());
        OPERATIONS.put("API close a case", (c, u) -> c.api().post("/api/v1/allegations/" + c.reference() + "/status",
                "{\"status\":\"CLOSED_OTHER\",\"reason\":\"matrix\",\"version\":" + c.version() + "}", c.user(), PASSWORD).status());
        OPERATIONS.put("API read the audit trail", (c, u) -> c.api().get("/api/v1/audit", c.user(), PASSWORD).status());
        OPERATIONS.put("page dashboard", (c, u) -> page(c, "/dashboard.xhtml"));
        OPERATIONS.put("page accounts", (c, u) -> page(c, "/admin/accounts.xhtml"));
        OPERATIONS.put("page case list", (c, u) -> page(c, "/allegation/list.xhtml"));
        OPERATIONS.put("page due items", (c, u) -> page(c, "/allegation/due.xhtml?due=overdue"));
        OPERATIONS.put("page my password", (c, u) -> page(c, "/account/password.xhtml"));
        OPERATIONS.put("page intake form", (c, u) -> page(c, "/allegation/new.xhtml"));
        OPERATIONS.put("page case", (c, u) -> page(c, "/allegation/view.xhtml?ref=" + c.reference()));
        OPERATIONS.put("page audit trail", (c, u) -> page(c, "/audit/log.xhtml"));
    }

    /** The matrix: expected status per operation and role (roles of UNMISS, liaison of NPL). */
    static Map<Role, Integer> expect(int co, int chief, int inv, int hq, int liaison, int vr, int stat, int aud, int admin) {
        Map<Role, Integer> m = new EnumMap<>(Role.class);
        m.put(Role.CONDUCT_OFFICER, co);
        m.put(Role.CHIEF_OF_CONDUCT, chief);
        m.put(Role.INVESTIGATOR, inv);
        m.put(Role.HQ_CONDUCT, hq);
        m.put(Role.MEMBER_STATE_LIAISON, liaison);
        m.put(Role.VICTIMS_RIGHTS, vr);
        m.put(Role.STATISTICIAN, stat);
        m.put(Role.AUDITOR, aud);
        m.put(Role.ADMIN, admin);
        return m;
    }

    static final Map<String, Map<Role, Integer>> MATRIX = Map.ofEntries(
            //                                             CO   CHIEF INV  HQ   LIAI VR   STAT AUD  ADMIN
            Map.entry("API list accounts",         expect(403, 403, 403, 403, 403, 403, 403, 403, 200)),
            Map.entry("API create account",        expect(403, 403, 403, 403, 403, 403, 403, 403, 201)),
            Map.entry("API rotate keys",           expect(403, 403, 403, 403, 403, 403, 403, 403, 200)),
            Map.entry("API list cases",            expect(200, 200, 200, 200, 200, 200, 403, 403, 403)),
            Map.entry("API file a case (UNMISS)",  expect(201, 201, 403, 403, 403, 403, 403, 403, 403)),
            Map.entry("API read a case",           expect(200, 200, 404, 200, 200, 200, 403, 403, 403)),
            Map.entry("API who viewed a case",     expect(403, 200, 403, 403, 403, 403, 403, 403, 403)),
            Map.entry("API close a case",          expect(403, 200, 403, 200, 403, 403, 403, 403, 403)),
            Map.entry("API read the audit trail",  expect(403, 403, 403, 403, 403, 403, 403, 200, 403)),
            Map.entry("page dashboard",            expect(200, 200, 200, 200, 200, 200, 200, 200, 200)),
            Map.entry("page accounts",             expect(404, 404, 404, 404, 404, 404, 404, 404, 200)),
            Map.entry("page case list",            expect(200, 200, 200, 200, 200, 200, 404, 404, 404)),
            Map.entry("page due items",            expect(200, 200, 200, 200, 200, 200, 404, 404, 404)),
            Map.entry("page my password",          expect(200, 200, 200, 200, 200, 200, 200, 200, 200)),
            Map.entry("page intake form",          expect(200, 200, 404, 404, 404, 404, 404, 404, 404)),
            Map.entry("page case",                 expect(200, 200, 404, 200, 200, 200, 404, 404, 404)),
            Map.entry("page audit trail",          expect(404, 404, 404, 404, 404, 404, 404, 200, 404)));

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (String operation : OPERATIONS.keySet()) {
            for (Role role : Role.values()) {
                cells.add(Arguments.of(operation, role, MATRIX.get(operation).get(role)));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{1} · {0} → {2}")
    @MethodSource("cells")
    void everyRoleGetsExactlyWhatTheMatrixSays(String operation, Role role, int expected) {
        String filer = api.newAccount("m-co", "CONDUCT_OFFICER", "UNMISS", null);
        Api.Response filed = api.post("/api/v1/allegations", CASE, filer, PASSWORD);
        assertEquals(201, filed.status(), filed.body());
        String mission = role.requiresMission() || role == Role.VICTIMS_RIGHTS ? "UNMISS" : null;
        String state = role.requiresMemberState() ? "NPL" : null;
        String user = api.newAccount("m-" + role.name().toLowerCase().replace('_', '-'), role.name(), mission, state);
        Cell cell = new Cell(api, user, filed.json().getString("reference"), api.base(), filed.json().getInt("version"));
        assertEquals(expected, OPERATIONS.get(operation).apply(cell, filer), role + " · " + operation);
    }

    private static int page(Cell c, String path) {
        return WebSession.signIn(c.base(), c.user(), PASSWORD).get(path).statusCode();
    }
}
