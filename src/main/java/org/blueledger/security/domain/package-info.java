/** Roles, accounts and the password policy. */
package org.blueledger.security.domain;
