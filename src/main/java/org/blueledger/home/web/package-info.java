/** Backing beans of the dashboard and the navigation. */
package org.blueledger.home.web;
