/** {@code /api/v1/admin/action-types}: the administrator's edits of the list of action types. */
package org.blueledger.reference.api;
