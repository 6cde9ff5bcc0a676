/**
 * Queries over reference data (missions, countries) for validation, forms and display;
 * ReferenceOptions keeps the lists one page shows, read once, and labels codes from them.
 */
package org.blueledger.reference.service;
