package org.blueledger.statistics.service;

/**
 * The query parameters of a statistics read, as the client sent them (strings, possibly null):
 * {@link StatisticsQueries} validates every one and names each bad one in a 400.
 */
public record StatisticsRequest(String year, String quarter, String mission, String personnelCategory,
                                String nationality, String asOf, String publicView, String format, String lang) {

    /** A request for the default JSON, internal variant. */
    public static StatisticsRequest of(String year, String quarter, String mission, String asOf) {
        return new StatisticsRequest(year, quarter, mission, null, null, asOf, null, null, null);
    }
}
