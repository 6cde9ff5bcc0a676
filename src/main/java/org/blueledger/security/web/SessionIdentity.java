package org.blueledger.security.web;

import java.io.Serializable;
import java.util.Set;

/** What the HTTP session remembers after a web sign-in: serializable, so sessions can be replicated. */
record SessionIdentity(String username, Set<String> groups) implements Serializable {

    /** A fully signed-in user (password and, where needed, second factor). */
    static final String ATTRIBUTE = "org.blueledger.security.identity";
    /** A user who gave the right password and still owes the second factor (not signed in). */
    static final String PENDING = "org.blueledger.security.pending";
}
