package org.blueledger.platform.persistence;

import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The optional conditions of a JPQL list query, kept with their parameters: each condition whose
 * value is given adds {@code " AND <condition>"} to the clause and its named parameter, and
 * {@link #bind} sets the parameters on every query built from the clause (the page and its
 * count alike). A condition whose value is null is left out.
 */
public final class QueryFilters {

    private final StringBuilder clause = new StringBuilder();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds {@code " AND condition"}, in which {@code :name} stands for {@code value}, unless value is null. */
    public QueryFilters and(String condition, String name, Object value) {
        if (value != null) {
            clause.append(" AND ").append(condition);
            params.put(name, value);
        }
        return this;
    }

    /** The conditions given, each as {@code " AND ..."}; empty when none was. */
    public String clause() {
        return clause.toString();
    }

    /** Sets the parameters of the conditions given on {@code query}. */
    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        params.forEach(query::setParameter);
        return query;
    }
}
