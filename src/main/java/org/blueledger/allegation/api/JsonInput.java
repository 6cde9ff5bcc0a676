package org.blueledger.allegation.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.blueledger.allegation.service.AllegationInput;
import org.blueledger.platform.error.FieldError;

import java.util.ArrayList;
import java.util.List;

/** Reads request bodies field by field, so a value of the wrong JSON type becomes a named field error. */
final class JsonInput {

    private final List<FieldError> errors = new ArrayList<>();

    List<FieldError> errors() {
        return errors;
    }

    AllegationInput allegation(JsonObject o) {
        return new AllegationInput(string(o, "mission", ""), string(o, "receivedOn", ""), string(o, "incidentDate", ""),
                string(o, "kind", ""), string(o, "seaType", ""), string(o, "seaSubtype", ""), string(o, "seriousness", ""),
                string(o, "thematicArea", ""), string(o, "source", ""), string(o, "summary", ""), string(o, "location", ""),
                subjects(o), victims(o));
    }

    private List<AllegationInput.SubjectInput> subjects(JsonObject o) {
        List<AllegationInput.SubjectInput> out = new ArrayList<>();
        for (int i = 0; i < array(o, "subjects").size(); i++) {
            JsonValue v = array(o, "subjects").get(i);
            String p = "subjects[" + i + "].";
            if (!(v instanceof JsonObject s)) {
                errors.add(new FieldError("subjects[" + i + "]", "must be an object"));
                continue;
            }
            out.add(new AllegationInput.SubjectInput(id(s, p), string(s, "personnelCategory", p), string(s, "nationality", p),
                    string(s, "sex", p), string(s, "rank", p), string(s, "unit", p), string(s, "name", p),
                    string(s, "serviceNumber", p)));
        }
        return out;
    }

    private List<AllegationInput.VictimInput> victims(JsonObject o) {
        List<AllegationInput.VictimInput> out = new ArrayList<>();
        for (int i = 0; i < array(o, "victims").size(); i++) {
            JsonValue v = array(o, "victims").get(i);
            String p = "victims[" + i + "].";
            if (!(v instanceof JsonObject s)) {
                errors.add(new FieldError("victims[" + i + "]", "must be an object"));
                continue;
            }
            out.add(new AllegationInput.VictimInput(id(s, p), string(s, "sex", p), string(s, "ageGroup", p),
                    string(s, "name", p), string(s, "dateOfBirth", p), string(s, "contact", p)));
        }
        return out;
    }

    private List<JsonValue> array(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                errors.add(new FieldError(field, "must be an array"));
            }
            return List.of();
        }
        return v.asJsonArray();
    }

    String string(JsonObject o, String field, String prefix) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        errors.add(new FieldError(prefix + field, "must be a string"));
        return null;
    }

    Long number(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            return n.longValue();
        }
        errors.add(new FieldError(field, "must be an integer"));
        return null;
    }

    Boolean bool(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() == JsonValue.ValueType.TRUE || v.getValueType() == JsonValue.ValueType.FALSE) {
            return v.getValueType() == JsonValue.ValueType.TRUE;
        }
        errors.add(new FieldError(field, "must be true or false"));
        return null;
    }

    List<Long> longs(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            errors.add(new FieldError(field, "must be an array of ids"));
            return List.of();
        }
        List<Long> out = new ArrayList<>();
        List<JsonValue> values = v.asJsonArray();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof JsonNumber n && n.isIntegral()) {
                out.add(n.longValue());
            } else {
                errors.add(new FieldError(field + "[" + i + "]", "must be an integer"));
            }
        }
        return out;
    }

    private Long id(JsonObject o, String prefix) {
        JsonValue v = o.get("id");
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            return n.longValue();
        }
        errors.add(new FieldError(prefix + "id", "must be an integer"));
        return null;
    }
}
