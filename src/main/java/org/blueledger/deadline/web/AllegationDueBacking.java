package org.blueledger.deadline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.deadline.service.DeadlineCounts;
import org.blueledger.deadline.service.DeadlineQueries;
import org.blueledger.deadline.service.DueItem;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * allegation/due.xhtml: the items behind a dashboard count (one clock, one member state or
 * mission, overdue or due soon, each from the address), or all the caller's due items. Unknown
 * values in the address are ignored (the whitelist is the clock enum).
 */
@Named
@ViewScoped
public class AllegationDueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeadlineCounts deadlines;

    private String what;
    private String group;
    private String due;
    private List<DueItem> items;

    /** The view action: reads the items once per view. */
    public void load() {
        if (what != null && Arrays.stream(DeadlineQueries.Kind.values()).noneMatch(k -> k.name().equals(what))) {
            what = null;
        }
        items = deadlines.items(what, group == null || group.isBlank() ? null : group, overdue());
    }

    private Boolean overdue() {
        return "overdue".equals(due) ? Boolean.TRUE : "soon".equals(due) ? Boolean.FALSE : null;
    }

    public List<DueItem> getItems() {
        return items;
    }

    public String group(DueItem item) {
        return DeadlineCounts.group(item);
    }

    public boolean isOverdueOnly() {
        return Boolean.TRUE.equals(overdue());
    }

    public boolean isDueSoonOnly() {
        return Boolean.FALSE.equals(overdue());
    }

    public boolean isFiltered() {
        return what != null || group != null || overdue() != null;
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = due;
    }
}
