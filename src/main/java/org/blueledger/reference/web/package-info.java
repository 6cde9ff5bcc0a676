/** The reference-data pages. */
package org.blueledger.reference.web;
