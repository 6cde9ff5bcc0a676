/** The audit trail's entries and the hash chain that makes tampering evident. */
package org.blueledger.audit.domain;
