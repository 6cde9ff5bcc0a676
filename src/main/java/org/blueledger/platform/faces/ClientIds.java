package org.blueledger.platform.faces;

import jakarta.faces.component.UINamingContainer;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;

import java.util.EnumSet;

/**
 * The client id of a component of the current view found by its own id, whatever naming
 * containers (a tab view, a data table) sit above it: a message addressed to {@code statusForm}
 * must reach {@code tabs:statusForm}, or nobody sees it.
 */
public final class ClientIds {

    private ClientIds() {
    }

    /** The client id of the first rendered component with this id, or null when the view has none. */
    public static String of(String id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getViewRoot() == null || id == null) {
            return null;
        }
        String[] found = new String[1];
        VisitContext visit = VisitContext.createVisitContext(faces, null,
                EnumSet.of(VisitHint.SKIP_UNRENDERED, VisitHint.SKIP_ITERATION));
        faces.getViewRoot().visitTree(visit, (context, component) -> {
            if (id.equals(component.getId())) {
                found[0] = component.getClientId(faces);
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }

    /** The client id of {@code child} inside the component {@code parentId} (null when the parent is not in the view). */
    public static String inside(String parentId, String child) {
        String parent = of(parentId);
        return parent == null ? null : parent + UINamingContainer.getSeparatorChar(FacesContext.getCurrentInstance()) + child;
    }
}
