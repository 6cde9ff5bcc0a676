package org.blueledger.reminder.domain;

import java.time.LocalDate;

/** A reminder goes out once when an item becomes due soon, and once more when it is overdue. */
public enum Stage {
    DUE_SOON, OVERDUE;

    public static Stage of(LocalDate dueOn, LocalDate today) {
        return dueOn.isBefore(today) ? OVERDUE : DUE_SOON;
    }

    /**
     * The key that makes one reminder exist once: the item (which carries its kind and row), its
     * due date (a repeating clock gets a new one each cycle), the stage and the recipient.
     */
    public String dedupKey(String itemKey, LocalDate dueOn, String username) {
        return itemKey + "|" + dueOn + "|" + name() + "|" + username;
    }
}
