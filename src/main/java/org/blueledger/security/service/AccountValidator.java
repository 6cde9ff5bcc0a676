package org.blueledger.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.blueledger.platform.error.FieldError;
import org.blueledger.reference.service.ReferenceData;
import org.blueledger.security.domain.PasswordPolicy;
import org.blueledger.security.domain.Role;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a {@link CreateAccount} and names every bad field. */
@ApplicationScoped
public class AccountValidator {

    /** Deliberately simple: one '@', no spaces or angle brackets, a dot in the domain. */
    static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:.]+");

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    @Inject
    ReferenceData reference;

    public List<FieldError> validate(CreateAccount cmd) {
        List<FieldError> errors = new ArrayList<>();
        if (cmd.username() == null || cmd.username().isBlank()) {
            errors.add(new FieldError("username", "is required", "required"));
        } else if (!USERNAME.matcher(cmd.username()).matches()) {
            errors.add(new FieldError("username",
                    "must be 3 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit",
                    "username.format"));
        }
        PasswordPolicy.check(cmd.password(), cmd.username())
                .ifPresent(v -> errors.add(new FieldError("password", v.message(), "password." + v.name())));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (cmd.roles() == null || cmd.roles().isEmpty()) {
            errors.add(new FieldError("roles", "at least one role is required", "roles.required"));
        } else {
            for (int i = 0; i < cmd.roles().size(); i++) {
                String name = cmd.roles().get(i);
                Optional<Role> role = Role.parse(name);
                if (role.isEmpty()) {
                    errors.add(new FieldError("roles[" + i + "]", "unknown role '" + name + "'; expected one of "
                            + List.of(Role.values()), "roles.unknown"));
                } else {
                    roles.add(role.get());
                }
            }
        }
        if ((roles.contains(Role.ADMIN) || roles.contains(Role.AUDITOR)) && roles.size() > 1) {
            // separation of duties: whoever administers accounts or reads the audit trail holds no other role,
            // so nobody can read case data and then the trail of those reads, or grant themselves access
            errors.add(new FieldError("roles", "ADMIN and AUDITOR cannot be combined with any other role",
                    "roles.separation"));
        }
        boolean needsMission = roles.stream().anyMatch(Role::requiresMission);
        if (cmd.mission() == null || cmd.mission().isBlank()) {
            if (needsMission) {
                errors.add(new FieldError("mission", "is required for the roles CONDUCT_OFFICER and CHIEF_OF_CONDUCT",
                        "mission.required"));
            }
        } else if (!reference.missionExists(cmd.mission())) {
            errors.add(new FieldError("mission", "unknown mission '" + cmd.mission() + "'", "mission.unknown"));
        }
        boolean needsState = roles.stream().anyMatch(Role::requiresMemberState);
        if (cmd.memberState() == null || cmd.memberState().isBlank()) {
            if (needsState) {
                errors.add(new FieldError("memberState", "is required for MEMBER_STATE_LIAISON (ISO 3166 alpha-3 code)",
                        "memberState.required"));
            }
        } else if (!reference.countryExists(cmd.memberState())) {
            errors.add(new FieldError("memberState", "unknown country '" + cmd.memberState()
                    + "'; expected an ISO 3166 alpha-3 code such as NPL", "memberState.unknown"));
        }
        email(cmd.email()).ifPresent(errors::add);
        return errors;
    }

    /** An e-mail address, or none ({@code null} or blank). */
    static java.util.Optional<FieldError> email(String email) {
        if (email != null && !email.isBlank()
                && (email.strip().length() > 254 || !EMAIL.matcher(email.strip()).matches())) {
            return java.util.Optional.of(new FieldError("email",
                    "must be an e-mail address such as name@un.org (at most 254 characters)", "email.format"));
        }
        return java.util.Optional.empty();
    }

    static Set<Role> roles(CreateAccount cmd) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        cmd.roles().forEach(r -> Role.parse(r).ifPresent(roles::add));
        return roles;
    }
}
