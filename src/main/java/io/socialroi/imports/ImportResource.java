package io.socialroi.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.socialroi.common.ForbiddenException;
import io.socialroi.imports.file.ImportFormat;
import io.socialroi.tracking.ConversionType;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.Role;

/**
 * POST /imports: a file as multipart ({@code file} part) or as the raw body (its name in {@code fileName}), with the
 * options as query parameters (or, in multipart, form fields). Same bearer token, X-Workspace header and role
 * (ANALYST) as GraphQL. Answers the Import as JSON; a refused import answers 422 with its line errors and the Import.
 */
@Path("/imports")
public class ImportResource {

    private static final Logger LOG = Logger.getLogger(ImportResource.class);

    @Inject
    ImportService service;
    @Inject
    CurrentWorkspace workspace;

    /** A request the service refuses before reading the file: 400, 403 or 413 with the errors of the JSON answer. */
    static final class Refused extends RuntimeException {
        final int status;
        final String code;

        Refused(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }

    public record Error(String code, String message, int line, String column) {
    }

    public record Errors(List<Error> errors, Import result) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response multipart(@RestForm("file") FileUpload file, @RestForm("format") String formFormat,
            @RestForm("dryRun") String formDryRun, @RestForm("locale") String formLocale,
            @RestForm("onUnmapped") String formOnUnmapped, @RestForm("platform") String formPlatform,
            @RestForm("channelId") String formChannelId, @RestForm("stageMapping") String formStageMapping,
            @RestQuery String format, @RestQuery String dryRun, @RestQuery String locale, @RestQuery String onUnmapped,
            @RestQuery String platform, @RestQuery String channelId, @RestQuery String stageMapping) {
        if (file == null || file.uploadedFile() == null) {
            throw new Refused(400, "MISSING_FILE", "Send the file as the multipart part named \"file\".");
        }
        ImportRequest request = request(or(formFormat, format), or(formDryRun, dryRun), or(formLocale, locale),
                or(formOnUnmapped, onUnmapped), or(formPlatform, platform), or(formChannelId, channelId),
                or(formStageMapping, stageMapping));
        if (file.size() > ImportService.MAX_BYTES) {
            throw new Refused(413, "TOO_LARGE", "The file is larger than 50 MiB.");
        }
        return answer(service.run(file.uploadedFile(), name(file.fileName()), file.size(), request));
    }

    @POST
    @Consumes({ "text/csv", "text/plain", "text/tab-separated-values", MediaType.APPLICATION_OCTET_STREAM })
    @Produces(MediaType.APPLICATION_JSON)
    public Response raw(InputStream body, @RestQuery String fileName, @RestQuery String format,
            @RestQuery String dryRun, @RestQuery String locale, @RestQuery String onUnmapped,
            @RestQuery String platform, @RestQuery String channelId, @RestQuery String stageMapping) throws IOException {
        ImportRequest request = request(format, dryRun, locale, onUnmapped, platform, channelId, stageMapping);
        workspace.authorize(Role.ANALYST); // before a byte is spooled
        java.nio.file.Path spooled = Files.createTempFile("social-roi-import-", ".upload");
        try {
            long size = spool(body, spooled);
            return answer(service.run(spooled, name(fileName), size, request));
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    /** Copies the body to disk as it arrives, refusing it once it passes 50 MiB. */
    private static long spool(InputStream body, java.nio.file.Path file) throws IOException {
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n; (n = body.read(buffer)) > 0;) {
                size += n;
                if (size > ImportService.MAX_BYTES) {
                    throw new Refused(413, "TOO_LARGE", "The file is larger than 50 MiB.");
                }
                out.write(buffer, 0, n);
            }
        }
        return size;
    }

    private static Response answer(Import result) {
        if (result.status() != ImportStatus.FAILED) {
            return Response.ok(result).build();
        }
        List<Error> errors = result.errors().stream()
                .map(e -> new Error(e.code(), e.message(), e.line(), e.column())).toList();
        return Response.status(422).entity(new Errors(errors, result)).build();
    }

    static ImportRequest request(String format, String dryRun, String locale, String onUnmapped, String platform,
            String channelId, String stageMapping) {
        return new ImportRequest(enumOf(ImportFormat.class, "format", format, ImportFormat.AUTO),
                bool("dryRun", dryRun), locale(locale), enumOf(OnUnmapped.class, "onUnmapped", onUnmapped, OnUnmapped.STOP),
                platformOf(platform), blankToNull(channelId), stages(stageMapping));
    }

    /** Meta's two, and the other platforms whose post and audience exports name none. */
    private static final Set<String> PLATFORMS = Set.of("FACEBOOK", "INSTAGRAM", "LINKEDIN", "X", "TWITTER");

    private static String platformOf(String platform) {
        if (platform == null || platform.isBlank()) {
            return null;
        }
        String value = platform.trim().toUpperCase(Locale.ROOT);
        if (!PLATFORMS.contains(value)) {
            throw new Refused(400, "INVALID_PARAMETER", "platform is FACEBOOK or INSTAGRAM (Meta's files), LINKEDIN"
                    + " or X (post and audience files).");
        }
        return value.equals("TWITTER") ? "X" : value;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String parameter, String value, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.trim())) {
                return constant;
            }
        }
        throw new Refused(400, "INVALID_PARAMETER", parameter + " is one of " + List.of(type.getEnumConstants()) + ".");
    }

    private static boolean bool(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        if (!value.trim().equalsIgnoreCase("true") && !value.trim().equalsIgnoreCase("false")) {
            throw new Refused(400, "INVALID_PARAMETER", parameter + " is true or false.");
        }
        return Boolean.parseBoolean(value.trim());
    }

    private static Locale locale(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new Locale.Builder().setLanguageTag(value.trim()).build();
        } catch (IllformedLocaleException e) {
            throw new Refused(400, "INVALID_PARAMETER", "locale is a language tag such as en-US, de-DE or pt-BR.");
        }
    }

    /** "stage:TYPE,stage:TYPE": deal stages other than closed-won and the conversion each counts as. */
    private static Map<String, ConversionType> stages(String value) {
        Map<String, ConversionType> stages = new HashMap<>();
        if (value == null || value.isBlank()) {
            return stages;
        }
        for (String pair : value.split(",")) {
            String[] parts = pair.split(":");
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new Refused(400, "INVALID_PARAMETER",
                        "stageMapping is stage:TYPE pairs separated by commas, e.g. qualifiedtobuy:OPPORTUNITY.");
            }
            stages.put(ImportScan.stageKey(parts[0]), enumOf(ConversionType.class, "stageMapping", parts[1], null));
        }
        return stages;
    }

    private static String name(String fileName) {
        return fileName == null || fileName.isBlank() ? "upload" : fileName.trim();
    }

    private static String or(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @ServerExceptionMapper
    public Response refused(Refused e) {
        return Response.status(e.status).type(MediaType.APPLICATION_JSON)
                .entity(new Errors(List.of(new Error(e.code, e.getMessage(), 0, null)), null)).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Response.status(403).type(MediaType.APPLICATION_JSON)
                .entity(new Errors(List.of(new Error("FORBIDDEN", e.getMessage(), 0, null)), null)).build();
    }

    @ServerExceptionMapper
    public Response fault(RuntimeException e) {
        LOG.error("import failed", e);
        return Response.status(500).type(MediaType.APPLICATION_JSON).entity(new Errors(
                List.of(new Error("SERVER_ERROR", "The import failed on the server; nothing was written.", 0, null)),
                null)).build();
    }
}
