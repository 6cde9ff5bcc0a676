package org.blueledger.allegation.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.blueledger.allegation.service.AllegationDetails;
import org.blueledger.allegation.service.AllegationPage;
import org.blueledger.allegation.service.AllegationRow;

/** The JSON shapes of api.md. Restricted identity fields are left out, never sent empty. */
final class AllegationJson {

    private AllegationJson() {
    }

    static JsonObject details(AllegationDetails d) {
        JsonArrayBuilder subjects = Json.createArrayBuilder();
        for (AllegationDetails.SubjectView s : d.subjects()) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("id", s.id())
                    .add("personnelCategory", s.personnelCategory().name());
            put(b, "nationality", s.nationality());
            b.add("sex", s.sex().name());
            put(b, "rank", s.rank());
            put(b, "unit", s.unit());
            if (s.identityRestricted()) {
                b.add("identityRestricted", true);
            } else {
                put(b, "name", s.name());
                put(b, "serviceNumber", s.serviceNumber());
                b.add("identityRestricted", false);
            }
            subjects.add(b);
        }
        JsonArrayBuilder victims = Json.createArrayBuilder();
        for (AllegationDetails.VictimView v : d.victims()) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("id", v.id()).add("sex", v.sex().name())
                    .add("ageGroup", v.ageGroup().name());
            if (v.identityRestricted()) {
                b.add("identityRestricted", true);
            } else {
                put(b, "name", v.name());
                put(b, "dateOfBirth", v.dateOfBirth() == null ? null : v.dateOfBirth().toString());
                put(b, "contact", v.contact());
                b.add("identityRestricted", false);
            }
            victims.add(b);
        }
        JsonArrayBuilder history = Json.createArrayBuilder();
        for (AllegationDetails.StatusChangeView h : d.statusHistory()) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("at", h.at().toString()).add("by", h.by());
            put(b, "from", h.from() == null ? null : h.from().name());
            b.add("to", h.to().name());
            put(b, "reason", h.reason());
            history.add(b);
        }
        JsonArrayBuilder assignments = Json.createArrayBuilder();
        for (AllegationDetails.AssignmentView a : d.assignments()) {
            assignments.add(assignment(a));
        }
        JsonArrayBuilder attachments = Json.createArrayBuilder();
        for (AllegationDetails.AttachmentView t : d.attachments()) {
            attachments.add(attachment(t));
        }
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("reference", d.reference())
                .add("version", d.version())
                .add("mission", d.mission())
                .add("receivedOn", d.receivedOn().toString());
        put(b, "incidentDate", d.incidentDate() == null ? null : d.incidentDate().toString());
        b.add("kind", d.kind().name());
        put(b, "seaType", d.seaType() == null ? null : d.seaType().name());
        put(b, "seaSubtype", d.seaSubtype() == null ? null : d.seaSubtype().name());
        b.add("seriousness", d.seriousness().name());
        put(b, "thematicArea", d.thematicArea() == null ? null : d.thematicArea().name());
        b.add("source", d.source().name())
                .add("summary", d.summary());
        put(b, "location", d.location());
        return b.add("status", d.status().name())
                .add("referredToMemberState", d.referredToMemberState())
                .add("subjects", subjects)
                .add("victims", victims)
                .add("investigations", investigations(d))
                .add("notifications", notifications(d))
                .add("actions", actions(d))
                .add("statusHistory", history)
                .add("assignments", assignments)
                .add("attachments", attachments)
                .add("createdAt", d.createdAt().toString())
                .add("createdBy", d.createdBy())
                .add("modifiedAt", d.modifiedAt().toString())
                .build();
    }

    static JsonArrayBuilder investigations(AllegationDetails d) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        d.investigations().forEach(i -> a.add(investigation(i)));
        return a;
    }

    static JsonObject investigation(AllegationDetails.InvestigationView i) {
        JsonArrayBuilder subjects = Json.createArrayBuilder();
        i.subjectIds().forEach(subjects::add);
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", i.id()).add("version", i.version())
                .add("entity", i.entity()).add("startedOn", i.startedOn().toString()).add("dueOn", i.dueOn().toString());
        put(b, "completedOn", i.completedOn() == null ? null : i.completedOn().toString());
        put(b, "finding", i.finding());
        if (i.durationDays() == null) {
            b.addNull("durationDays");
        } else {
            b.add("durationDays", i.durationDays());
        }
        return b.add("subjectIds", subjects).build();
    }

    static JsonArrayBuilder notifications(AllegationDetails d) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        d.notifications().forEach(n -> a.add(notification(n)));
        return a;
    }

    static JsonObject notification(AllegationDetails.NotificationView n) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", n.id()).add("version", n.version())
                .add("memberState", n.memberState()).add("sentOn", n.sentOn().toString()).add("requestsNio", n.requestsNio())
                .add("responseDueOn", n.responseDueOn().toString());
        put(b, "answer", n.answer());
        if (n.answer() == null) {
            b.addNull("willInvestigate");
        } else {
            b.add("willInvestigate", "WILL_INVESTIGATE".equals(n.answer()));
        }
        put(b, "respondedOn", n.respondedOn() == null ? null : n.respondedOn().toString());
        put(b, "nioName", n.nioName());
        put(b, "nioAppointedOn", n.nioAppointedOn() == null ? null : n.nioAppointedOn().toString());
        JsonArrayBuilder followUps = Json.createArrayBuilder();
        n.followUps().forEach(f -> followUps.add(followUp(f)));
        return b.add("unMustInvestigate", n.unMustInvestigate()).add("followUps", followUps).build();
    }

    static JsonObject followUp(AllegationDetails.FollowUpView f) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", f.id()).add("kind", f.kind())
                .add("sentOn", f.sentOn().toString()).add("by", f.by());
        put(b, "note", f.note());
        return b.build();
    }

    static JsonArrayBuilder actions(AllegationDetails d) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        d.actions().forEach(x -> a.add(action(x)));
        return a;
    }

    static JsonObject action(AllegationDetails.ActionView x) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", x.id()).add("version", x.version())
                .add("subjectId", x.subjectId()).add("stage", x.stage()).add("authority", x.authority())
                .add("type", x.type()).add("decidedOn", x.decidedOn().toString());
        put(b, "details", x.details());
        return b.build();
    }

    static JsonObject assignment(AllegationDetails.AssignmentView a) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("username", a.username()).add("role", a.role());
        if (a.investigationId() != null) {
            b.add("investigationId", a.investigationId());
        }
        return b.add("assignedAt", a.assignedAt().toString()).add("assignedBy", a.assignedBy()).build();
    }

    static JsonObject attachment(AllegationDetails.AttachmentView t) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", t.id()).add("kind", t.kind().name())
                .add("classification", t.classification().name());
        if (t.subjectId() != null) {
            b.add("subjectId", t.subjectId());
        } else {
            b.addNull("subjectId");
        }
        return b.add("fileName", t.fileName()).add("mediaType", t.mediaType()).add("size", t.sizeBytes())
                .add("uploadedAt", t.uploadedAt().toString()).add("uploadedBy", t.uploadedBy()).build();
    }

    static JsonObject page(AllegationPage p) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (AllegationRow r : p.items()) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("reference", r.reference()).add("mission", r.mission())
                    .add("receivedOn", r.receivedOn().toString());
            put(b, "incidentDate", r.incidentDate() == null ? null : r.incidentDate().toString());
            b.add("kind", r.kind().name());
            put(b, "seaType", r.seaType() == null ? null : r.seaType().name());
            items.add(b.add("status", r.status().name()).add("referredToMemberState", r.referredToMemberState())
                    .add("version", r.version()));
        }
        return Json.createObjectBuilder().add("items", items).add("total", p.total()).add("page", p.page())
                .add("size", p.size()).build();
    }

    private static void put(JsonObjectBuilder b, String field, String value) {
        if (value == null) {
            b.addNull(field);
        } else {
            b.add(field, value);
        }
    }
}
