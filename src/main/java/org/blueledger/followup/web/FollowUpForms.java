package org.blueledger.followup.web;

import org.blueledger.allegation.service.OpenCase;
import org.blueledger.platform.error.BusinessException;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.platform.error.ForbiddenException;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.faces.FormErrors;
import org.blueledger.platform.faces.Messages;

import java.io.IOException;
import java.util.Map;

/**
 * One submit of a form of the follow-up tab ({@link AllegationFollowUpBacking},
 * {@link CaseNotesVerbalesBacking}): its service call, then the follow-up tab again, or the
 * errors at the form's fields, in the page's language.
 */
final class FollowUpForms {

    static final String TAB = "followUp";

    private FollowUpForms() {
    }

    static void run(OpenCase view, String form, Map<String, String> fields, Runnable action, String doneKey) throws IOException {
        view.showTab(TAB);
        try {
            action.run();
            Messages.info(doneKey, view.getRef());
            view.reload(TAB);
        } catch (ValidationFailedException e) {
            FormErrors.show(form, e.errors(), fields, FollowUpForms::label);
        } catch (ConflictException | NotFoundException e) {
            // changed meanwhile, already answered or completed, or no longer there: in the page's language
            Messages.error(null, "followup.conflict");
        } catch (ForbiddenException e) {
            Messages.error(null, "allegation.forbidden");
        } catch (BusinessException e) {
            Messages.errorText(null, e.getMessage());
        }
    }

    /** The form's label of a field the service named, in the page's language. */
    static String label(String field) {
        String key = LABELS.get(field.replaceAll("\\[.*", ""));
        return key == null ? field : Messages.text(key);
    }

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("entity", "followup.entity"), Map.entry("startedOn", "followup.started"),
            Map.entry("subjectIds", "allegation.tab.subjects"), Map.entry("completedOn", "followup.completed"),
            Map.entry("finding", "followup.finding"), Map.entry("memberState", "followup.memberState"),
            Map.entry("sentOn", "followup.sent"), Map.entry("requestsNio", "followup.form.requestsNio"),
            Map.entry("willInvestigate", "followup.form.answerChoice"), Map.entry("nioName", "followup.nio"),
            Map.entry("nioAppointedOn", "followup.nioAppointed"),
            Map.entry("respondedOn", "followup.form.respondedOn"), Map.entry("subjectId", "followup.subject"),
            Map.entry("stage", "followup.stage"), Map.entry("authority", "followup.authority"),
            Map.entry("type", "followup.type"), Map.entry("decidedOn", "followup.decided"),
            Map.entry("details", "followup.details"), Map.entry("kind", "followup.form.followUpKind"),
            Map.entry("note", "followup.form.note"));
}
