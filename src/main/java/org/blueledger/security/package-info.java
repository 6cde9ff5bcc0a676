/**
 * Security: roles and scopes, accounts, the database identity store (PBKDF2, lockout), the
 * authentication mechanism (form sign-in for pages, HTTP Basic for {@code /api}), the
 * {@code CurrentUser} of a request and account administration (ADMIN). Every other feature
 * depends on it; it depends on no feature except reference data (to validate a mission or a
 * member state).
 */
package org.blueledger.security;
