/** The page behind a dashboard count, {@code allegation/due.xhtml} (its address is kept from before the split). */
package org.blueledger.deadline.web;
