/** Victim support's repositories and its scope predicate (SupportScope); they join the caller's transaction. */
package org.blueledger.victimsupport.persistence;
