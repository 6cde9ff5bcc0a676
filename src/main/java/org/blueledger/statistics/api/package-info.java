/** {@code /api/v1/statistics}: the quarterly and annual tables as JSON, CSV, XLSX or PDF. */
package org.blueledger.statistics.api;
