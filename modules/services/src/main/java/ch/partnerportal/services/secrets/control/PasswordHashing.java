package ch.partnerportal.services.secrets.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argon2id (RFC 9106) with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane), written as a
 * PHC string ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}) so a later, stronger setting still
 * verifies what was hashed before. Each hash takes 19 MiB of heap: at most {@value #AT_ONCE} run at
 * once, so a burst of logins queues instead of exhausting the heap.
 */
@ApplicationScoped
public class PasswordHashing {

    static final int MEMORY_KIB = 19_456;
    static final int PASSES = 2;
    static final int LANES = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int AT_ONCE = 2;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
    private final Semaphore running = new Semaphore(AT_ONCE, true);

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KIB, PASSES, LANES, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + PASSES + ",p=" + LANES + "$" + ENCODER.encodeToString(salt)
                + "$" + ENCODER.encodeToString(hash);
    }

    /** Compares in constant time; a stored value that is no Argon2id hash matches nothing. */
    public boolean matches(String password, String stored) {
        Matcher phc = stored == null ? null : PHC.matcher(stored);
        if (phc == null || !phc.matches()) {
            return false;
        }
        byte[] expected = DECODER.decode(phc.group(5));
        byte[] actual = derive(password, DECODER.decode(phc.group(4)), Integer.parseInt(phc.group(1)),
                Integer.parseInt(phc.group(2)), Integer.parseInt(phc.group(3)), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the time of a check where there is nothing to check, so timing does not tell which addresses exist. */
    public void matchNothing(String password) {
        derive(password, new byte[SALT_BYTES], MEMORY_KIB, PASSES, LANES, HASH_BYTES);
    }

    private byte[] derive(String password, byte[] salt, int memoryKib, int passes, int lanes, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib).withIterations(passes).withParallelism(lanes).withSalt(salt).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] hash = new byte[length];
        running.acquireUninterruptibly();
        try {
            // one secret whichever Unicode form a keyboard, a browser or a mail client sends it in (RFC 8265)
            generator.generateBytes(Normalizer.normalize(password, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8),
                    hash);
        } finally {
            running.release();
        }
        return hash;
    }
}
