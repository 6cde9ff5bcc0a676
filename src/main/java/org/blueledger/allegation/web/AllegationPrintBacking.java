package org.blueledger.allegation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.allegation.service.CaseFilePdf;
import org.blueledger.platform.faces.LocalePreferences;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;

/**
 * The case page's "Print the case file" button: the PDF of the case as the caller may see it, in
 * the page's language ({@link CaseFilePdf} scopes, filters identities and audits the download).
 */
@Named
@RequestScoped
public class AllegationPrintBacking {

    @Inject
    CaseFilePdf pdf;

    @Inject
    LocalePreferences locale;

    public StreamedContent caseFile(String reference) {
        CaseFilePdf.PdfFile file = pdf.print(reference, locale.getLocale());
        return DefaultStreamedContent.builder().name(file.fileName()).contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(file.content())).build();
    }
}
