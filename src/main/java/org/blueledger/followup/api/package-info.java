/** REST face of the follow-up (and, through the kernel's CaseJsonPart, its parts of the case's JSON: FollowUpCaseJson), at the case API's addresses: {@code /api/v1/allegations/{ref}/investigations}, {@code .../notifications}, {@code .../actions}, {@code .../criminal-referrals} and {@code /api/v1/notifications/{id}/response}. */
package org.blueledger.followup.api;
