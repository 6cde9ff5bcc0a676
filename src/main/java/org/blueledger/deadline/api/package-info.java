/** REST face of the registry: {@code GET /api/v1/deadlines}. */
package org.blueledger.deadline.api;
