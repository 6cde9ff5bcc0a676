package org.blueledger.platform.error;

/**
 * CDI event fired when the container or a mapper refuses a request for lack of a role (403), so
 * that the audit trail records it without the platform depending on the audit feature.
 */
public record AccessDenied(String username, String target, int status, String detail) {

    private static final java.util.regex.Pattern CASE_PATH =
            java.util.regex.Pattern.compile("/allegations/([A-Z][A-Z0-9]{1,19}-\\d{4}-\\d{4,6})(?:/.*)?");

    /**
     * The audit target of a refused request: the case's reference when the path names a case
     * ({@code /api/v1/allegations/UNMISS-2022-0002/...}), so that the case's audit and "who
     * viewed this case" show the refusal; else the path itself.
     */
    public static String targetOf(String path) {
        if (path == null) {
            return null;
        }
        int i = path.indexOf("/allegations/");
        if (i >= 0) {
            java.util.regex.Matcher m = CASE_PATH.matcher(path.substring(i));
            if (m.matches()) {
                return m.group(1);
            }
        }
        return path;
    }
}
