package org.blueledger.statistics.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** The pure helpers the statistics tables share: sums by a key, vocabulary order, unknown and civilians last, rounding. */
final class Tallies {

    private Tallies() {
    }

    static Double round(Double d) {
        return d == null ? null : Math.round(d * 10.0) / 10.0;
    }

    /** Adds each group's count under its key into {@code into}. */
    static <G> Map<String, Long> sum(List<G> groups, Function<G, String> key, ToLongFunction<G> count, Map<String, Long> into) {
        for (G g : groups) {
            into.merge(key.apply(g), count.applyAsLong(g), Long::sum);
        }
        return into;
    }

    /** The given keys with zero counts, in this order. */
    static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> m = new LinkedHashMap<>();
        keys.forEach(k -> m.put(k, 0L));
        return m;
    }

    static List<String> codes(Enum<?>[] values) {
        List<String> codes = new ArrayList<>();
        for (Enum<?> e : values) {
            codes.add(e.name());
        }
        return codes;
    }

    /** The values in vocabulary order (then any other key); with a {@code zero}, every code present. */
    static <V> Map<String, V> inOrder(Map<String, V> counts, List<String> order, V zero) {
        Map<String, V> m = new LinkedHashMap<>();
        for (String code : order) {
            V n = counts.get(code);
            if (n != null || zero != null) {
                m.put(code, n == null ? zero : n);
            }
        }
        counts.forEach(m::putIfAbsent);
        return m;
    }

    /** The counts in vocabulary order (then any other key, e.g. UNKNOWN); with {@code zeros}, every code present. */
    static Map<String, Long> ordered(Map<String, Long> counts, List<String> order, boolean zeros) {
        return inOrder(counts, order, zeros ? 0L : null);
    }

    static Comparator<String> unknownLast(Comparator<String> order) {
        return last("UNKNOWN", order);
    }

    static Comparator<String> civilianLast() {
        return last("CIVILIAN", Comparator.naturalOrder());
    }

    private static Comparator<String> last(String code, Comparator<String> order) {
        return (a, b) -> {
            boolean la = code.equals(a);
            boolean lb = code.equals(b);
            if (la || lb) {
                return la == lb ? 0 : la ? 1 : -1;
            }
            return order.compare(a, b);
        };
    }
}
