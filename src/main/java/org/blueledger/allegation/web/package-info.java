/** Pages of the case file: list, intake form, case page with its next steps, timeline and tabs. */
package org.blueledger.allegation.web;
