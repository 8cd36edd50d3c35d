package io.socialroi.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The secrets of an embedded trial, kept in a folder of the database's data directory, readable by its owner
 * only: the database password, and the key pair that signs and verifies the trial's tokens. Each is made the
 * first time it is needed and reused afterwards, so a restart keeps both the data and the tokens valid.
 *
 * <p>They live inside the data directory (which initdb already makes owner-only) because that is what a user
 * copies, backs up or deletes as "the trial"; the folder is made after initdb, which wants an empty directory.
 */
final class TrialSecrets {

    static final String FOLDER = "social-roi";
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path folder;

    TrialSecrets(Path dataDirectory) {
        this.folder = dataDirectory.resolve(FOLDER);
    }

    Path folder() {
        return folder;
    }

    Path passwordFile() {
        return folder.resolve("postgres-password");
    }

    Path publicKeyFile() {
        return folder.resolve("jwt-public.pem");
    }

    Path privateKeyFile() {
        return folder.resolve("jwt-private.pem");
    }

    Optional<String> password() {
        Path file = passwordFile();
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).trim()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    void savePassword(String password) {
        write(passwordFile(), password + "\n");
    }

    /** The key pair's public file, generated (RSA 2048, as RS256 needs) on first use. */
    Path publicKey() {
        if (!Files.exists(privateKeyFile()) || !Files.exists(publicKeyFile())) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048, new SecureRandom());
                KeyPair pair = generator.generateKeyPair();
                write(privateKeyFile(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                write(publicKeyFile(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Could not generate the trial's key pair", e);
            }
        }
        return publicKeyFile();
    }

    /** 32 random bytes, URL-safe: no quoting is ever needed in SQL, URLs or shells. */
    static String newPassword() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** Written whole or not at all, and never readable by others, not even for a moment. */
    private void write(Path file, String content) {
        try {
            createFolder();
            Path temporary = folder.resolve(file.getFileName() + ".tmp");
            Files.deleteIfExists(temporary);
            if (posix()) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            } else {
                Files.createFile(temporary);
                ownerOnly(temporary.toFile());
            }
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (posix()) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
            Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER); // the umask may have narrowed the attribute only
        } else {
            Files.createDirectories(folder);
            ownerOnly(folder.toFile());
        }
    }

    private boolean posix() {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Where POSIX permissions do not exist (Windows): the closest java.io offers. */
    private static void ownerOnly(java.io.File file) {
        file.setReadable(false, false);
        file.setReadable(true, true);
        file.setWritable(false, false);
        file.setWritable(true, true);
    }
}
