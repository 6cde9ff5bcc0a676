package org.blueledger.victimsupport.service;

import org.blueledger.victimsupport.domain.ContactTopic;

import java.time.LocalDate;

/** One entry of a victim's contact log. */
public record ContactView(long id, LocalDate contactedOn, ContactTopic topic, String note, String recordedBy) implements java.io.Serializable {
}
