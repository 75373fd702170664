package ch.partnerportal.console;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordPropertiesTest {

    record Sample(String name, int size) {
    }

    static class Bean {
        public String getName() {
            return "bean";
        }
    }

    private final ELResolver resolver = new RecordProperties();

    @Test
    void readsRecordComponents() {
        ELContext context = context();
        assertThat(resolver.getValue(context, new Sample("Rossi SA", 3), "name")).isEqualTo("Rossi SA");
        assertThat(context.isPropertyResolved()).isTrue();
        assertThat(resolver.getValue(context(), new Sample("x", 3), "size")).isEqualTo(3);
    }

    @Test
    void leavesEverythingElseToTheNextResolver() {
        ELContext context = context();
        assertThat(resolver.getValue(context, new Bean(), "name")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
        ELContext unknown = context();
        assertThat(resolver.getValue(unknown, new Sample("x", 1), "missing")).isNull();
        assertThat(unknown.isPropertyResolved()).isFalse();
    }

    @Test
    void recordsAreReadOnly() {
        assertThat(resolver.isReadOnly(context(), new Sample("x", 1), "name")).isTrue();
        assertThatThrownBy(() -> resolver.setValue(context(), new Sample("x", 1), "name", "y"))
                .isInstanceOf(PropertyNotWritableException.class);
    }

    /** A bare context: the resolver under test only records whether it resolved the property. */
    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }
}
