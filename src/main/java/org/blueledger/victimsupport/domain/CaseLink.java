package org.blueledger.victimsupport.domain;

/** What ties a paternity claim to its case: the case, one of its victims, and the subject named as the father, with his state. */
public record CaseLink(Long allegationId, String reference, String mission, Long victimId, Long subjectId,
                       String memberState) {
}
