/**
 * REST face of the case file: {@code /api/v1/allegations} per api.md (AllegationsResource; the
 * assignments and attachments in CaseAssignmentsResource and CaseAttachmentsResource, at the same
 * root path). The case's answer takes the parts of other features through the kernel's port
 * {@code service.CaseJsonPart}.
 */
package org.blueledger.allegation.api;
