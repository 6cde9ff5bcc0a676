package org.blueledger.allegation.service;

import java.util.List;

/**
 * The port through which a feature that hangs off the case adds its parts to the case's JSON
 * answer ({@code GET}, {@code PUT /allegations/{ref}} and the status change), without the
 * kernel's api knowing the feature: the follow-up implements it (a CDI bean) and writes its
 * investigations, notes verbales, actions and criminal referrals as its own answer records. The
 * answer's shape is the API contract's, so the kernel names the slots; a feature fills them.
 * Without an implementation the slots are empty ({@link Parts#NONE}).
 */
public interface CaseJsonPart {

    /**
     * This feature's parts of the answer for the case as the caller sees it ({@code d});
     * {@code read} on the GET of the case, which alone lists the criminal referrals (the other
     * answers leave {@code criminalReferrals} null, and so out).
     */
    Parts parts(AllegationDetails d, boolean read);

    /** The answer's follow-up slots, each a list of the feature's own JSON-B records. */
    record Parts(List<?> investigations, List<?> notifications, List<?> actions, List<?> criminalReferrals) {

        public static final Parts NONE = new Parts(List.of(), List.of(), List.of(), null);
    }
}
