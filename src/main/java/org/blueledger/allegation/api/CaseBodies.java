package org.blueledger.allegation.api;

import org.blueledger.allegation.api.schema.CorrectAllegationRequest;
import org.blueledger.allegation.api.schema.FileAllegationRequest;
import org.blueledger.allegation.api.schema.SubjectRequest;
import org.blueledger.allegation.api.schema.VictimRequest;
import org.blueledger.allegation.service.AllegationInput;

import java.util.List;

/**
 * From the case API's request records (bound by {@link org.blueledger.platform.rest.JsonRecords})
 * to the service's {@link AllegationInput}, which the page's forms fill too, so that both are
 * checked by the one {@code AllegationValidator}.
 */
final class CaseBodies {

    private CaseBodies() {
    }

    static AllegationInput input(FileAllegationRequest r) {
        return new AllegationInput(r.mission(), r.receivedOn(), r.incidentDate(), r.kind(), r.seaType(), r.seaSubtype(),
                r.seriousness(), r.thematicArea(), r.source(), r.summary(), r.location(), subjects(r.subjects()),
                victims(r.victims()));
    }

    static AllegationInput input(CorrectAllegationRequest r) {
        return new AllegationInput(r.mission(), r.receivedOn(), r.incidentDate(), r.kind(), r.seaType(), r.seaSubtype(),
                r.seriousness(), r.thematicArea(), r.source(), r.summary(), r.location(), subjects(r.subjects()),
                victims(r.victims()));
    }

    private static List<AllegationInput.SubjectInput> subjects(List<SubjectRequest> subjects) {
        return subjects == null ? List.of() : subjects.stream().map(s -> new AllegationInput.SubjectInput(s.id(),
                s.personnelCategory(), s.nationality(), s.sex(), s.rank(), s.unit(), s.name(), s.serviceNumber())).toList();
    }

    private static List<AllegationInput.VictimInput> victims(List<VictimRequest> victims) {
        return victims == null ? List.of() : victims.stream().map(v -> new AllegationInput.VictimInput(v.id(), v.sex(),
                v.ageGroup(), v.name(), v.dateOfBirth(), v.contact())).toList();
    }
}
