package ch.partnerportal.api.bodies;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A password field: taken exactly as typed, spaces at either end included, only brought to Unicode
 * NFC (RFC 8265's OpaqueString), where every other text field is also trimmed. A trimmed password would
 * be another secret than the one the mail client later sends.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Secret {
}
