package org.blueledger.platform.rest;

import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.blueledger.platform.error.FieldError;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * The same strict checks as {@link JsonBodyReader} for JSON bodies that are bound to typed
 * records (JSON-B) rather than read as {@link JsonValue}: an empty body, invalid UTF-8, nesting
 * deeper than 32 levels, malformed JSON or a NUL is a 400 naming {@code body} (or the field)
 * before the binder sees it, so no binder's exception or stack depth can turn it into a 500.
 */
@Provider
public class JsonBodyGuard implements ReaderInterceptor {

    private final long limit = ConfigProvider.getConfig()
            .getOptionalValue("blueledger.api.max-body-bytes", Long.class).orElse(1_048_576L);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        MediaType type = context.getMediaType();
        boolean json = type != null && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().endsWith("+json"));
        if (!json || JsonValue.class.isAssignableFrom(context.getType()) || context.getType() == byte[].class
                || context.getType() == String.class || context.getType() == java.io.InputStream.class) {
            return context.proceed(); // JsonValue bodies are checked by JsonBodyReader itself; raw bodies by their resource
        }
        byte[] bytes = context.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new WebApplicationException(Problem.of(413, "Payload too large",
                    "The request body is larger than " + limit + " bytes.").toResponse());
        }
        try {
            JsonBodyReader.parse(bytes, JsonValue.class);
        } catch (JsonBodyReader.Invalid e) {
            throw new WebApplicationException(Problem.validation(List.of(new FieldError(e.field, e.getMessage()))).toResponse());
        }
        context.setInputStream(new ByteArrayInputStream(bytes));
        return context.proceed();
    }
}
