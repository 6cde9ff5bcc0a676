package org.blueledger.victimsupport.service;

import org.blueledger.victimsupport.domain.ChildSex;
import org.blueledger.victimsupport.domain.Claimant;

import java.time.LocalDate;

/** Command: open a paternity and child-support claim on a case (the child's identity in clear, encrypted by the service). */
public record OpenClaim(Long victimId, Long subjectId, LocalDate receivedOn, Claimant claimant, String childName,
                        LocalDate childDateOfBirth, ChildSex childSex) {
}
