/** The authentication mechanism, the login page and the account administration page. */
package org.blueledger.security.web;
