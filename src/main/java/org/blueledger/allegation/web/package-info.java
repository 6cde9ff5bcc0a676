/**
 * Pages of the case file: list, intake form, and the case page (AllegationViewBacking, which holds
 * the open case and publishes it as the kernel's OpenCase) with a bean per form (CaseStatusBacking,
 * CaseEditBacking, CaseAssignmentsBacking, CaseAttachmentsBacking), its next steps and timeline
 * (AllegationOverviewBacking) and the tabs other features contribute (CaseTabsBacking, from CaseTab).
 */
package org.blueledger.allegation.web;
