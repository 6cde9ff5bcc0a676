/**
 * Configuration comes from MicroProfile Config: defaults in
 * {@code META-INF/microprofile-config.properties}, overridden by environment variables
 * ({@code blueledger.db.url} ← {@code BLUELEDGER_DB_URL}). The keys are documented in
 * {@code config/blueledger.properties} and the README.
 */
package org.blueledger.platform.config;
