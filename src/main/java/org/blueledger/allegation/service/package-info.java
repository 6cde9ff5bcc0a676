/** Use cases (AllegationService), read side (AllegationQueries), need-to-know views and the demo data generator. */
package org.blueledger.allegation.service;
