/** The auditor's page. */
package org.blueledger.audit.web;
