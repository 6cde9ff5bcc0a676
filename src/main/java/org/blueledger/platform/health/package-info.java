/** MicroProfile Health checks served by Payara Micro at {@code /health}. */
package org.blueledger.platform.health;
