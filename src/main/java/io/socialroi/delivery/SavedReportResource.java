package io.socialroi.delivery;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.socialroi.common.BadArgumentException;
import io.socialroi.common.ForbiddenException;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.Role;

/**
 * GET /saved-reports/{id}.csv and /saved-reports/{id}.xlsx: a saved report run now, as CSV ({@link ReportCsv}) or as
 * an Excel workbook ({@link ReportXlsx}). Same bearer token, X-Workspace header and role (VIEWER) as runSavedReport.
 * An unknown id answers 404, a refused caller 403, both as JSON errors like POST /imports.
 */
@Path("/saved-reports")
public class SavedReportResource {

    @Inject
    SavedReportRunner runner;
    @Inject
    CurrentWorkspace workspace;

    public record Error(String code, String message) {
    }

    public record Errors(List<Error> errors) {
    }

    @GET
    @Path("/{id}.csv")
    @Produces("text/csv")
    public Response csv(@RestPath String id) {
        workspace.authorize(Role.VIEWER);
        SavedReportRun run = runner.run(id);
        return Response.ok(ReportCsv.write(run), "text/csv; charset=UTF-8")
                .header("Content-Disposition", attachment(run, "csv")).build();
    }

    @GET
    @Path("/{id}.xlsx")
    @Produces(ReportXlsx.CONTENT_TYPE)
    public Response xlsx(@RestPath String id) {
        workspace.authorize(Role.VIEWER);
        SavedReportRun run = runner.run(id);
        return Response.ok(ReportXlsx.write(run), ReportXlsx.CONTENT_TYPE)
                .header("Content-Disposition", attachment(run, "xlsx")).build();
    }

    private static String attachment(SavedReportRun run, String extension) {
        return "attachment; filename=\"" + fileName(run, extension) + "\"";
    }

    /** The CSV's file name (also the mail attachment's, DeliveryMessage). */
    static String fileName(SavedReportRun run) {
        return fileName(run, "csv");
    }

    /** The report's name, reduced to characters every file system and header accepts, with the period. */
    static String fileName(SavedReportRun run, String extension) {
        String base = run.savedReport().name().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("(^-+|-+$)", "");
        return (base.isEmpty() ? "report" : base) + "_" + run.from() + "_" + run.to() + "." + extension;
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Response.status(403).type(MediaType.APPLICATION_JSON)
                .entity(new Errors(List.of(new Error("FORBIDDEN", e.getMessage())))).build();
    }

    @ServerExceptionMapper
    public Response notFound(BadArgumentException e) {
        return Response.status(404).type(MediaType.APPLICATION_JSON)
                .entity(new Errors(List.of(new Error("NOT_FOUND", e.getMessage())))).build();
    }
}
