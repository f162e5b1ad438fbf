package io.veil.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The secret key of the audit trail's value HMACs: 32 random bytes, created once per installation in a file
 * that only its owner can read. Without the key, a {@code value_hmac} cannot be tested against guesses (a plain
 * hash of a phone number falls to a dictionary of all phone numbers in minutes).
 *
 * <p>Stateless and thread-safe. The key bytes are returned to the caller and never logged or put in a message.
 *
 * <pre>{@code
 * byte[] key = HmacKey.loadOrCreate(Path.of(System.getProperty("user.home"), ".config/veil/audit.key"));
 * ValueHasher hasher = new ValueHasher(key);
 * }</pre>
 */
public final class HmacKey {

    /** Key length in bytes (the HMAC-SHA256 block-size recommendation is at least the hash size). */
    public static final int LENGTH = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private HmacKey() {
    }

    /**
     * Reads the key in {@code keyFile}, or creates it with 32 random bytes and owner-only permissions when it
     * does not exist. Two processes creating it at once end up with the same key: the file appears atomically
     * and the loser reads the winner's. A key file of the wrong length is refused, never replaced.
     */
    public static byte[] loadOrCreate(Path keyFile) {
        try {
            if (Files.exists(keyFile)) {
                return read(keyFile);
            }
            Path dir = keyFile.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            byte[] fresh = new byte[LENGTH];
            new SecureRandom().nextBytes(fresh);
            Path tmp = Files.createTempFile(dir, ".veil-key", ".tmp", ownerOnly(dir));
            try {
                Files.write(tmp, fresh);
                try {
                    Files.createLink(keyFile, tmp);   // fails if the key appeared meanwhile: never replace a key
                } catch (UnsupportedOperationException noHardLinks) {
                    Files.move(tmp, keyFile, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (FileAlreadyExistsException lostRace) {
                return read(keyFile);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load or create the audit key file " + keyFile, e);
        }
    }

    private static byte[] read(Path keyFile) throws IOException {
        byte[] bytes = Files.readAllBytes(keyFile);
        if (bytes.length != LENGTH) {
            throw new IllegalStateException("audit key file " + keyFile + " holds " + bytes.length
                    + " bytes instead of " + LENGTH + "; restore it from backup or remove it to start a new trail");
        }
        return bytes;
    }

    private static FileAttribute<?>[] ownerOnly(Path dir) {
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
    }
}
