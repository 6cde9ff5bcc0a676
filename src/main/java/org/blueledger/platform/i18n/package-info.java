/** Text of the message bundles in either working language, for pages and e-mails alike. */
package org.blueledger.platform.i18n;
