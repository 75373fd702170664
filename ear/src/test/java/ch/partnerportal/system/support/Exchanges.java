package ch.partnerportal.system.support;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Every answer of the API the system tests received, written down for the contract check that runs
 * after them ({@code ApiContractCheck}): one JSON line per exchange in the file the build names.
 */
public final class Exchanges {

    private static final int LARGEST_BODY = 200_000;

    private Exchanges() {
    }

    static synchronized void record(String method, URI url, int status, String contentType, String body) {
        String file = System.getProperty("contract.exchanges");
        String path = url.getRawPath();
        if (file == null || path == null || !path.startsWith("/api/")) {
            return;
        }
        ObjectNode line = Http.JSON.createObjectNode()
                .put("method", method)
                .put("path", path)
                .put("status", status)
                .put("contentType", contentType)
                .put("body", body == null || body.length() > LARGEST_BODY ? "" : body);
        try {
            Path target = Path.of(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, Http.JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not record " + method + " " + path, e);
        }
    }
}
