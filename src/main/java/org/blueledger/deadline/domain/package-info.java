/** The working calendar (working days, holidays, recurring clocks), without container types. */
package org.blueledger.deadline.domain;
