package org.blueledger.statistics.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small-cell suppression of the public variant (api.md "Statistics", {@code public=true}):
 * <ol>
 *   <li>every cell of 1 or 2 becomes {@value #SMALL};</li>
 *   <li>where a breakdown then has exactly one such cell, its next smallest cell (the smallest
 *       cell of 3 or more; if there is none, the smallest other cell, zero included) becomes
 *       {@value #SECONDARY}, so the hidden count cannot be worked out by subtracting the others
 *       from the total;</li>
 *   <li>cells named in {@code exact} (the breakdown's own {@code total}) stay exact, and zeros
 *       stay zero.</li>
 * </ol>
 * A breakdown whose only cell is small still shows its exact total: totals are published, so
 * that cell is known anyway; it is the one case the rule cannot protect (documented in
 * docs/statistics.md).
 */
public final class Suppression {

    public static final String SMALL = "<3";
    public static final String SECONDARY = "suppressed";

    private Suppression() {
    }

    /** Whether a count must be hidden in the public variant. */
    public static boolean small(long n) {
        return n == 1 || n == 2;
    }

    /** One cell on its own (a count that is not part of a breakdown, e.g. referredToMemberState). */
    public static Object cell(long n) {
        return small(n) ? SMALL : n;
    }

    /** The public variant of a breakdown; keys named in {@code exact} are left as they are. */
    public static Map<String, Object> breakdown(Map<String, Long> cells, String... exact) {
        java.util.Set<String> keep = java.util.Set.of(exact);
        Map<String, Object> out = new LinkedHashMap<>();
        int suppressed = 0;
        for (Map.Entry<String, Long> e : cells.entrySet()) {
            if (!keep.contains(e.getKey()) && small(e.getValue())) {
                out.put(e.getKey(), SMALL);
                suppressed++;
            } else {
                out.put(e.getKey(), e.getValue());
            }
        }
        if (suppressed == 1) {
            String next = null;
            for (Map.Entry<String, Long> e : cells.entrySet()) {
                if (keep.contains(e.getKey()) || out.get(e.getKey()) instanceof String) {
                    continue;
                }
                if (next == null || better(e.getValue(), cells.get(next))) {
                    next = e.getKey();
                }
            }
            if (next != null) {
                out.put(next, SECONDARY);
            }
        }
        return out;
    }

    /** Cells of 3 or more are preferred to zeros; among them, the smaller. */
    private static boolean better(long candidate, long current) {
        if ((candidate == 0) != (current == 0)) {
            return current == 0;
        }
        return candidate < current;
    }
}
