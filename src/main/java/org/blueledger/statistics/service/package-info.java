/**
 * The statistics gate ({@link org.blueledger.statistics.service.StatisticsQueries}: role,
 * validation of every parameter, scope, audit), the tables it hands the validated filter to
 * ({@code QuarterlyFigures}, {@code AnnualFigures}, with the shared {@code Tallies}), the result
 * tables, the public variant's suppression and the export writers (CSV, XLSX, PDF).
 */
package org.blueledger.statistics.service;
