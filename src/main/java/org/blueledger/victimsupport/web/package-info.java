/**
 * The victims' rights officer's pages (victims/), the case page's victim-support tab (contributed
 * through the kernel's CaseTab: CaseVictimSupportTab) and the Trust Fund admin page;
 * ClaimStepForm is the record-a-step form that the victim page and paternity/claims.xhtml share.
 */
package org.blueledger.victimsupport.web;
