/**
 * The aggregate SQL of the statistics, one repository per group of tables (the quarterly update,
 * the annual units, the follow-up's figures) over shared pieces ({@code StatisticsSql}: units,
 * filters, parameters): native MariaDB queries that return counts, never cases.
 */
package org.blueledger.statistics.persistence;
