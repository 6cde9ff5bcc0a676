package org.blueledger.allegation.service;

/**
 * The kernel's tab port, the contributing side: a tab another feature adds to the case page
 * (allegation/view.xhtml) without the page knowing the feature. An implementation is a CDI bean
 * of the feature's web package; the page includes every one ({@code ui:include} of
 * {@link #page()}), in {@link #order()}, and the tab reaches the case through {@link OpenCase}.
 */
public interface CaseTab {

    /** Where the kernel's own "correct the record" tab stands: a smaller order comes before it, a larger one after. */
    int EDIT = 500;

    /** The Facelets file holding the tab: one {@code p:tab} whose id is its name followed by "Tab". */
    String page();

    /** Its place among the contributed tabs, after the kernel's own tabs but for {@link #EDIT}. */
    int order();
}
