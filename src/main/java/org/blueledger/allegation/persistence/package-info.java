/** Persistence of the case file, and the caller-scope predicate every case query uses. */
package org.blueledger.allegation.persistence;
