package org.blueledger.victimsupport.service;

import java.util.List;

/** One page of claims in the caller's scope. */
public record ClaimPage(List<ClaimView> items, long total, int page, int size) implements java.io.Serializable {
}
