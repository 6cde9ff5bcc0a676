/** Authentication (identity store, lockout), account administration and the current user. */
package org.blueledger.security.service;
