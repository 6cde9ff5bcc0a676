package org.blueledger.allegation.service;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.blueledger.testsupport.Deployments;
import org.blueledger.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Inside Payara Micro: every use case and query of the case file is refused by the container
 * to a caller without a case role, before any code of ours runs. (The allowed paths, role by
 * role, are exercised over HTTP by AllegationsApiIT and CaseFileUiIT.)
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class AllegationServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(AllegationServiceIT.class, TestDatabase.class);
    }

    @Inject
    AllegationService service;

    @Inject
    CaseStatusService statuses;

    @Inject
    CaseAssignmentService assignments;

    @Inject
    CaseAttachmentService attachments;

    @Inject
    AllegationQueries queries;

    static final AllegationInput INPUT = new AllegationInput("UNMISS", "2018-05-14", null, "SEA", "SEXUAL_ABUSE", null,
            "SERIOUS", null, "HOTLINE", "x", null, List.of(), List.of());

    @Test
    void anUnauthenticatedCallerIsRefusedEveryCaseOperation() {
        Map<String, Executable> calls = Map.of(
                "fileAllegation", () -> service.fileAllegation(INPUT),
                "correctAllegation", () -> service.correctAllegation(new CorrectAllegation("UNMISS-2018-0001", INPUT, 0L)),
                "changeStatus", () -> statuses.changeStatus(new ChangeStatus("UNMISS-2018-0001", "CLOSED_OTHER", "x", 0L)),
                "assign", () -> assignments.assign(new AssignToCase("UNMISS-2018-0001", "someone", "CONDUCT_OFFICER", null)),
                "endAssignment", () -> assignments.endAssignment("UNMISS-2018-0001", "someone"),
                "attach", () -> attachments.attach("UNMISS-2018-0001", new org.blueledger.allegation.service.AttachFile("EVIDENCE", null, null, "a.pdf", new byte[] {1})),
                "details", () -> queries.details("UNMISS-2018-0001"),
                "page", () -> queries.page(AllegationCriteria.firstPage(10)),
                "attachment", () -> queries.attachment("UNMISS-2018-0001", 1L));
        calls.forEach((name, call) -> assertThrows(EJBAccessException.class, call, name));
    }
}
