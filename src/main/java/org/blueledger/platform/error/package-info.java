/** The business exceptions every feature throws; mapped to HTTP by platform.rest and to messages by platform.faces. */
package org.blueledger.platform.error;
