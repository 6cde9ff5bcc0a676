/**
 * Shared date rules of the API and the forms (api.md "Dates"): strict ISO {@code YYYY-MM-DD}
 * in the proleptic Gregorian calendar, four-digit years, nothing before 1948-01-01. Depends on
 * no feature.
 */
package org.blueledger.platform.time;
