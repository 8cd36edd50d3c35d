package io.socialroi.imports;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What Quarkus REST refuses before ImportResource runs (a content type no upload has, a path or method it does not
 * serve) keeps its status, with the JSON errors of the upload's answers. /imports is the only REST endpoint.
 */
public class UploadRefusals {

    private static final Logger LOG = Logger.getLogger(UploadRefusals.class);

    @ServerExceptionMapper
    public Response refused(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String message = "The request cannot be read as an upload (HTTP " + status + ").";
        if (status >= 500) {
            LOG.error("upload failed", e);
            message = "The import failed on the server; nothing was written.";
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ImportResource.Errors(
                List.of(new ImportResource.Error(status >= 500 ? "SERVER_ERROR" : "INVALID_REQUEST", message, 0, null)),
                null)).build();
    }
}
