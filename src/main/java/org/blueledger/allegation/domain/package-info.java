/** The case file's domain: the allegation aggregate, its subjects and victims, statuses and their rules (with the findings that unlock them), assignments and attachments. */
package org.blueledger.allegation.domain;
