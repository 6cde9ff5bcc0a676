/** Investigations, notes verbales and their follow-ups, actions and criminal referrals, with their vocabularies; each row keeps its case by id. */
package org.blueledger.followup.domain;
