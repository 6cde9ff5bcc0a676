/** Persistence of accounts. */
package org.blueledger.security.persistence;
