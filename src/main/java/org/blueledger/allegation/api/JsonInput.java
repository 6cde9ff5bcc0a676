package org.blueledger.allegation.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.blueledger.allegation.service.AllegationInput;
import org.blueledger.platform.error.FieldError;

import java.util.ArrayList;
import java.util.List;

/** Reads a case body (subjects and victims included) with the typed readers of {@link org.blueledger.platform.rest.JsonFields}. */
final class JsonInput extends org.blueledger.platform.rest.JsonFields {

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
                reject(new FieldError("subjects[" + i + "]", "must be an object"));
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
                reject(new FieldError("victims[" + i + "]", "must be an object"));
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
            if (errors().stream().noneMatch(e -> e.field().equals(field))) {
                reject(new FieldError(field, "must be an array"));
            }
            return List.of();
        }
        return v.asJsonArray();
    }

    private Long id(JsonObject o, String prefix) {
        JsonValue v = o.get("id");
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        Long l = v instanceof JsonNumber n ? integral(n) : null;
        if (l != null) {
            return l;
        }
        reject(new FieldError(prefix + "id", "must be an integer"));
        return null;
    }
}
