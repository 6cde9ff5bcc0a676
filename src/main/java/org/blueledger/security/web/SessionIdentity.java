package org.blueledger.security.web;

import java.io.Serializable;
import java.util.Set;

/** What the HTTP session remembers after a web sign-in: serializable, so sessions can be replicated. */
record SessionIdentity(String username, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = "org.blueledger.security.identity";
}
