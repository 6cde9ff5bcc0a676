package org.blueledger.platform.request;

/**
 * The client address of the request this thread serves (set by the security headers filter of platform.web),
 * for the audit trail. Empty outside a request (start-up jobs).
 */
public final class ClientAddress {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ClientAddress() {
    }

    public static String current() {
        return CURRENT.get();
    }

    public static void set(String address) {
        CURRENT.set(address);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
