package org.blueledger.platform.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.tabview.Tab;

/**
 * Which tab of a {@code p:tabView} is open, by the tab's id rather than its position: pages
 * keep the open tab in the address ({@code ?tab=followUp} opens the tab {@code followUpTab}) so
 * that a submit comes back to the tab it was made on. Positions count the tabs shown, as
 * PrimeFaces' renderer does (a tab the caller may not see takes no place).
 */
public final class Tabs {

    private static final String SUFFIX = "Tab";

    private Tabs() {
    }

    /** The position of the tab {@code name + "Tab"} in the tab view {@code tabViewId}, 0 when there is none. */
    public static int indexOf(String tabViewId, String name) {
        UIComponent view = tabView(tabViewId);
        if (view == null || name == null) {
            return 0;
        }
        int i = 0;
        for (UIComponent child : view.getChildren()) {
            if (child instanceof Tab tab && tab.isRendered()) {
                if ((name + SUFFIX).equals(tab.getId())) {
                    return i;
                }
                i++;
            }
        }
        return 0;
    }

    /** The name of the tab at this position (its id without "Tab"), or null. */
    public static String nameAt(String tabViewId, int index) {
        UIComponent view = tabView(tabViewId);
        if (view == null) {
            return null;
        }
        int i = 0;
        for (UIComponent child : view.getChildren()) {
            if (child instanceof Tab tab && tab.isRendered()) {
                if (i == index) {
                    String id = tab.getId();
                    return id.endsWith(SUFFIX) ? id.substring(0, id.length() - SUFFIX.length()) : id;
                }
                i++;
            }
        }
        return null;
    }

    private static UIComponent tabView(String id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? null : faces.getViewRoot().findComponent(id);
    }
}
