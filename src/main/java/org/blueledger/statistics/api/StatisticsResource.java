package org.blueledger.statistics.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.blueledger.statistics.service.AnnualReport;
import org.blueledger.statistics.service.ExportFile;
import org.blueledger.statistics.service.QuarterlyReport;
import org.blueledger.statistics.service.StatisticsFiles;
import org.blueledger.statistics.service.StatisticsQueries;
import org.blueledger.statistics.service.StatisticsRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * {@code /api/v1/statistics}: the Secretariat's quarterly update and annual views (api.md
 * "Statistics"). A thin adapter: {@link StatisticsQueries} checks the role, validates, scopes and
 * audits; this class only picks the representation ({@code format=} or the Accept header).
 */
@Path("statistics")
@RequestScoped
@Tag(name = "Statistics", description = "The quarterly update and the annual views, exact or public (suppressed); "
        + "STATISTICIAN, HQ_CONDUCT, and MEMBER_STATE_LIAISON for its own uniformed nationals")
public class StatisticsResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    @Inject
    StatisticsQueries queries;

    @Context
    HttpHeaders headers;

    @GET
    @Path("quarterly")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX, PDF})
    @Operation(summary = "The quarterly update: SEA allegations received in the quarter, status as at asOf")
    @APIResponse(responseCode = "200", description = "The tables",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuarterlyJson.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            description = "RFC 4180; columns table,key,value")),
                    @Content(mediaType = XLSX), @Content(mediaType = PDF)})
    @APIResponse(responseCode = "400", description = "A bad parameter (year, quarter, mission, personnelCategory, "
            + "nationality, asOf, public, format, lang); errors name each")
    @APIResponse(responseCode = "403", description = "A role that may not read statistics, or a liaison asking for "
            + "another state's nationals (audited)")
    public Response quarterly(
            @Parameter(description = "1948 to this year", required = true) @QueryParam("year") String year,
            @Parameter(description = "1 to 4", required = true) @QueryParam("quarter") String quarter,
            @Parameter(description = "Mission code") @QueryParam("mission") String mission,
            @Parameter(description = "Only the units of this personnel category") @QueryParam("personnelCategory") String category,
            @Parameter(description = "Only the units of uniformed personnel of this ISO 3166 alpha-3 nationality")
            @QueryParam("nationality") String nationality,
            @Parameter(description = "Status as at this date (YYYY-MM-DD, default today; not before the quarter)")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "true: the public variant with small cells suppressed") @QueryParam("public") String publicView,
            @Parameter(description = "json (default), csv, xlsx or pdf; or the Accept header") @QueryParam("format") String format,
            @Parameter(description = "Language of the PDF and XLSX labels: en (default) or fr") @QueryParam("lang") String lang) {
        QuarterlyReport report = queries.quarterly(new StatisticsRequest(year, quarter, mission, category, nationality,
                asOf, publicView, format == null ? formatFromAccept() : format, lang));
        if (report.options().format() == org.blueledger.statistics.service.ReportFormat.JSON) {
            return Response.ok(QuarterlyJson.of(report.tables(), report.options().publicView()),
                    MediaType.APPLICATION_JSON_TYPE).build();
        }
        return file(StatisticsFiles.of(report));
    }

    @GET
    @Path("annual")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX, PDF})
    @Operation(summary = "The annual views for the reports received in a year: SEA allegations by mission and "
            + "personnel category, by quarter and over five years; investigations by entity (count, average and median "
            + "duration, on-time rate); findings; actions by member state and type; referrals for criminal "
            + "accountability; paternity claims by status; other misconduct by thematic area and seriousness")
    @APIResponse(responseCode = "200", description = "The tables",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualJson.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            description = "RFC 4180; columns table,key,value")),
                    @Content(mediaType = XLSX), @Content(mediaType = PDF)})
    @APIResponse(responseCode = "400", description = "A bad parameter (year, mission, personnelCategory, nationality, "
            + "public, format, lang); errors name each")
    @APIResponse(responseCode = "403", description = "A role that may not read statistics, or a liaison asking for "
            + "another state's nationals (audited)")
    public Response annual(
            @Parameter(description = "1948 to this year", required = true) @QueryParam("year") String year,
            @Parameter(description = "Mission code") @QueryParam("mission") String mission,
            @Parameter(description = "Only the units of this personnel category") @QueryParam("personnelCategory") String category,
            @Parameter(description = "Only the units of uniformed personnel of this ISO 3166 alpha-3 nationality")
            @QueryParam("nationality") String nationality,
            @Parameter(description = "true: the public variant with small cells suppressed") @QueryParam("public") String publicView,
            @Parameter(description = "json (default), csv, xlsx or pdf; or the Accept header") @QueryParam("format") String format,
            @Parameter(description = "Language of the PDF and XLSX labels: en (default) or fr") @QueryParam("lang") String lang) {
        AnnualReport report = queries.annual(new StatisticsRequest(year, null, mission, category, nationality, null,
                publicView, format == null ? formatFromAccept() : format, lang));
        if (report.options().format() == org.blueledger.statistics.service.ReportFormat.JSON) {
            return Response.ok(AnnualJson.of(report.tables(), report.options().publicView()),
                    MediaType.APPLICATION_JSON_TYPE).build();
        }
        return file(StatisticsFiles.of(report));
    }

    /** {@code format} from the Accept header when the query does not name one: its first type we serve. */
    String formatFromAccept() {
        List<MediaType> accepted = headers == null ? List.of() : headers.getAcceptableMediaTypes();
        for (MediaType m : accepted) {
            String t = m.getType() + "/" + m.getSubtype();
            switch (t) {
                case CSV: return "csv";
                case XLSX: return "xlsx";
                case PDF: return "pdf";
                case MediaType.APPLICATION_JSON: case "*/*": case "application/*": return null;
                default: break;
            }
        }
        return null;
    }

    static Response file(ExportFile f) {
        return Response.ok(f.content(), f.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + f.fileName() + "\"").build();
    }
}
