/** What the platform knows about the request a thread serves (client address), for features that record it. */
package org.blueledger.platform.request;
