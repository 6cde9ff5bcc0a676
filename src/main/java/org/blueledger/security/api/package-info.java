/** REST face of account administration: {@code /api/v1/admin/users}. */
package org.blueledger.security.api;
