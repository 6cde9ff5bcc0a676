/** Appending to the audit trail (any feature), reading and verifying it (AUDITOR). */
package org.blueledger.audit.service;
