/**
 * Shared persistence plumbing: the application data source, Flyway migrations at start-up and
 * the clock; QueryFilters, the optional conditions of a list query with their parameters.
 * Depends on no feature.
 */
package org.blueledger.platform.persistence;
