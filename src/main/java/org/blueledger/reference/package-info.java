/**
 * Reference data: peacekeeping operations and special political missions, ISO 3166 countries
 * and the vocabularies of the domain, all loaded by Flyway migrations. Read by every role,
 * changed only through migrations (an administrator page to edit editable lists comes later).
 * Calls no other feature.
 */
package org.blueledger.reference;
