/**
 * Shared persistence plumbing: the application data source, Flyway migrations at start-up and
 * the clock. Depends on no feature.
 */
package org.blueledger.platform.persistence;
