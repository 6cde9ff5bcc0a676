/** The aggregate SQL of the statistics: native MariaDB queries that return counts, never cases. */
package org.blueledger.statistics.persistence;
