package ch.partnerportal.identity.keycloak.control;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import org.jboss.resteasy.client.jaxrs.ResteasyWebTarget;
import org.keycloak.admin.client.spi.ResteasyClientProvider;

import javax.net.ssl.SSLContext;
import java.util.concurrent.TimeUnit;

/**
 * Keycloak's admin client on Liberty's own Jakarta REST client. The admin client would bring its own
 * RESTEasy, which on Liberty breaks every REST endpoint of the EAR; Liberty's client is RESTEasy too,
 * so its targets make the admin client's typed proxies. Representations are read and written by
 * Jackson (the admin client's representations carry Jackson's annotations), leaving out empty fields
 * and ignoring ones a newer Keycloak adds.
 */
public class LibertyRestClients implements ResteasyClientProvider {

    @Override
    public Client newRestEasyClient(Object customJacksonProvider, SSLContext sslContext, boolean disableTrustManager) {
        ClientBuilder builder = ClientBuilder.newBuilder()
                .connectTimeout(3, TimeUnit.SECONDS)
                .readTimeout(15, TimeUnit.SECONDS);
        if (sslContext != null) {
            builder.sslContext(sslContext);
        }
        return builder.register(customJacksonProvider != null ? customJacksonProvider : jackson()).build();
    }

    @Override
    public <R> R targetProxy(WebTarget target, Class<R> targetClass) {
        return ((ResteasyWebTarget) target).proxy(targetClass);
    }

    private static JacksonJsonProvider jackson() {
        ObjectMapper mapper = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        return new JacksonJsonProvider(mapper);
    }
}
