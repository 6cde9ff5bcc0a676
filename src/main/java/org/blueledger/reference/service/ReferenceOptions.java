package org.blueledger.reference.service;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The reference options one page shows, in the page's language: each list is read from
 * {@link ReferenceData} once and kept as long as this object (a request's option bean holds
 * one), and {@link #label} names a code from a list. The case pages' and the follow-up tabs'
 * option beans share it.
 */
public final class ReferenceOptions {

    private final ReferenceData reference;
    private final Supplier<Locale> locale;
    private final Map<String, List<ReferenceOption>> cache = new HashMap<>();

    /** {@code locale} is asked when a list is first read. */
    public ReferenceOptions(ReferenceData reference, Supplier<Locale> locale) {
        this.reference = reference;
        this.locale = locale;
    }

    public List<ReferenceOption> vocabulary(String name) {
        return cache.computeIfAbsent(name, n -> reference.vocabulary(n, locale.get()));
    }

    public List<ReferenceOption> countries() {
        return cache.computeIfAbsent("#countries", n -> reference.countries(locale.get()));
    }

    public List<ReferenceOption> missions() {
        return cache.computeIfAbsent("#missions", n -> reference.missions(locale.get()));
    }

    public List<ReferenceOption> personnelCategories() {
        return cache.computeIfAbsent("#categories", n -> reference.personnelCategories(locale.get()));
    }

    public List<ReferenceOption> actionTypes() {
        return cache.computeIfAbsent("#actions", n -> reference.actionTypes(locale.get()));
    }

    /** The action types of one stage taken by one authority (a liaison's: FINAL, MEMBER_STATE). */
    public List<ReferenceOption> actionTypes(String stage, String authority) {
        return cache.computeIfAbsent("#actions-" + stage + "-" + authority,
                n -> reference.actionTypes(locale.get(), stage, authority));
    }

    /** The label of {@code code} (not null) in {@code options}, or the code itself when none has it. */
    public static String label(List<ReferenceOption> options, Object code) {
        String c = code.toString();
        return options.stream().filter(o -> o.code().equals(c)).map(ReferenceOption::label).findFirst().orElse(c);
    }
}
