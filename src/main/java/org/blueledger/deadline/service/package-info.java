/** The clock registry (DeadlineQueries), its port for the features' clocks (DeadlineSource) and for the case gate (CaseVisibility), the caller's due items and the dashboards' counts (DeadlineCounts), the deadline rules and the holidays; records (DueItem). */
package org.blueledger.deadline.service;
