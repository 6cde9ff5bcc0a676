/** The case file's domain: the allegation aggregate, its subjects and victims, statuses and their rules. */
package org.blueledger.allegation.domain;
