/** Pages of the case file: list, intake form, case page with its tabs. */
package org.blueledger.allegation.web;
