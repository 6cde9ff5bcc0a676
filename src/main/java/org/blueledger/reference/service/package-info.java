/** Queries over reference data (missions, countries) for validation, forms and display. */
package org.blueledger.reference.service;
