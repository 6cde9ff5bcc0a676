/** Servlet-level plumbing: security headers, session cookie settings, error dispatch. Depends on no feature. */
package org.blueledger.platform.web;
