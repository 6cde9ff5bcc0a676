package org.blueledger.security.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.blueledger.security.domain.Account;
import org.blueledger.security.domain.PasswordPolicy;
import org.blueledger.security.domain.Role;
import org.blueledger.security.persistence.AccountRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Creates the first administrator and, in demo mode only, the demo accounts.
 * <ul>
 *   <li>Production: there is no default administrator password. If no ADMIN account exists and
 *       {@code BLUELEDGER_ADMIN_PASSWORD} is set, the administrator {@code BLUELEDGER_ADMIN_USERNAME}
 *       (default {@code admin}) is created with it; once an administrator exists the variable
 *       is ignored.</li>
 *   <li>Demo ({@code BLUELEDGER_DEMO=true}): the accounts of {@code db/seed/demo-accounts.csv} are
 *       created if missing, and {@code admin}'s password is set to {@code BLUELEDGER_ADMIN_PASSWORD}
 *       on every start when that is given, so scripts can drive a fresh instance.</li>
 * </ul>
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());
    static final String DEMO_ACCOUNTS = "db/seed/demo-accounts.csv";

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "blueledger.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "blueledger.admin.username", defaultValue = "admin")
    String adminUsername;

    @Inject
    @ConfigProperty(name = "blueledger.admin.password")
    Optional<String> adminPassword;

    @PostConstruct
    void bootstrap() {
        Optional<String> password = adminPassword.filter(p -> !p.isBlank());
        if (password.isPresent()) {
            Optional<PasswordPolicy.Violation> problem = PasswordPolicy.check(password.get(), adminUsername);
            if (problem.isPresent()) {
                LOG.severe("BLUELEDGER_ADMIN_PASSWORD " + problem.get().message() + "; no administrator was created or changed.");
                password = Optional.empty();
            }
        }
        if (demo) {
            seedDemoAccounts(password);
        } else if (accounts.countAdmins() == 0) {
            if (password.isPresent() && accounts.findByUsername(adminUsername).isPresent()) {
                LOG.severe("No administrator exists, but the account '" + adminUsername + "' does and is not one; "
                        + "set BLUELEDGER_ADMIN_USERNAME to a free name to create the first administrator.");
            } else if (password.isPresent()) {
                create(adminUsername, password.get(), EnumSet.of(Role.ADMIN), null, null, null);
                LOG.info("Created the first administrator '" + adminUsername + "' from BLUELEDGER_ADMIN_PASSWORD.");
            } else {
                LOG.warning("No administrator account exists. Set BLUELEDGER_ADMIN_PASSWORD (12+ characters) "
                        + "and restart to create '" + adminUsername + "'.");
            }
        } else if (password.isPresent()) {
            LOG.info("An administrator exists; BLUELEDGER_ADMIN_PASSWORD is ignored and can be removed.");
        }
    }

    private void seedDemoAccounts(Optional<String> adminOverride) {
        int created = 0;
        for (String[] row : readDemoAccounts()) {
            String username = row[0];
            String pwd = username.equals(adminUsername) && adminOverride.isPresent() ? adminOverride.get() : row[1];
            Optional<Account> existing = accounts.findByUsername(username);
            if (existing.isEmpty()) {
                Set<Role> roles = EnumSet.noneOf(Role.class);
                Arrays.stream(row[2].split("\\|")).map(String::trim).forEach(r -> roles.add(Role.valueOf(r)));
                create(username, pwd, roles, emptyToNull(row[3]), emptyToNull(row[4]), emptyToNull(row[5]));
                created++;
            } else if (existing.get().getEmail() == null && emptyToNull(row[5]) != null) {
                existing.get().setEmail(row[5]); // demo databases created before accounts had addresses
            }
            if (existing.isPresent() && username.equals(adminUsername) && adminOverride.isPresent()
                    && !hasher.verify(pwd, existing.get().getPasswordHash())) {
                existing.get().changePassword(hasher.hash(pwd), clock.instant());
                LOG.info("Demo mode: the password of '" + username + "' was set from BLUELEDGER_ADMIN_PASSWORD.");
            }
        }
        int n = created;
        LOG.info(() -> "Demo mode: " + n + " demo accounts created (see README for the list).");
    }

    private void create(String username, String password, Set<Role> roles, String mission, String memberState, String email) {
        Account account = new Account(username, hasher.hash(password), roles, mission, memberState, clock.instant(), "bootstrap");
        account.setEmail(email);
        accounts.add(account);
    }

    private static java.util.List<String[]> readDemoAccounts() {
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        try (InputStream in = AccountBootstrap.class.getClassLoader().getResourceAsStream(DEMO_ACCOUNTS)) {
            if (in == null) {
                throw new IllegalStateException(DEMO_ACCOUNTS + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("username;")) {
                    continue;
                }
                rows.add(Arrays.copyOf(line.split(";", -1), 6));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEMO_ACCOUNTS, e);
        }
        return rows;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
