package org.blueledger.security.domain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoleTest {

    @Test
    void onlyConductOfficersAndChiefsNeedAMission() {
        assertEquals(Set.of(Role.CONDUCT_OFFICER, Role.CHIEF_OF_CONDUCT),
                Arrays.stream(Role.values()).filter(Role::requiresMission).collect(Collectors.toSet()));
    }

    @Test
    void onlyLiaisonsNeedAMemberState() {
        assertEquals(Set.of(Role.MEMBER_STATE_LIAISON),
                Arrays.stream(Role.values()).filter(Role::requiresMemberState).collect(Collectors.toSet()));
    }

    @Test
    void theRolesAreExactlyThoseOfTheApiContract() {
        assertEquals(Set.of("CONDUCT_OFFICER", "CHIEF_OF_CONDUCT", "INVESTIGATOR", "HQ_CONDUCT", "MEMBER_STATE_LIAISON",
                        "VICTIMS_RIGHTS", "STATISTICIAN", "AUDITOR", "ADMIN"),
                Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet()));
    }

    @Test
    void parsingIsExactAndCaseSensitive() {
        assertEquals(Optional.of(Role.ADMIN), Role.parse("ADMIN"));
        assertEquals(Optional.empty(), Role.parse("admin"));
        assertEquals(Optional.empty(), Role.parse(null));
    }

    @Test
    void theRoleNameConstantsMatchTheEnum() throws Exception {
        for (Role role : Role.values()) {
            assertEquals(role.name(), Role.Names.class.getField(role.name()).get(null));
        }
    }
}
