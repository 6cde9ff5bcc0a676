package org.blueledger.platform.rest;

import org.blueledger.allegation.api.schema.CaseRequests;
import org.blueledger.allegation.api.schema.CaseResponses;
import org.blueledger.allegation.api.schema.CorrectAllegationRequest;
import org.blueledger.allegation.api.schema.FileAllegationRequest;
import org.blueledger.allegation.api.schema.SubjectRequest;
import org.blueledger.allegation.api.schema.VictimRequest;

import org.blueledger.followup.domain.ActionAuthority;
import org.blueledger.followup.domain.ActionStage;
import org.blueledger.allegation.domain.AgeGroup;
import org.blueledger.allegation.domain.AllegationSource;
import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.domain.AttachmentKind;
import org.blueledger.followup.domain.FollowUpKind;
import org.blueledger.followup.domain.InvestigatingEntity;
import org.blueledger.allegation.domain.InvestigationFinding;
import org.blueledger.allegation.domain.MisconductKind;
import org.blueledger.followup.domain.NotificationAnswer;
import org.blueledger.allegation.domain.PersonnelCategory;
import org.blueledger.followup.domain.ReferralOutcome;
import org.blueledger.allegation.domain.SeaSubtype;
import org.blueledger.allegation.domain.SeaType;
import org.blueledger.allegation.domain.Seriousness;
import org.blueledger.allegation.domain.Sex;
import org.blueledger.allegation.domain.ThematicArea;
import org.blueledger.audit.api.schema.AuditSchemas;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.security.api.schema.AccountSchemas;
import org.blueledger.security.domain.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The enumerations the OpenAPI schema records declare are exactly the Java enums the readers
 * accept (so the document cannot drift from the code), and every enumerated field is checked.
 */
class SchemaEnumsTest {

    /** Field name to its enum, by default; {@link #OVERRIDES} for the few names that mean another enum. */
    static final Map<String, Class<? extends Enum<?>>> BY_NAME = Map.ofEntries(
            Map.entry("kind", MisconductKind.class), Map.entry("seaType", SeaType.class),
            Map.entry("seaSubtype", SeaSubtype.class), Map.entry("seriousness", Seriousness.class),
            Map.entry("thematicArea", ThematicArea.class), Map.entry("source", AllegationSource.class),
            Map.entry("status", AllegationStatus.class), Map.entry("personnelCategory", PersonnelCategory.class),
            Map.entry("sex", Sex.class), Map.entry("ageGroup", AgeGroup.class),
            Map.entry("entity", InvestigatingEntity.class), Map.entry("finding", InvestigationFinding.class),
            Map.entry("stage", ActionStage.class), Map.entry("authority", ActionAuthority.class),
            Map.entry("outcome", ReferralOutcome.class), Map.entry("answer", NotificationAnswer.class),
            Map.entry("roles", Role.class));

    static final Map<String, Class<? extends Enum<?>>> OVERRIDES = Map.of(
            "FollowUp.kind", FollowUpKind.class, "Attachment.kind", AttachmentKind.class,
            "Attachment.classification", org.blueledger.allegation.domain.AttachmentClassification.class,
            "Viewer.outcome", AuditOutcome.class, "Entry.outcome", AuditOutcome.class);

    /** Enumerations that are no Java enum of their own (checked against api.md in the contract IT). */
    static final List<String> LITERAL = List.of("Assignment.role", "Deadline.what");

    @Test
    void everyEnumeratedFieldListsExactlyItsJavaEnum() throws Exception {
        List<Class<?>> records = new ArrayList<>();
        records.add(FileAllegationRequest.class);
        records.add(CorrectAllegationRequest.class);
        records.add(SubjectRequest.class);
        records.add(VictimRequest.class);
        for (Class<?> holder : List.of(CaseRequests.class, CaseResponses.class, AccountSchemas.class, AuditSchemas.class,
                org.blueledger.deadline.api.schema.DeadlineSchemas.class, org.blueledger.followup.api.schema.FollowUpRequests.class,
                org.blueledger.followup.api.schema.FollowUpResponses.class)) {
            // the records only (CaseResponses.WithoutIdentities holds the JSON-B adapters of the case's lists)
            Arrays.stream(holder.getDeclaredClasses()).filter(Class::isRecord).forEach(records::add);
        }
        int checked = 0;
        for (Class<?> type : records) {
            assertTrue(type.isRecord(), type.getName());
            for (var component : type.getRecordComponents()) {
                Schema schema = type.getDeclaredField(component.getName()).getAnnotation(Schema.class);
                if (schema == null || schema.enumeration().length == 0) {
                    continue;
                }
                String key = type.getSimpleName() + "." + component.getName();
                if (LITERAL.contains(key)) {
                    continue;
                }
                Class<? extends Enum<?>> expected = OVERRIDES.getOrDefault(key, BY_NAME.get(component.getName()));
                assertTrue(expected != null, key + " has an enumeration but no enum to check it against");
                assertEquals(Arrays.stream(expected.getEnumConstants()).map(Enum::name).toList(),
                        List.of(schema.enumeration()), key);
                checked++;
            }
        }
        assertTrue(checked > 30, checked + " enumerated fields");
    }

    @Test
    void theRoleSchemaIsTheRoleEnum() {
        assertEquals(Arrays.stream(Role.values()).map(Enum::name).toList(),
                Arrays.stream(org.blueledger.security.api.schema.RoleName.values()).map(Enum::name).toList());
    }
}
