/** REST face of the case file: {@code /api/v1/allegations} per api.md. */
package org.blueledger.allegation.api;
