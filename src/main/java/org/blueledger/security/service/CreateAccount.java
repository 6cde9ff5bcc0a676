package org.blueledger.security.service;

import java.util.List;

/**
 * The command to create an account, as typed in the admin form or sent to
 * {@code POST /api/v1/admin/users}. Roles arrive as strings so that an unknown one becomes a
 * field error rather than a parsing failure.
 */
public record CreateAccount(String username, String password, List<String> roles, String mission, String memberState,
                            String email) {

    public CreateAccount(String username, String password, List<String> roles, String mission, String memberState) {
        this(username, password, roles, mission, memberState, null);
    }
}
