/**
 * The statistics gate ({@link org.blueledger.statistics.service.StatisticsQueries}: role,
 * validation of every parameter, scope, audit), the result tables, the public variant's
 * suppression and the export writers (CSV, XLSX, PDF).
 */
package org.blueledger.statistics.service;
