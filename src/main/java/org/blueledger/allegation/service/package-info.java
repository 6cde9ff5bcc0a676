/** Use cases (AllegationService), read side (AllegationQueries, DeadlineQueries and the dashboards' DeadlineCounts), the case list's CSV, the printable case file (CaseFilePdf), the case page's next steps and timeline (CaseOverview) and need-to-know views. */
package org.blueledger.allegation.service;
