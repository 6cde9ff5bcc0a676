/** The victims' rights officer's pages (victims/), the case page's victim-support tab (contributed through the kernel's CaseTab: CaseVictimSupportTab) and the Trust Fund admin page. */
package org.blueledger.victimsupport.web;
