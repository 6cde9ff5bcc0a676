package org.blueledger.security.domain;

import java.util.Optional;

/**
 * The roles of {@code api.md}. Role names are also the Jakarta Security group names, so
 * {@code @RolesAllowed(Role.Names.ADMIN)} and web.xml constraints use the same strings.
 */
public enum Role {
    CONDUCT_OFFICER(Scope.MISSION),
    CHIEF_OF_CONDUCT(Scope.MISSION),
    INVESTIGATOR(Scope.ASSIGNMENT),
    HQ_CONDUCT(Scope.ALL_MISSIONS),
    MEMBER_STATE_LIAISON(Scope.MEMBER_STATE),
    VICTIMS_RIGHTS(Scope.VICTIMS),
    STATISTICIAN(Scope.AGGREGATES),
    AUDITOR(Scope.AUDIT_LOG),
    ADMIN(Scope.ACCOUNTS);

    /** What a role's scope is bounded by; see docs/security.md. */
    public enum Scope { MISSION, ASSIGNMENT, ALL_MISSIONS, MEMBER_STATE, VICTIMS, AGGREGATES, AUDIT_LOG, ACCOUNTS }

    private final Scope scope;

    Role(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }

    /** Conduct officers and chiefs of conduct work for one mission and must have it. */
    public boolean requiresMission() {
        return scope == Scope.MISSION;
    }

    /** A member-state liaison acts for one state (ISO 3166 alpha-3) and must have it. */
    public boolean requiresMemberState() {
        return scope == Scope.MEMBER_STATE;
    }

    public static Optional<Role> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Role r : values()) {
            if (r.name().equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Compile-time constants for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String CONDUCT_OFFICER = "CONDUCT_OFFICER";
        public static final String CHIEF_OF_CONDUCT = "CHIEF_OF_CONDUCT";
        public static final String INVESTIGATOR = "INVESTIGATOR";
        public static final String HQ_CONDUCT = "HQ_CONDUCT";
        public static final String MEMBER_STATE_LIAISON = "MEMBER_STATE_LIAISON";
        public static final String VICTIMS_RIGHTS = "VICTIMS_RIGHTS";
        public static final String STATISTICIAN = "STATISTICIAN";
        public static final String AUDITOR = "AUDITOR";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
