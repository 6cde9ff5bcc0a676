/** Use cases (AllegationService), read side (AllegationQueries), the case's deadline clocks (CaseClocks, a deadline DeadlineSource), the case list's CSV, the printable case file (CaseFilePdf), the case page's next steps and timeline (CaseOverview) and need-to-know views. */
package org.blueledger.allegation.service;
