package org.blueledger.platform.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * A date picker's text as typed, for forms whose service reads dates itself
 * ({@code converter="blueledger.dateText"}): nothing is refused at conversion, so a malformed
 * date is named by the service together with every other error of the form instead of
 * hiding them (a conversion error stops the submit before the service is asked).
 */
@FacesConverter("blueledger.dateText")
public class DateText implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
