/** The victims' rights officer's pages (victims/), the case page's victim-support tab and the Trust Fund admin page. */
package org.blueledger.victimsupport.web;
