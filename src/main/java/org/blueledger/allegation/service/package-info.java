/**
 * The case kernel's use cases, one {@code @Stateless} service each and command records at their
 * boundary: the record (AllegationService: intake, correction, erasure), the status
 * (CaseStatusService, ChangeStatus), the assignments (CaseAssignmentService, AssignToCase) and the
 * attachments (CaseAttachmentService, AttachFile); the read side (AllegationQueries); the gate
 * (CaseAccess, also the deadline registry's CaseVisibility), whose {@code open} returns an
 * OpenedCase (the case with the caller's CaseEntitlements, computed once; CaseRight names what
 * the views report); CaseWork, what every case use case (the kernel's, the follow-up's, victim
 * support's) starts from: the caller, the clock, the gate and the audit trail in one
 * collaborator; the entry points published to the follow-up (Cases); the ports other
 * features implement: CaseFollowUp, CaseJsonPart (their parts of the case's JSON), CaseTab and
 * OpenCase (their tabs on the case page); the case's deadline clocks (CaseClocks, a deadline
 * DeadlineSource, with NoticeClocks, FindingClocks and ClockSql); the case list's CSV, the
 * printable case file (CaseFilePdf), the case page's next steps and timeline (CaseOverview) and
 * need-to-know views.
 */
package org.blueledger.allegation.service;
