package ch.partnerportal.api.bodies;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field of a request that may span lines (a reason, a note): tab and line breaks are taken
 * there. Every other text field is one line; both refuse what nobody types (API-3).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface MultiLine {
}
