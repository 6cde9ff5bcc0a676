/** Use cases (AllegationService), read side (AllegationQueries, DeadlineQueries and the dashboards' DeadlineCounts), the case list's CSV and the printable case file (CaseFilePdf), need-to-know views and the demo data generator. */
package org.blueledger.allegation.service;
